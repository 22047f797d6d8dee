import { compareDates, type PlainDate } from '../calendar/index.js';
import type { Regime } from '../rules/types.js';

/** First trajectory start under the KB of 11 September 2022 (R2022). */
export const R2022_FROM = '2022-10-01' as PlainDate;
/** First trajectory start under the reform in force on 1 January 2026 (R2026). */
export const R2026_FROM = '2026-01-01' as PlainDate;

/**
 * The regime that governs a formal trajectory, chosen by the day it starts (the day after the occupational
 * physician received the request).
 *
 * KB 11 September 2022 (BS 20 September 2022), in force 1 October 2022, governs trajectories from that day;
 * the reform published on 30 December 2025 applies to trajectories "started" from 1 January 2026 and has "no
 * impact" on trajectories started before (cohezio.be; research section 0). Earlier starts fall under the KB of
 * 28 October 2016 (`R2016`), whose terms (working days, decisions A-E) the library does not compute.
 *
 * @example
 * selectRegime('2025-12-31' as PlainDate) //=> 'R2022'
 * selectRegime('2026-01-01' as PlainDate) //=> 'R2026'
 * selectRegime('2022-09-30' as PlainDate) //=> 'R2016'
 */
export function selectRegime(startDate: PlainDate): Regime | 'R2016' {
  if (compareDates(startDate, R2022_FROM) < 0) return 'R2016';
  if (compareDates(startDate, R2026_FROM) < 0) return 'R2022';
  return 'R2026';
}
