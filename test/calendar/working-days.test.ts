import { describe, expect, it } from 'vitest';
import type { CalendarOptions } from '../../src/calendar/index';
import { isWorkingDay, nextWorkingDay, unsafePlainDate, workingDaysAfter } from '../../src/calendar/index';

const d = unsafePlainDate;
const monSat: CalendarOptions = { workweek: 'mon-sat' };
const flemish: CalendarOptions = { extraHolidays: [d('2025-07-11')] };

describe('isWorkingDay: Monday to Friday (or Saturday), not a legal holiday, not an extra holiday', () => {
  it.each<[string, CalendarOptions | undefined, boolean]>([
    ['2025-12-24', undefined, true], // Wednesday
    ['2025-12-25', undefined, false], // Christmas (Thursday)
    ['2025-12-26', undefined, true], // Friday (not a legal holiday in Belgium)
    ['2025-12-27', undefined, false], // Saturday
    ['2025-12-27', monSat, true],
    ['2025-12-28', undefined, false], // Sunday
    ['2025-12-28', monSat, false],
    ['2025-04-18', undefined, true], // Good Friday is not a legal holiday
    ['2025-04-21', undefined, false], // Easter Monday
    ['2025-04-21', monSat, false],
    ['2025-05-29', undefined, false], // Ascension Day
    ['2025-06-09', undefined, false], // Whit Monday
    ['2025-07-11', undefined, true], // Flemish Community holiday: not a legal holiday
    ['2025-07-11', flemish, false],
    ['2025-07-11', { workweek: 'mon-sat', extraHolidays: [d('2025-07-11')] }, false],
    ['2025-07-21', undefined, false], // National Day (Monday)
    ['2025-11-11', undefined, false], // Armistice (Tuesday)
    ['2026-01-01', undefined, false],
    ['2026-01-02', undefined, true],
  ])('%s with %j: %s', (x, cal, expected) => {
    expect(isWorkingDay(d(x), cal)).toBe(expected);
  });

  it('treats empty or undefined options as the default calendar', () => {
    expect(isWorkingDay(d('2025-07-11'), {})).toBe(true);
    expect(isWorkingDay(d('2025-07-11'), { extraHolidays: [] })).toBe(true);
    expect(isWorkingDay(d('2025-07-12'), { workweek: undefined, extraHolidays: undefined })).toBe(false);
  });
});

describe('workingDaysAfter: "within n working days after x" ends on the n-th working day strictly after x', () => {
  it.each<[string, number, CalendarOptions | undefined, string, string]>([
    ['2025-12-24', 10, undefined, '2026-01-09', 'SPEC ex. 5: 25 Dec and 1 Jan are holidays'],
    ['2025-12-24', 10, monSat, '2026-01-07', 'SPEC ex. 5, Monday-Saturday'],
    ['2025-04-14', 10, undefined, '2025-04-29', 'E-13: Easter Monday 21 April skipped'],
    ['2025-04-14', 10, monSat, '2025-04-26', 'E-13, Monday-Saturday'],
    ['2025-12-19', 10, undefined, '2026-01-06', 'E-14: 25 Dec and 1 Jan skipped'],
    ['2025-12-19', 10, monSat, '2026-01-02', 'E-14, Monday-Saturday'],
    ['2019-03-01', 40, undefined, '2019-04-29', 'E-16: R2016 assessment, Easter Monday 22 April skipped'],
    ['2019-03-01', 40, monSat, '2019-04-17', 'E-16, Monday-Saturday'],
    ['2019-04-26', 55, undefined, '2019-07-17', 'E-16: R2016 plan after A; 1 May, 30 May, 10 June skipped'],
    ['2019-04-26', 55, monSat, '2019-07-03', 'E-16, Monday-Saturday'],
    ['2019-05-03', 7, undefined, '2019-05-14', 'E-16: R2016 appeal after C'],
    ['2019-05-03', 7, monSat, '2019-05-11', 'E-16, Monday-Saturday'],
    ['2022-09-20', 40, undefined, '2022-11-17', 'E-17: 1 Nov and 11 Nov skipped'],
    ['2022-09-20', 40, monSat, '2022-11-07', 'E-17, Monday-Saturday'],
    ['2025-07-10', 1, undefined, '2025-07-11', 'Thursday + 1 is Friday 11 July'],
    ['2025-07-10', 1, flemish, '2025-07-14', 'unless 11 July is a day off'],
    ['2025-07-10', 10, undefined, '2025-07-25', 'National Day 21 July skipped'],
    ['2025-07-10', 10, flemish, '2025-07-28', '11 and 21 July skipped'],
    ['2025-12-27', 1, undefined, '2025-12-29', 'from a Saturday: the Monday'],
    ['2025-12-25', 1, undefined, '2025-12-26', 'from a holiday: the next working day'],
    ['2025-12-25', 0, undefined, '2025-12-25', 'n = 0 is x itself, even on a holiday'],
  ])('%s + %i working days with %j = %s (%s)', (x, n, cal, due) => {
    expect(workingDaysAfter(d(x), n, cal)).toBe(due);
  });

  it('rejects a negative or fractional number of working days', () => {
    expect(() => workingDaysAfter(d('2025-03-10'), -1)).toThrow(RangeError);
    expect(() => workingDaysAfter(d('2025-03-10'), 2.5)).toThrow(RangeError);
  });
});

describe('nextWorkingDay: x itself when it is a working day, else the next one', () => {
  it.each<[string, CalendarOptions | undefined, string]>([
    ['2025-12-24', undefined, '2025-12-24'],
    ['2025-12-25', undefined, '2025-12-26'],
    ['2025-04-19', undefined, '2025-04-22'], // Saturday, Easter Sunday, Easter Monday
    ['2025-04-19', monSat, '2025-04-19'],
    ['2025-04-20', monSat, '2025-04-22'],
    ['2025-12-31', undefined, '2025-12-31'],
    ['2026-01-01', undefined, '2026-01-02'],
    ['2025-07-11', flemish, '2025-07-14'],
  ])('%s with %j: %s', (x, cal, expected) => {
    expect(nextWorkingDay(d(x), cal)).toBe(expected);
  });
});
