/**
 * Calendar dates without time or time zone.
 *
 * A {@link PlainDate} is a `YYYY-MM-DD` string. Inside the library dates are handled as integer day numbers
 * (days since 1970-01-01, computed with Howard Hinnant's `days_from_civil` / `civil_from_days`
 * algorithms), so no result ever depends on the process time zone (`TZ`) and the hot paths allocate
 * nothing but the result string.
 *
 * The only `Date` object in this module is built in {@link daysInMonth}'s leap-year lookup (local noon on
 * 15 June, read back with `getFullYear`, which no time zone can shift), and it is computed once per year.
 *
 * @module
 */
import { isLeapYear } from 'date-fns';

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
export const MIN_PLAIN_DATE_YEAR = 1900;
/** The first and last years a {@link PlainDate} may have (SPEC section 2). */
export const MAX_PLAIN_DATE_YEAR = 2199;

// ---------------------------------------------------------------------------------------------------------
// Year, month and day lengths
// ---------------------------------------------------------------------------------------------------------

/** Month lengths of a common year, index 1..12 (index 0 unused). */
const COMMON_MONTH_LENGTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const MONTH_NAMES = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Arithmetic supports years 0000-9999 (what fits the 4-digit `YYYY` format). */
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

/** Leap-year memo, one byte per year 0000-9999: 0 = not computed yet, 1 = common year, 2 = leap year. */
const leapMemo = new Uint8Array(MAX_YEAR + 1);

function isLeap(year: number): boolean {
  let v = leapMemo[year];
  if (v === undefined) {
    // Outside 0000-9999: plain arithmetic, no memo.
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  }
  if (v === 0) {
    // Local noon on 15 June: no time zone has ever skipped that day, and getFullYear cannot be off by one
    // there (unlike a date near a month end: in Pacific/Kiritimati 31 December 1994 does not exist, which
    // makes date-fns' getDaysInMonth report 1 day for December 1994). setFullYear avoids the Date
    // constructor's mapping of years 0-99 to 1900-1999.
    const probe = new Date(2000, 5, 15, 12);
    probe.setFullYear(year);
    v = isLeapYear(probe) ? 2 : 1;
    leapMemo[year] = v;
  }
  return v === 2;
}

/**
 * The number of days in a month of the Gregorian calendar (proleptic for years before 1582).
 *
 * The leap-year rule (every 4th year, except centuries, except every 4th century) comes from date-fns'
 * `isLeapYear`, memoised per year, so this is a table lookup on the hot paths.
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
  if (month === 2) return isLeap(year) ? 29 : 28;
  const n = COMMON_MONTH_LENGTH[month];
  if (n === undefined || month < 1) {
    throw new RangeError(`month must be an integer from 1 to 12, got ${String(month)}`);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// Day numbers (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms")
// ---------------------------------------------------------------------------------------------------------

/** Days from 1970-01-01 to y-m-d, for a valid y-m-d (any integer year). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** Day number of 0000-01-01 and 9999-12-31: the range {@link fromDayNumber} can format. */
const MIN_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31);

/** "00".."99", so that formatting a date is three lookups and two concatenations. */
const PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

function pad4(y: number): string {
  return y >= 1000 ? `${y}` : `${y}`.padStart(4, '0');
}

/**
 * `YYYY-MM-` prefixes of the months 1900-01..2299-12, built on first use (a dense array, index
 * (y - 1900) * 12 + m - 1): formatting a date in that range is one lookup and one concatenation.
 */
const PREFIX_FIRST_YEAR = 1900;
const PREFIX_YEARS = 400;
const monthPrefix: Array<string | null> = new Array<string | null>(PREFIX_YEARS * 12).fill(null);

/**
 * Formats a valid y-m-d (year 0000-9999) as `YYYY-MM-DD`; a date of 1900-2199 comes from the strings that
 * {@link fromDayNumber} keeps.
 */
export function formatYmd(y: number, m: number, d: number): PlainDate {
  return y >= MIN_PLAIN_DATE_YEAR && y <= MAX_PLAIN_DATE_YEAR ? fromDayNumber(monthStart(y, m) + d - 1) : formatFresh(y, m, d);
}

/** Formats a valid y-m-d (year 0000-9999) as a new `YYYY-MM-DD` string. */
function formatFresh(y: number, m: number, d: number): PlainDate {
  const k = (y - PREFIX_FIRST_YEAR) * 12 + m - 1;
  const inTable = k >= 0 && k < PREFIX_YEARS * 12;
  let prefix = inTable ? (monthPrefix[k] ?? null) : null;
  if (prefix === null) {
    prefix = `${pad4(y)}-${PAD2[m] as string}-`;
    if (inTable) monthPrefix[k] = prefix;
  }
  return (prefix + (PAD2[d] as string)) as PlainDate;
}

// Field access by character codes: no regex, no substring, no allocation. Valid input is assumed.
const ZERO = 48;

/** The year of a `YYYY-MM-DD` string. */
export function yearOf(s: string): number {
  return (
    (s.charCodeAt(0) - ZERO) * 1000 +
    (s.charCodeAt(1) - ZERO) * 100 +
    (s.charCodeAt(2) - ZERO) * 10 +
    (s.charCodeAt(3) - ZERO)
  );
}

/** The month (1-12) of a `YYYY-MM-DD` string. */
export function monthOf(s: string): number {
  return (s.charCodeAt(5) - ZERO) * 10 + (s.charCodeAt(6) - ZERO);
}

/** The day of the month (1-31) of a `YYYY-MM-DD` string. */
export function dayOf(s: string): number {
  return (s.charCodeAt(8) - ZERO) * 10 + (s.charCodeAt(9) - ZERO);
}

/**
 * The day number of a date: whole days since 1970-01-01 (negative before it).
 *
 * Pure integer arithmetic (days_from_civil; for 1900-2199 a table of month starts), no `Date`, so
 * independent of the time zone. Defined for every valid `YYYY-MM-DD` date, also outside 1900-2199.
 *
 * @example
 * toDayNumber('1970-01-01' as PlainDate) //=> 0
 * toDayNumber('1969-12-31' as PlainDate) //=> -1
 * toDayNumber('2000-01-01' as PlainDate) //=> 10957
 * toDayNumber('2025-01-01' as PlainDate) //=> 20089
 */
export function toDayNumber(d: PlainDate): number {
  const y = yearOf(d);
  const m = monthOf(d);
  return y >= MIN_PLAIN_DATE_YEAR && y <= MAX_PLAIN_DATE_YEAR ? monthStart(y, m) + dayOf(d) - 1 : daysFromCivil(y, m, dayOf(d));
}

/** The day numbers of the first day of each month of 1900-2199 (index (y - 1900) * 12 + m - 1), built on first use. */
let MONTH_STARTS: Int32Array | undefined;

/** The day number of the first day of month `m` of year `y` (1900-2199): a table lookup. */
function monthStart(y: number, m: number): number {
  let t = MONTH_STARTS;
  if (t === undefined) {
    t = new Int32Array((MAX_PLAIN_DATE_YEAR - MIN_PLAIN_DATE_YEAR + 1) * 12);
    for (let yy = MIN_PLAIN_DATE_YEAR; yy <= MAX_PLAIN_DATE_YEAR; yy++) {
      for (let mm = 1; mm <= 12; mm++) t[(yy - MIN_PLAIN_DATE_YEAR) * 12 + mm - 1] = daysFromCivil(yy, mm, 1);
    }
    MONTH_STARTS = t;
  }
  return t[(y - MIN_PLAIN_DATE_YEAR) * 12 + m - 1]!;
}

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
  // The dates of 1900-2199, formatted once (per block of 512 days, on first use) and then shared: no
  // formatting and no new string for a date seen before, and equal dates are often the same string.
  const k = n - CACHE_FIRST_DAY;
  if (k >= 0 && k < CACHE_DAYS) {
    let block = dayStrings[k >> 9];
    if (block === undefined) block = dayStrings[k >> 9] = new Array<PlainDate | undefined>(512).fill(undefined);
    const cached = block[k & 511];
    if (cached !== undefined) return cached;
    return (block[k & 511] = civilDate(n));
  }
  return civilDate(n);
}

/** The first day and the number of days whose strings {@link fromDayNumber} keeps: 1900-01-01 to 2199-12-31. */
const CACHE_FIRST_DAY = -25567;
const CACHE_DAYS = 109_573;
const dayStrings: (Array<PlainDate | undefined> | undefined)[] = new Array<Array<PlainDate | undefined> | undefined>(
  Math.ceil(CACHE_DAYS / 512),
).fill(undefined);

/** The date of a valid day number, formatted (civil_from_days). */
function civilDate(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  // Everything below is non-negative and small, so `| 0` is floor division.
  const doe = z - era * 146097; // [0, 146096]
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0; // [0, 399]
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0)); // [0, 365]
  const mp = ((5 * doy + 2) / 153) | 0; // [0, 11], March = 0
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatFresh(y, m, d);
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

// ---------------------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------------------

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
  let m = first;
  for (const d of rest) if (d < m) m = d;
  return m;
}

/**
 * The latest of one or more dates.
 *
 * @example
 * maxDate('2025-05-01' as PlainDate, '2025-04-30' as PlainDate, '2024-12-31' as PlainDate) //=> '2025-05-01'
 */
export function maxDate(first: PlainDate, ...rest: readonly PlainDate[]): PlainDate {
  let m = first;
  for (const d of rest) if (d > m) m = d;
  return m;
}

// ---------------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------------

const DASH = 45;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= ZERO + 9;
}

/** True when `s` has exactly the shape `dddd-dd-dd` (ASCII digits). */
function hasDateShape(s: string): boolean {
  return (
    s.length === 10 &&
    isDigit(s.charCodeAt(0)) &&
    isDigit(s.charCodeAt(1)) &&
    isDigit(s.charCodeAt(2)) &&
    isDigit(s.charCodeAt(3)) &&
    s.charCodeAt(4) === DASH &&
    isDigit(s.charCodeAt(5)) &&
    isDigit(s.charCodeAt(6)) &&
    s.charCodeAt(7) === DASH &&
    isDigit(s.charCodeAt(8)) &&
    isDigit(s.charCodeAt(9))
  );
}

/** Why a value is not a PlainDate, or null when it is one. Messages are built only on failure. */
function problemWith(input: unknown): string | null {
  if (typeof input !== 'string') {
    return `expected a date string in the form YYYY-MM-DD, received ${describe(input)}`;
  }
  if (!hasDateShape(input)) {
    return `${quote(input)} is not a date in the form YYYY-MM-DD (4-digit year, 2-digit month and day, e.g. 2025-03-10)`;
  }
  const y = yearOf(input);
  const m = monthOf(input);
  const d = dayOf(input);
  if (m < 1 || m > 12) {
    return `${input} is not a valid date: there is no month ${PAD2[m] as string} (months are 01 to 12)`;
  }
  const dim = daysInMonth(y, m);
  if (d < 1 || d > dim) {
    return d < 1
      ? `${input} is not a valid date: there is no day 00`
      : `${input} is not a valid date: ${MONTH_NAMES[m] as string} ${pad4(y)} has ${dim} days`;
  }
  if (y < MIN_PLAIN_DATE_YEAR || y > MAX_PLAIN_DATE_YEAR) {
    return `${input} is out of range: only the years ${MIN_PLAIN_DATE_YEAR} to ${MAX_PLAIN_DATE_YEAR} are supported`;
  }
  return null;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  switch (typeof input) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof input} ${String(input)}`;
    case 'undefined':
      return 'undefined';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof input}`;
  }
}

function quote(s: string): string {
  const shown = s.length > 40 ? `${s.slice(0, 40)}...` : s;
  return JSON.stringify(shown);
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
  return typeof x === 'string' && plainDateDay(x) !== NOT_A_DAY;
}

/** What {@link plainDateDay} returns for a string that is not a valid {@link PlainDate}: below every day number. */
export const NOT_A_DAY = -1_000_000_000;

/**
 * The day number ({@link toDayNumber}) of `s` when it is a valid {@link PlainDate}, else {@link NOT_A_DAY}: the
 * check of {@link isPlainDate} and the day number in one pass over the characters, each read once.
 *
 * @internal
 */
export function plainDateDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return NOT_A_DAY;
  // `>>> 0` turns a code below '0' into a large number: one comparison per digit.
  const c0 = (s.charCodeAt(0) - ZERO) >>> 0;
  const c1 = (s.charCodeAt(1) - ZERO) >>> 0;
  const c2 = (s.charCodeAt(2) - ZERO) >>> 0;
  const c3 = (s.charCodeAt(3) - ZERO) >>> 0;
  const c5 = (s.charCodeAt(5) - ZERO) >>> 0;
  const c6 = (s.charCodeAt(6) - ZERO) >>> 0;
  const c8 = (s.charCodeAt(8) - ZERO) >>> 0;
  const c9 = (s.charCodeAt(9) - ZERO) >>> 0;
  if (c0 > 9 || c1 > 9 || c2 > 9 || c3 > 9 || c5 > 9 || c6 > 9 || c8 > 9 || c9 > 9) return NOT_A_DAY;
  const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const m = c5 * 10 + c6;
  const d = c8 * 10 + c9;
  if (y < MIN_PLAIN_DATE_YEAR || y > MAX_PLAIN_DATE_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NOT_A_DAY;
  return monthStart(y, m) + d - 1;
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
