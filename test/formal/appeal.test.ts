/**
 * Codex I.4-80: the worker's appeal against decision B within 21 calendar days, once per trajectory; the
 * inspector physician's decision within 42 calendar days; the suspension of the trajectory while the appeal is
 * pending, and the plan after decision B (research A-6, option `interpretations.planAfterB`).
 */
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../src/calendar/index.js';
import { planAfterB } from '../../src/formal/index.js';
import { check, type Ev, type Scenario } from './scenario.js';

const request: Ev = { id: 'r', type: 'formal.requested', date: '2025-05-02', initiator: 'worker' };
const decisionB: Ev = { id: 'b', type: 'formal.assessed', date: '2025-06-10', decision: 'B' };
const appeal = (date: string): Ev => ({ id: 'ap', type: 'formal.appeal-lodged', date });
const decided = (date: string, outcome: 'confirmed' | 'overturned'): Ev => ({ id: 'out', type: 'formal.appeal-decided', date, outcome });
const assessmentMet = {
  rule: 'formal.assessment',
  due: '2025-06-20',
  status: 'met',
  metOn: '2025-06-10',
  article: 'I.4-73',
  trajectory: 0,
} as const;
const windowUsed = (on: string) =>
  ({ rule: 'formal.appeal-window', due: '2025-07-01', status: 'met', metOn: on, article: 'I.4-80 §1-2', trajectory: 0 }) as const;

describe('the appeal against decision B and the suspension of the trajectory', () => {
  const scenarios: Scenario[] = [
    {
      // Research E-5: form B received 10 June -> appeal by 1 July; received by the inspector 20 June -> decision by 1 August.
      name: 'An appeal received by the inspector physician on 20 June 2025 must be decided by 1 August; the plan term is suspended',
      events: [request, decisionB, appeal('2025-06-20')],
      asOf: '2025-06-21',
      trajectories: [{ status: 'appeal-pending', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'B' }],
      deadlines: [
        assessmentMet,
        { ...windowUsed('2025-06-20'), because: ['b', 'ap'] },
        { rule: 'formal.appeal-decision', due: '2025-08-01', status: 'open', article: 'I.4-80', trajectory: 0, because: ['ap'] },
        {
          rule: 'formal.plan-after-b',
          due: null,
          status: 'suspended',
          article: 'I.4-75',
          trajectory: 0,
          interpretations: ['from-appeal-outcome'],
        },
      ],
      flags: [],
    },
    {
      name: 'An appeal received on Monday 30 June must be decided by Monday 11 August',
      events: [request, decisionB, appeal('2025-06-30')],
      asOf: '2025-07-01',
      deadlines: [
        assessmentMet,
        windowUsed('2025-06-30'),
        { rule: 'formal.appeal-decision', due: '2025-08-11', status: 'open', article: 'I.4-80', trajectory: 0 },
        {
          rule: 'formal.plan-after-b',
          due: null,
          status: 'suspended',
          article: 'I.4-75',
          trajectory: 0,
          interpretations: ['from-appeal-outcome'],
        },
      ],
    },
    {
      name: 'Under the reading from-form the suspended plan term keeps its date (10 December)',
      events: [request, decisionB, appeal('2025-06-20')],
      asOf: '2025-06-21',
      options: { interpretations: { planAfterB: 'from-form' } },
      deadlines: [
        assessmentMet,
        windowUsed('2025-06-20'),
        { rule: 'formal.appeal-decision', due: '2025-08-01', status: 'open', article: 'I.4-80', trajectory: 0 },
        {
          rule: 'formal.plan-after-b',
          due: '2025-12-10',
          status: 'suspended',
          article: 'I.4-75',
          trajectory: 0,
          interpretations: ['from-form'],
        },
      ],
    },
    {
      // Research E-6: outcome received 5 August -> 5 February 2026.
      name: 'Decision B confirmed on appeal (outcome received 5 August 2025): the employer has 6 months from the outcome, to 5 February 2026',
      events: [request, decisionB, appeal('2025-06-20'), decided('2025-08-05', 'confirmed')],
      asOf: '2025-08-06',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'B' }],
      deadlines: [
        assessmentMet,
        windowUsed('2025-06-20'),
        {
          rule: 'formal.appeal-decision',
          due: '2025-08-01',
          status: 'met-late',
          metOn: '2025-08-05',
          article: 'I.4-80',
          trajectory: 0,
          because: ['ap', 'out'],
        },
        {
          rule: 'formal.plan-after-b',
          due: '2026-02-05',
          status: 'open',
          article: 'I.4-75',
          trajectory: 0,
          interpretations: ['from-appeal-outcome'],
          because: ['b', 'ap', 'out'],
        },
      ],
    },
    {
      // Research E-6, strict reading: 10 June + 6 months = 10 December.
      name: 'Under the reading from-form the same plan stays due on 10 December 2025',
      events: [request, decisionB, appeal('2025-06-20'), decided('2025-07-30', 'confirmed')],
      asOf: '2025-08-06',
      options: { interpretations: { planAfterB: 'from-form' } },
      deadlines: [
        assessmentMet,
        windowUsed('2025-06-20'),
        { rule: 'formal.appeal-decision', due: '2025-08-01', status: 'met', metOn: '2025-07-30', article: 'I.4-80', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2025-12-10', status: 'open', article: 'I.4-75', trajectory: 0, interpretations: ['from-form'] },
      ],
    },
    {
      name: 'Without an appeal the window expires after 1 July and the plan is due 6 months after the form, on 10 December',
      events: [request, decisionB],
      asOf: '2025-07-02',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'B' }],
      deadlines: [
        assessmentMet,
        { rule: 'formal.appeal-window', due: '2025-07-01', status: 'expired', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2025-12-10', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
    },
    {
      name: 'An appeal lodged on 2 July, one day late, is flagged and suspends nothing',
      events: [request, decisionB, appeal('2025-07-02')],
      asOf: '2025-07-02',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'B' }],
      deadlines: [
        assessmentMet,
        windowUsed('2025-07-02'),
        { rule: 'formal.plan-after-b', due: '2025-12-10', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
      flags: [{ code: 'appeal-late', since: '2025-07-02', severity: 'warning', trajectory: 0, rule: 'formal.appeal-window' }],
    },
    {
      name: 'When the inspector physician still overturns decision B on a late appeal, B no longer stands either',
      events: [request, decisionB, appeal('2025-07-02'), decided('2025-08-01', 'overturned')],
      asOf: '2025-08-01',
      trajectories: [{ status: 'assessing', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker' }],
      deadlines: [
        assessmentMet,
        windowUsed('2025-07-02'),
        { rule: 'formal.plan-after-b', due: '2025-12-10', status: 'void', article: 'I.4-75', trajectory: 0 },
      ],
      flags: [
        { code: 'appeal-late', since: '2025-07-02', severity: 'warning', trajectory: 0, rule: 'formal.appeal-window' },
        {
          code: 'appeal-overturned-needs-decision',
          since: '2025-08-01',
          severity: 'info',
          trajectory: 0,
          rule: 'formal.appeal-decision',
        },
      ],
    },
    {
      name: 'An appeal against decision A is out of sequence',
      events: [request, { ...decisionB, decision: 'A' }, appeal('2025-06-20')],
      asOf: '2025-06-21',
      trajectories: [{ status: 'decided-a', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'A' }],
      issues: ['out-of-sequence'],
    },
    {
      name: 'A second appeal while the first is pending is out of sequence (one appeal per trajectory)',
      events: [request, decisionB, appeal('2025-06-20'), { id: 'ap2', type: 'formal.appeal-lodged', date: '2025-06-25' }],
      asOf: '2025-06-25',
      trajectories: [{ status: 'appeal-pending', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'B' }],
      issues: ['out-of-sequence'],
    },
    {
      name: 'Employment ending while the appeal is pending ends the trajectory and voids the open terms',
      events: [request, decisionB, appeal('2025-06-20'), { id: 'end', type: 'employment.ended', date: '2025-07-01' }],
      asOf: '2025-07-02',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-05-02',
          initiator: 'worker',
          decision: 'B',
          endReason: 'employment-ended',
          endedOn: '2025-07-01',
        },
      ],
      deadlines: [
        assessmentMet,
        windowUsed('2025-06-20'),
        { rule: 'formal.appeal-decision', due: '2025-08-01', status: 'void', article: 'I.4-80', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: null, status: 'void', article: 'I.4-75', trajectory: 0, interpretations: ['from-appeal-outcome'] },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('the rollover option decides whether an appeal on Monday 12 May 2025 is in time', () => {
  // Form B received by the worker on Saturday 19 April 2025: + 21 days = Saturday 10 May. 20 March + 49 days = 8 May.
  const events: Ev[] = [
    { id: 'r', type: 'formal.requested', date: '2025-03-20', initiator: 'worker' },
    { id: 'b', type: 'formal.assessed', date: '2025-04-19', decision: 'B' },
    appeal('2025-05-12'),
  ];
  const assessment = { rule: 'formal.assessment', due: '2025-05-08', status: 'met', metOn: '2025-04-19', article: 'I.4-73', trajectory: 0 } as const;
  const scenarios: Scenario[] = [
    {
      name: 'Without rollover the window closed on Saturday 10 May: the appeal is late and suspends nothing',
      events,
      asOf: '2025-05-12',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-03-20', initiator: 'worker', decision: 'B' }],
      deadlines: [
        assessment,
        { rule: 'formal.appeal-window', due: '2025-05-10', status: 'met', metOn: '2025-05-12', article: 'I.4-80 §1-2', trajectory: 0 },
        // 19 April + 6 months = 19 October.
        { rule: 'formal.plan-after-b', due: '2025-10-19', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
      flags: [{ code: 'appeal-late', since: '2025-05-12', severity: 'warning', trajectory: 0, rule: 'formal.appeal-window' }],
    },
    {
      name: 'With rollover the window closes on Monday 12 May: the appeal is in time, to be decided by 23 June',
      events,
      asOf: '2025-05-12',
      options: { rollover: 'next-working-day' },
      trajectories: [{ status: 'appeal-pending', regime: 'R2022', requestedOn: '2025-03-20', initiator: 'worker', decision: 'B' }],
      deadlines: [
        assessment,
        { rule: 'formal.appeal-window', due: '2025-05-12', status: 'met', metOn: '2025-05-12', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.appeal-decision', due: '2025-06-23', status: 'open', article: 'I.4-80', trajectory: 0 },
        {
          rule: 'formal.plan-after-b',
          due: null,
          status: 'suspended',
          article: 'I.4-75',
          trajectory: 0,
          interpretations: ['from-appeal-outcome'],
        },
      ],
      flags: [],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('an appeal that overturns decision B: the trajectory waits for a new assessment', () => {
  const overturned = [request, decisionB, appeal('2025-06-20'), decided('2025-07-25', 'overturned')];
  const firstB = [
    assessmentMet,
    windowUsed('2025-06-20'),
    { rule: 'formal.appeal-decision', due: '2025-08-01', status: 'met', metOn: '2025-07-25', article: 'I.4-80', trajectory: 0 },
    { rule: 'formal.plan-after-b', due: null, status: 'void', article: 'I.4-75', trajectory: 0, interpretations: ['from-appeal-outcome'] },
  ] as const;
  const scenarios: Scenario[] = [
    {
      name: 'Decision B overturned on 25 July 2025 no longer stands; the plan term lapses and the trajectory is back to assessing',
      events: overturned,
      asOf: '2025-07-26',
      trajectories: [{ status: 'assessing', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker' }],
      deadlines: [...firstB],
      flags: [
        {
          code: 'appeal-overturned-needs-decision',
          since: '2025-07-25',
          severity: 'info',
          trajectory: 0,
          rule: 'formal.appeal-decision',
        },
      ],
    },
    {
      // 10 August + 63 days = 12 October.
      name: 'A new decision A on 10 August calls for a plan by 12 October, and the notice disappears',
      events: [...overturned, { id: 'a2', type: 'formal.assessed', date: '2025-08-10', decision: 'A' }],
      asOf: '2025-08-11',
      trajectories: [{ status: 'decided-a', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'A' }],
      deadlines: [...firstB, { rule: 'formal.plan-after-a', due: '2025-10-12', status: 'open', article: 'I.4-75', trajectory: 0 }],
      flags: [],
    },
    {
      // 10 August + 6 months = 10 February 2026; no new appeal window (one appeal per trajectory).
      name: 'A new decision B on 10 August opens no second appeal: a new appeal is out of sequence; the plan is due 10 February 2026',
      events: [
        ...overturned,
        { id: 'b2', type: 'formal.assessed', date: '2025-08-10', decision: 'B' },
        { id: 'ap2', type: 'formal.appeal-lodged', date: '2025-08-15' },
      ],
      asOf: '2025-08-15',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'B' }],
      deadlines: [...firstB, { rule: 'formal.plan-after-b', due: '2026-02-10', status: 'open', article: 'I.4-75', trajectory: 0 }],
      flags: [],
      issues: ['out-of-sequence'],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('an appeal outcome recorded before the employer received the form (data out of order)', () => {
  it('the 6 months never run from before the form: they count from the receipt (form 20 June 2025 -> 20 December 2025)', () => {
    // The worker got form B on 10 June, the employer only on 20 June; the outcome is recorded on 18 June.
    const r = planAfterB({
      receivedByEmployer: '2025-06-20' as PlainDate,
      appeal: { outcome: 'confirmed', decidedOn: '2025-06-18' as PlainDate },
    });
    expect(r).toEqual({ status: 'running', due: '2025-12-20', countedFrom: '2025-06-20', clamped: false });
    // In order, the outcome counts (decided 5 August -> 5 February 2026), as before.
    expect(
      planAfterB({ receivedByEmployer: '2025-06-20' as PlainDate, appeal: { outcome: 'confirmed', decidedOn: '2025-08-05' as PlainDate } }).due,
    ).toBe('2026-02-05');
    // The day itself: an outcome on the day of the receipt counts from that day (20 June -> 20 December).
    expect(
      planAfterB({ receivedByEmployer: '2025-06-20' as PlainDate, appeal: { outcome: 'confirmed', decidedOn: '2025-06-20' as PlainDate } }).due,
    ).toBe('2025-12-20');
  });
});
