import { describe, expect, it } from 'vitest';
import type { Duration } from '../../src/calendar/index';
import { daysAfter, lastedFrom, monthsAfter, monthsAfterDetailed, unsafePlainDate } from '../../src/calendar/index';

const d = unsafePlainDate;

describe('daysAfter: "within n days after x" ends on x + n (the day after x is day 1)', () => {
  it.each([
    // [x, n, last allowed day, where the example comes from]
    ['2025-04-16', 49, '2025-06-04', 'SPEC ex. 3: assessment after a request received Wed 16 April'],
    ['2025-05-20', 63, '2025-07-22', 'SPEC ex. 3: plan after decision A'],
    ['2025-08-29', 21, '2025-09-19', 'SPEC ex. 4: appeal window after decision B'],
    ['2025-05-02', 49, '2025-06-20', 'E-2: assessment'],
    ['2025-06-10', 63, '2025-08-12', 'E-3: plan after decision A'],
    ['2025-08-12', 14, '2025-08-26', 'E-4: worker answers the plan'],
    ['2025-06-10', 21, '2025-07-01', 'E-5: appeal against decision B'],
    ['2025-06-20', 42, '2025-08-01', 'E-5: decision on the appeal'],
    ['2025-06-30', 42, '2025-08-11', 'E-5: decision on a later appeal'],
    ['2025-03-03', 49, '2025-04-21', 'E-7: the assessment term ends on Easter Monday'],
    ['2025-03-05', 14, '2025-03-19', 'E-7: second invitation'],
    ['2025-03-19', 14, '2025-04-02', 'E-7: third invitation'],
    ['2022-09-20', 49, '2022-11-08', 'E-17: new 49-day rule'],
    ['2025-03-08', 63, '2025-05-10', 'E-18: term ends on a Saturday, no rollover'],
    ['2025-12-24', 21, '2026-01-14', 'E-20: calendar days run through Christmas and New Year'],
    ['2025-03-14', 45, '2025-04-28', 'E-21: TNW fund'],
  ])('%s + %i days = %s (%s)', (x, n, due) => {
    expect(daysAfter(d(x), n)).toBe(due);
  });

  it('crosses year ends and leap days', () => {
    expect(daysAfter(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(daysAfter(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(daysAfter(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(daysAfter(d('2000-02-28'), 1)).toBe('2000-02-29'); // 2000 is a leap year
    expect(daysAfter(d('2100-02-28'), 1)).toBe('2100-03-01'); // 2100 is not
    expect(daysAfter(d('1900-02-28'), 1)).toBe('1900-03-01'); // 1900 is not
    expect(daysAfter(d('2024-01-01'), 366)).toBe('2025-01-01');
    expect(daysAfter(d('2025-01-01'), 365)).toBe('2026-01-01');
  });

  it('n = 0 is x itself; negative n counts back', () => {
    expect(daysAfter(d('2025-03-10'), 0)).toBe('2025-03-10');
    expect(daysAfter(d('2025-03-01'), -1)).toBe('2025-02-28');
    expect(daysAfter(d('2024-03-01'), -1)).toBe('2024-02-29');
    expect(daysAfter(d('2026-01-01'), -1)).toBe('2025-12-31');
  });

  it('rejects a fractional or non-finite number of days', () => {
    expect(() => daysAfter(d('2025-03-10'), 1.5)).toThrow(RangeError);
    expect(() => daysAfter(d('2025-03-10'), Number.NaN)).toThrow(RangeError);
  });
});

describe('monthsAfter: the same day-number n months later, clamped to the end of a shorter month', () => {
  it.each([
    // January + 1 month, in a leap year and a common year
    ['2024-01-29', 1, '2024-02-29', false],
    ['2024-01-30', 1, '2024-02-29', true],
    ['2024-01-31', 1, '2024-02-29', true],
    ['2025-01-28', 1, '2025-02-28', false],
    ['2025-01-29', 1, '2025-02-28', true],
    ['2025-01-30', 1, '2025-02-28', true],
    ['2025-01-31', 1, '2025-02-28', true],
    // 31 August + 6 months (plan after decision B)
    ['2025-08-31', 6, '2026-02-28', true],
    ['2023-08-31', 6, '2024-02-29', true],
    ['2025-08-29', 6, '2026-02-28', true], // SPEC ex. 4
    ['2025-08-30', 6, '2026-02-28', true], // E-19
    ['2025-08-28', 6, '2026-02-28', false],
    // other month ends
    ['2025-03-31', 1, '2025-04-30', true],
    ['2025-05-31', 1, '2025-06-30', true],
    ['2025-04-30', 1, '2025-05-30', false],
    ['2025-11-30', 1, '2025-12-30', false],
    // year ends
    ['2025-12-31', 1, '2026-01-31', false],
    ['2025-12-15', 12, '2026-12-15', false],
    ['2025-11-30', 3, '2026-02-28', true],
    ['2024-02-29', 12, '2025-02-28', true],
    ['2024-02-29', 48, '2028-02-29', false],
    ['2099-02-28', 12, '2100-02-28', false],
    ['2099-12-31', 2, '2100-02-28', true], // 2100 is not a leap year
    ['1999-12-31', 2, '2000-02-29', true], // 2000 is
    // the research's worked examples
    ['2025-03-10', 2, '2025-05-10', false], // SPEC ex. 1: first conversation
    ['2025-03-10', 4, '2025-07-10', false], // SPEC ex. 2: no conversation within 4 months
    ['2025-06-10', 6, '2025-12-10', false], // E-6 strict reading
    ['2025-08-05', 6, '2026-02-05', false], // E-6 from the appeal result
    ['2025-04-15', 3, '2025-07-15', false], // E-8: new trajectory after C
    ['2026-02-02', 6, '2026-08-02', false], // E-15: mandatory start
    ['2019-05-03', 12, '2020-05-03', false], // E-16: R2016 plan after C
    ['2025-02-03', 2, '2025-04-03', false], // E-23
    ['2025-02-03', 4, '2025-06-03', false], // E-23
    // n = 0 and negative n
    ['2025-03-31', 0, '2025-03-31', false],
    ['2025-03-31', -1, '2025-02-28', true],
    ['2025-01-15', -1, '2024-12-15', false],
  ])('%s + %i months = %s (clamped: %s)', (x, n, date, clamped) => {
    expect(monthsAfter(d(x), n)).toBe(date);
    expect(monthsAfterDetailed(d(x), n)).toEqual({ date, clamped });
  });

  it('rejects a fractional number of months', () => {
    expect(() => monthsAfter(d('2025-03-10'), 0.5)).toThrow(RangeError);
  });
});

describe('lastedFrom: the first day on which a period starting on s (day 1) has lasted d', () => {
  it.each<[string, Duration, string, string]>([
    ['2025-01-31', { months: 3 }, '2025-05-01', 'E-1: the period 31 Jan..30 Apr is complete on 30 Apr'],
    ['2025-01-06', { months: 3 }, '2025-04-06', 'A-4 reading (a): 6 Jan..5 Apr'],
    ['2026-02-02', { weeks: 8 }, '2026-03-30', 'E-15: work-potential estimate'],
    ['2025-03-10', { weeks: 4 }, '2025-04-07', 'SPEC ex. 1: notify the occupational physician'],
    ['2025-03-03', { weeks: 4 }, '2025-03-31', 'E-24: 4 weeks completed on Sun 30 March'],
    ['2025-03-03', { days: 28 }, '2025-03-31', 'E-24 in days'],
    ['2026-01-15', { months: 6 }, '2026-07-15', 'E-12: force majeure after 6 months'],
    ['2025-02-10', { months: 9 }, '2025-11-10', 'E-10: force majeure after 9 months'],
    ['2025-01-29', { months: 1 }, '2025-03-01', 'clamped in a common year: 29 Jan..28 Feb'],
    ['2024-01-29', { months: 1 }, '2024-02-29', 'not clamped in a leap year: 29 Jan..28 Feb'],
    ['2024-01-30', { months: 1 }, '2024-03-01', 'clamped in a leap year: 30 Jan..29 Feb'],
    ['2025-08-31', { months: 6 }, '2026-03-01', '31 Aug..28 Feb'],
    ['2025-12-31', { months: 2 }, '2026-03-01', 'over the year end: 31 Dec..28 Feb'],
    ['2025-03-10', { days: 0 }, '2025-03-10', 'a zero length is reached at once'],
    ['2025-03-10', { months: 0 }, '2025-03-10', 'a zero length is reached at once'],
  ])('from %s, %j is reached on %s (%s)', (s, duration, reached) => {
    expect(lastedFrom(d(s), duration)).toBe(reached);
  });

  it('rejects a negative or fractional length', () => {
    expect(() => lastedFrom(d('2025-03-10'), { days: -1 })).toThrow(RangeError);
    expect(() => lastedFrom(d('2025-03-10'), { weeks: 1.5 })).toThrow(RangeError);
    expect(() => lastedFrom(d('2025-03-10'), { months: -3 })).toThrow(RangeError);
    expect(() => lastedFrom(d('2025-03-10'), {} as Duration)).toThrow(RangeError);
  });
});
