/**
 * Dutch, English and French labels of the report's figures, sections and reason codes. The Dutch follows the words
 * of the omzendbrief and the Codex (terugkeercoach, re-integratietraject, gemotiveerd verslag), the French the
 * official French text of the Codex (trajet de réintégration, rapport motivé).
 *
 * @module
 */
import type { Bilingual } from '../rules/types.js';
import { RULES } from '../rules/registry.js';
import { FORCE_MAJEURE_END_NAMES } from '../case/names.js';
import { NO_ENTITY } from './figures.js';

export type { Lang } from '../rules/types.js';
import type { Lang } from '../rules/types.js';

export const SECTION_LABELS = {
  cases: { nl: 'Dossiers', en: 'Cases', fr: 'Dossiers' },
  informal: {
    nl: 'Informeel traject (omzendbrief re-integratie)',
    en: 'Informal track (omzendbrief re-integratie)',
    fr: 'Trajet informel (circulaire flamande « omzendbrief re-integratie », gouvernement flamand)',
  },
  escalations: { nl: 'Doorverwijzing naar het formeel traject', en: 'Escalations to the formal track', fr: 'Renvois vers le trajet de réintégration' },
  formal: {
    nl: 'Formeel re-integratietraject (Codex welzijn op het werk, boek I, titel 4, hoofdstuk VI)',
    en: 'Formal re-integration trajectory (Codex, book I, title 4, chapter VI)',
    fr: 'Trajet de réintégration (Code du bien-être au travail, livre I, titre 4, chapitre VI)',
  },
  outcomes: { nl: 'Beslissingen, beroepen, plannen en verslagen', en: 'Decisions, appeals, plans and reports', fr: 'Décisions, recours, plans et rapports' },
  terms: { nl: 'Termijnen: tijdig of laattijdig', en: 'Terms: on time or late', fr: 'Délais : dans le délai ou en retard' },
  forceMajeure: {
    nl: 'Medische overmacht (contractuele personeelsleden, art. 34 Arbeidsovereenkomstenwet)',
    en: 'Medical force majeure (contractual staff, art. 34 Employment Contracts Act)',
    fr: 'Force majeure médicale (membres du personnel contractuels, art. 34 de la loi du 3 juillet 1978 relative aux contrats de travail)',
  },
  statutory: {
    nl: 'Vlaams Personeelsstatuut (statutaire personeelsleden)',
    en: 'Flemish staff regulations (statutory staff)',
    fr: 'Statut du personnel flamand (Vlaams Personeelsstatuut, membres du personnel statutaires)',
  },
  health: { nl: 'Gezondheidstoezicht', en: 'Health surveillance', fr: 'Surveillance de la santé' },
  resumptions: { nl: 'Werkhervattingen', en: 'Resumptions of work', fr: 'Reprises du travail' },
  overdue: { nl: 'Verstreken termijnen op de peildatum', en: 'Deadlines overdue on the reference date', fr: 'Délais dépassés à la date de référence' },
} as const satisfies Record<string, Bilingual>;

export type Section = keyof typeof SECTION_LABELS;

/** A row of the report's layout. `part`: a breakdown of a headline figure (on time / late, by initiator, ...). */
export type LayoutRow = { readonly id: string; readonly part: boolean; readonly keyed?: true; readonly label?: Bilingual };

const head = (id: string, nl: string, en: string, fr: string): LayoutRow => ({ id, part: false, label: { nl, en, fr } });
const part = (id: string, nl: string, en: string, fr: string): LayoutRow => ({ id, part: true, label: { nl, en, fr } });
/** A keyed count (`formal.reports.byReason`): a row per key, labelled by {@link figureLabel}. */
const keyed = (id: string, isPart: boolean): LayoutRow => ({ id, part: isPart, keyed: true });

/** The figures of a rendered report in reading order, by section, with their labels (ids: dotted paths in the JSON report). */
export const LAYOUT: Record<Section, readonly LayoutRow[]> = {
  cases: [
    head('cases', 'Dossiers gelezen', 'Case records read', 'Dossiers lus'),
    head('invalidCases', 'Ongeldige dossiers (niet meegeteld)', 'Invalid case records (skipped)', 'Dossiers invalides (non comptés)'),
    keyed('invalidCaseIssues', true),
  ],
  informal: [
    head('informal.episodesStarted', 'Gestarte afwezigheden (episodes)', 'Absence episodes started', "Épisodes d'absence commencés"),
    head('informal.firstConversations', 'Eerste gesprekken met de terugkeercoach', 'First conversations with the return-to-work coach', 'Premiers entretiens avec le coach de retour (terugkeercoach)'),
    part('informal.firstConversationsOnTime', '… binnen 2 maanden na de start', '… within 2 months of the start', '… dans les 2 mois du début'),
    part('informal.firstConversationsLate', '… later dan 2 maanden', '… later than 2 months', '… après plus de 2 mois'),
    head('informal.daysToFirstConversation.median', 'Mediaan aantal dagen tot het eerste gesprek', 'Median days to the first conversation', "Nombre médian de jours jusqu'au premier entretien"),
    head('informal.resumptionPossible', 'Werkhervatting mogelijk bevonden', 'Resumption judged possible', 'Reprise du travail jugée possible'),
    part('informal.resumptionPossibleWithAttentionPoints', '… met aandachtspunten', '… with attention points', "… avec des points d'attention"),
    part('informal.resumptionPossibleWithoutAttentionPoints', '… zonder aandachtspunten', '… without attention points', "… sans points d'attention"),
    head('informal.arrangementsAgreed', 'Concrete afspraken of stappenplan overeengekomen', 'Resumption arrangements or step plan agreed', 'Accords concrets ou plan par étapes convenus'),
    part('informal.arrangementsOnTime', '… binnen 2 maanden', '… within 2 months', '… dans les 2 mois'),
    part('informal.arrangementsLate', '… later dan 2 maanden', '… later than 2 months', '… après plus de 2 mois'),
    head('informal.deviations', 'Afwijkingen voor complexe dossiers', 'Deviations for complex cases', 'Dérogations pour les dossiers complexes'),
    head('informal.smtReferrals', 'Voorgelegd aan het Sociaal Medisch Team', 'Referred to the Social Medical Team', "Soumis à l'équipe médico-sociale (Sociaal Medisch Team)"),
  ],
  escalations: [
    head('informal.escalations.noConversation', 'Geen gesprek binnen 4 maanden', 'No conversation within 4 months', "Pas d'entretien dans les 4 mois"),
    head(
      'informal.escalations.noArrangements',
      'Geen afspraken binnen 2 maanden na "hervatting mogelijk"',
      'No arrangements within 2 months of "resumption possible"',
      "Pas d'accords dans les 2 mois suivant « reprise possible »",
    ),
    head('informal.escalations.mandatoryStart', 'Verplichte start na 6 maanden (R2026)', 'Mandatory start after 6 months (R2026)', 'Démarrage obligatoire après 6 mois (R2026)'),
  ],
  formal: [
    head('formal.requested.total', 'Aangevraagde re-integratietrajecten', 'Re-integration trajectories requested', 'Trajets de réintégration demandés'),
    part('formal.requested.worker', '… door de werknemer', '… by the worker', '… par le travailleur'),
    part('formal.requested.treatingPhysician', '… door de behandelend arts', '… by the treating physician', '… par le médecin traitant'),
    part('formal.requested.employer', '… door de werkgever', '… by the employer', "… par l'employeur"),
    part('formal.byRegime.R2022', '… regime 2022 (start tot 31-12-2025)', '… 2022 regime (start up to 2025-12-31)', "… régime 2022 (début jusqu'au 31-12-2025)"),
    part('formal.byRegime.R2026', '… regime 2026 (start vanaf 1-1-2026)', '… 2026 regime (start from 2026-01-01)', '… régime 2026 (début à partir du 1-1-2026)'),
    part('formal.byRegime.unsupported', '… ouder regime (niet berekend)', '… older regime (not computed)', '… régime antérieur (non calculé)'),
  ],
  outcomes: [
    head(
      'formal.decisions.A',
      'Beslissing A (tijdelijk ongeschikt, aangepast of ander werk)',
      'Decision A (temporarily unfit, adapted or other work)',
      'Décision A (temporairement inapte, travail adapté ou autre travail)',
    ),
    head(
      'formal.decisions.B',
      'Beslissing B (definitief ongeschikt voor het overeengekomen werk)',
      'Decision B (definitively unfit for the agreed work)',
      'Décision B (définitivement inapte au travail convenu)',
    ),
    head(
      'formal.decisions.C',
      'Beslissing C (geen re-integratiebeoordeling mogelijk)',
      'Decision C (no re-integration assessment possible)',
      "Décision C (pas d'évaluation de réintégration possible)",
    ),
    head('formal.appeals.lodged', 'Beroepen tegen beslissing B', 'Appeals against decision B', 'Recours contre la décision B'),
    part('formal.appeals.confirmed', '… beslissing bevestigd', '… decision confirmed', '… décision confirmée'),
    part('formal.appeals.overturned', '… beslissing hervormd', '… decision overturned', '… décision réformée'),
    head('formal.plans.offered', 'Re-integratieplannen aangeboden', 'Re-integration plans offered', 'Plans de réintégration proposés'),
    part('formal.plans.agreed', '… akkoord', '… agreed', '… acceptés'),
    part('formal.plans.refused', '… geweigerd', '… refused', '… refusés'),
    keyed('formal.plans.refusedByReason', true),
    part('formal.plans.deemedRefused', '… geacht geweigerd (geen reactie)', '… deemed refused (no answer)', '… réputés refusés (pas de réponse)'),
    head('formal.reports.total', 'Gemotiveerde verslagen (geen plan mogelijk)', 'Motivated reports (no plan possible)', 'Rapports motivés (pas de plan possible)'),
    keyed('formal.reports.byReason', true),
    head('formal.noShows', 'Trajecten beëindigd wegens niet opdagen', 'Trajectories ended by no-show', 'Trajets terminés pour non-présentation'),
  ],
  terms: [
    part('formal.assessmentsOnTime', 'Beoordelingen binnen 49 dagen', 'Assessments within 49 days', 'Évaluations dans les 49 jours'),
    part('formal.assessmentsLate', 'Beoordelingen na 49 dagen', 'Assessments after 49 days', 'Évaluations après 49 jours'),
    part('formal.plansOnTime', 'Plan of verslag tijdig', 'Plan or report on time', 'Plan ou rapport dans le délai'),
    part('formal.plansLate', 'Plan of verslag laattijdig', 'Plan or report late', 'Plan ou rapport en retard'),
    part('formal.plans.answeredLate', 'Antwoorden op het plan na 14 dagen', 'Answers to the plan after 14 days', 'Réponses au plan après 14 jours'),
  ],
  forceMajeure: [
    head('forceMajeure.started.total', 'Gestarte procedures medische overmacht', 'Medical force majeure procedures started', 'Procédures de force majeure médicale commencées'),
    part('forceMajeure.started.employer', '… door de werkgever', '… by the employer', "… par l'employeur"),
    part('forceMajeure.started.worker', '… door de werknemer', '… by the worker', '… par le travailleur'),
    part('forceMajeure.byRegime.FM2022', '… na 9 maanden ongeschiktheid (start tot 31-12-2025)', '… after 9 months of incapacity (start up to 2025-12-31)', "… après 9 mois d'incapacité de travail (début jusqu'au 31-12-2025)"),
    part('forceMajeure.byRegime.FM2026', '… na 6 maanden ongeschiktheid (start vanaf 1-1-2026)', '… after 6 months of incapacity (start from 2026-01-01)', "… après 6 mois d'incapacité de travail (début à partir du 1-1-2026)"),
    head('forceMajeure.findings.unfit', 'Vaststellingen van definitieve ongeschiktheid', 'Findings of definitive unfitness', "Constats d'incapacité définitive"),
    head('forceMajeure.findings.notUnfit', 'Vaststellingen zonder definitieve ongeschiktheid', 'Findings without definitive unfitness', 'Constats sans incapacité définitive'),
    head('forceMajeure.appeals.lodged', 'Beroepen tegen de vaststelling', 'Appeals against the finding', 'Recours contre le constat'),
    part('forceMajeure.appeals.confirmed', '… vaststelling bevestigd', '… finding confirmed', '… constat confirmé'),
    part('forceMajeure.appeals.overturned', '… vaststelling hervormd', '… finding overturned', '… constat réformé'),
    keyed('forceMajeure.endedByReason', false),
    part('forceMajeure.onTime', 'Verplichtingen in de procedure tijdig', 'Obligations of the procedure on time', 'Obligations de la procédure respectées dans le délai'),
    part('forceMajeure.late', 'Verplichtingen in de procedure laattijdig', 'Obligations of the procedure late', 'Obligations de la procédure respectées en retard'),
  ],
  statutory: [
    head('statutory.partTimePeriods', 'Periodes deeltijdse prestaties wegens ziekte (VPS X 22)', 'Periods of part-time work for illness (VPS X 22)', 'Périodes de prestations à temps partiel pour cause de maladie (VPS X 22)'),
    part('statutory.partTimeFavours', '… als gunst na de eerste 6 maanden', '… as a favour after the first 6 months', '… comme faveur après les 6 premiers mois'),
    head(
      'statutory.referralThresholdsReached',
      '666 werkdagen ziekteverlof bereikt (VPS X 20)',
      '666 working days of sick leave reached (VPS X 20)',
      '666 jours ouvrables de congé de maladie atteints (VPS X 20)',
    ),
  ],
  health: [
    head('health.preResumptionVisitsRequested', 'Aanvragen bezoek voorafgaand aan de werkhervatting', 'Pre-resumption visits requested', 'Demandes de visite de pré-reprise du travail'),
    head('health.preResumptionVisitsHeld', 'Bezoeken voorafgaand aan de werkhervatting', 'Pre-resumption visits held', 'Visites de pré-reprise du travail'),
    head('health.returnToWorkExams', 'Onderzoeken bij werkhervatting', 'Return-to-work examinations', 'Examens de reprise du travail'),
  ],
  resumptions: [
    head('resumptions.full', 'Voltijds hervat', 'Full resumption', 'Reprise à temps plein'),
    head('resumptions.partTime', 'Deeltijds hervat', 'Part-time resumption', 'Reprise à temps partiel'),
    head('resumptions.adapted', 'Aangepast werk', 'Adapted work', 'Travail adapté'),
    head('resumptions.otherWork', 'Ander werk', 'Other work', 'Autre travail'),
  ],
  overdue: [
    keyed('overdueAtAsOf', false),
  ],
};

const FIGURE_LABELS = new Map(Object.values(LAYOUT).flatMap((rows) => rows.flatMap((r) => (r.label ? [[r.id, r.label] as const] : []))));

/** Reason codes of motivated reports and refusals (SPEC section 3), and the fallback for a missing code. */
export const REASON_LABELS: Record<string, Bilingual> = {
  'no-adapted-work': { nl: 'geen aangepast of ander werk mogelijk', en: 'no adapted or other work possible', fr: 'pas de travail adapté ou autre travail possible' },
  'technically-impossible': { nl: 'technisch of objectief onmogelijk', en: 'technically or objectively impossible', fr: 'techniquement ou objectivement impossible' },
  'not-reasonably-required': { nl: 'om gegronde redenen redelijkerwijs niet te eisen', en: 'not reasonably required, for well-founded reasons', fr: 'ne peut raisonnablement être exigé, pour des motifs fondés' },
  other: { nl: 'andere reden', en: 'other reason', fr: 'autre motif' },
  unspecified: { nl: 'reden niet opgegeven', en: 'reason not given', fr: 'motif non indiqué' },
};

const ISSUE_LABELS: Record<string, Bilingual> = {
  'invalid-json': { nl: 'geen geldige JSON', en: 'not valid JSON', fr: 'JSON non valide' },
  'invalid-case': { nl: 'ongeldig dossier', en: 'invalid case', fr: 'dossier invalide' },
  'invalid-options': { nl: 'ongeldige opties', en: 'invalid options', fr: 'options invalides' },
};

/** The label of a figure id, including the keyed ones (`formal.reports.byReason.<code>`, `overdueAtAsOf.<rule>`). */
export function figureLabel(id: string, lang: Lang): string {
  const fixed = FIGURE_LABELS.get(id);
  if (fixed) return fixed[lang];
  for (const [prefix, dict, lead] of [
    ['formal.reports.byReason.', REASON_LABELS, { nl: '… reden: ', en: '… reason: ', fr: '… motif : ' }],
    ['formal.plans.refusedByReason.', REASON_LABELS, { nl: '… weigering, reden: ', en: '… refusal, reason: ', fr: '… refus, motif : ' }],
    ['invalidCaseIssues.', ISSUE_LABELS, { nl: '… ', en: '… ', fr: '… ' }],
    ['forceMajeure.endedByReason.', FORCE_MAJEURE_END_NAMES as Readonly<Record<string, Bilingual>>, { nl: 'Procedures medische overmacht beëindigd: ', en: 'Medical force majeure procedures ended: ', fr: 'Procédures de force majeure médicale terminées : ' }],
  ] as const) {
    if (id.startsWith(prefix)) {
      const key = id.slice(prefix.length);
      return `${lead[lang]}${dict[key]?.[lang] ?? key}`;
    }
  }
  if (id.startsWith('overdueAtAsOf.')) {
    const rule = id.slice('overdueAtAsOf.'.length);
    const def = RULES.find((r) => r.id === rule);
    return def ? `${def.label[lang]} (${rule})` : rule;
  }
  return id;
}

/** Words of the rendered pages. */
export const WORDS = {
  title: { nl: 'Rapportering re-integratie', en: 'Re-integration report', fr: 'Rapport de réintégration' },
  period: { nl: 'Periode', en: 'Period', fr: 'Période' },
  asOf: { nl: 'Peildatum', en: 'Reference date', fr: 'Date de référence' },
  total: { nl: 'Totaal', en: 'Total', fr: 'Total' },
  figure: { nl: 'Cijfer', en: 'Figure', fr: 'Chiffre' },
  count: { nl: 'Aantal', en: 'Count', fr: 'Nombre' },
  group: { nl: 'Entiteit', en: 'Entity', fr: 'Entité' },
  noEntity: { nl: '(geen entiteit)', en: '(no entity)', fr: '(sans entité)' },
  overview: { nl: 'Overzicht per entiteit', en: 'Overview by entity', fr: 'Aperçu par entité' },
  byInitiator: { nl: 'Trajecten per aanvrager', en: 'Trajectories by initiator', fr: 'Trajets par demandeur' },
  outcomes: { nl: 'Uitkomsten: beslissingen, plannen en verslagen', en: 'Outcomes: decisions, plans and reports', fr: 'Résultats : décisions, plans et rapports' },
  to: { nl: 'tot en met', en: 'to', fr: "jusqu'au" },
  noneOverdue: { nl: 'Geen verstreken termijnen.', en: 'No overdue deadlines.', fr: 'Aucun délai dépassé.' },
  legendSmall: {
    nl: 'aantal van 1 tot {max}: niet getoond om personen niet herkenbaar te maken',
    en: 'a count from 1 to {max}: not shown, so that no one can be identified',
    fr: 'un nombre de 1 à {max} : non affiché, afin que personne ne puisse être identifié',
  },
  legendHidden: {
    nl: 'niet getoond (ook 0 mogelijk): zo kan een klein aantal niet uit de andere cijfers worden afgeleid; de opsplitsing van een klein totaal; een mediaan van minder dan {min} waarden',
    en: 'not shown (may be 0): so that a small count cannot be derived from the other figures; the breakdown of a small total; a median of fewer than {min} values',
    fr: "non affiché (peut être 0) : afin qu'un petit nombre ne puisse être déduit des autres chiffres ; la ventilation d'un petit total ; une médiane de moins de {min} valeurs",
  },
  legendNone: { nl: 'geen waarden', en: 'no values', fr: 'aucune valeur' },
  footer: {
    nl: 'Geglobaliseerde en geanonimiseerde gegevens (KB 11 september 2022; omzendbrief re-integratie). Geen enkel dossier wordt individueel getoond.',
    en: 'Globalised and anonymised data (Royal Decree of 11 September 2022; omzendbrief re-integratie). No case is shown individually.',
    fr: "Données globalisées et anonymisées (arrêté royal du 11 septembre 2022 ; circulaire flamande « omzendbrief re-integratie »). Aucun dossier n'est présenté individuellement.",
  },
  generatedBy: { nl: 'Opgemaakt met', en: 'Made with', fr: 'Réalisé avec' },
} as const satisfies Record<string, Bilingual>;

/** The display name of a group key. */
export const groupName = (key: string, lang: Lang): string => (key === NO_ENTITY ? WORDS.noEntity[lang] : key);
