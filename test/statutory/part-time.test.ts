/**
 * Part-time work for illness of statutory staff (VPS X 22, as the AgO pages state it): periods of at most 3
 * months granted by the control physician, a right during the first 6 months of a series and a favour from the
 * 7th month, full-time sick days extending the right by as many calendar days, and a new right after a complete
 * resumption. Every expected date is computed by hand from the rule: a period of n months that starts on s (day
 * 1) ends the day before s + n months (1 July - 30 September; 31 January + 3 months: 30 April).
 */
import { describe, expect, it } from 'vitest';
import { daysAfter as addDays, type PlainDate } from '../../src/calendar/index.js';
import { statutoryRules } from '../../src/statutory/index.js';
import { absence, CITE, ended, fullBack, grant, illnessThenPartTime, of, one, partTimeBack, run, type Ev } from './harness.js';

/** `n` days after the date `d` (negative: before). */
const daysAfter = (d: string, n: number): string => addDays(d as PlainDate, n);
const flagsOf = (r: ReturnType<typeof run>, code: string) => r.flags.filter((f) => f.code === code);

describe('X 22: a period of part-time work for illness lasts at most 3 months', () => {
  it.each([
    ['1 July to 30 September is 3 months', '2025-07-01', '2025-09-30', false, '2025-09-30'],
    ['1 July to 1 October is a day too long', '2025-07-01', '2025-10-01', true, '2025-09-30'],
    ['from a month end: 31 January to 30 April', '2025-01-31', '2025-04-30', false, '2025-04-30'],
    ['31 January to 1 May is too long', '2025-01-31', '2025-05-01', true, '2025-04-30'],
    ['into a leap February: 30 November 2023 to 29 February 2024', '2023-11-30', '2024-02-29', false, '2024-02-29'],
    ['over the year end: 1 December 2024 to 28 February 2025', '2024-12-01', '2025-02-28', false, '2025-02-28'],
    ['1 December 2027 to 29 February 2028 (leap year)', '2027-12-01', '2028-02-29', false, '2028-02-29'],
    ['1 December 2027 to 1 March 2028 is too long', '2027-12-01', '2028-03-01', true, '2028-02-29'],
    ['30 November 2025 to 28 February 2026 (no 30 February)', '2025-11-30', '2026-02-28', false, '2026-02-28'],
    ['a short period of 2 weeks', '2025-03-03', '2025-03-16', false, '2025-06-02'],
  ])('%s', (_name, from, until, tooLong, maxUntil) => {
    const r = run(illnessThenPartTime(daysAfter(from, -40), from, until), { asOf: from });
    const period = one(r, 'statutory.part-time-period');
    expect(period).toMatchObject({ due: until, status: 'open', kind: 'right', actor: 'employee', because: ['g1'] });
    expect(period.basis).toEqual([CITE.x22, CITE.agoPartTime]);
    expect(period.interpretations).toEqual(['part-time-period-3-months-first-day-included']);
    const flags = flagsOf(r, 'part-time-period-too-long');
    expect(flags.length).toBe(tooLong ? 1 : 0);
    if (tooLong) {
      expect(flags[0]).toMatchObject({ severity: 'warning', since: from, rule: 'statutory.part-time-period' });
      expect(flags[0]!.message.en).toContain(`at most until ${maxUntil}`);
      expect(flags[0]!.message.nl).toContain(`ten hoogste tot en met ${maxUntil}`);
    }
  });

  it('the period ends on its granted day: open on it, expired the day after', () => {
    const events = illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30');
    expect(one(run(events, { asOf: '2025-09-30' }), 'statutory.part-time-period').status).toBe('open');
    expect(one(run(events, { asOf: '2025-10-01' }), 'statutory.part-time-period').status).toBe('expired');
  });
});

describe('X 22: the right of the first 6 months, counted from the first day of the first period', () => {
  it.each([
    ['1 July 2025: until 31 December 2025', '2025-07-01', '2025-09-30', '2025-12-31'],
    ['31 January 2025: until 30 July 2025 (31 January + 6 months = 31 July)', '2025-01-31', '2025-04-30', '2025-07-30'],
    ['31 August 2025: until 28 February 2026 (the 6 months are complete on 28 February)', '2025-08-31', '2025-11-30', '2026-02-28'],
    ['31 August 2023: until 29 February 2024 (leap day)', '2023-08-31', '2023-11-30', '2024-02-29'],
    ['31 August 2027: until 29 February 2028 (leap day)', '2027-08-31', '2027-11-30', '2028-02-29'],
    ['1 September 2023: until 29 February 2024', '2023-09-01', '2023-11-30', '2024-02-29'],
    ['from the leap day 29 February 2024: until 28 August 2024', '2024-02-29', '2024-05-28', '2024-08-28'],
    ['15 December 2025, over the year end: until 14 June 2026', '2025-12-15', '2026-03-14', '2026-06-14'],
  ])('%s', (_name, from, until, rightUntil) => {
    const r = run(illnessThenPartTime(daysAfter(from, -60), from, until), { asOf: from });
    const right = one(r, 'statutory.part-time-right');
    // The full-time illness before the first period does not extend the right.
    expect(right).toMatchObject({ due: rightUntil, status: 'open', kind: 'right', actor: 'employee', because: ['g1'] });
    expect(right.basis).toEqual([CITE.x22, CITE.agoPartTime, CITE.agoPartTimeStaff]);
    expect(right.interpretations).toEqual([
      'part-time-right-from-first-period',
      'part-time-right-extended-by-full-time-sick-days',
      'part-time-new-right-after-full-resumption',
    ]);
    expect(r.statutory?.partTime).toEqual({ status: 'right', rightUntil, periodUntil: until });
    expect(one(run(illnessThenPartTime(daysAfter(from, -60), from, until), { asOf: daysAfter(rightUntil, 1) }), 'statutory.part-time-right').status).toBe('expired');
  });
});

describe('X 22: full-time sick days during the right extend it by as many calendar days', () => {
  it("the source's example: 1 July - 30 September, full-time sick 1 - 15 August: 3 months and 15 days remain after 30 September", () => {
    const events = [...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'), absence('2025-08-01', 'a2'), partTimeBack('2025-08-16', 'w2')];
    const r = run(events, { asOf: '2025-09-30' });
    // 1 October + 3 months = 1 January (the 3 months end on 31 December), plus 15 days: 15 January.
    expect(one(r, 'statutory.part-time-right')).toMatchObject({ due: '2026-01-15', status: 'open', because: ['g1', 'a2'] });
    expect(r.statutory?.partTime).toEqual({ status: 'right', rightUntil: '2026-01-15', periodUntil: '2025-09-30' });
  });

  it('a sickness across the end of the right extends it by all its days (20 December - 20 January: 32 days, until 1 February)', () => {
    const events = [
      ...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'),
      grant('2025-10-01', '2025-12-31', 'g2'),
      absence('2025-12-20', 'a2'),
      partTimeBack('2026-01-21', 'w2'),
      grant('2026-01-21', '2026-04-20', 'g3'),
    ];
    const r = run(events, { asOf: '2026-01-21' });
    expect(one(r, 'statutory.part-time-right').due).toBe('2026-02-01');
    const favour = flagsOf(r, 'part-time-favour');
    expect(favour).toHaveLength(1);
    expect(favour[0]).toMatchObject({ severity: 'info', since: '2026-01-21', rule: 'statutory.part-time-right' });
    expect(favour[0]!.message.en).toContain('from 2026-02-02');
  });

  it('an open full-time sickness counts up to asOf (1 - 10 September: 10 days)', () => {
    const events = [...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'), absence('2025-09-01', 'a2')];
    expect(one(run(events, { asOf: '2025-09-10' }), 'statutory.part-time-right').due).toBe('2026-01-10');
  });

  it('a work accident during the part-time work is not sickness and does not extend the right', () => {
    const events = [...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'), absence('2025-08-01', 'a2', 'work-accident'), partTimeBack('2025-08-16', 'w2')];
    expect(one(run(events, { asOf: '2025-09-30' }), 'statutory.part-time-right').due).toBe('2025-12-31');
  });
});

describe('X 22: from the 7th month part-time work is a favour (the line manager must agree)', () => {
  const renewed: Ev[] = [
    ...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'),
    grant('2025-10-01', '2025-12-31', 'g2'),
    grant('2026-01-01', '2026-03-31', 'g3'),
  ];

  it('a renewal within the 6 months is a right; the third period, from 1 January, a favour', () => {
    const r = run(renewed, { asOf: '2026-01-05' });
    const favour = flagsOf(r, 'part-time-favour');
    expect(favour).toHaveLength(1);
    expect(favour[0]).toMatchObject({ severity: 'info', since: '2026-01-01', rule: 'statutory.part-time-right' });
    expect(favour[0]!.message.nl).toContain('akkoord van de lijnmanager');
    expect(r.statutory?.partTime).toEqual({ status: 'favour', rightUntil: '2025-12-31', periodUntil: '2026-03-31' });
    expect(one(r, 'statutory.part-time-right').status).toBe('expired');
    expect(of(r, 'statutory.part-time-period').map((d) => [d.due, d.status])).toEqual([
      ['2025-09-30', 'expired'],
      ['2025-12-31', 'expired'],
      ['2026-03-31', 'open'],
    ]);
  });

  it('a period that runs past the end of the right is a favour from the day after it', () => {
    const events = [...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'), grant('2025-10-01', '2025-11-30', 'g2'), grant('2025-12-01', '2026-02-28', 'g3')];
    const r = run(events, { asOf: '2025-12-01' });
    const favour = flagsOf(r, 'part-time-favour');
    expect(favour.map((f) => f.since)).toEqual(['2025-12-01']);
    expect(favour[0]!.message.en).toContain('from 2026-01-01');
    expect(r.statutory?.partTime.status).toBe('right');
    expect(flagsOf(r, 'part-time-period-too-long')).toEqual([]);
  });
});

describe('X 22: a complete resumption followed by a new illness gives a new right', () => {
  // First series from 3 February 2025; full-time sick 14 April - 4 May (21 days) during it.
  const first: Ev[] = [...illnessThenPartTime('2025-01-06', '2025-02-03', '2025-04-30'), absence('2025-04-14', 'a1')];
  const secondIllness: Ev[] = [absence('2025-09-01', 'a2'), partTimeBack('2025-10-01', 'w2'), grant('2025-10-01', '2025-12-31', 'g2')];

  it('after work.resumed (full) the next period starts a new series: a right until 31 March 2026', () => {
    const r = run([...first, fullBack('2025-05-05'), ...secondIllness], { asOf: '2025-10-15' });
    expect(of(r, 'statutory.part-time-right').map((d) => [d.due, d.status, d.because])).toEqual([
      // 3 February + 6 months: until 2 August, + 21 days of sickness: 23 August; ended by the full resumption.
      ['2025-08-23', 'void', ['g1', 'a1', 'f1']],
      ['2026-03-31', 'open', ['g2']],
    ]);
    expect(r.statutory?.partTime).toEqual({ status: 'right', rightUntil: '2026-03-31', periodUntil: '2025-12-31' });
    expect(flagsOf(r, 'part-time-favour')).toEqual([]);
  });

  it('without a complete resumption the series runs on: the new period is a favour', () => {
    const r = run([...first, partTimeBack('2025-05-05', 'w1'), ...secondIllness], { asOf: '2025-10-15' });
    expect(of(r, 'statutory.part-time-right').map((d) => [d.due, d.status])).toEqual([['2025-08-23', 'expired']]);
    expect(r.statutory?.partTime).toEqual({ status: 'favour', rightUntil: '2025-08-23', periodUntil: '2025-12-31' });
    expect(flagsOf(r, 'part-time-favour').map((f) => f.since)).toEqual(['2025-10-01']);
  });

  it('a complete resumption straight from part-time work ends the series (position none)', () => {
    const r = run([...illnessThenPartTime('2025-01-06', '2025-02-03', '2025-04-30'), fullBack('2025-04-22')], { asOf: '2025-05-02' });
    expect(r.statutory?.partTime).toEqual({ status: 'none' });
    expect(one(r, 'statutory.part-time-right')).toMatchObject({ due: '2025-08-02', status: 'void', because: ['g1', 'f1'] });
    expect(one(r, 'statutory.part-time-period')).toMatchObject({ due: '2025-04-30', status: 'void', because: ['g1', 'f1'] });
  });
});

describe('X 22: the input around the periods', () => {
  it('the end of employment voids the right and the running period; a later grant is out of sequence', () => {
    const events = [...illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30'), ended('2025-08-15'), grant('2025-09-01', '2025-11-30', 'g2')];
    const r = run(events, { asOf: '2025-09-01' });
    expect(of(r, 'statutory.part-time-right').map((d) => d.status)).toEqual(['void']);
    expect(of(r, 'statutory.part-time-period').map((d) => [d.due, d.status])).toEqual([['2025-09-30', 'void']]);
    expect(r.statutory?.partTime).toEqual({ status: 'none' });
    expect(r.issues.filter((i) => i.eventId === 'g2').map((i) => [i.code, i.severity])).toEqual([['out-of-sequence', 'warning']]);
  });

  it('a period that ends before it starts is an invalid event and is ignored', () => {
    const r = run(illnessThenPartTime('2025-05-05', '2025-07-01', '2025-06-30'), { asOf: '2025-07-01' });
    expect(of(r, 'statutory.part-time-period')).toEqual([]);
    expect(r.issues.filter((i) => i.eventId === 'g1').map((i) => [i.code, i.severity, i.path])).toEqual([['invalid-event', 'error', ['events', 2, 'until']]]);
  });

  it('a grant while a full-time absence is open asks for the part-time resumption; the open days extend the right', () => {
    const r = run([absence('2025-05-05'), grant('2025-07-01', '2025-09-30')], { asOf: '2025-07-10' });
    expect(r.issues.filter((i) => i.eventId === 'g1').map((i) => i.code)).toEqual(['out-of-sequence']);
    // 1 - 10 July are days of the open full-time absence: 31 December + 10.
    expect(one(r, 'statutory.part-time-right').due).toBe('2026-01-10');
  });
});

describe('the VPS rules apply to statutory staff', () => {
  const events = illnessThenPartTime('2025-05-05', '2025-07-01', '2025-09-30');

  it.each([
    ['contractual staff', { status: 'contractual' as const }, "'contractual'"],
    ['staff whose status is not given', {}, 'not given'],
  ])('%s: no VPS position, each VPS event not applicable', (_name, employee, why) => {
    const r = run(events, { asOf: '2025-07-01' }, employee);
    expect(r.statutory).toBeNull();
    expect(r.deadlines.filter((d) => d.rule.startsWith('statutory.'))).toEqual([]);
    const issues = r.issues.filter((i) => i.code === 'not-applicable');
    expect(issues.map((i) => [i.severity, i.eventId])).toEqual([['warning', 'g1']]);
    expect(issues[0]!.message).toContain(why);
  });

  it('sickLeaveWorkingDaysBefore of contractual staff is not applicable either (info)', () => {
    const r = run([], { asOf: '2025-07-01' }, { status: 'contractual', sickLeaveWorkingDaysBefore: 100 });
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([['not-applicable', 'info', ['employee', 'sickLeaveWorkingDaysBefore']]]);
  });

  it('a contractual case without VPS data has no VPS issues', () => {
    expect(run([absence('2025-05-05')], { asOf: '2025-07-01' }, { status: 'contractual' }).issues.filter((i) => i.code === 'not-applicable')).toEqual([]);
  });

  it('a statutory staff member without events: no part-time work, no sick leave', () => {
    const r = run([], { asOf: '2025-07-01' });
    expect(r.statutory).toEqual({ partTime: { status: 'none' }, sickLeaveWorkingDays: 0 });
    expect(r.deadlines).toEqual([]);
  });

  it('the rules as data: ids, kinds, actors and citations', () => {
    expect(statutoryRules.map((x) => [x.id, x.kind, x.actor, x.track, x.basis.map((c) => `${c.source} ${c.article ?? ''}`)])).toEqual([
      ['statutory.part-time-right', 'right', 'employee', 'statutory', ['vps X 22', 'ago-guidance deeltijdse prestaties wegens ziekte', 'ago-guidance deeltijdse prestaties wegens ziekte: doelgroep en duur']],
      ['statutory.part-time-period', 'right', 'employee', 'statutory', ['vps X 22', 'ago-guidance deeltijdse prestaties wegens ziekte']],
      ['statutory.definitive-unfitness-referral', 'earliest', 'manager', 'statutory', ['vps X 20']],
    ]);
    for (const rule of statutoryRules) {
      expect(rule.counts.rollover).toBe(false);
      expect(rule.label.nl).not.toBe(rule.label.en);
      expect(rule.interpretations?.map((i) => i.id)).toContain('vps-statutory-staff-only');
    }
  });
});
