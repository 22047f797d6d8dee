/**
 * Terms in calendar days, weeks and months.
 *
 * How a term is counted (research; SPEC section 2):
 * - The day of the event (receipt of a form, a request, ...) is day 0; counting starts the next day, as
 *   in Judicial Code art. 52 and as the R2022 sources say of the Codex terms ("die aanvangt op de dag
 *   volgend op de dag van ontvangst"). The last day of the term is included (art. 53).
 * - A term in months ends on the same day-number in the target month (art. 54: "van de zoveelste tot de
 *   dag vóór de zoveelste", counted from the day after the event); when that month is shorter, on its
 *   last day (clamped). The Judicial Code rules formally govern procedural acts only; the research adopts
 *   them for the Codex terms because the Codex has no counting rule of its own.
 * - No rollover here: a term that ends on a weekend or holiday ends there. Use `rollDeadline` when the
 *   caller chose the `next-working-day` option (research A-7).
 *
 * @module
 */
import { daysInWeek, monthsInYear } from 'date-fns/constants';
import type { PlainDate } from './plain-date';
import { daysInMonth, fieldsOf, formatYmd, fromDayNumber, toDayNumber } from './plain-date';

/**
 * The length of a period: `{ days: n }`, `{ weeks: n }` or `{ months: n }` (exactly one unit).
 *
 * The `?: never` members make an object with two units, e.g. `{ days: 1, weeks: 2 }`, a type error.
 */
export type Duration =
  | { readonly days: number; readonly weeks?: never; readonly months?: never }
  | { readonly weeks: number; readonly days?: never; readonly months?: never }
  | { readonly months: number; readonly days?: never; readonly weeks?: never };

/** A date `n` months after another, and whether its day-number had to be clamped to the month's end. */
export type MonthsAfterResult = { readonly date: PlainDate; readonly clamped: boolean };

function assertInteger(name: string, n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`${name} must be an integer, got ${String(n)}`);
}

/**
 * The last day of a term of `n` calendar days after `x`: "within n days after x".
 *
 * The day after `x` is day 1 and the last allowed day is `x + n` (Judicial Code art. 52-53 reasoning,
 * research A-1): a worker who receives form B on 10 June has 21 days to appeal, up to and including
 * 1 July. Weekends and holidays count like any other day. `n` may be 0 or negative (days before `x`).
 *
 * @throws RangeError when `n` is not an integer.
 * @example
 * daysAfter('2025-06-10' as PlainDate, 21) //=> '2025-07-01'
 * daysAfter('2025-04-16' as PlainDate, 49) //=> '2025-06-04'
 * daysAfter('2025-12-31' as PlainDate, 1) //=> '2026-01-01'
 * daysAfter('2024-03-01' as PlainDate, -1) //=> '2024-02-29'
 * daysAfter('2025-03-10' as PlainDate, 0) //=> '2025-03-10'
 */
export function daysAfter(x: PlainDate, n: number): PlainDate {
  assertInteger('n', n);
  return fromDayNumber(toDayNumber(x) + n);
}

/**
 * {@link monthsAfter} with the information whether the day-number was clamped, so that the caller can tell
 * the user (research A-3: "flag clamped results") or extend a duration by a day ({@link lastedFrom}).
 *
 * @throws RangeError when `n` is not an integer.
 * @example
 * monthsAfterDetailed('2025-08-31' as PlainDate, 6) //=> { date: '2026-02-28', clamped: true }
 * monthsAfterDetailed('2025-08-28' as PlainDate, 6) //=> { date: '2026-02-28', clamped: false }
 * monthsAfterDetailed('2024-01-31' as PlainDate, 1) //=> { date: '2024-02-29', clamped: true }
 */
export function monthsAfterDetailed(x: PlainDate, n: number): MonthsAfterResult {
  assertInteger('n', n);
  const [y, m, d] = fieldsOf(x);
  const months = y * monthsInYear + (m - 1) + n;
  const ty = Math.floor(months / monthsInYear);
  const tm = months - ty * monthsInYear + 1;
  if (ty < 0 || ty > 9999) throw new RangeError(`${x} + ${n} months falls outside the years 0000-9999`);
  const length = daysInMonth(ty, tm);
  return { date: formatYmd(ty, tm, Math.min(d, length)), clamped: d > length };
}

/**
 * The date `n` months after `x`: "within n months after x", and also "at the earliest n months after x".
 *
 * The same day-number `n` months later; when the target month is shorter, its last day (31 August + 6
 * months = 28 February, or 29 February in a leap year). This agrees with Judicial Code art. 54 in the
 * normal case and is the rule the research proposes for the Codex month terms, which have no month rule
 * of their own (research A-3). Use {@link monthsAfterDetailed} to know whether the result was clamped.
 * `n` may be 0 or negative (months before `x`, clamped the same way).
 *
 * @throws RangeError when `n` is not an integer.
 * @example
 * monthsAfter('2025-08-31' as PlainDate, 6) //=> '2026-02-28'
 * monthsAfter('2023-08-31' as PlainDate, 6) //=> '2024-02-29'
 * monthsAfter('2025-03-10' as PlainDate, 2) //=> '2025-05-10'
 * monthsAfter('2025-12-31' as PlainDate, 1) //=> '2026-01-31'
 * monthsAfter('2025-03-31' as PlainDate, -1) //=> '2025-02-28'
 */
export function monthsAfter(x: PlainDate, n: number): PlainDate {
  return monthsAfterDetailed(x, n).date;
}

/**
 * The first day on which a period that began on `s` (day 1) has lasted `duration`: "once the incapacity
 * has lasted 4 weeks / 3 months", with `s` the first day of incapacity.
 *
 * The first day of incapacity is itself a day of incapacity, so a period of `d` that starts on `s` is
 * complete at the end of the day before `s + d`, and the threshold is reached on `s + d` (research A-4,
 * reading (a)):
 * - days and weeks: `s` plus the length in days (`{ weeks: 4 }` = `s + 28`);
 * - months: `monthsAfter(s, n)`, plus one day when the day-number was clamped. From 31 January, the
 *   3-month period 31 January..30 April is complete on 30 April, so the threshold is 1 May, not the
 *   clamped 30 April (the period would lack a day).
 *
 * @throws RangeError when the length is negative or not an integer.
 * @example
 * lastedFrom('2025-01-31' as PlainDate, { months: 3 }) //=> '2025-05-01'
 * lastedFrom('2025-01-06' as PlainDate, { months: 3 }) //=> '2025-04-06'
 * lastedFrom('2026-02-02' as PlainDate, { weeks: 8 }) //=> '2026-03-30'
 * lastedFrom('2025-03-10' as PlainDate, { weeks: 4 }) //=> '2025-04-07'
 * lastedFrom('2025-03-03' as PlainDate, { days: 28 }) //=> '2025-03-31'
 */
export function lastedFrom(s: PlainDate, duration: Duration): PlainDate {
  if (duration.months !== undefined) {
    const { date, clamped } = monthsAfterDetailed(s, nonNegative('months', duration.months));
    return clamped ? daysAfter(date, 1) : date;
  }
  if (duration.weeks !== undefined) return daysAfter(s, daysInWeek * nonNegative('weeks', duration.weeks));
  if (duration.days !== undefined) return daysAfter(s, nonNegative('days', duration.days));
  throw new RangeError('duration must have one of days, weeks or months');
}

function nonNegative(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`duration ${name} must be a non-negative integer, got ${String(n)}`);
  }
  return n;
}
