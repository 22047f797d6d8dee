/**
 * Art. 34 Arbeidsovereenkomstenwet and Codex I.4-82/1: when the procedure may start (9 months of uninterrupted
 * incapacity, 6 for procedures from 1 January 2026; a resumption of less than 14 days does not interrupt; never
 * while a re-integration trajectory runs), and the notification (an employer's letter names the worker's rights).
 * Every date below is computed by hand: "lasted 9 months" from day 1 = the same day-number 9 months later, one
 * day later when that month is too short (31 May: the period 31 May..28 February is complete, so 1 March).
 */
import { describe, expect, it } from 'vitest';
import { check, fmIssues, run, type Ev, type Scenario } from './scenario.js';

const absent = (date: string, id = 'a'): Ev => ({ id, type: 'absence.started', date });
const notified = (date: string, by: 'employer' | 'worker' = 'worker', rightsMentioned?: boolean): Ev => ({
  id: 'n',
  type: 'force-majeure.notified',
  date,
  by,
  ...(rightsMentioned !== undefined ? { rightsMentioned } : {}),
});
const mayStart = (due: string, status: 'pending' | 'reached', extra: { metOn?: string; because?: string[] } = {}) =>
  ({ rule: 'force-majeure.may-start', due, status, cites: 'employment-contracts-act 34', ...extra }) as const;

describe('art. 34: the earliest start of the procedure in a running absence (contractual staff)', () => {
  const scenarios: Scenario[] = [
    {
      name: 'An incapacity from Monday 10 February 2025 reaches 9 months on Monday 10 November 2025 (research E-10)',
      events: [absent('2025-02-10')],
      asOf: '2025-11-01',
      deadlines: [mayStart('2025-11-10', 'pending', { because: ['a'] })],
    },
    {
      name: 'From 31 May 2024 the 9 months end with 28 February 2025: the procedure may start on 1 March 2025',
      events: [absent('2024-05-31')],
      asOf: '2025-03-01',
      deadlines: [mayStart('2025-03-01', 'reached')],
    },
    {
      name: 'From 29 May 2023 the 9 months reach the leap day 29 February 2024',
      events: [absent('2023-05-29')],
      asOf: '2024-02-28',
      deadlines: [mayStart('2024-02-29', 'pending')],
    },
    {
      name: 'From 30 May 2023 the 9 months end with 29 February 2024: 1 March 2024',
      events: [absent('2023-05-30')],
      asOf: '2024-02-29',
      deadlines: [mayStart('2024-03-01', 'pending')],
    },
    {
      name: 'From 31 March 2025 the 9 months are reached on 31 December 2025, still under the 9-month rule',
      events: [absent('2025-03-31')],
      asOf: '2025-12-01',
      deadlines: [mayStart('2025-12-31', 'pending')],
    },
    {
      name: 'From 15 May 2025: 9 months only on 15 February 2026, 6 months on 15 November 2025, so from 1 January 2026',
      events: [absent('2025-05-15')],
      asOf: '2025-12-01',
      deadlines: [mayStart('2026-01-01', 'pending')],
    },
    {
      name: 'From 1 April 2025: 9 months on 1 January 2026, when 6 months apply and were reached on 1 October: 1 January 2026',
      events: [absent('2025-04-01')],
      asOf: '2025-12-01',
      deadlines: [mayStart('2026-01-01', 'pending')],
    },
    {
      name: 'From Thursday 15 January 2026: 6 months on Wednesday 15 July 2026 (research E-12)',
      events: [absent('2026-01-15')],
      asOf: '2026-03-01',
      deadlines: [mayStart('2026-07-15', 'pending')],
    },
    {
      name: 'A relapse on the 10th day of a resumption (12 March 2025) continues the incapacity from 6 January 2025: 6 October 2025',
      events: [absent('2025-01-06'), { type: 'work.resumed', date: '2025-03-03', mode: 'full' }, absent('2025-03-12', 'a2')],
      asOf: '2025-06-01',
      deadlines: [mayStart('2025-10-06', 'pending', { because: ['a'] })],
    },
    {
      name: 'A relapse on the 14th day of a resumption (16 March 2025) still does not interrupt it',
      events: [absent('2025-01-06'), { type: 'work.resumed', date: '2025-03-03', mode: 'part-time' }, absent('2025-03-16', 'a2')],
      asOf: '2025-06-01',
      deadlines: [mayStart('2025-10-06', 'pending')],
    },
    {
      name: 'A relapse on the 15th day (17 March 2025) starts a new incapacity: 9 months from 17 March, 17 December 2025',
      events: [absent('2025-01-06'), { type: 'work.resumed', date: '2025-03-03', mode: 'full' }, absent('2025-03-17', 'a2')],
      asOf: '2025-06-01',
      deadlines: [mayStart('2025-12-17', 'pending', { because: ['a2'] })],
    },
    {
      name: 'For staff whose status is not given, no earliest start is shown without a procedure',
      events: [absent('2025-02-10')],
      asOf: '2025-11-01',
      status: null,
      deadlines: [],
      issues: [],
    },
    {
      name: 'After the worker resumed work, no earliest start is shown',
      events: [absent('2025-02-10'), { type: 'work.resumed', date: '2025-06-02', mode: 'full' }],
      asOf: '2025-11-01',
      deadlines: [],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });
});

describe('Codex I.4-82/1: the start of a procedure and its checks', () => {
  const scenarios: Scenario[] = [
    {
      name: 'The worker notifies on 12 November 2025 after 9 months: FM2022, no warning',
      events: [absent('2025-02-10'), notified('2025-11-12')],
      asOf: '2025-11-13',
      procedures: [{ status: 'notified', regime: 'FM2022', notifiedOn: '2025-11-12', by: 'worker' }],
      deadlines: [
        mayStart('2025-11-10', 'reached', { metOn: '2025-11-12', because: ['a', 'n'] }),
        { rule: 'force-majeure.invitation', due: '2025-11-22', status: 'pending', cites: 'codex I.4-82/1' },
      ],
      flags: [],
    },
    {
      name: 'An employer notifying on 20 November 2025, before 9 months from 3 March 2025 (3 December), is warned',
      events: [absent('2025-03-03'), notified('2025-11-20', 'employer', true)],
      asOf: '2025-11-21',
      flags: [{ code: 'force-majeure-start-invalid', since: '2025-11-20', severity: 'warning', reason: 'before-threshold', rule: 'force-majeure.may-start' }],
    },
    {
      name: 'Under the reading chosen, a notification on 15 December 2025 after 7 months (from 15 May 2025) is too early',
      events: [absent('2025-05-15'), notified('2025-12-15')],
      asOf: '2025-12-16',
      procedures: [{ regime: 'FM2022' }],
      flags: [{ code: 'force-majeure-start-invalid', since: '2025-12-15', severity: 'warning', reason: 'before-threshold' }],
    },
    {
      name: 'The same incapacity notified on 2 January 2026 starts an FM2026 procedure without a warning',
      events: [absent('2025-05-15'), notified('2026-01-02')],
      asOf: '2026-01-03',
      procedures: [{ regime: 'FM2026', status: 'notified' }],
      deadlines: [
        mayStart('2026-01-01', 'reached', { metOn: '2026-01-02' }),
        { rule: 'force-majeure.invitation', due: '2026-01-12', status: 'pending', cites: 'codex I.4-82/1' },
      ],
      flags: [],
    },
    {
      name: 'A notification while the trajectory requested on 2 September 2024 runs is warned (no trajectory may run)',
      events: [absent('2024-01-08'), { type: 'formal.requested', date: '2024-09-02', initiator: 'worker' }, notified('2024-10-14')],
      asOf: '2024-10-15',
      flags: [{ code: 'force-majeure-start-invalid', since: '2024-10-14', severity: 'warning', reason: 'trajectory-running' }],
    },
    {
      name: 'After the trajectory ended with decision C on 30 September 2024, the notification of 14 October is allowed',
      events: [
        absent('2024-01-08'),
        { type: 'formal.requested', date: '2024-09-02', initiator: 'worker' },
        { type: 'formal.assessed', date: '2024-09-30', decision: 'C' },
        notified('2024-10-14'),
      ],
      asOf: '2024-10-15',
      flags: [],
    },
    {
      name: "An employer's letter that does not name the worker's rights is warned",
      events: [absent('2024-01-08'), notified('2024-10-14', 'employer', false)],
      asOf: '2024-10-15',
      flags: [{ code: 'force-majeure-start-invalid', since: '2024-10-14', severity: 'warning', reason: 'rights-not-mentioned' }],
    },
    {
      name: 'A notification while the worker is back at work is warned',
      events: [absent('2024-01-08'), { type: 'work.resumed', date: '2024-09-02', mode: 'full' }, notified('2024-10-14')],
      asOf: '2024-10-15',
      deadlines: [{ rule: 'force-majeure.invitation', due: '2024-10-24', status: 'pending', cites: 'codex I.4-82/1' }],
      flags: [{ code: 'force-majeure-start-invalid', since: '2024-10-14', severity: 'warning', reason: 'not-incapacitated' }],
    },
    {
      name: 'A notification before 28 November 2022 is not a procedure of the new art. 34',
      events: [absent('2021-10-04'), notified('2022-11-25')],
      asOf: '2022-12-01',
      procedures: [],
      issues: ['regime-not-supported'],
    },
    {
      name: 'A second notification while a procedure runs is set aside',
      events: [absent('2024-01-08'), notified('2024-10-14'), { id: 'n2', type: 'force-majeure.notified', date: '2024-10-20', by: 'employer' }],
      asOf: '2024-10-21',
      procedures: [{ notifiedOn: '2024-10-14' }],
      issues: ['out-of-sequence'],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });
});

describe('who the procedure applies to', () => {
  const events = [absent('2024-01-08'), notified('2024-10-14'), { type: 'force-majeure.invited', date: '2024-10-28' }];

  it('for statutory staff every medical force majeure event is not applicable and nothing is evaluated', () => {
    const r = run(events, '2024-11-01', 'statutory');
    expect(r.forceMajeure).toEqual([]);
    expect(r.deadlines.filter((d) => d.rule.startsWith('force-majeure.'))).toEqual([]);
    expect(fmIssues(r).map((i) => [i.code, i.eventIndex])).toEqual([
      ['not-applicable', 1],
      ['not-applicable', 2],
    ]);
  });

  it('for staff whose status is not given the procedure is evaluated, with one info issue', () => {
    const r = run(events, '2024-11-01', null);
    expect(r.forceMajeure).toMatchObject([{ status: 'invited', regime: 'FM2022' }]);
    const info = fmIssues(r);
    expect(info.map((i) => [i.code, i.severity, i.path])).toEqual([['not-applicable', 'info', ['employee', 'status']]]);
  });
});
