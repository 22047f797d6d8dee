/**
 * Calendar dates without time or time zone.
 *
 * A {@link PlainDate} is a `YYYY-MM-DD` string. Arithmetic runs on integer day numbers (days since 1970-01-01,
 * Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms), never on a `Date`, so no result depends on
 * the process time zone (`TZ`). date-fns has no function on plain dates: each of its functions reads a `Date` in
 * local time (so in some zones 31 December 1994 does not exist), and even its leap-year test made `monthsAfter`
 * and `parsePlainDate` 1.5x slower.
 *
 * @module
 */

/**
 * A calendar day as a `YYYY-MM-DD` string: a valid Gregorian date in the years 1900 to 2199 (SPEC section 2).
 *
 * The brand makes sure a plain `string` is never taken for a checked date: obtain one from
 * {@link parsePlainDate} or {@link isPlainDate} (input), from the term functions (results), or from
 * {@link unsafePlainDate} (constants in code and tests).
 *
 * Because the format is fixed-width, the lexicographic order of two `PlainDate`s is their chronological
 * order and string equality is date equality.
 */
export type PlainDate = string & { readonly __brand: 'PlainDate' };

/** The result of {@link parsePlainDate}, shaped like zod's `safeParse` result. */
export type PlainDateParseResult =
  | { success: true; data: PlainDate; error?: never }
  | { success: false; error: { message: string }; data?: never };

/** The first and last years a {@link PlainDate} may have (SPEC section 2). */
const MIN_PLAIN_DATE_YEAR = 1900;
const MAX_PLAIN_DATE_YEAR = 2199;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month of the Gregorian calendar (proleptic for years before 1582).
 *
 * @param year - a year, 0 to 9999
 * @param month - 1 (January) to 12 (December)
 * @example
 * daysInMonth(2025, 2) //=> 28
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2000, 2) //=> 29
 * daysInMonth(2100, 2) //=> 28
 * daysInMonth(2025, 4) //=> 30
 * daysInMonth(2025, 12) //=> 31
 */
export function daysInMonth(year: number, month: number): number {
  const length = MONTH_LENGTHS[month - 1];
  if (length === undefined) throw new RangeError(`month must be an integer from 1 to 12, got ${String(month)}`);
  return month === 2 && isLeapYear(year) ? 29 : length;
}

/** Days from 1970-01-01 to y-m-d (days_from_civil), for a valid y-m-d of any integer year. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` string of day number `n` (civil_from_days). */
function civilDate(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11], March = 0
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as PlainDate;
}

/**
 * The number written in ASCII digits in `s` from index `from` to `to`, or NaN when another character is there.
 * Strict, unlike `Number(s.slice(...))`, which also takes spaces, signs and exponents (' 1', '+1', '1e').
 */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/** The year of a `YYYY-MM-DD` string. */
export function yearOf(s: string): number {
  return digits(s, 0, 4);
}

/** The year, month and day of a `YYYY-MM-DD` string. */
export function fieldsOf(s: string): readonly [year: number, month: number, day: number] {
  return [digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)];
}

/**
 * The day number of a date: whole days since 1970-01-01 (negative before it).
 *
 * Pure integer arithmetic, no `Date`, so independent of the time zone. Defined for every valid `YYYY-MM-DD`
 * date, also outside 1900-2199.
 *
 * @example
 * toDayNumber('1970-01-01' as PlainDate) //=> 0
 * toDayNumber('1969-12-31' as PlainDate) //=> -1
 * toDayNumber('2000-01-01' as PlainDate) //=> 10957
 * toDayNumber('2025-01-01' as PlainDate) //=> 20089
 */
export function toDayNumber(d: PlainDate): number {
  return daysFromCivil(digits(d, 0, 4), digits(d, 5, 7), digits(d, 8, 10));
}

/** Day numbers of 0000-01-01 and 9999-12-31: the range {@link fromDayNumber} can format. */
const MIN_DAY_NUMBER = daysFromCivil(0, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(9999, 12, 31);

/**
 * The date of a day number (whole days since 1970-01-01); the inverse of {@link toDayNumber}.
 *
 * Pure integer arithmetic (civil_from_days). Any day number whose year fits `YYYY` (0000-9999) is
 * formatted, so term arithmetic near 2199 does not fail; such a result outside 1900-2199 is a well-formed
 * date but {@link parsePlainDate} would not accept it as input.
 *
 * @throws RangeError when `n` is not an integer or the year would fall outside 0000-9999 (a bug in the
 *   caller, not a legal outcome).
 * @example
 * fromDayNumber(0) //=> '1970-01-01'
 * fromDayNumber(-1) //=> '1969-12-31'
 * fromDayNumber(20089) //=> '2025-01-01'
 */
export function fromDayNumber(n: number): PlainDate {
  if (!Number.isInteger(n) || n < MIN_DAY_NUMBER || n > MAX_DAY_NUMBER) {
    throw new RangeError(
      `day number must be an integer from ${MIN_DAY_NUMBER} (0000-01-01) to ${MAX_DAY_NUMBER} (9999-12-31), got ${String(n)}`,
    );
  }
  return civilDate(n);
}

/** The date y-m-d (year 0000-9999) as a `PlainDate`-shaped string. */
export function formatYmd(y: number, m: number, d: number): PlainDate {
  return fromDayNumber(daysFromCivil(y, m, d));
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a day number. 1970-01-01 was a Thursday. */
export function dayOfWeekOfDayNumber(n: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return ((((n + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The ISO weekday of a date: 1 = Monday ... 6 = Saturday, 7 = Sunday.
 *
 * Always display the weekday next to a computed deadline (research A-7): whether it falls in a weekend
 * matters when no rollover applies.
 *
 * @example
 * dayOfWeek('2025-12-24' as PlainDate) //=> 3
 * dayOfWeek('2026-01-09' as PlainDate) //=> 5
 * dayOfWeek('2026-02-28' as PlainDate) //=> 6
 * dayOfWeek('2020-05-03' as PlainDate) //=> 7
 */
export function dayOfWeek(d: PlainDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return dayOfWeekOfDayNumber(toDayNumber(d));
}

/**
 * Compares two dates chronologically: -1 when `a` is earlier, 0 when equal, 1 when `a` is later.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @example
 * compareDates('2025-01-31' as PlainDate, '2025-02-01' as PlainDate) //=> -1
 * compareDates('2025-02-01' as PlainDate, '2025-02-01' as PlainDate) //=> 0
 * compareDates('2026-01-01' as PlainDate, '2025-12-31' as PlainDate) //=> 1
 */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  // Fixed-width YYYY-MM-DD: string order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The number of days from `a` to `b` (`b - a`): positive when `b` is later.
 * `diffDays(x, daysAfter(x, n)) === n`.
 *
 * @example
 * diffDays('2025-01-01' as PlainDate, '2025-12-31' as PlainDate) //=> 364
 * diffDays('2024-01-01' as PlainDate, '2025-01-01' as PlainDate) //=> 366
 * diffDays('2025-03-10' as PlainDate, '2025-03-01' as PlainDate) //=> -9
 */
export function diffDays(a: PlainDate, b: PlainDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * The earliest of one or more dates.
 *
 * @example
 * minDate('2025-05-01' as PlainDate, '2025-04-30' as PlainDate) //=> '2025-04-30'
 */
export function minDate(first: PlainDate, ...rest: readonly PlainDate[]): PlainDate {
  return rest.reduce((m, d) => (d < m ? d : m), first);
}

/**
 * The latest of one or more dates.
 *
 * @example
 * maxDate('2025-05-01' as PlainDate, '2025-04-30' as PlainDate, '2024-12-31' as PlainDate) //=> '2025-05-01'
 */
export function maxDate(first: PlainDate, ...rest: readonly PlainDate[]): PlainDate {
  return rest.reduce((m, d) => (d > m ? d : m), first);
}

/** Why a value is not a PlainDate, or null when it is one (the messages of {@link parsePlainDate}). */
function problemWith(input: unknown): string | null {
  if (typeof input !== 'string') {
    return `expected a date string in the form YYYY-MM-DD, received ${describe(input)}`;
  }
  const [y, m, d] = fieldsOf(input);
  if (input.length !== 10 || input[4] !== '-' || input[7] !== '-' || Number.isNaN(y + m + d)) {
    const shown = input.length > 40 ? `${input.slice(0, 40)}...` : input;
    return `${JSON.stringify(shown)} is not a date in the form YYYY-MM-DD (4-digit year, 2-digit month and day, e.g. 2025-03-10)`;
  }
  if (m < 1 || m > 12) {
    return `${input} is not a valid date: there is no month ${input.slice(5, 7)} (months are 01 to 12)`;
  }
  if (d < 1) return `${input} is not a valid date: there is no day 00`;
  const length = daysInMonth(y, m);
  if (d > length) {
    return `${input} is not a valid date: ${MONTH_NAMES[m - 1] as string} ${input.slice(0, 4)} has ${length} days`;
  }
  if (y < MIN_PLAIN_DATE_YEAR || y > MAX_PLAIN_DATE_YEAR) {
    return `${input} is out of range: only the years ${MIN_PLAIN_DATE_YEAR} to ${MAX_PLAIN_DATE_YEAR} are supported`;
  }
  return null;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  const type = typeof input;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `${type} ${String(input)}`;
  return type === 'undefined' ? 'undefined' : type === 'object' ? 'an object' : `a ${type}`;
}

/**
 * Checks an untrusted value (JSON input, a CSV cell, a CLI argument) and returns a zod-style result.
 * Never throws, whatever the input.
 *
 * Accepted: exactly `YYYY-MM-DD` (no spaces, no time, no other separators), a date that exists in the
 * Gregorian calendar, in the years 1900 to 2199. The error message says what is wrong.
 *
 * @example
 * parsePlainDate('2024-02-29') //=> { success: true, data: '2024-02-29' }
 * parsePlainDate('2025-02-29') //=> { success: false, error: { message: '2025-02-29 is not a valid date: February 2025 has 28 days' } }
 * parsePlainDate('2025-13-01') //=> { success: false, error: { message: '2025-13-01 is not a valid date: there is no month 13 (months are 01 to 12)' } }
 * parsePlainDate('1899-12-31') //=> { success: false, error: { message: '1899-12-31 is out of range: only the years 1900 to 2199 are supported' } }
 * parsePlainDate(20250101) //=> { success: false, error: { message: 'expected a date string in the form YYYY-MM-DD, received number 20250101' } }
 */
export function parsePlainDate(input: unknown): PlainDateParseResult {
  const problem = problemWith(input);
  return problem === null
    ? { success: true, data: input as PlainDate }
    : { success: false, error: { message: problem } };
}

/**
 * Type guard: true when `x` is a valid {@link PlainDate} (the same check as {@link parsePlainDate}).
 *
 * @example
 * isPlainDate('2025-03-10') //=> true
 * isPlainDate('2100-02-29') //=> false
 * isPlainDate(new String('2025-03-10')) //=> false
 */
export function isPlainDate(x: unknown): x is PlainDate {
  return problemWith(x) === null;
}

/**
 * Asserts that `s` is a valid {@link PlainDate} and returns it branded. For constants in code and for
 * tests only: input from outside goes through {@link parsePlainDate}, which does not throw.
 *
 * @throws RangeError with the {@link parsePlainDate} message when `s` is not a valid date.
 * @example
 * unsafePlainDate('2025-03-10') //=> '2025-03-10'
 */
export function unsafePlainDate(s: string): PlainDate {
  const problem = problemWith(s);
  if (problem !== null) throw new RangeError(problem);
  return s as PlainDate;
}
