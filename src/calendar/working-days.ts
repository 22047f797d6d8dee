/**
 * Working days (werkdagen) and terms in working days.
 *
 * What a working day is, is not settled for the Codex terms (research A-8): many practitioners count
 * Monday to Friday, while Belgian labour law often counts every day except Sundays and legal holidays
 * (jours ouvrables, Monday to Saturday). The default is Monday to Friday (SPEC section 2); the
 * `workweek: 'mon-sat'` option gives the other reading. Either way the ten Belgian legal holidays are not
 * working days, nor are the caller's `extraHolidays` (e.g. 11 July for Flemish government entities,
 * collective closing days, replacement days).
 *
 * @module
 */
import type { PlainDate } from './plain-date';
import { belgianHolidayDayNumbers } from './holidays';
import { dayOfWeekOfDayNumber, daysFromCivil, fromDayNumber, toDayNumber, yearOf } from './plain-date';

/**
 * Which days count as working days (besides holidays):
 * - `workweek`: `'mon-fri'` (default) or `'mon-sat'` (research A-8);
 * - `extraHolidays`: more non-working days, e.g. 11 July (Flemish Community holiday, a day off for the
 *   Flemish government) or an entity's closing days. Treated like legal holidays.
 *
 * Both members accept `undefined` (= not given), so options inferred from a zod schema fit.
 */
export type CalendarOptions = {
  workweek?: 'mon-fri' | 'mon-sat' | undefined;
  extraHolidays?: readonly PlainDate[] | undefined;
};

function lastWorkdayOf(cal: CalendarOptions | undefined): 5 | 6 {
  return cal?.workweek === 'mon-sat' ? 6 : 5;
}

/**
 * True when `x` is a working day: Monday to Friday (or Saturday with `workweek: 'mon-sat'`), not one of
 * the ten Belgian legal holidays and not in `extraHolidays` (research A-8).
 *
 * @example
 * isWorkingDay('2025-12-24' as PlainDate) //=> true
 * isWorkingDay('2025-12-25' as PlainDate) //=> false
 * isWorkingDay('2025-12-27' as PlainDate) //=> false
 * isWorkingDay('2025-12-27' as PlainDate, { workweek: 'mon-sat' }) //=> true
 * isWorkingDay('2025-07-11' as PlainDate, { extraHolidays: ['2025-07-11' as PlainDate] }) //=> false
 */
export function isWorkingDay(x: PlainDate, cal?: CalendarOptions): boolean {
  const dn = toDayNumber(x);
  if (dayOfWeekOfDayNumber(dn) > lastWorkdayOf(cal)) return false;
  if (belgianHolidayDayNumbers(yearOf(x)).has(dn)) return false;
  const extra = cal?.extraHolidays;
  // Fixed-width dates: string equality is date equality, no conversion needed for a single lookup.
  return extra === undefined || extra.length === 0 || !extra.includes(x);
}

/**
 * The last day of a term of `n` working days after `x`: "within n working days after x" is the n-th
 * working day strictly after `x`.
 *
 * As for calendar-day terms, the day of the event is not counted (research A-1: the term starts the day
 * after receipt), whether or not it is itself a working day. Weekends, the Belgian legal holidays and
 * `extraHolidays` are skipped (research A-8). For `n = 0` the result is `x` itself.
 *
 * @throws RangeError when `n` is negative or not an integer.
 * @example
 * workingDaysAfter('2025-12-24' as PlainDate, 10) //=> '2026-01-09'
 * workingDaysAfter('2025-04-14' as PlainDate, 10) //=> '2025-04-29'
 * workingDaysAfter('2025-04-14' as PlainDate, 10, { workweek: 'mon-sat' }) //=> '2025-04-26'
 * workingDaysAfter('2025-07-10' as PlainDate, 1, { extraHolidays: ['2025-07-11' as PlainDate] }) //=> '2025-07-14'
 */
export function workingDaysAfter(x: PlainDate, n: number, cal?: CalendarOptions): PlainDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`n must be a non-negative integer, got ${String(n)}`);
  }
  if (n === 0) return x;
  const lastWorkday = lastWorkdayOf(cal);
  const extra = cal?.extraHolidays?.map((d) => toDayNumber(d)) ?? [];
  let dn = toDayNumber(x);
  let year = yearOf(x);
  let holidays = belgianHolidayDayNumbers(year);
  for (let left = n; left > 0; ) {
    dn += 1;
    if (dn === daysFromCivil(year + 1, 1, 1)) holidays = belgianHolidayDayNumbers(++year);
    if (dayOfWeekOfDayNumber(dn) <= lastWorkday && !holidays.has(dn) && !extra.includes(dn)) left -= 1;
  }
  return fromDayNumber(dn);
}

/**
 * The number of working days from `from` to `to`, both included (0 when `to` is before `from`), in the same
 * calendar as {@link isWorkingDay}: whole weeks counted at once, then the days left over, less the legal and
 * extra holidays that fall on a working day of the span.
 *
 * @example
 * workingDaysBetween('2025-04-14' as PlainDate, '2025-04-25' as PlainDate) //=> 9
 * workingDaysBetween('2025-12-22' as PlainDate, '2026-01-04' as PlainDate) //=> 8
 * workingDaysBetween('2025-12-22' as PlainDate, '2026-01-04' as PlainDate, { workweek: 'mon-sat' }) //=> 10
 * workingDaysBetween('2025-07-07' as PlainDate, '2025-07-18' as PlainDate, { extraHolidays: ['2025-07-11' as PlainDate] }) //=> 9
 * workingDaysBetween('2025-07-18' as PlainDate, '2025-07-07' as PlainDate) //=> 0
 */
export function workingDaysBetween(from: PlainDate, to: PlainDate, cal?: CalendarOptions): number {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last < first) return 0;
  const lastWorkday = lastWorkdayOf(cal);
  const isWeekday = (dn: number): boolean => dayOfWeekOfDayNumber(dn) <= lastWorkday;
  const weeks = Math.floor((last - first + 1) / 7);
  let count = weeks * lastWorkday;
  for (let dn = first + weeks * 7; dn <= last; dn++) if (isWeekday(dn)) count += 1;
  const closed = new Set<number>();
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    for (const dn of belgianHolidayDayNumbers(year)) closed.add(dn);
  }
  for (const d of cal?.extraHolidays ?? []) closed.add(toDayNumber(d));
  for (const dn of closed) if (dn >= first && dn <= last && isWeekday(dn)) count -= 1;
  return count;
}

/**
 * `x` itself when it is a working day, else the first working day after it.
 *
 * @example
 * nextWorkingDay('2025-12-24' as PlainDate) //=> '2025-12-24'
 * nextWorkingDay('2025-12-25' as PlainDate) //=> '2025-12-26'
 * nextWorkingDay('2025-04-19' as PlainDate) //=> '2025-04-22'
 * nextWorkingDay('2025-04-19' as PlainDate, { workweek: 'mon-sat' }) //=> '2025-04-19'
 */
export function nextWorkingDay(x: PlainDate, cal?: CalendarOptions): PlainDate {
  return isWorkingDay(x, cal) ? x : workingDaysAfter(x, 1, cal);
}
