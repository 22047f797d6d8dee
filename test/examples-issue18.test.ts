/**
 * The bundled example cases of issue 18 (medical force majeure, VPS), with every date computed by hand from the
 * rules (not copied from the output): see the comment next to each expectation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

const load = (name: string): unknown => JSON.parse(readFileSync(`examples/cases/${name}`, 'utf8'));
const due = (ev: ReturnType<typeof evaluate>, rule: string) => ev.deadlines.filter((d) => d.rule === rule).map((d) => [d.due, d.status]);

describe('example: medical force majeure started by the employer (FICTIEF-FM-001, asOf 2026-03-10)', () => {
  const ev = evaluate(load('force-majeure-employer.json'), { asOf: '2026-03-10' });
  it('follows art. 34 AOW and Codex I.4-82/1 day by day', () => {
    // Incapacity from 3 Feb 2025: 9 months complete on 2 Nov 2025, so the procedure may start on 3 Nov (before 2026: FM2022).
    expect(due(ev, 'force-majeure.may-start')).toEqual([['2025-11-03', 'reached']]);
    // Notification received 20 Nov: the examination at the earliest 10 days later.
    expect(due(ev, 'force-majeure.invitation')).toEqual([['2025-11-30', 'reached']]);
    // Finding received by the worker on 6 Jan 2026: 7 days to ask for adapted work, 21 days to appeal.
    expect(due(ev, 'force-majeure.adapted-work-request')).toEqual([['2026-01-13', 'expired']]);
    expect(due(ev, 'force-majeure.appeal-window')).toEqual([['2026-01-27', 'expired']]);
    // Neither used: the contract may end from the day after the last of them.
    expect(due(ev, 'force-majeure.may-end')).toEqual([['2026-01-28', 'reached']]);
    // Ended 2 Feb 2026: the RIZIV within 45 days (26 days left in February, then 19 in March).
    expect(due(ev, 'force-majeure.riziv-notification')).toEqual([['2026-03-19', 'open']]);
    expect(ev.forceMajeure).toEqual([
      { status: 'ended', regime: 'FM2022', notifiedOn: '2025-11-20', by: 'employer', endReason: 'contract-ended', endedOn: '2026-02-02' },
    ]);
    expect(ev.flags.filter((f) => f.code.startsWith('force-majeure'))).toEqual([]);
  });
});

describe('example: medical force majeure from 2026 with a relapse and adapted work (FICTIEF-FM-002, asOf 2026-04-20)', () => {
  const ev = evaluate(load('force-majeure-adapted-work.json'), { asOf: '2026-04-20' });
  it('counts the 6 months over a relapse within 14 days and ends on the refused plan', () => {
    // Relapse on 10 Sep, day 10 of the resumption of 1 Sep: still uninterrupted since 16 Jun 2025.
    expect(ev.absence.uninterruptedSince).toBe('2025-06-16');
    // 6 months complete on 15 Dec 2025, but the 6-month rule applies to procedures from 1 Jan 2026.
    expect(due(ev, 'force-majeure.may-start')).toEqual([['2026-01-01', 'reached']]);
    // Finding received 9 Feb: request by 16 Feb (made 13 Feb), form within 30 days of the request: 15 Mar.
    expect(due(ev, 'force-majeure.adapted-work-request')).toEqual([['2026-02-16', 'met']]);
    expect(due(ev, 'force-majeure.adapted-work-form')).toEqual([['2026-03-15', 'met']]);
    expect(due(ev, 'force-majeure.appeal-window')).toEqual([['2026-03-02', 'expired']]);
    // The plan refused on 10 Apr: the contract may end from that day.
    expect(due(ev, 'force-majeure.may-end')).toEqual([['2026-04-10', 'reached']]);
    expect(ev.forceMajeure[0]).toMatchObject({ status: 'may-end', regime: 'FM2026', by: 'worker' });
  });
});

describe('example: part-time work for illness of a statutory staff member (FICTIEF-VPS-001, asOf 2026-01-15)', () => {
  const ev = evaluate(load('vps-part-time-illness.json'), { asOf: '2026-01-15' });
  it('extends the right by the full-time sick days and counts 666 working days (VPS X 22, X 20)', () => {
    // Right from 1 Apr 2025 for 6 months (to 30 Sep), plus 15 calendar days of full sickness (4-18 Aug): 15 Oct.
    expect(due(ev, 'statutory.part-time-right')).toEqual([['2025-10-15', 'expired']]);
    // 600 days before + 56 working days from 13 Jan to 31 Mar 2025 = 656; from 4 Aug: 4-8 (5), 11-14 (4; 15 Aug is
    // a holiday), 18 Aug: the 666th working day.
    expect(due(ev, 'statutory.definitive-unfitness-referral')).toEqual([['2025-08-18', 'reached']]);
    expect(ev.statutory).toMatchObject({ sickLeaveWorkingDays: 666, referralPossibleFrom: '2025-08-18', partTime: { status: 'favour' } });
    expect(ev.flags.filter((f) => f.code === 'part-time-favour').map((f) => f.since)).toEqual(['2025-10-01', '2026-01-01']);
  });
});

describe('the report counts the new procedures (the three examples, 2025-2026, asOf 2026-04-20)', () => {
  it('started by initiator and regime, findings, ended by reason, on time / late, VPS figures', async () => {
    const { buildReport } = await import('../src/reporting/index.js');
    const cases = ['force-majeure-employer.json', 'force-majeure-adapted-work.json', 'vps-part-time-illness.json'].map(load);
    const r = buildReport(cases, { from: '2025-01-01', to: '2026-12-31', asOf: '2026-04-20' });
    expect(r.total.forceMajeure).toEqual({
      started: { total: 2, employer: 1, worker: 1 },
      byRegime: { FM2022: 1, FM2026: 1 },
      findings: { unfit: 2, notUnfit: 0 },
      appeals: { lodged: 0, confirmed: 0, overturned: 0 },
      endedByReason: { 'contract-ended': 1 },
      // FM-002: the form (5 Mar, due 15 Mar) and the plan (no term) met; FM-001's RIZIV notification is overdue.
      onTime: 2,
      late: 0,
    });
    expect(r.total.overdueAtAsOf['force-majeure.riziv-notification']).toBe(1);
    // Four periods granted, two as a favour (1 Oct 2025 and 1 Jan 2026), the 666th day reached on 18 Aug 2025.
    expect(r.total.statutory).toEqual({ partTimePeriods: 4, partTimeFavours: 2, referralThresholdsReached: 1 });
  });
});
