/**
 * Dutch and English labels of the report's figures, sections and reason codes. The Dutch follows the words of
 * the omzendbrief and the Codex (terugkeercoach, re-integratietraject, gemotiveerd verslag).
 *
 * @module
 */
import type { Bilingual } from '../rules/types.js';
import { RULES } from '../rules/registry.js';

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
  health: { nl: 'Gezondheidstoezicht', en: 'Health surveillance' },
  resumptions: { nl: 'Werkhervattingen', en: 'Resumptions of work' },
  overdue: { nl: 'Verstreken termijnen op de peildatum', en: 'Deadlines overdue on the reference date' },
} as const satisfies Record<string, Bilingual>;

export type Section = keyof typeof SECTION_LABELS;

/** Labels of the fixed figures, by figure id (the dotted path in the JSON report). */
export const FIGURE_LABELS: Record<string, Bilingual> = {
  cases: { nl: 'Dossiers gelezen', en: 'Case records read' },
  invalidCases: { nl: 'Ongeldige dossiers (niet meegeteld)', en: 'Invalid case records (skipped)' },
  'informal.episodesStarted': { nl: 'Gestarte afwezigheden (episodes)', en: 'Absence episodes started' },
  'informal.firstConversations': { nl: 'Eerste gesprekken met de terugkeercoach', en: 'First conversations with the return-to-work coach' },
  'informal.firstConversationsOnTime': { nl: '… binnen 2 maanden na de start', en: '… within 2 months of the start' },
  'informal.firstConversationsLate': { nl: '… later dan 2 maanden', en: '… later than 2 months' },
  'informal.daysToFirstConversation.median': { nl: 'Mediaan aantal dagen tot het eerste gesprek', en: 'Median days to the first conversation' },
  'informal.resumptionPossible': { nl: 'Werkhervatting mogelijk bevonden', en: 'Resumption judged possible' },
  'informal.resumptionPossibleWithAttentionPoints': { nl: '… met aandachtspunten', en: '… with attention points' },
  'informal.resumptionPossibleWithoutAttentionPoints': { nl: '… zonder aandachtspunten', en: '… without attention points' },
  'informal.arrangementsAgreed': { nl: 'Concrete afspraken of stappenplan overeengekomen', en: 'Resumption arrangements or step plan agreed' },
  'informal.arrangementsOnTime': { nl: '… binnen 2 maanden', en: '… within 2 months' },
  'informal.arrangementsLate': { nl: '… later dan 2 maanden', en: '… later than 2 months' },
  'informal.deviations': { nl: 'Afwijkingen voor complexe dossiers', en: 'Deviations for complex cases' },
  'informal.smtReferrals': { nl: 'Voorgelegd aan het Sociaal Medisch Team', en: 'Referred to the Social Medical Team' },
  'informal.escalations.noConversation': { nl: 'Geen gesprek binnen 4 maanden', en: 'No conversation within 4 months' },
  'informal.escalations.noArrangements': {
    nl: 'Geen afspraken binnen 2 maanden na "hervatting mogelijk"',
    en: 'No arrangements within 2 months of "resumption possible"',
  },
  'informal.escalations.mandatoryStart': { nl: 'Verplichte start na 6 maanden (R2026)', en: 'Mandatory start after 6 months (R2026)' },
  'formal.requested.total': { nl: 'Aangevraagde re-integratietrajecten', en: 'Re-integration trajectories requested' },
  'formal.requested.worker': { nl: '… door de werknemer', en: '… by the worker' },
  'formal.requested.treatingPhysician': { nl: '… door de behandelend arts', en: '… by the treating physician' },
  'formal.requested.employer': { nl: '… door de werkgever', en: '… by the employer' },
  'formal.byRegime.R2022': { nl: '… regime 2022 (start tot 31-12-2025)', en: '… 2022 regime (start up to 2025-12-31)' },
  'formal.byRegime.R2026': { nl: '… regime 2026 (start vanaf 1-1-2026)', en: '… 2026 regime (start from 2026-01-01)' },
  'formal.byRegime.unsupported': { nl: '… ouder regime (niet berekend)', en: '… older regime (not computed)' },
  'formal.decisions.A': {
    nl: 'Beslissing A (tijdelijk ongeschikt, aangepast of ander werk)',
    en: 'Decision A (temporarily unfit, adapted or other work)',
  },
  'formal.decisions.B': {
    nl: 'Beslissing B (definitief ongeschikt voor het overeengekomen werk)',
    en: 'Decision B (definitively unfit for the agreed work)',
  },
  'formal.decisions.C': { nl: 'Beslissing C (geen re-integratiebeoordeling mogelijk)', en: 'Decision C (no re-integration assessment possible)' },
  'formal.appeals.lodged': { nl: 'Beroepen tegen beslissing B', en: 'Appeals against decision B' },
  'formal.appeals.confirmed': { nl: '… beslissing bevestigd', en: '… decision confirmed' },
  'formal.appeals.overturned': { nl: '… beslissing hervormd', en: '… decision overturned' },
  'formal.plans.offered': { nl: 'Re-integratieplannen aangeboden', en: 'Re-integration plans offered' },
  'formal.plans.agreed': { nl: '… akkoord', en: '… agreed' },
  'formal.plans.refused': { nl: '… geweigerd', en: '… refused' },
  'formal.plans.deemedRefused': { nl: '… geacht geweigerd (geen reactie)', en: '… deemed refused (no answer)' },
  'formal.plans.answeredLate': { nl: 'Antwoorden op het plan na 14 dagen', en: 'Answers to the plan after 14 days' },
  'formal.reports.total': { nl: 'Gemotiveerde verslagen (geen plan mogelijk)', en: 'Motivated reports (no plan possible)' },
  'formal.noShows': { nl: 'Trajecten beëindigd wegens niet opdagen', en: 'Trajectories ended by no-show' },
  'formal.assessmentsOnTime': { nl: 'Beoordelingen binnen 49 dagen', en: 'Assessments within 49 days' },
  'formal.assessmentsLate': { nl: 'Beoordelingen na 49 dagen', en: 'Assessments after 49 days' },
  'formal.plansOnTime': { nl: 'Plan of verslag tijdig', en: 'Plan or report on time' },
  'formal.plansLate': { nl: 'Plan of verslag laattijdig', en: 'Plan or report late' },
  'health.preResumptionVisitsRequested': { nl: 'Aanvragen bezoek voorafgaand aan de werkhervatting', en: 'Pre-resumption visits requested' },
  'health.preResumptionVisitsHeld': { nl: 'Bezoeken voorafgaand aan de werkhervatting', en: 'Pre-resumption visits held' },
  'health.returnToWorkExams': { nl: 'Onderzoeken bij werkhervatting', en: 'Return-to-work examinations' },
  'resumptions.full': { nl: 'Voltijds hervat', en: 'Full resumption' },
  'resumptions.partTime': { nl: 'Deeltijds hervat', en: 'Part-time resumption' },
  'resumptions.adapted': { nl: 'Aangepast werk', en: 'Adapted work' },
  'resumptions.otherWork': { nl: 'Ander werk', en: 'Other work' },
};

/** Reason codes of motivated reports and refusals (SPEC section 3), and the fallback for a missing code. */
export const REASON_LABELS: Record<string, Bilingual> = {
  'no-adapted-work': { nl: 'geen aangepast of ander werk mogelijk', en: 'no adapted or other work possible' },
  'technically-impossible': { nl: 'technisch of objectief onmogelijk', en: 'technically or objectively impossible' },
  'not-reasonably-required': { nl: 'om gegronde redenen redelijkerwijs niet te eisen', en: 'not reasonably required, for well-founded reasons' },
  other: { nl: 'andere reden', en: 'other reason' },
  unspecified: { nl: 'reden niet opgegeven', en: 'reason not given' },
};

const ISSUE_LABELS: Record<string, Bilingual> = {
  'invalid-json': { nl: 'geen geldige JSON', en: 'not valid JSON' },
  'invalid-case': { nl: 'ongeldig dossier', en: 'invalid case' },
  'invalid-options': { nl: 'ongeldige opties', en: 'invalid options' },
};

/** The label of a figure id, including the keyed ones (`formal.reports.byReason.<code>`, `overdueAtAsOf.<rule>`). */
export function figureLabel(id: string, lang: Lang): string {
  const fixed = FIGURE_LABELS[id];
  if (fixed) return fixed[lang];
  for (const [prefix, dict, lead] of [
    ['formal.reports.byReason.', REASON_LABELS, { nl: '… reden: ', en: '… reason: ' }],
    ['formal.plans.refusedByReason.', REASON_LABELS, { nl: '… weigering, reden: ', en: '… refusal, reason: ' }],
    ['invalidCaseIssues.', ISSUE_LABELS, { nl: '… ', en: '… ' }],
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
export const groupName = (key: string, lang: Lang): string => (key === '(none)' ? WORDS.noEntity[lang] : key);
