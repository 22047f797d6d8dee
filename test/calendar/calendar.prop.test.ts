import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarOptions, PlainDate } from '../../src/calendar/index';
import {
  belgianHolidays,
  compareDates,
  dayOfWeek,
  daysAfter,
  diffDays,
  easterSunday,
  fromDayNumber,
  isPlainDate,
  isWorkingDay,
  lastedFrom,
  monthsAfter,
  monthsAfterDetailed,
  nextWorkingDay,
  parsePlainDate,
  rollDeadline,
  toDayNumber,
  unsafePlainDate,
  workingDaysAfter,
  workingDaysBetween,
} from '../../src/calendar/index';

// ---------------------------------------------------------------------------------------------------------
// Generators and an independent oracle built on Date.UTC (tests only: the library never uses Date for this)
// ---------------------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const FIRST = toDayNumber(unsafePlainDate('1990-01-01'));
const LAST = toDayNumber(unsafePlainDate('2150-12-31'));
const PLAIN_FIRST = toDayNumber(unsafePlainDate('1900-01-01'));
const PLAIN_LAST = toDayNumber(unsafePlainDate('2199-12-31'));

const dayNumber = fc.integer({ min: FIRST, max: LAST });
const date = dayNumber.map((n) => fromDayNumber(n));
const workweek = fc.constantFrom<'mon-fri' | 'mon-sat'>('mon-fri', 'mon-sat');

type Ymd = { y: number; m: number; d: number };

function ymd(s: string): Ymd {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y ?? NaN, m: m ?? NaN, d: d ?? NaN };
}

/** YYYY-MM-DD of a UTC timestamp. */
function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcMs(s: string): number {
  const { y, m, d } = ymd(s);
  return Date.UTC(y, m - 1, d);
}

function oracleDaysAfter(s: string, n: number): string {
  return isoOf(utcMs(s) + n * MS_PER_DAY);
}

function oracleDaysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month = last day of month m
}

function oracleMonthsAfter(s: string, n: number): string {
  const { y, m, d } = ymd(s);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const ty = first.getUTCFullYear();
  const tm = first.getUTCMonth() + 1;
  return isoOf(Date.UTC(ty, tm - 1, Math.min(d, oracleDaysInMonth(ty, tm))));
}

/** ISO weekday, 1 = Monday, by Date.UTC. */
function oracleWeekday(s: string): number {
  return ((new Date(utcMs(s)).getUTCDay() + 6) % 7) + 1;
}

function oracleIsWorkingDay(s: PlainDate, week: 'mon-fri' | 'mon-sat', extra: readonly string[]): boolean {
  const w = oracleWeekday(s);
  if (w === 7 || (w === 6 && week === 'mon-fri')) return false;
  if (belgianHolidays(ymd(s).y).some((h) => h.date === s)) return false;
  return !extra.includes(s);
}

// ---------------------------------------------------------------------------------------------------------

describe('day numbers', () => {
  it('toDayNumber and fromDayNumber are inverse', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
        const s = fromDayNumber(n);
        expect(fromDayNumber(toDayNumber(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('day numbers agree with Date.UTC, and the weekday with getUTCDay', () => {
    fc.assert(
      fc.property(date, (s) => {
        expect(toDayNumber(s) * MS_PER_DAY).toBe(utcMs(s));
        expect(dayOfWeek(s)).toBe(oracleWeekday(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('compareDates agrees with the sign of diffDays', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(diffDays(b, a)) || 0);
        expect(compareDates(a, b)).toBe(-compareDates(b, a) || 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('calendar-day terms', () => {
  it('a term of a days then b days is a term of a + b days', () => {
    const n = fc.integer({ min: -3650, max: 3650 });
    fc.assert(
      fc.property(date, n, n, (x, a, b) => {
        expect(daysAfter(daysAfter(x, a), b)).toBe(daysAfter(x, a + b));
        expect(diffDays(x, daysAfter(x, a))).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('daysAfter agrees with Date.UTC arithmetic', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -3650, max: 3650 }), (x, n) => {
        expect(daysAfter(x, n)).toBe(oracleDaysAfter(x, n));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('month terms', () => {
  const months = fc.integer({ min: 0, max: 240 });

  it('monthsAfter lands in the target month, on min(day of x, length of that month), never before x', () => {
    fc.assert(
      fc.property(date, months, (x, n) => {
        const r = monthsAfter(x, n);
        const from = ymd(x);
        const to = ymd(r);
        expect(to.y * 12 + to.m - (from.y * 12 + from.m)).toBe(n);
        expect(to.d).toBe(Math.min(from.d, oracleDaysInMonth(to.y, to.m)));
        expect(compareDates(r, x)).toBeGreaterThanOrEqual(0);
        expect(monthsAfterDetailed(x, n)).toEqual({ date: r, clamped: from.d > to.d });
      }),
      { numRuns: 1000 },
    );
  });

  it('monthsAfter agrees with a Date.UTC oracle, also for negative n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (x, n) => {
        expect(monthsAfter(x, n)).toBe(oracleMonthsAfter(x, n));
      }),
      { numRuns: 1000 },
    );
  });

  it('a later event never gives an earlier month deadline', () => {
    fc.assert(
      fc.property(date, date, months, (a, b, n) => {
        const [x, y] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(compareDates(monthsAfter(x, n), monthsAfter(y, n))).toBeLessThanOrEqual(0);
        expect(compareDates(lastedFrom(x, { months: n }), lastedFrom(y, { months: n }))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lastedFrom: thresholds of an incapacity', () => {
  it('a months threshold is monthsAfter, or the day after when the day-number was clamped', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (s, n) => {
        const { date: m, clamped } = monthsAfterDetailed(s, n);
        expect(lastedFrom(s, { months: n })).toBe(clamped ? daysAfter(m, 1) : m);
      }),
      { numRuns: 1000 },
    );
  });

  it('a days or weeks threshold is the start plus the length in days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1000 }), (s, n) => {
        expect(lastedFrom(s, { days: n })).toBe(daysAfter(s, n));
        expect(lastedFrom(s, { weeks: n })).toBe(daysAfter(s, 7 * n));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('working days', () => {
  /** A calendar with up to 6 extra holidays in the 90 days after x. */
  const scenario = date.chain((x) =>
    fc.record({
      x: fc.constant(x),
      n: fc.integer({ min: 1, max: 60 }),
      workweek,
      extra: fc.uniqueArray(
        fc.integer({ min: 0, max: 90 }).map((k) => daysAfter(x, k)),
        { maxLength: 6 },
      ),
    }),
  );

  it('the n-th working day after x has exactly n working days in (x, result] and is a working day', () => {
    fc.assert(
      fc.property(scenario, ({ x, n, workweek: week, extra }) => {
        const cal: CalendarOptions = { workweek: week, extraHolidays: extra };
        const r = workingDaysAfter(x, n, cal);
        expect(compareDates(r, x)).toBe(1);
        expect(oracleIsWorkingDay(r, week, extra)).toBe(true);
        expect(isWorkingDay(r, cal)).toBe(true);
        let count = 0;
        for (let k = 1; k <= diffDays(x, r); k++) {
          if (oracleIsWorkingDay(daysAfter(x, k), week, extra)) count++;
        }
        expect(count).toBe(n);
      }),
    );
  });

  it('workingDaysBetween counts the working days of the oracle, day by day, both ends included', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -3, max: 800 }), ({ x, workweek: week, extra }, span) => {
        // extra holidays may repeat a legal holiday or fall on a weekend: each closed day counts once
        const cal: CalendarOptions = { workweek: week, extraHolidays: [...extra, ...extra.slice(0, 1)] };
        const to = daysAfter(x, span);
        let count = 0;
        for (let k = 0; k <= span; k++) if (oracleIsWorkingDay(daysAfter(x, k), week, extra)) count++;
        expect(workingDaysBetween(x, to, cal)).toBe(count);
      }),
    );
  });

  it('the n-th working day after x closes a span of exactly n working days after x', () => {
    fc.assert(
      fc.property(scenario, ({ x, n, workweek: week, extra }) => {
        const cal: CalendarOptions = { workweek: week, extraHolidays: extra };
        expect(workingDaysBetween(daysAfter(x, 1), workingDaysAfter(x, n, cal), cal)).toBe(n);
      }),
    );
  });

  it('isWorkingDay agrees with the oracle (weekday by Date.UTC, holidays by list)', () => {
    fc.assert(
      fc.property(scenario, ({ x, workweek: week, extra }) => {
        for (let k = 0; k < 14; k++) {
          const day = daysAfter(x, k);
          expect(isWorkingDay(day, { workweek: week, extraHolidays: extra })).toBe(oracleIsWorkingDay(day, week, extra));
        }
      }),
    );
  });

  it('nextWorkingDay and rollDeadline give the first working day on or after the date', () => {
    fc.assert(
      fc.property(scenario, ({ x, workweek: week, extra }) => {
        const cal: CalendarOptions = { workweek: week, extraHolidays: extra };
        const r = nextWorkingDay(x, cal);
        expect(rollDeadline(x, 'next-working-day', cal)).toBe(r);
        expect(rollDeadline(x, 'none', cal)).toBe(x);
        expect(isWorkingDay(r, cal)).toBe(true);
        for (let k = 0; k < diffDays(x, r); k++) expect(isWorkingDay(daysAfter(x, k), cal)).toBe(false);
        // a rolled deadline is never earlier than the deadline
        expect(compareDates(r, x)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('no Belgian legal holiday is ever a working day, in either workweek', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2150 }), workweek, (year, week) => {
        for (const h of belgianHolidays(year)) expect(isWorkingDay(h.date, { workweek: week })).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('holidays', () => {
  it('Easter is a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const e = easterSunday(year);
        expect(oracleWeekday(e)).toBe(7);
        const { m, d } = ymd(e);
        expect(m * 100 + d).toBeGreaterThanOrEqual(322);
        expect(m * 100 + d).toBeLessThanOrEqual(425);
      }),
      { numRuns: 1000 },
    );
  });

  it('each year has the ten holidays, sorted, in that year, with the movable ones on their weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const list = belgianHolidays(year);
        expect(list).toHaveLength(10);
        expect(new Set(list.map((h) => h.id)).size).toBe(10);
        const dates = list.map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        for (const h of list) expect(h.date.startsWith(`${year}-`)).toBe(true);
        const byId = new Map(list.map((h) => [h.id, h.date]));
        const easter = easterSunday(year);
        expect(byId.get('easter-monday')).toBe(oracleDaysAfter(easter, 1));
        expect(byId.get('ascension-day')).toBe(oracleDaysAfter(easter, 39));
        expect(byId.get('whit-monday')).toBe(oracleDaysAfter(easter, 50));
        expect(oracleWeekday(byId.get('ascension-day') ?? '')).toBe(4);
        expect(oracleWeekday(byId.get('whit-monday') ?? '')).toBe(1);
        expect(byId.get('national-day')).toBe(`${year}-07-21`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parsing', () => {
  it('parsePlainDate never throws and agrees with isPlainDate', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parsePlainDate(input);
        expect(r.success).toBe(isPlainDate(input));
        if (!r.success) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('isPlainDate agrees with parsePlainDate on date-shaped strings and their near misses; a valid one round-trips its day number', () => {
    // Date-shaped strings with any digit, and the characters just outside '0'-'9' and '-', in any position.
    const char = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '/', ':', '-', '.', ' ');
    const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    const shaped = fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`);
    const near = fc.array(char, { minLength: 9, maxLength: 11 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(shaped, near, fc.string()), (s) => {
        const r = parsePlainDate(s);
        if (r.success) expect(fromDayNumber(toDayNumber(r.data))).toBe(s);
        expect(isPlainDate(s)).toBe(r.success);
      }),
      { numRuns: 3000 },
    );
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2199-12-31')).toBe(true);
    expect(isPlainDate('1899-12-31')).toBe(false);
    expect(isPlainDate('2025-1-310')).toBe(false);
    expect(isPlainDate('2025- 1-10')).toBe(false);
    expect(isPlainDate('+025-01-10')).toBe(false);
  });

  it('accepts every date from 1900-01-01 to 2199-12-31 and nothing just outside', () => {
    fc.assert(
      fc.property(fc.integer({ min: PLAIN_FIRST - 36500, max: PLAIN_LAST + 36500 }), (n) => {
        const s = fromDayNumber(n);
        const inRange = n >= PLAIN_FIRST && n <= PLAIN_LAST;
        expect(parsePlainDate(s)).toEqual(
          inRange ? { success: true, data: s } : { success: false, error: { message: expect.any(String) } },
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('a digit string dddd-dd-dd is accepted exactly when it is a real date in range', () => {
    const digits = (k: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(k, '0'));
    fc.assert(
      fc.property(
        fc.oneof(digits(4, 9999), fc.integer({ min: 1890, max: 2210 }).map(String)),
        digits(2, 99),
        fc.oneof(digits(2, 99), fc.integer({ min: 28, max: 32 }).map(String)),
        (y, m, d) => {
          const s = `${y}-${m}-${d}`;
          const year = Number(y);
          // Date.UTC maps years 0-99 to 1900-1999; those are out of range here anyway.
          const real = year >= 100 && isoOf(Date.UTC(year, Number(m) - 1, Number(d))) === s;
          expect(parsePlainDate(s).success).toBe(real && year >= 1900 && year <= 2199);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
