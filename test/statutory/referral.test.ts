/**
 * VPS X 20: from the day a statutory official reaches 666 working days of sick leave over the career, the line
 * manager may refer the official to the federal medical service (Medex) for definitive unfitness. The working
 * days are those of the official's calendar (Monday to Friday except the Belgian legal holidays and the extra
 * holidays, such as 11 July); every expected day is counted by hand on the calendar.
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, ended, illnessThenPartTime, one, partTimeBack, run, STATUTORY, type Ev } from './harness.js';

const referral = 'statutory.definitive-unfitness-referral' as const;
type Calendar = { workweek?: 'mon-fri' | 'mon-sat'; extraHolidays?: string[] };
const before = (n: number) => ({ ...STATUTORY, sickLeaveWorkingDaysBefore: n });
const back = (date: string, id = 'w1'): Ev => ({ id, type: 'work.resumed', date, mode: 'full' });

describe('X 20: the referral is possible from the 666th working day of sick leave', () => {
  it.each([
    // [name, days before the case, first day of the absence, calendar, the 666th working day]
    ['660 before, sick from Mon 3 March 2025: 3, 4, 5, 6, 7, 10 March', 660, '2025-03-03', {}, '2025-03-10'],
    ['Easter Monday 21 April 2025 is no working day: 17, 18, 22, 23, 24, 25 April', 660, '2025-04-17', {}, '2025-04-25'],
    ['11 July (Flemish holiday of the entity) is skipped: 7, 8, 9, 10, 14, 15 July', 660, '2025-07-07', { extraHolidays: ['2025-07-11'] }, '2025-07-15'],
    ['without 11 July as a holiday: 7, 8, 9, 10, 11, 14 July', 660, '2025-07-07', {}, '2025-07-14'],
    ['21 July (national holiday): 16, 17, 18, 22 July 2025', 662, '2025-07-16', {}, '2025-07-22'],
    ['Christmas: 23, 24, 26, 29 December 2025', 662, '2025-12-23', {}, '2025-12-29'],
    ['over the year end: 31 December 2025, 2 January 2026', 664, '2025-12-31', {}, '2026-01-02'],
    ['leap day: Wed 28 and Thu 29 February 2024', 664, '2024-02-28', {}, '2024-02-29'],
    ['leap day: Tue 29 February 2028 itself', 665, '2028-02-29', {}, '2028-02-29'],
    ['a Monday-to-Saturday week: 3 - 8 March 2025', 660, '2025-03-03', { workweek: 'mon-sat' }, '2025-03-08'],
  ] satisfies Array<[string, number, string, Calendar, string]>)('%s', (_name, daysBefore, sickFrom, calendar, reachedOn) => {
    const r = run([absence(sickFrom)], { asOf: '2028-12-31', calendar }, before(daysBefore));
    const d = one(r, referral);
    expect(d).toMatchObject({ due: reachedOn, status: 'reached', kind: 'earliest', actor: 'manager', because: ['a1'] });
    expect(d.basis).toEqual([CITE.x20]);
    expect(d.interpretations).toEqual(['sick-leave-working-days-of-full-absence', 'referral-from-666th-working-day']);
    expect(r.statutory?.referralPossibleFrom).toBe(reachedOn);
  });

  it('the day before the 666th working day it is still pending', () => {
    const r = run([absence('2025-03-03')], { asOf: '2025-03-09' }, before(660));
    expect(one(r, referral)).toMatchObject({ due: '2025-03-10', status: 'pending' });
    expect(r.statutory?.referralPossibleFrom).toBeUndefined();
  });
});

describe('X 20: what counts towards the 666 working days', () => {
  it('only full absence: 3 - 14 March (10) and 14 - 25 April (9, Easter Monday) = 19; no date without an open absence', () => {
    const events = [absence('2025-03-03'), back('2025-03-17'), absence('2025-04-14', 'a2'), back('2025-04-28', 'w2')];
    const r = run(events, { asOf: '2025-05-01' });
    expect(r.statutory?.sickLeaveWorkingDays).toBe(19);
    expect(one(r, referral)).toMatchObject({ due: null, status: 'pending', because: ['a1', 'a2'] });
  });

  it('days of part-time work for illness do not count: only 3 - 14 March', () => {
    const r = run(illnessThenPartTime('2025-03-03', '2025-03-17', '2025-06-16'), { asOf: '2025-05-01' });
    expect(r.statutory?.sickLeaveWorkingDays).toBe(10);
  });

  it('a full-time sickness during the part-time work counts: 10 + 1 - 14 August 2025 (15 August is a holiday) = 20', () => {
    const events = [...illnessThenPartTime('2025-03-03', '2025-03-17', '2025-09-30'), absence('2025-08-01', 'a2'), partTimeBack('2025-08-16', 'w2')];
    expect(run(events, { asOf: '2025-09-01' }).statutory?.sickLeaveWorkingDays).toBe(20);
  });

  it('work accidents and occupational diseases are not sick leave', () => {
    const events = [absence('2025-03-03', 'a1', 'work-accident'), back('2025-03-17'), absence('2025-04-01', 'a2', 'occupational-disease')];
    const r = run(events, { asOf: '2025-04-30' });
    expect(r.statutory?.sickLeaveWorkingDays).toBe(0);
    expect(r.deadlines.filter((d) => d.rule === referral)).toEqual([]);
  });

  it('a private accident is sick leave (X 17): 3 - 7 March = 5', () => {
    const r = run([absence('2025-03-03', 'a1', 'accident'), back('2025-03-10')], { asOf: '2025-04-30' });
    expect(r.statutory?.sickLeaveWorkingDays).toBe(5);
  });

  it('an open absence counts up to asOf, asOf included', () => {
    expect(run([absence('2025-03-03')], { asOf: '2025-03-05' }).statutory?.sickLeaveWorkingDays).toBe(3);
    expect(run([absence('2025-03-03')], { asOf: '2025-03-09' }).statutory?.sickLeaveWorkingDays).toBe(5);
  });
});

describe('X 20: the date while the 666 are not reached, and before the case', () => {
  it('still absent: the day the 666th working day falls if the absence continues (600 + 22 in September 2025, 44 to go)', () => {
    const r = run([absence('2025-09-01')], { asOf: '2025-09-30' }, before(600));
    expect(r.statutory?.sickLeaveWorkingDays).toBe(622);
    // October 2025: 23 working days; November: 3-7, 10, 12-14 (11 November), 17-21, 24-28 = 19, then 1 and 2 December.
    expect(one(r, referral)).toMatchObject({ due: '2025-12-02', status: 'pending' });
    const later = run([absence('2025-09-01')], { asOf: '2025-12-02' }, before(600));
    expect(one(later, referral)).toMatchObject({ due: '2025-12-02', status: 'reached' });
    expect(later.statutory?.sickLeaveWorkingDays).toBe(666);
  });

  it('666 reached before the case: possible from the first day of the case', () => {
    const r = run([absence('2025-03-03')], { asOf: '2025-03-04' }, before(700));
    expect(one(r, referral)).toMatchObject({ due: '2025-03-03', status: 'reached' });
    expect(r.statutory).toEqual({ partTime: { status: 'none' }, sickLeaveWorkingDays: 702, referralPossibleFrom: '2025-03-03' });
  });

  it('the end of employment voids the referral', () => {
    const r = run([absence('2025-03-03'), ended('2025-03-20')], { asOf: '2025-04-30' }, before(660));
    expect(one(r, referral)).toMatchObject({ due: '2025-03-10', status: 'void' });
    // The absence counts up to the end of employment: 3 - 7, 10 - 14, 17 - 20 March.
    expect(r.statutory?.sickLeaveWorkingDays).toBe(660 + 14);
  });
});
