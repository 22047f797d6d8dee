import { describe, expect, it } from 'vitest';
import type { CalendarOptions, Rollover } from '../../src/calendar/index';
import { daysAfter, monthsAfter, rollDeadline, unsafePlainDate } from '../../src/calendar/index';

const d = unsafePlainDate;

describe('rollDeadline: a deadline on a non-working day moves to the next working day only with the option', () => {
  it.each<[string, Rollover, CalendarOptions | undefined, string, string]>([
    ['2025-05-10', 'next-working-day', undefined, '2025-05-12', 'E-18: Saturday -> Monday'],
    ['2025-05-10', 'none', undefined, '2025-05-10', 'E-18 without rollover'],
    ['2020-05-03', 'next-working-day', undefined, '2020-05-04', 'E-16: Sunday -> Monday'],
    ['2020-05-03', 'none', undefined, '2020-05-03', 'E-16 without rollover'],
    ['2026-02-28', 'next-working-day', undefined, '2026-03-02', 'E-19: clamped month end on a Saturday'],
    ['2025-12-25', 'next-working-day', undefined, '2025-12-26', 'Christmas (Thursday) -> Friday'],
    ['2025-04-21', 'next-working-day', undefined, '2025-04-22', 'E-7: Easter Monday -> Tuesday'],
    ['2025-04-19', 'next-working-day', undefined, '2025-04-22', 'Saturday before Easter -> Tuesday'],
    ['2025-07-11', 'next-working-day', { extraHolidays: [d('2025-07-11')] }, '2025-07-14', 'extra holiday on a Friday'],
    ['2025-05-10', 'next-working-day', { workweek: 'mon-sat' }, '2025-05-10', 'Saturday is a working day Mon-Sat'],
    ['2025-05-11', 'next-working-day', { workweek: 'mon-sat' }, '2025-05-12', 'Sunday never is'],
    ['2025-05-12', 'next-working-day', undefined, '2025-05-12', 'a working day stays'],
  ])('%s, %s, %j -> %s (%s)', (due, rollover, cal, expected) => {
    expect(rollDeadline(d(due), rollover, cal)).toBe(expected);
  });

  it('defaults to no rollover', () => {
    expect(rollDeadline(d('2025-05-10'))).toBe('2025-05-10');
    expect(rollDeadline(d('2025-05-10'), undefined)).toBe('2025-05-10');
  });

  it('combines with the term functions as in the worked examples', () => {
    // E-18: decision A received Sat 2025-03-08, plan due +63 days
    expect(rollDeadline(daysAfter(d('2025-03-08'), 63), 'next-working-day')).toBe('2025-05-12');
    // E-19: decision B received Sun 2025-08-31, plan due +6 months
    expect(rollDeadline(monthsAfter(d('2025-08-31'), 6), 'next-working-day')).toBe('2026-03-02');
  });
});
