import type { CalendarOptions, PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { codex } from '../../rules/sources.js';
import type { Citation, RuleProse, RuleSpec } from '../../rules/types.js';
import { EMPLOYER_VISIT_FROM_2026, TEN_WORKING_DAYS_CURRENT_TEXT, WORKING_DAYS_MON_FRI } from '../interpretations.js';

/** Working days after the request within which the visit takes place. */
export const PRE_RESUMPTION_VISIT_WORKING_DAYS = 10;
/** From this day the employer may also request the visit (2026 reform, "re-integratie 3.0"). */
export const EMPLOYER_REQUEST_FROM = '2026-01-01' as PlainDate;

/**
 * Where the rule stands: Codex I.4-36 until 2025; the 2026 reform moved it to chapter VI (article unverified: one
 * secondary source, prevent.be, names "art. I.4-71/4"; no official text was read, so the citation stays general).
 */
// Frozen: shared by the rule and by every deadline that cites them.
const BEFORE_2026: Citation = Object.freeze(codex('I.4-36'));
const FROM_2026: Citation = Object.freeze(codex('boek I, titel 4, hoofdstuk VI (R2026; voorheen I.4-36)'));

/**
 * The citation for a visit requested on `date`: Codex I.4-36 until 31 December 2025; from 2026 the visit moved
 * to chapter VI (informal procedure) and I.4-36 now holds the preventive request.
 *
 * @example
 * preResumptionVisitBasis('2025-12-24').map((c) => c.article) //=> ['I.4-36']
 * preResumptionVisitBasis('2026-02-02').map((c) => c.article) //=> ['boek I, titel 4, hoofdstuk VI (R2026; voorheen I.4-36)']
 */
export function preResumptionVisitBasis(date: PlainDate): Citation[] {
  return [date >= EMPLOYER_REQUEST_FROM ? FROM_2026 : BEFORE_2026];
}

/**
 * The visit to the occupational physician before the resumption of work (bezoek voorafgaand aan de
 * werkhervatting), to prepare adjustments of the workstation or adapted work. Until 2025 only the worker can ask
 * for it; from 1 January 2026 the employer too (the worker need not follow up).
 *
 * Codex I.4-36 (R2022; moved to chapter VI in the 2026 reform): the visit takes place within 10 working days
 * following the day the occupational physician received the request. A working-day term ends on a working day:
 * no rollover.
 */
export const preResumptionVisitRule: RuleSpec = {
  id: 'health.pre-resumption-visit',
  track: 'health',
  actor: 'occupational-physician',
  kind: 'obligation',
  label: {
    nl: 'Bezoek voorafgaand aan de werkhervatting',
    en: 'Pre-resumption visit',
    fr: 'Visite de pré-reprise du travail',
  },
  counts: {
    from: 'pre-resumption-visit.requested',
    term: { workingDays: PRE_RESUMPTION_VISIT_WORKING_DAYS },
    rollover: false,
    voidWhen: ['work resumes after the request before the visit', 'the employment ends before the visit'],
  },
  metBy: ['pre-resumption-visit.held'],
  basis: [BEFORE_2026, FROM_2026],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const preResumptionVisitProse: RuleProse = {
  term: { nl: '10 werkdagen', en: '10 working days', fr: '10 jours ouvrables' },
  countedFrom: {
    nl: 'de ontvangst van het verzoek (van het personeelslid; vanaf 2026 ook van de werkgever) door de preventieadviseur-arbeidsarts',
    en: 'receipt of the request (by the worker; from 2026 also by the employer) by the occupational physician',
    fr: "la réception de la demande (du travailleur ; à partir de 2026 aussi de l'employeur) par le conseiller en prévention-médecin du travail",
  },
  interpretations: [WORKING_DAYS_MON_FRI, TEN_WORKING_DAYS_CURRENT_TEXT, EMPLOYER_VISIT_FROM_2026],
};

/** Whether a request is valid: an employer may request the visit from 1 January 2026 only. */
export const validRequest = (requestedOn: PlainDate, by: 'worker' | 'employer'): boolean =>
  by === 'worker' || requestedOn >= EMPLOYER_REQUEST_FROM;

/**
 * The last day of the visit; an employer request before 2026 is not valid (`{ valid: false }`).
 *
 * @example
 * preResumptionVisit({ requestedOn: '2025-12-24', by: 'worker' }) //=> { valid: true, due: '2026-01-09' }
 * preResumptionVisit({ requestedOn: '2025-12-19', by: 'worker' }) //=> { valid: true, due: '2026-01-06' }
 * preResumptionVisit({ requestedOn: '2025-12-19', by: 'worker' }, { workweek: 'mon-sat' }) //=> { valid: true, due: '2026-01-02' }
 * preResumptionVisit({ requestedOn: '2025-12-24', by: 'employer' }) //=> { valid: false, due: null }
 * preResumptionVisit({ requestedOn: '2026-01-05', by: 'employer' }) //=> { valid: true, due: '2026-01-19' }
 */
export function preResumptionVisit(
  input: { requestedOn: PlainDate; by: 'worker' | 'employer' },
  cal?: CalendarOptions,
): { valid: true; due: PlainDate } | { valid: false; due: null } {
  if (!validRequest(input.requestedOn, input.by)) return { valid: false, due: null };
  // A working-day term always has a date.
  return { valid: true, due: termEnd(preResumptionVisitRule.counts.term, input.requestedOn, cal === undefined ? {} : { calendar: cal })!.date };
}
