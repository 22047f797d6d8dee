/**
 * Dutch and English labels of the report's figures, sections and reason codes. The Dutch follows the words of
 * the omzendbrief and the Codex (terugkeercoach, re-integratietraject, gemotiveerd verslag).
 *
 * @module
 */
import type { Bilingual } from '../rules/types.js';
import { RULES } from '../rules/registry.js';
import { NO_ENTITY } from './figures.js';

export type Lang = 'nl' | 'en';

export const SECTION_LABELS = {
  cases: { nl: 'Dossiers', en: 'Cases' },
  informal: { nl: 'Informeel traject (omzendbrief re-integratie)', en: 'Informal track (omzendbrief re-integratie)' },
  escalations: { nl: 'Doorverwijzing naar het formeel traject', en: 'Escalations to the formal track' },
  formal: {
    nl: 'Formeel re-integratietraject (Codex welzijn op het werk, boek I, titel 4, hoofdstuk VI)',
    en: 'Formal re-integration trajectory (Codex, book I, title 4, chapter VI)',
  },
  outcomes: { nl: 'Beslissingen, beroepen, plannen en verslagen', en: 'Decisions, appeals, plans and reports' },
  terms: { nl: 'Termijnen: tijdig of laattijdig', en: 'Terms: on time or late' },
  forceMajeure: {
    nl: 'Medische overmacht (contractuele personeelsleden, art. 34 Arbeidsovereenkomstenwet)',
    en: 'Medical force majeure (contractual staff, art. 34 Employment Contracts Act)',
  },
  statutory: { nl: 'Vlaams Personeelsstatuut (statutaire personeelsleden)', en: 'Flemish staff regulations (statutory staff)' },
  health: { nl: 'Gezondheidstoezicht', en: 'Health surveillance' },
  resumptions: { nl: 'Werkhervattingen', en: 'Resumptions of work' },
  overdue: { nl: 'Verstreken termijnen op de peildatum', en: 'Deadlines overdue on the reference date' },
} as const satisfies Record<string, Bilingual>;

export type Section = keyof typeof SECTION_LABELS;

/** A row of the report's layout. `part`: a breakdown of a headline figure (on time / late, by initiator, ...). */
export type LayoutRow = { readonly id: string; readonly part: boolean; readonly keyed?: true; readonly label?: Bilingual };

const head = (id: string, nl: string, en: string): LayoutRow => ({ id, part: false, label: { nl, en } });
const part = (id: string, nl: string, en: string): LayoutRow => ({ id, part: true, label: { nl, en } });
/** A keyed count (`formal.reports.byReason`): a row per key, labelled by {@link figureLabel}. */
const keyed = (id: string, isPart: boolean): LayoutRow => ({ id, part: isPart, keyed: true });

/** The figures of a rendered report in reading order, by section, with their labels (ids: dotted paths in the JSON report). */
export const LAYOUT: Record<Section, readonly LayoutRow[]> = {
  cases: [
    head('cases', 'Dossiers gelezen', 'Case records read'),
    head('invalidCases', 'Ongeldige dossiers (niet meegeteld)', 'Invalid case records (skipped)'),
    keyed('invalidCaseIssues', true),
  ],
  informal: [
    head('informal.episodesStarted', 'Gestarte afwezigheden (episodes)', 'Absence episodes started'),
    head('informal.firstConversations', 'Eerste gesprekken met de terugkeercoach', 'First conversations with the return-to-work coach'),
    part('informal.firstConversationsOnTime', '… binnen 2 maanden na de start', '… within 2 months of the start'),
    part('informal.firstConversationsLate', '… later dan 2 maanden', '… later than 2 months'),
    head('informal.daysToFirstConversation.median', 'Mediaan aantal dagen tot het eerste gesprek', 'Median days to the first conversation'),
    head('informal.resumptionPossible', 'Werkhervatting mogelijk bevonden', 'Resumption judged possible'),
    part('informal.resumptionPossibleWithAttentionPoints', '… met aandachtspunten', '… with attention points'),
    part('informal.resumptionPossibleWithoutAttentionPoints', '… zonder aandachtspunten', '… without attention points'),
    head('informal.arrangementsAgreed', 'Concrete afspraken of stappenplan overeengekomen', 'Resumption arrangements or step plan agreed'),
    part('informal.arrangementsOnTime', '… binnen 2 maanden', '… within 2 months'),
    part('informal.arrangementsLate', '… later dan 2 maanden', '… later than 2 months'),
    head('informal.deviations', 'Afwijkingen voor complexe dossiers', 'Deviations for complex cases'),
    head('informal.smtReferrals', 'Voorgelegd aan het Sociaal Medisch Team', 'Referred to the Social Medical Team'),
  ],
  escalations: [
    head('informal.escalations.noConversation', 'Geen gesprek binnen 4 maanden', 'No conversation within 4 months'),
    head(
      'informal.escalations.noArrangements',
      'Geen afspraken binnen 2 maanden na "hervatting mogelijk"',
      'No arrangements within 2 months of "resumption possible"',
    ),
    head('informal.escalations.mandatoryStart', 'Verplichte start na 6 maanden (R2026)', 'Mandatory start after 6 months (R2026)'),
  ],
  formal: [
    head('formal.requested.total', 'Aangevraagde re-integratietrajecten', 'Re-integration trajectories requested'),
    part('formal.requested.worker', '… door de werknemer', '… by the worker'),
    part('formal.requested.treatingPhysician', '… door de behandelend arts', '… by the treating physician'),
    part('formal.requested.employer', '… door de werkgever', '… by the employer'),
    part('formal.byRegime.R2022', '… regime 2022 (start tot 31-12-2025)', '… 2022 regime (start up to 2025-12-31)'),
    part('formal.byRegime.R2026', '… regime 2026 (start vanaf 1-1-2026)', '… 2026 regime (start from 2026-01-01)'),
    part('formal.byRegime.unsupported', '… ouder regime (niet berekend)', '… older regime (not computed)'),
  ],
  outcomes: [
    head(
      'formal.decisions.A',
      'Beslissing A (tijdelijk ongeschikt, aangepast of ander werk)',
      'Decision A (temporarily unfit, adapted or other work)',
    ),
    head(
      'formal.decisions.B',
      'Beslissing B (definitief ongeschikt voor het overeengekomen werk)',
      'Decision B (definitively unfit for the agreed work)',
    ),
    head(
      'formal.decisions.C',
      'Beslissing C (geen re-integratiebeoordeling mogelijk)',
      'Decision C (no re-integration assessment possible)',
    ),
    head('formal.appeals.lodged', 'Beroepen tegen beslissing B', 'Appeals against decision B'),
    part('formal.appeals.confirmed', '… beslissing bevestigd', '… decision confirmed'),
    part('formal.appeals.overturned', '… beslissing hervormd', '… decision overturned'),
    head('formal.plans.offered', 'Re-integratieplannen aangeboden', 'Re-integration plans offered'),
    part('formal.plans.agreed', '… akkoord', '… agreed'),
    part('formal.plans.refused', '… geweigerd', '… refused'),
    keyed('formal.plans.refusedByReason', true),
    part('formal.plans.deemedRefused', '… geacht geweigerd (geen reactie)', '… deemed refused (no answer)'),
    head('formal.reports.total', 'Gemotiveerde verslagen (geen plan mogelijk)', 'Motivated reports (no plan possible)'),
    keyed('formal.reports.byReason', true),
    head('formal.noShows', 'Trajecten beëindigd wegens niet opdagen', 'Trajectories ended by no-show'),
  ],
  terms: [
    part('formal.assessmentsOnTime', 'Beoordelingen binnen 49 dagen', 'Assessments within 49 days'),
    part('formal.assessmentsLate', 'Beoordelingen na 49 dagen', 'Assessments after 49 days'),
    part('formal.plansOnTime', 'Plan of verslag tijdig', 'Plan or report on time'),
    part('formal.plansLate', 'Plan of verslag laattijdig', 'Plan or report late'),
    part('formal.plans.answeredLate', 'Antwoorden op het plan na 14 dagen', 'Answers to the plan after 14 days'),
  ],
  forceMajeure: [
    head('forceMajeure.started.total', 'Gestarte procedures medische overmacht', 'Medical force majeure procedures started'),
    part('forceMajeure.started.employer', '… door de werkgever', '… by the employer'),
    part('forceMajeure.started.worker', '… door de werknemer', '… by the worker'),
    part('forceMajeure.byRegime.FM2022', '… na 9 maanden ongeschiktheid (start tot 31-12-2025)', '… after 9 months of incapacity (start up to 2025-12-31)'),
    part('forceMajeure.byRegime.FM2026', '… na 6 maanden ongeschiktheid (start vanaf 1-1-2026)', '… after 6 months of incapacity (start from 2026-01-01)'),
    head('forceMajeure.findings.unfit', 'Vaststellingen van definitieve ongeschiktheid', 'Findings of definitive unfitness'),
    head('forceMajeure.findings.notUnfit', 'Vaststellingen zonder definitieve ongeschiktheid', 'Findings without definitive unfitness'),
    head('forceMajeure.appeals.lodged', 'Beroepen tegen de vaststelling', 'Appeals against the finding'),
    part('forceMajeure.appeals.confirmed', '… vaststelling bevestigd', '… finding confirmed'),
    part('forceMajeure.appeals.overturned', '… vaststelling hervormd', '… finding overturned'),
    keyed('forceMajeure.endedByReason', false),
    part('forceMajeure.onTime', 'Verplichtingen in de procedure tijdig', 'Obligations of the procedure on time'),
    part('forceMajeure.late', 'Verplichtingen in de procedure laattijdig', 'Obligations of the procedure late'),
  ],
  statutory: [
    head('statutory.partTimePeriods', 'Periodes deeltijdse prestaties wegens ziekte (VPS X 22)', 'Periods of part-time work for illness (VPS X 22)'),
    part('statutory.partTimeFavours', '… als gunst na de eerste 6 maanden', '… as a favour after the first 6 months'),
    head(
      'statutory.referralThresholdsReached',
      '666 werkdagen ziekteverlof bereikt (VPS X 20)',
      '666 working days of sick leave reached (VPS X 20)',
    ),
  ],
  health: [
    head('health.preResumptionVisitsRequested', 'Aanvragen bezoek voorafgaand aan de werkhervatting', 'Pre-resumption visits requested'),
    head('health.preResumptionVisitsHeld', 'Bezoeken voorafgaand aan de werkhervatting', 'Pre-resumption visits held'),
    head('health.returnToWorkExams', 'Onderzoeken bij werkhervatting', 'Return-to-work examinations'),
  ],
  resumptions: [
    head('resumptions.full', 'Voltijds hervat', 'Full resumption'),
    head('resumptions.partTime', 'Deeltijds hervat', 'Part-time resumption'),
    head('resumptions.adapted', 'Aangepast werk', 'Adapted work'),
    head('resumptions.otherWork', 'Ander werk', 'Other work'),
  ],
  overdue: [
    keyed('overdueAtAsOf', false),
  ],
};

const FIGURE_LABELS = new Map(Object.values(LAYOUT).flatMap((rows) => rows.flatMap((r) => (r.label ? [[r.id, r.label] as const] : []))));

/** Reason codes of motivated reports and refusals (SPEC section 3), and the fallback for a missing code. */
export const REASON_LABELS: Record<string, Bilingual> = {
  'no-adapted-work': { nl: 'geen aangepast of ander werk mogelijk', en: 'no adapted or other work possible' },
  'technically-impossible': { nl: 'technisch of objectief onmogelijk', en: 'technically or objectively impossible' },
  'not-reasonably-required': { nl: 'om gegronde redenen redelijkerwijs niet te eisen', en: 'not reasonably required, for well-founded reasons' },
  other: { nl: 'andere reden', en: 'other reason' },
  unspecified: { nl: 'reden niet opgegeven', en: 'reason not given' },
};

/** End reasons of a medical force majeure procedure (`ForceMajeureEndReason`). */
const FORCE_MAJEURE_END_LABELS: Record<string, Bilingual> = {
  'no-show': { nl: 'uitnodiging driemaal niet aanvaard', en: 'invitation not accepted three times' },
  'not-unfit': { nl: 'geen definitieve ongeschiktheid', en: 'no definitive unfitness' },
  'appeal-overturned': { nl: 'vaststelling hervormd in beroep', en: 'finding overturned on appeal' },
  'plan-agreed': { nl: 'plan voor aangepast of ander werk aanvaard', en: 'plan for adapted or other work agreed' },
  'contract-ended': { nl: 'overeenkomst beëindigd wegens medische overmacht', en: 'contract ended for medical force majeure' },
  'employment-ended': { nl: 'tewerkstelling om een andere reden beëindigd', en: 'employment ended for another reason' },
};

const ISSUE_LABELS: Record<string, Bilingual> = {
  'invalid-json': { nl: 'geen geldige JSON', en: 'not valid JSON' },
  'invalid-case': { nl: 'ongeldig dossier', en: 'invalid case' },
  'invalid-options': { nl: 'ongeldige opties', en: 'invalid options' },
};

/** The label of a figure id, including the keyed ones (`formal.reports.byReason.<code>`, `overdueAtAsOf.<rule>`). */
export function figureLabel(id: string, lang: Lang): string {
  const fixed = FIGURE_LABELS.get(id);
  if (fixed) return fixed[lang];
  for (const [prefix, dict, lead] of [
    ['formal.reports.byReason.', REASON_LABELS, { nl: '… reden: ', en: '… reason: ' }],
    ['formal.plans.refusedByReason.', REASON_LABELS, { nl: '… weigering, reden: ', en: '… refusal, reason: ' }],
    ['invalidCaseIssues.', ISSUE_LABELS, { nl: '… ', en: '… ' }],
    ['forceMajeure.endedByReason.', FORCE_MAJEURE_END_LABELS, { nl: 'Procedures medische overmacht beëindigd: ', en: 'Medical force majeure procedures ended: ' }],
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
  title: { nl: 'Rapportering re-integratie', en: 'Re-integration report' },
  period: { nl: 'Periode', en: 'Period' },
  asOf: { nl: 'Peildatum', en: 'Reference date' },
  total: { nl: 'Totaal', en: 'Total' },
  figure: { nl: 'Cijfer', en: 'Figure' },
  count: { nl: 'Aantal', en: 'Count' },
  group: { nl: 'Entiteit', en: 'Entity' },
  noEntity: { nl: '(geen entiteit)', en: '(no entity)' },
  overview: { nl: 'Overzicht per entiteit', en: 'Overview by entity' },
  byInitiator: { nl: 'Trajecten per aanvrager', en: 'Trajectories by initiator' },
  outcomes: { nl: 'Uitkomsten: beslissingen, plannen en verslagen', en: 'Outcomes: decisions, plans and reports' },
  to: { nl: 'tot en met', en: 'to' },
  noneOverdue: { nl: 'Geen verstreken termijnen.', en: 'No overdue deadlines.' },
  legendSmall: {
    nl: 'aantal van 1 tot {max}: niet getoond om personen niet herkenbaar te maken',
    en: 'a count from 1 to {max}: not shown, so that no one can be identified',
  },
  legendHidden: {
    nl: 'niet getoond (ook 0 mogelijk): zo kan een klein aantal niet uit de andere cijfers worden afgeleid; de opsplitsing van een klein totaal; een mediaan van minder dan {min} waarden',
    en: 'not shown (may be 0): so that a small count cannot be derived from the other figures; the breakdown of a small total; a median of fewer than {min} values',
  },
  legendNone: { nl: 'geen waarden', en: 'no values' },
  footer: {
    nl: 'Geglobaliseerde en geanonimiseerde gegevens (KB 11 september 2022; omzendbrief re-integratie). Geen enkel dossier wordt individueel getoond.',
    en: 'Globalised and anonymised data (Royal Decree of 11 September 2022; omzendbrief re-integratie). No case is shown individually.',
  },
  generatedBy: { nl: 'Opgemaakt met', en: 'Made with' },
} as const satisfies Record<string, Bilingual>;

/** The display name of a group key. */
export const groupName = (key: string, lang: Lang): string => (key === NO_ENTITY ? WORDS.noEntity[lang] : key);
