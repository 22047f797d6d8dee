/**
 * Rolling a deadline that falls on a non-working day over to the next working day.
 *
 * No Codex or omzendbrief source says that their terms roll over; Judicial Code art. 53 moves a due day
 * that is a Saturday, Sunday or legal holiday to the next working day, but it formally governs procedural
 * acts only (research A-7). So the default is no rollover, and `'next-working-day'` is an option.
 *
 * @module
 */
import type { PlainDate } from './plain-date';
import type { CalendarOptions } from './working-days';
import { nextWorkingDay } from './working-days';

/**
 * Whether a deadline on a non-working day moves: `'none'` (default: calendar-day and month terms run
 * through weekends and holidays) or `'next-working-day'` (Judicial Code art. 53 style, research A-7).
 */
export type Rollover = 'none' | 'next-working-day';

/**
 * The effective last day of a deadline under the chosen rollover.
 *
 * With `'next-working-day'`, a deadline that falls on a non-working day (weekend, Belgian legal holiday,
 * `extraHolidays`; see `isWorkingDay`) moves to the next working day; with `'none'` (the default) it is
 * returned unchanged.
 *
 * Only *deadlines* (the last day to act) are rolled. Callers must never roll an "earliest" date (a right
 * that opens, such as the day the employer may request a trajectory) or a threshold (the day an
 * incapacity has lasted 4 weeks or 3 months): moving those later would shorten nobody's term but would
 * delay a right or a duty, which art. 53 does not do.
 *
 * @example
 * rollDeadline('2025-05-10' as PlainDate, 'next-working-day') //=> '2025-05-12'
 * rollDeadline('2025-05-10' as PlainDate, 'none') //=> '2025-05-10'
 * rollDeadline('2025-04-21' as PlainDate, 'next-working-day') //=> '2025-04-22'
 * rollDeadline('2026-02-28' as PlainDate, 'next-working-day') //=> '2026-03-02'
 * rollDeadline('2025-05-10' as PlainDate, 'next-working-day', { workweek: 'mon-sat' }) //=> '2025-05-10'
 */
export function rollDeadline(due: PlainDate, rollover: Rollover = 'none', cal?: CalendarOptions): PlainDate {
  return rollover === 'next-working-day' ? nextWorkingDay(due, cal) : due;
}
