/**
 * The ten Belgian legal holidays (wettelijke feestdagen), computed rather than listed.
 *
 * Source: the Law of 4 January 1974 on public holidays (wet betreffende de feestdagen) and its implementing
 * KB of 18 April 1974, the list the SPEC (section 2) and research A-8 use:
 * 1 Jan, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec.
 * The movable ones follow Easter Sunday (Gregorian computus).
 *
 * Not modelled: replacement days (vervangingsdagen) for a holiday that falls on a Sunday or another
 * inactivity day, community and regional holidays (11 July, 27 September, ...), and changes to the list
 * before 1974. Those are set per employer or entity; pass them as `extraHolidays` in the calendar options.
 *
 * @module
 */
import type { PlainDate } from './plain-date';
import { daysFromCivil, formatYmd, fromDayNumber } from './plain-date';

/** The stable ids of the ten Belgian legal holidays. */
export type BelgianHolidayId =
  | 'new-year' | 'easter-monday' | 'labour-day' | 'ascension-day' | 'whit-monday'
  | 'national-day' | 'assumption' | 'all-saints' | 'armistice' | 'christmas';

/** One Belgian legal holiday in a given year, with its Dutch and English name. */
export type BelgianHoliday = {
  readonly id: BelgianHolidayId;
  readonly date: PlainDate;
  readonly name: { readonly nl: string; readonly en: string };
};

/** Years the computus accepts: from the introduction of the Gregorian calendar to the end of `YYYY`. */
const FIRST_GREGORIAN_YEAR = 1583;
const LAST_YEAR = 9999;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year must be an integer from ${FIRST_GREGORIAN_YEAR} to ${LAST_YEAR}, got ${String(year)}`);
  }
}

/** Easter Sunday as [month, day] (anonymous Gregorian algorithm: Meeus/Jones/Butcher). */
function computus(year: number): readonly [month: number, day: number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/**
 * Easter Sunday of a year in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 * Always a Sunday from 22 March to 25 April. Easter Monday, Ascension Day and Whit Monday follow it.
 *
 * @throws RangeError when `year` is not an integer from 1583 to 9999.
 * @example
 * easterSunday(2025) //=> '2025-04-20'
 * easterSunday(2026) //=> '2026-04-05'
 * easterSunday(2008) //=> '2008-03-23'
 */
export function easterSunday(year: number): PlainDate {
  assertYear(year);
  const [m, d] = computus(year);
  return formatYmd(year, m, d);
}

type YearHolidays = { readonly list: readonly BelgianHoliday[]; readonly days: ReadonlySet<number> };

/**
 * Per-year memo: the working-day functions ask for the same few years again and again (measured: `evaluate`
 * 1.19x in a one-process A/B, 2026-12-07).
 */
const cache = new Map<number, YearHolidays>();

function holidaysOf(year: number): YearHolidays {
  let entry = cache.get(year);
  if (entry === undefined) cache.set(year, (entry = build(year)));
  return entry;
}

function build(year: number): YearHolidays {
  assertYear(year);
  const [em, ed] = computus(year);
  const easter = daysFromCivil(year, em, ed);
  const fixed = (m: number, d: number): number => daysFromCivil(year, m, d);
  // Canonical (legal) order; sorting by date below is stable, so a tie keeps this order
  // (in 2008 Ascension Day fell on 1 May: labour-day comes first).
  const spec: ReadonlyArray<readonly [BelgianHolidayId, number, string, string]> = [
    ['new-year', fixed(1, 1), 'Nieuwjaar', "New Year's Day"],
    ['easter-monday', easter + 1, 'Paasmaandag', 'Easter Monday'],
    ['labour-day', fixed(5, 1), 'Feest van de Arbeid', 'Labour Day'],
    ['ascension-day', easter + 39, 'Onze-Lieve-Heer-Hemelvaart', 'Ascension Day'],
    ['whit-monday', easter + 50, 'Pinkstermaandag', 'Whit Monday'],
    ['national-day', fixed(7, 21), 'Nationale feestdag', 'National Day'],
    ['assumption', fixed(8, 15), 'Onze-Lieve-Vrouw-Hemelvaart', 'Assumption Day'],
    ['all-saints', fixed(11, 1), 'Allerheiligen', "All Saints' Day"],
    ['armistice', fixed(11, 11), 'Wapenstilstand', 'Armistice Day'],
    ['christmas', fixed(12, 25), 'Kerstmis', 'Christmas Day'],
  ];
  const sorted = [...spec].sort((p, q) => p[1] - q[1]);
  const list = Object.freeze(
    sorted.map(([id, dn, nl, en]): BelgianHoliday =>
      Object.freeze({ id, date: fromDayNumber(dn), name: Object.freeze({ nl, en }) }),
    ),
  );
  return { list, days: new Set(sorted.map((s) => s[1])) };
}

/**
 * The ten Belgian legal holidays of a year, sorted by date (two on the same day keep the legal order:
 * in 2008 Ascension Day fell on Labour Day, 1 May). The result is frozen and memoised per year.
 *
 * These are the days that are never working days (with the weekend and the caller's `extraHolidays`).
 * Replacement days for a holiday on a Sunday are set per employer and are not included.
 *
 * @throws RangeError when `year` is not an integer from 1583 to 9999.
 * @example
 * belgianHolidays(2025).length //=> 10
 * belgianHolidays(2025)[1] //=> { id: 'easter-monday', date: '2025-04-21', name: { nl: 'Paasmaandag', en: 'Easter Monday' } }
 * belgianHolidays(2026).map((h) => h.date) //=> ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-21', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']
 */
export function belgianHolidays(year: number): readonly BelgianHoliday[] {
  return holidaysOf(year).list;
}

/** The day numbers of the Belgian legal holidays of a year (memoised; for the working-day hot paths). */
export function belgianHolidayDayNumbers(year: number): ReadonlySet<number> {
  return holidaysOf(year).days;
}
