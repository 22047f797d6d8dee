/**
 * Codex I.4-73 (who may request a trajectory and when; the trajectory starts the day after receipt) and the
 * choice of regime (KB 11 September 2022; reform of 1 January 2026). One trajectory at a time.
 */
import { describe, expect, it } from 'vitest';
import { check, run, type Scenario } from './scenario.js';

const worker = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'formal.requested',
  date,
  initiator: 'worker',
  ...extra,
});
const employer = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'formal.requested',
  date,
  initiator: 'employer',
  ...extra,
});

describe('the regime follows the start of the trajectory, the day after receipt (Codex I.4-73)', () => {
  const scenarios: Scenario[] = [
    {
      name: 'A request received on 30 December 2025 starts on 31 December 2025, under the rules of 2022',
      events: [worker('r', '2025-12-30')],
      asOf: '2025-12-31',
      trajectories: [{ status: 'requested', regime: 'R2022', requestedOn: '2025-12-30', initiator: 'worker' }],
      deadlines: [{ rule: 'formal.assessment', due: '2026-02-17', status: 'open', article: 'I.4-73', trajectory: 0 }],
      flags: [],
      issues: [],
    },
    {
      name: 'A request received on 31 December 2025 starts on 1 January 2026, under the reform of 2026 (same 49 days)',
      events: [worker('r', '2025-12-31')],
      asOf: '2026-01-01',
      trajectories: [{ status: 'requested', regime: 'R2026', requestedOn: '2025-12-31', initiator: 'worker' }],
      deadlines: [
        {
          rule: 'formal.assessment',
          due: '2026-02-18',
          status: 'open',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['r2026-terms-as-r2022'],
        },
      ],
      flags: [],
      issues: [],
    },
    {
      name: 'A request received on 29 September 2022 starts on 30 September 2022, under the 2016 rules the library does not compute',
      events: [worker('r', '2022-09-29'), { id: 'a', type: 'formal.assessed', date: '2022-10-20', decision: 'A' }],
      asOf: '2022-11-01',
      trajectories: [{ status: 'unsupported', regime: 'R2016', requestedOn: '2022-09-29', initiator: 'worker' }],
      deadlines: [],
      flags: [],
      issues: ['regime-not-supported'],
    },
    {
      name: 'A request received on 30 September 2022 starts on 1 October 2022, the first day of the 2022 rules',
      events: [worker('r', '2022-09-30')],
      asOf: '2022-10-01',
      trajectories: [{ status: 'requested', regime: 'R2022', requestedOn: '2022-09-30', initiator: 'worker' }],
      deadlines: [{ rule: 'formal.assessment', due: '2022-11-18', status: 'open', article: 'I.4-73', trajectory: 0 }],
      issues: [],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });

  it('an unsupported trajectory says why, on the request event', () => {
    const r = run([worker('r', '2022-09-29')], '2022-10-01');
    const issue = r.issues.find((i) => i.code === 'regime-not-supported');
    expect(issue).toMatchObject({ eventId: 'r', eventIndex: 0, path: ['events', 0] });
    expect(issue?.message).toContain('2022-09-30');
  });

  it('a new request after an unsupported trajectory starts a new trajectory (the 2016 trajectory is not tracked)', () => {
    const r = run([worker('old', '2022-06-01'), worker('new', '2023-03-01')], '2023-03-02');
    expect(r.trajectories.map((t) => [t.status, t.regime])).toEqual([
      ['unsupported', 'R2016'],
      ['requested', 'R2022'],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain('trajectory-already-active');
  });
});

describe('the employer may request a trajectory after 3 months of uninterrupted incapacity (R2022, Codex I.4-73 §1)', () => {
  const scenarios: Scenario[] = [
    {
      // Research E-1 and E-2: 31 January to 30 April is three full months; 2 May + 49 days = 20 June.
      name: 'An incapacity from Friday 31 January 2025 lets the employer request from 1 May; a request received on 2 May is due to be assessed by 20 June',
      events: [
        { id: 'abs', type: 'absence.started', date: '2025-01-31' },
        employer('r', '2025-05-02'),
      ],
      asOf: '2025-05-02',
      trajectories: [{ status: 'requested', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'employer' }],
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2025-05-01',
          status: 'reached',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
          because: ['abs'],
        },
        { rule: 'formal.assessment', due: '2025-06-20', status: 'open', article: 'I.4-73', trajectory: 0, because: ['r'] },
      ],
      flags: [],
    },
    {
      name: 'An employer request after two months of incapacity and without a certificate is premature (flagged), and still evaluated',
      events: [
        { id: 'abs', type: 'absence.started', date: '2025-03-10' },
        employer('r', '2025-05-05'),
      ],
      asOf: '2025-05-05',
      trajectories: [{ status: 'requested', regime: 'R2022', requestedOn: '2025-05-05', initiator: 'employer' }],
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2025-06-10',
          status: 'pending',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
        },
        { rule: 'formal.assessment', due: '2025-06-23', status: 'open', article: 'I.4-73', trajectory: 0 },
      ],
      flags: [
        {
          code: 'premature-employer-request',
          since: '2025-05-05',
          severity: 'warning',
          trajectory: 0,
          rule: 'formal.employer-may-request',
        },
      ],
    },
    {
      name: 'A certificate of definitive unfitness received on 20 April lets the employer request from that day',
      events: [
        { id: 'abs', type: 'absence.started', date: '2025-03-10' },
        { id: 'cert', type: 'certificate.definitive-unfitness', date: '2025-04-20' },
        employer('r', '2025-05-05'),
      ],
      asOf: '2025-05-05',
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2025-04-20',
          status: 'reached',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
          because: ['abs', 'cert'],
        },
        { rule: 'formal.assessment', due: '2025-06-23', status: 'open', article: 'I.4-73', trajectory: 0 },
      ],
      flags: [],
    },
    {
      name: 'The worker may request from the first day of incapacity: no premature flag',
      events: [
        { id: 'abs', type: 'absence.started', date: '2025-03-10' },
        worker('r', '2025-03-11'),
      ],
      asOf: '2025-03-11',
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2025-06-10',
          status: 'pending',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
        },
        // 11 March + 49 days = 29 April.
        { rule: 'formal.assessment', due: '2025-04-29', status: 'open', article: 'I.4-73', trajectory: 0 },
      ],
      flags: [],
    },
    {
      // Research E-9: the 9 days worked (3-11 March) stay inside the span; 6 January + 3 months = 6 April.
      name: 'A relapse on the 10th day of a resumption keeps the incapacity uninterrupted: the employer may request from 6 April',
      events: [
        { id: 'abs', type: 'absence.started', date: '2025-01-06' },
        { id: 'back', type: 'work.resumed', date: '2025-03-03', mode: 'full' },
        { id: 'again', type: 'absence.started', date: '2025-03-12' },
      ],
      asOf: '2025-03-20',
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2025-04-06',
          status: 'pending',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'short-resumption-days-count', 'employer-may-request-scope'],
        },
      ],
    },
    {
      // Research E-9, second part: a relapse on 20 March (18th day) starts a new count: 20 March + 3 months.
      name: 'A relapse on the 18th day of a resumption starts a new incapacity: the employer may request from 20 June',
      events: [
        { id: 'abs', type: 'absence.started', date: '2025-01-06' },
        { id: 'back', type: 'work.resumed', date: '2025-03-03', mode: 'full' },
        { id: 'again', type: 'absence.started', date: '2025-03-20' },
      ],
      asOf: '2025-03-21',
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2025-04-06',
          status: 'void',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
        },
        {
          rule: 'formal.employer-may-request',
          due: '2025-06-20',
          status: 'pending',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
        },
      ],
    },
    {
      // 30 November 2023 + 3 months would be 30 February 2024: the period 30 Nov..29 Feb is complete on 29 Feb.
      name: 'In the leap year 2024, an incapacity from 30 November 2023 lets the employer request from 1 March 2024',
      events: [{ id: 'abs', type: 'absence.started', date: '2023-11-30' }],
      asOf: '2024-02-29',
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2024-03-01',
          status: 'pending',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
        },
      ],
    },
    {
      name: 'An incapacity from 29 November 2023 lets the employer request from 29 February 2024',
      events: [{ id: 'abs', type: 'absence.started', date: '2023-11-29' }],
      asOf: '2024-02-29',
      deadlines: [
        {
          rule: 'formal.employer-may-request',
          due: '2024-02-29',
          status: 'reached',
          article: 'I.4-73',
          interpretations: ['lasted-from-first-day-included', 'employer-may-request-scope'],
        },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('the employer may request with consent or after work potential was found (R2026)', () => {
  const scenarios: Scenario[] = [
    {
      // 10 February 2026 + 49 days = 31 March; the work-potential duty is due on 5 January + 56 days = 2 March.
      name: 'An employer request without the worker’s consent and without an estimate of work potential is premature',
      events: [
        { id: 'abs', type: 'absence.started', date: '2026-01-05' },
        employer('r', '2026-02-10'),
      ],
      asOf: '2026-02-10',
      trajectories: [{ status: 'requested', regime: 'R2026', requestedOn: '2026-02-10', initiator: 'employer' }],
      deadlines: [
        {
          rule: 'formal.work-potential-request',
          due: '2026-03-02',
          status: 'open',
          article: 'I.4-73',
          interpretations: ['work-potential-due-at-8-weeks'],
        },
        {
          rule: 'formal.assessment',
          due: '2026-03-31',
          status: 'open',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['r2026-terms-as-r2022'],
        },
      ],
      flags: [
        {
          code: 'premature-employer-request',
          since: '2026-02-10',
          severity: 'warning',
          trajectory: 0,
          rule: 'formal.employer-may-request',
        },
      ],
    },
    {
      name: 'An employer request with the worker’s consent may come from the first day of incapacity',
      events: [
        { id: 'abs', type: 'absence.started', date: '2026-01-05' },
        employer('r', '2026-01-06', { workerConsent: true }),
      ],
      asOf: '2026-01-06',
      flags: [],
    },
    {
      // Potential found on 1 February: the mandatory start is due 5 January + 6 months = 5 July, met on 10 February.
      name: 'An employer request after an estimate that found work potential is not premature',
      events: [
        { id: 'abs', type: 'absence.started', date: '2026-01-05' },
        { id: 'wp', type: 'work-potential.assessed', date: '2026-02-01', potential: true },
        employer('r', '2026-02-10'),
      ],
      asOf: '2026-02-10',
      options: { employerHeadcount: 50 },
      deadlines: [
        {
          rule: 'formal.work-potential-request',
          due: '2026-03-02',
          status: 'met',
          metOn: '2026-02-01',
          article: 'I.4-73',
          interpretations: ['work-potential-due-at-8-weeks'],
        },
        {
          rule: 'formal.mandatory-start',
          due: '2026-07-05',
          status: 'met',
          metOn: '2026-02-10',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
          because: ['wp', 'r'],
        },
        {
          rule: 'formal.assessment',
          due: '2026-03-31',
          status: 'open',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['r2026-terms-as-r2022'],
        },
      ],
      flags: [],
      issues: [],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('after decision C a new trajectory may start 3 months later (restart bar)', () => {
  const base = [worker('r1', '2025-03-03'), { id: 'c', type: 'formal.assessed', date: '2025-04-15', decision: 'C' }];
  const scenarios: Scenario[] = [
    {
      // Research E-8: 15 April + 3 months = 15 July; 1 June + 49 days = 20 July.
      name: 'A worker who asks again on 1 June, less than 3 months after decision C, restarts before the bar (flagged)',
      events: [...base, worker('r2', '2025-06-01')],
      asOf: '2025-06-01',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-03-03',
          initiator: 'worker',
          decision: 'C',
          endReason: 'decision-c',
          endedOn: '2025-04-15',
        },
        { status: 'requested', regime: 'R2022', requestedOn: '2025-06-01', initiator: 'worker' },
      ],
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'met', metOn: '2025-04-15', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.restart-bar',
          due: '2025-07-15',
          status: 'pending',
          metOn: '2025-06-01',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['restart-bar-from-last-receipt'],
          because: ['c', 'r2'],
        },
        { rule: 'formal.assessment', due: '2025-07-20', status: 'open', article: 'I.4-73', trajectory: 1 },
      ],
      flags: [{ code: 'restart-before-bar', since: '2025-06-01', severity: 'warning', trajectory: 1, rule: 'formal.restart-bar' }],
      issues: [],
    },
    {
      name: 'The occupational physician may allow an earlier restart: no flag',
      events: [...base, worker('r2', '2025-06-01', { earlyRestartAllowed: true })],
      asOf: '2025-06-01',
      flags: [],
    },
    {
      name: 'A request on 15 July, exactly 3 months after decision C, is not before the bar',
      events: [...base, employer('r2', '2025-07-15', { workerConsent: true })],
      asOf: '2025-07-15',
      flags: [],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('one trajectory at a time; events that do not fit are kept as issues', () => {
  it('a second request while a trajectory runs is the issue trajectory-already-active and is ignored', () => {
    const r = check({
      name: 'second request',
      events: [
        worker('r1', '2025-03-03'),
        { id: 'a', type: 'formal.assessed', date: '2025-04-01', decision: 'A' },
        employer('r2', '2025-04-10'),
      ],
      asOf: '2025-04-10',
      trajectories: [{ status: 'decided-a', regime: 'R2022', requestedOn: '2025-03-03', initiator: 'worker', decision: 'A' }],
      issues: ['trajectory-already-active'],
    });
    expect(r.issues.find((i) => i.code === 'trajectory-already-active')).toMatchObject({
      eventId: 'r2',
      eventIndex: 2,
      severity: 'warning',
    });
  });

  it('a plan before any decision, and an appeal outcome without an appeal, are out of sequence and change nothing', () => {
    const r = check({
      name: 'out of sequence',
      events: [
        { id: 'inv0', type: 'formal.invited', date: '2025-02-01' },
        worker('r', '2025-03-03'),
        { id: 'p', type: 'formal.plan-offered', date: '2025-03-20' },
        { id: 'b', type: 'formal.assessed', date: '2025-04-01', decision: 'B' },
        { id: 'x', type: 'formal.appeal-decided', date: '2025-04-05', outcome: 'confirmed' },
      ],
      asOf: '2025-04-05',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-03-03', initiator: 'worker', decision: 'B' }],
      // 1 April + 21 days = 22 April; 1 April + 6 months = 1 October.
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'met', metOn: '2025-04-01', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.appeal-window', due: '2025-04-22', status: 'open', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2025-10-01', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
      issues: ['out-of-sequence', 'out-of-sequence', 'out-of-sequence'],
    });
    expect(r.issues.filter((i) => i.code === 'out-of-sequence').map((i) => i.eventId)).toEqual(['inv0', 'p', 'x']);
  });

  it('employment ended mid-trajectory ends it and voids its open deadlines; later formal events are out of sequence', () => {
    check({
      name: 'employment ended',
      events: [
        worker('r', '2025-03-03'),
        { id: 'a', type: 'formal.assessed', date: '2025-04-01', decision: 'A' },
        { id: 'end', type: 'employment.ended', date: '2025-05-01' },
        { id: 'p', type: 'formal.plan-offered', date: '2025-05-10' },
        worker('r2', '2025-06-01'),
      ],
      asOf: '2025-06-10',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-03-03',
          initiator: 'worker',
          decision: 'A',
          endReason: 'employment-ended',
          endedOn: '2025-05-01',
        },
      ],
      // 1 April + 63 days = 3 June: no longer relevant.
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'met', metOn: '2025-04-01', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.plan-after-a', due: '2025-06-03', status: 'void', article: 'I.4-75', trajectory: 0 },
      ],
      issues: ['out-of-sequence', 'out-of-sequence'],
    });
  });
});
