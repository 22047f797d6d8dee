/**
 * Codex I.4-75 (the employer's re-integration plan or motivated report: 63 calendar days after decision A,
 * 6 months after decision B) and I.4-76 (the worker's answer within 14 calendar days, the employer's contact,
 * the deemed refusal, the occupational physician's follow-up). Article numbers unverified.
 */
import { describe, expect, it } from 'vitest';
import { formalTransition, initialFormalState, type FormalEvent } from '../../src/formal/index.js';
import type { PlainDate } from '../../src/calendar/index.js';
import { check, type Ev, type Scenario } from './scenario.js';

const request: Ev = { id: 'r', type: 'formal.requested', date: '2025-05-02', initiator: 'worker' };
const decisionA: Ev = { id: 'a', type: 'formal.assessed', date: '2025-06-10', decision: 'A' };
const plan: Ev = { id: 'p', type: 'formal.plan-offered', date: '2025-08-12' };
const assessmentMet = {
  rule: 'formal.assessment',
  due: '2025-06-20',
  status: 'met',
  metOn: '2025-06-10',
  article: 'I.4-73',
  trajectory: 0,
} as const;
const planAfterAMet = {
  rule: 'formal.plan-after-a',
  due: '2025-08-12',
  status: 'met',
  metOn: '2025-08-12',
  article: 'I.4-75',
  trajectory: 0,
} as const;

describe('after decision A the employer has 63 calendar days for a plan or a motivated report', () => {
  const scenarios: Scenario[] = [
    {
      // Research E-2 and E-3: 2 May + 49 days = 20 June; 10 June + 63 days = 12 August.
      name: 'Decision A received by the employer on Tuesday 10 June 2025 calls for a plan or report by Tuesday 12 August',
      events: [request, decisionA],
      asOf: '2025-06-11',
      deadlines: [assessmentMet, { rule: 'formal.plan-after-a', due: '2025-08-12', status: 'open', article: 'I.4-75', trajectory: 0 }],
    },
    {
      name: 'The 63 days run from the employer’s own receipt of the form (12 June), not from the decision date',
      events: [request, { ...decisionA, receivedByEmployer: '2025-06-12' }],
      asOf: '2025-06-12',
      deadlines: [assessmentMet, { rule: 'formal.plan-after-a', due: '2025-08-14', status: 'open', article: 'I.4-75', trajectory: 0 }],
    },
    {
      name: 'A motivated report on 1 July (no adapted work) meets the term and ends the trajectory',
      events: [request, decisionA, { id: 'rep', type: 'formal.report-delivered', date: '2025-07-01', reasonCode: 'no-adapted-work' }],
      asOf: '2025-07-01',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-05-02',
          initiator: 'worker',
          decision: 'A',
          endReason: 'report',
          endedOn: '2025-07-01',
        },
      ],
      deadlines: [
        assessmentMet,
        { rule: 'formal.plan-after-a', due: '2025-08-12', status: 'met', metOn: '2025-07-01', article: 'I.4-75', trajectory: 0, because: ['a', 'rep'] },
      ],
      flags: [],
    },
    {
      // Research E-18: 8 March + 63 days = Saturday 10 May; rolled to Monday 12 May. 10 February + 49 days = 31 March.
      name: 'A plan due on Saturday 10 May 2025 moves to Monday 12 May with the rollover option',
      events: [
        { id: 'r', type: 'formal.requested', date: '2025-02-10', initiator: 'worker' },
        { id: 'a', type: 'formal.assessed', date: '2025-03-08', decision: 'A' },
      ],
      asOf: '2025-03-09',
      options: { rollover: 'next-working-day' },
      deadlines: [
        { rule: 'formal.assessment', due: '2025-03-31', status: 'met', metOn: '2025-03-08', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.plan-after-a', due: '2025-05-12', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
    },
    {
      name: 'Without the rollover option the same plan is due on Saturday 10 May',
      events: [
        { id: 'r', type: 'formal.requested', date: '2025-02-10', initiator: 'worker' },
        { id: 'a', type: 'formal.assessed', date: '2025-03-08', decision: 'A' },
      ],
      asOf: '2025-03-09',
      deadlines: [
        { rule: 'formal.assessment', due: '2025-03-31', status: 'met', metOn: '2025-03-08', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.plan-after-a', due: '2025-05-10', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });

  it('the reason code of the motivated report is kept in the state (for the annual report)', () => {
    const ev = (e: Record<string, unknown>, index: number) => ({ ref: String(e['id']), index, ...e }) as unknown as FormalEvent;
    const s0 = initialFormalState(ev(request, 0) as Extract<FormalEvent, { type: 'formal.requested' }>);
    const s1 = formalTransition(s0, ev(decisionA, 1));
    const s2 = formalTransition(s1, ev({ id: 'rep', type: 'formal.report-delivered', date: '2025-07-01', reasonCode: 'technically-impossible' }, 2));
    expect(s2.report).toEqual({ date: '2025-07-01' as PlainDate, ref: 'rep', after: 0, reasonCode: 'technically-impossible' });
    expect(s2.end).toEqual({ date: '2025-07-01', ref: 'rep', reason: 'report' });
  });
});

describe('after decision B the employer has 6 months (SPEC example 4; month ends)', () => {
  const r = { id: 'r', type: 'formal.requested', date: '2025-07-15', initiator: 'worker' };
  const b = { id: 'b', type: 'formal.assessed', date: '2025-08-29', decision: 'B' };
  const scenarios: Scenario[] = [
    {
      // SPEC section 10, example 4: 29 August + 21 days = 19 September; + 6 months = 28 February 2026 (clamped).
      name: 'Decision B received on 29 August 2025 by both parties: appeal until 19 September, plan or report by 28 February 2026',
      events: [r, b],
      asOf: '2025-09-10',
      trajectories: [{ status: 'decided-b', regime: 'R2022', requestedOn: '2025-07-15', initiator: 'worker', decision: 'B' }],
      deadlines: [
        { rule: 'formal.assessment', due: '2025-09-02', status: 'met', metOn: '2025-08-29', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.appeal-window', due: '2025-09-19', status: 'open', article: 'I.4-80 §1-2', trajectory: 0, because: ['b'] },
        {
          rule: 'formal.plan-after-b',
          due: '2026-02-28',
          status: 'open',
          article: 'I.4-75',
          trajectory: 0,
          interpretations: ['month-end-clamped'],
          because: ['b'],
        },
      ],
      flags: [],
    },
    {
      name: 'Without an appeal the window has expired on 20 September and the plan term keeps running from the form',
      events: [r, b],
      asOf: '2025-09-20',
      deadlines: [
        { rule: 'formal.assessment', due: '2025-09-02', status: 'met', metOn: '2025-08-29', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.appeal-window', due: '2025-09-19', status: 'expired', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2026-02-28', status: 'open', article: 'I.4-75', trajectory: 0, interpretations: ['month-end-clamped'] },
      ],
    },
    {
      // Research E-19: 31 August + 6 months = 28 February 2026; 20 July + 49 days = Sunday 7 September.
      name: 'Decision B received on Sunday 31 August 2025: plan by Saturday 28 February 2026, appeal by Sunday 21 September',
      events: [{ ...r, date: '2025-07-20' }, { ...b, date: '2025-08-31' }],
      asOf: '2025-09-01',
      deadlines: [
        { rule: 'formal.assessment', due: '2025-09-07', status: 'met', metOn: '2025-08-31', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.appeal-window', due: '2025-09-21', status: 'open', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2026-02-28', status: 'open', article: 'I.4-75', trajectory: 0, interpretations: ['month-end-clamped'] },
      ],
    },
    {
      name: 'With the rollover option those weekend days move to Monday 8 September, Monday 22 September and Monday 2 March 2026',
      events: [{ ...r, date: '2025-07-20' }, { ...b, date: '2025-08-31' }],
      asOf: '2025-09-01',
      options: { rollover: 'next-working-day' },
      deadlines: [
        { rule: 'formal.assessment', due: '2025-09-08', status: 'met', metOn: '2025-08-31', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.appeal-window', due: '2025-09-22', status: 'open', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2026-03-02', status: 'open', article: 'I.4-75', trajectory: 0, interpretations: ['month-end-clamped'] },
      ],
    },
    {
      name: 'In the leap year: decision B received on 31 August 2023 calls for a plan by 29 February 2024',
      events: [{ ...r, date: '2023-07-20' }, { ...b, date: '2023-08-31' }],
      asOf: '2023-09-01',
      deadlines: [
        { rule: 'formal.assessment', due: '2023-09-07', status: 'met', metOn: '2023-08-31', article: 'I.4-73', trajectory: 0 },
        { rule: 'formal.appeal-window', due: '2023-09-21', status: 'open', article: 'I.4-80 §1-2', trajectory: 0 },
        { rule: 'formal.plan-after-b', due: '2024-02-29', status: 'open', article: 'I.4-75', trajectory: 0, interpretations: ['month-end-clamped'] },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('the worker answers the plan within 14 calendar days; silence calls for a contact (Codex I.4-76)', () => {
  const planResponse = (status: string, extra: Record<string, unknown> = {}) => ({
    rule: 'formal.plan-response' as const,
    due: '2025-08-26',
    status: status as 'open',
    article: 'I.4-76',
    trajectory: 0,
    ...extra,
  });
  const scenarios: Scenario[] = [
    {
      // Research E-4: plan received 12 August + 14 days = 26 August.
      name: 'A plan received by the worker on Tuesday 12 August 2025 is to be answered by Tuesday 26 August',
      events: [request, decisionA, plan],
      asOf: '2025-08-13',
      trajectories: [{ status: 'plan-offered', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'A' }],
      deadlines: [assessmentMet, planAfterAMet, planResponse('open', { because: ['p'] })],
    },
    {
      name: 'When the 14 days passed without an answer, the employer must contact the worker from 27 August',
      events: [request, decisionA, plan],
      asOf: '2025-08-27',
      trajectories: [{ status: 'plan-offered', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'A' }],
      deadlines: [
        assessmentMet,
        planAfterAMet,
        planResponse('overdue'),
        {
          rule: 'formal.contact-worker',
          due: '2025-08-27',
          status: 'due-soon',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['contact-due-day-after-response-term'],
        },
      ],
    },
    {
      name: 'After the contact on 28 August a second silence counts as a refusal: the trajectory ends on 5 September',
      events: [
        request,
        decisionA,
        plan,
        { id: 'k', type: 'formal.worker-contacted', date: '2025-08-28' },
        { id: 'dr', type: 'formal.plan-deemed-refused', date: '2025-09-05' },
      ],
      asOf: '2025-09-05',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-05-02',
          initiator: 'worker',
          decision: 'A',
          endReason: 'plan-deemed-refused',
          endedOn: '2025-09-05',
        },
      ],
      deadlines: [
        assessmentMet,
        planAfterAMet,
        planResponse('void'),
        {
          rule: 'formal.contact-worker',
          due: '2025-08-27',
          status: 'met-late',
          metOn: '2025-08-28',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['contact-due-day-after-response-term'],
          because: ['p', 'k'],
        },
      ],
    },
    {
      name: 'A deemed refusal without a prior contact is out of sequence: the plan still awaits an answer',
      events: [request, decisionA, plan, { id: 'dr', type: 'formal.plan-deemed-refused', date: '2025-09-05' }],
      asOf: '2025-09-05',
      trajectories: [{ status: 'plan-offered', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'A' }],
      deadlines: [
        assessmentMet,
        planAfterAMet,
        planResponse('overdue'),
        {
          rule: 'formal.contact-worker',
          due: '2025-08-27',
          status: 'overdue',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['contact-due-day-after-response-term'],
        },
      ],
      issues: ['out-of-sequence'],
    },
    {
      name: 'A worker who refuses the plan on 20 August ends the trajectory',
      events: [request, decisionA, plan, { id: 'ans', type: 'formal.plan-answered', date: '2025-08-20', answer: 'refused' }],
      asOf: '2025-08-20',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-05-02',
          initiator: 'worker',
          decision: 'A',
          endReason: 'plan-refused',
          endedOn: '2025-08-20',
        },
      ],
      deadlines: [assessmentMet, planAfterAMet, planResponse('met', { metOn: '2025-08-20', because: ['p', 'ans'] })],
    },
    {
      name: 'A plan agreed on 20 August is followed up by the occupational physician, without a due date',
      events: [request, decisionA, plan, { id: 'ans', type: 'formal.plan-answered', date: '2025-08-20', answer: 'agreed' }],
      asOf: '2025-08-21',
      trajectories: [{ status: 'plan-agreed', regime: 'R2022', requestedOn: '2025-05-02', initiator: 'worker', decision: 'A' }],
      deadlines: [
        assessmentMet,
        planAfterAMet,
        planResponse('met', { metOn: '2025-08-20' }),
        {
          rule: 'formal.plan-follow-up',
          due: null,
          status: 'open',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['follow-up-latest-review'],
        },
      ],
    },
    {
      name: 'The follow-up shows the latest review (1 October)',
      events: [
        request,
        decisionA,
        plan,
        { id: 'ans', type: 'formal.plan-answered', date: '2025-08-20', answer: 'agreed' },
        { id: 'rv1', type: 'formal.plan-reviewed', date: '2025-09-01' },
        { id: 'rv2', type: 'formal.plan-reviewed', date: '2025-10-01' },
      ],
      asOf: '2025-10-02',
      deadlines: [
        assessmentMet,
        planAfterAMet,
        planResponse('met', { metOn: '2025-08-20' }),
        {
          rule: 'formal.plan-follow-up',
          due: null,
          status: 'met',
          metOn: '2025-10-01',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['follow-up-latest-review'],
          because: ['ans', 'rv2'],
        },
      ],
    },
    {
      name: 'An answer on 30 August is late; the employer no longer needs to contact the worker',
      events: [request, decisionA, plan, { id: 'ans', type: 'formal.plan-answered', date: '2025-08-30', answer: 'agreed' }],
      asOf: '2025-08-31',
      deadlines: [
        assessmentMet,
        planAfterAMet,
        planResponse('met-late', { metOn: '2025-08-30' }),
        {
          rule: 'formal.contact-worker',
          due: '2025-08-27',
          status: 'void',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['contact-due-day-after-response-term'],
        },
        {
          rule: 'formal.plan-follow-up',
          due: null,
          status: 'open',
          article: 'I.4-76',
          trajectory: 0,
          interpretations: ['follow-up-latest-review'],
        },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});
