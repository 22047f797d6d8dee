/**
 * When the informal track must give way to the formal re-integration trajectory (omzendbrief; AgO slides "Het
 * re-integratieproces"): "Een formeel re-integratietraject moet echter opgestart worden wanneer er 4 maanden na
 * de start van de ziekteafwezigheid nog geen gesprek mogelijk was [...] of er 2 maanden na deze inschatting nog
 * geen concreet stappenplan of concrete afspraken [...] gemaakt zijn."
 *
 * The informal track only says *when* the condition occurred (`EscalationTrigger`); the flag
 * `formal-trajectory-required` and the deadline `formal.start-required` are joined centrally
 * (`src/case/escalation.ts`), which also clears them once a formal trajectory is requested on or after the
 * trigger date, or the employment ended.
 *
 * @module
 */
import { compareDates, daysAfter, monthsAfter, type PlainDate } from '../calendar/index.js';
import type { TrackEnd } from './state.js';

/** Months after the start of the absence by which a conversation must have taken place. */
export const NO_CONVERSATION_MONTHS = 4;

/**
 * The 4-month mark: `lastDay` is the last day on which the conversation still prevents the escalation
 * (`monthsAfter(start, 4)`, clamped), `since` the day the formal track becomes mandatory. A threshold, never
 * rolled over to a working day.
 *
 * @example
 * noConversationEscalation({ start: '2025-03-10' }) //=> { lastDay: '2025-07-10', since: '2025-07-11' }
 * noConversationEscalation({ start: '2025-12-31' }) //=> { lastDay: '2026-04-30', since: '2026-05-01' }
 * noConversationEscalation({ start: '2025-10-31' }) //=> { lastDay: '2026-02-28', since: '2026-03-01' }
 */
export function noConversationEscalation(input: { start: PlainDate }): { lastDay: PlainDate; since: PlainDate } {
  const lastDay = monthsAfter(input.start, NO_CONVERSATION_MONTHS);
  return { lastDay, since: daysAfter(lastDay, 1) };
}

/**
 * The day after the arrangements term ran out: from then on the formal track is mandatory.
 *
 * @example
 * noArrangementsEscalation({ due: '2025-06-20' }) //=> { since: '2025-06-21' }
 */
export function noArrangementsEscalation(input: { due: PlainDate }): { since: PlainDate } {
  return { since: daysAfter(input.due, 1) };
}

/**
 * Whether the track was still running on `since`, so that the escalation could occur: it had not ended before
 * that day. A resumption, an end of employment or a new judgement on the trigger day itself prevents it; a formal
 * request on that day does not (the request then meets the escalation, SPEC section 5).
 *
 * @example
 * runningOn(undefined, '2025-07-11') //=> true
 * runningOn({ on: '2025-07-11', ref: 'r', by: 'resumed' }, '2025-07-11') //=> false
 * runningOn({ on: '2025-07-11', ref: 'f', by: 'escalated' }, '2025-07-11') //=> true
 * runningOn({ on: '2025-07-10', ref: 'f', by: 'escalated' }, '2025-07-11') //=> false
 */
export function runningOn(end: TrackEnd | undefined, since: PlainDate): boolean {
  if (end === undefined) return true;
  const c = compareDates(end.on, since);
  return end.by === 'escalated' ? c >= 0 : c > 0;
}
