import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dayOfWeek,
  diffDays,
  fromDayNumber,
  isPlainDate,
  maxDate,
  minDate,
  parsePlainDate,
  toDayNumber,
  unsafePlainDate,
} from '../../src/calendar/index';
import { daysInMonth } from '../../src/calendar/plain-date';

const d = unsafePlainDate;

describe('parsePlainDate accepts exactly YYYY-MM-DD dates that exist, in 1900-2199', () => {
  it.each([
    '2025-03-10',
    '1900-01-01',
    '2199-12-31',
    '2024-02-29', // leap year (divisible by 4)
    '2000-02-29', // leap year (divisible by 400)
    '2025-12-31',
    '2025-04-30',
  ])('accepts %s', (s) => {
    expect(parsePlainDate(s)).toEqual({ success: true, data: s });
    expect(isPlainDate(s)).toBe(true);
  });

  it.each([
    ['2025-02-29', '2025-02-29 is not a valid date: February 2025 has 28 days'],
    ['2100-02-29', '2100-02-29 is not a valid date: February 2100 has 28 days'], // century, not a leap year
    ['1900-02-29', '1900-02-29 is not a valid date: February 1900 has 28 days'],
    ['2025-04-31', '2025-04-31 is not a valid date: April 2025 has 30 days'],
    ['2025-13-01', '2025-13-01 is not a valid date: there is no month 13 (months are 01 to 12)'],
    ['2025-00-10', '2025-00-10 is not a valid date: there is no month 00 (months are 01 to 12)'],
    ['2025-01-00', '2025-01-00 is not a valid date: there is no day 00'],
    ['1899-12-31', '1899-12-31 is out of range: only the years 1900 to 2199 are supported'],
    ['2200-01-01', '2200-01-01 is out of range: only the years 1900 to 2199 are supported'],
  ])('rejects %s with a message saying why', (s, message) => {
    expect(parsePlainDate(s)).toEqual({ success: false, error: { message } });
    expect(isPlainDate(s)).toBe(false);
  });

  it.each(['2025-1-01', '2025-01-1', ' 2025-01-01', '2025-01-01 ', '2025-01-01T00:00', '2025/01/01', '20250101', '', '२०२५-०१-०१', '２０２５-０１-０１'])(
    'rejects the malformed string %j',
    (s) => {
      const r = parsePlainDate(s);
      expect(r.success).toBe(false);
      expect(r.error?.message).toBe(
        `${JSON.stringify(s)} is not a date in the form YYYY-MM-DD (4-digit year, 2-digit month and day, e.g. 2025-03-10)`,
      );
      expect(isPlainDate(s)).toBe(false);
    },
  );

  it.each([
    [20250101, 'expected a date string in the form YYYY-MM-DD, received number 20250101'],
    [null, 'expected a date string in the form YYYY-MM-DD, received null'],
    [undefined, 'expected a date string in the form YYYY-MM-DD, received undefined'],
    [{}, 'expected a date string in the form YYYY-MM-DD, received an object'],
    [['2025-01-01'], 'expected a date string in the form YYYY-MM-DD, received an array'],
    [true, 'expected a date string in the form YYYY-MM-DD, received boolean true'],
    [new String('2025-01-01'), 'expected a date string in the form YYYY-MM-DD, received an object'],
  ])('rejects the non-string %j', (input, message) => {
    expect(parsePlainDate(input)).toEqual({ success: false, error: { message } });
    expect(isPlainDate(input)).toBe(false);
  });

  it('shortens a very long input in the message', () => {
    const r = parsePlainDate('x'.repeat(1000));
    expect(r.error?.message).toBe(`"${'x'.repeat(40)}..." is not a date in the form YYYY-MM-DD (4-digit year, 2-digit month and day, e.g. 2025-03-10)`);
  });

  it('narrows to the success branch', () => {
    const r = parsePlainDate('2025-03-10');
    if (!r.success) throw new Error('expected success');
    expect(r.data).toBe('2025-03-10');
    expect(r.error).toBeUndefined();
  });
});

describe('unsafePlainDate is for constants: it throws on a bad date', () => {
  it('returns a valid date unchanged', () => {
    expect(unsafePlainDate('2025-03-10')).toBe('2025-03-10');
  });
  it('throws a RangeError with the parse message', () => {
    expect(() => unsafePlainDate('2025-02-29')).toThrow(new RangeError('2025-02-29 is not a valid date: February 2025 has 28 days'));
    expect(() => unsafePlainDate('2025-2-28')).toThrow(RangeError);
  });
});

describe('leap years follow the Gregorian rule', () => {
  it.each([
    [2000, 29], // divisible by 400
    [2100, 28], // century
    [1900, 28], // century
    [2024, 29],
    [2025, 28],
    [2028, 29],
    [2200, 28],
    [2400, 29],
  ])('February %i has %i days', (year, days) => {
    expect(daysInMonth(year, 2)).toBe(days);
  });

  it('gives the lengths of the other months', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('December 1994 has 31 days in every time zone (Pacific/Kiritimati skipped 31 December 1994)', () => {
    expect(daysInMonth(1994, 12)).toBe(31);
    expect(parsePlainDate('1994-12-31')).toEqual({ success: true, data: '1994-12-31' });
    expect(toDayNumber(d('1995-01-01')) - toDayNumber(d('1994-12-31'))).toBe(1);
  });

  it('rejects a month outside 1-12', () => {
    expect(() => daysInMonth(2025, 0)).toThrow(RangeError);
    expect(() => daysInMonth(2025, 13)).toThrow(RangeError);
    expect(() => daysInMonth(2025, 1.5)).toThrow(RangeError);
  });
});

describe('day numbers count whole days since 1970-01-01', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-01-01', 10957], // 946 684 800 s / 86 400
    ['1900-01-01', -25567], // -2 208 988 800 s / 86 400
    ['2025-01-01', 20089], // 1 735 689 600 s / 86 400
  ])('%s is day %i', (s, n) => {
    expect(toDayNumber(d(s))).toBe(n);
    expect(fromDayNumber(n)).toBe(s);
  });

  it('leap days are counted', () => {
    expect(toDayNumber(d('2024-03-01')) - toDayNumber(d('2024-02-28'))).toBe(2);
    expect(toDayNumber(d('2100-03-01')) - toDayNumber(d('2100-02-28'))).toBe(1);
    expect(toDayNumber(d('2000-03-01')) - toDayNumber(d('2000-02-28'))).toBe(2);
    expect(toDayNumber(d('1900-03-01')) - toDayNumber(d('1900-02-28'))).toBe(1);
  });

  it('formats dates outside 1900-2199 that term arithmetic can reach', () => {
    expect(fromDayNumber(toDayNumber(d('2199-12-31')) + 1)).toBe('2200-01-01');
    expect(fromDayNumber(-719528)).toBe('0000-01-01');
  });

  it('throws for a day number that is not an integer or not formattable', () => {
    expect(() => fromDayNumber(0.5)).toThrow(RangeError);
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromDayNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => fromDayNumber(-719529)).toThrow(RangeError); // 0000-01-01 minus one day
    expect(() => fromDayNumber(2932897)).toThrow(RangeError); // 9999-12-31 plus one day
  });
});

describe('dayOfWeek is the ISO weekday, 1 = Monday', () => {
  it.each([
    ['1970-01-01', 4], // Thursday
    ['1900-01-01', 1], // Monday
    ['2000-01-01', 6], // Saturday
    ['2025-03-10', 1], // Monday (SPEC example 1)
    ['2025-12-24', 3], // Wednesday (SPEC example 5)
    ['2026-01-09', 5], // Friday
    ['2026-02-28', 6], // Saturday (research E-19)
    ['2020-05-03', 7], // Sunday (research E-16)
    ['2022-09-20', 2], // Tuesday (research E-17)
  ])('%s is day %i', (s, w) => {
    expect(dayOfWeek(d(s))).toBe(w);
  });
});

describe('comparing dates', () => {
  it('compareDates orders chronologically', () => {
    expect(compareDates(d('2025-01-31'), d('2025-02-01'))).toBe(-1);
    expect(compareDates(d('2025-02-01'), d('2025-02-01'))).toBe(0);
    expect(compareDates(d('2026-01-01'), d('2025-12-31'))).toBe(1);
    expect([d('2025-12-31'), d('1999-01-01'), d('2025-02-01')].sort(compareDates)).toEqual([
      '1999-01-01',
      '2025-02-01',
      '2025-12-31',
    ]);
  });

  it('diffDays is b - a in days', () => {
    expect(diffDays(d('2025-01-01'), d('2025-12-31'))).toBe(364);
    expect(diffDays(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(diffDays(d('2025-03-10'), d('2025-03-01'))).toBe(-9);
    expect(diffDays(d('2025-03-10'), d('2025-03-10'))).toBe(0);
  });

  it('minDate and maxDate pick the earliest and latest', () => {
    expect(minDate(d('2025-05-01'), d('2025-04-30'), d('2025-06-01'))).toBe('2025-04-30');
    expect(maxDate(d('2025-05-01'), d('2025-04-30'), d('2024-12-31'))).toBe('2025-05-01');
    expect(minDate(d('2025-05-01'))).toBe('2025-05-01');
    expect(maxDate(d('2025-05-01'))).toBe('2025-05-01');
  });
});
