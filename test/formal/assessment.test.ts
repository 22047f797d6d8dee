/**
 * Codex I.4-73 (the decisions of the assessment: werk.belgie.be; the paragraphs of the invitations and of the bar are
 * unverified): the invitations, the re-integration assessment within 49 calendar days, decisions A, B and C, the
 * end after three unanswered invitations, and the 3-month bar after decision C.
 */
import { describe, it } from 'vitest';
import { check, type Scenario } from './scenario.js';

const request = { id: 'r', type: 'formal.requested', date: '2025-04-16', initiator: 'worker' };

describe('the assessment is due 49 calendar days after the receipt of the request', () => {
  const scenarios: Scenario[] = [
    {
      // SPEC section 10, example 3.
      name: 'A request received on Wednesday 16 April 2025 is to be assessed by 4 June; decision A received by the employer on 20 May calls for a plan by 22 July',
      events: [request, { id: 'a', type: 'formal.assessed', date: '2025-05-20', decision: 'A' }],
      asOf: '2025-05-21',
      trajectories: [{ status: 'decided-a', regime: 'R2022', requestedOn: '2025-04-16', initiator: 'worker', decision: 'A' }],
      deadlines: [
        {
          rule: 'formal.assessment',
          due: '2025-06-04',
          status: 'met',
          metOn: '2025-05-20',
          article: 'I.4-73',
          trajectory: 0,
          because: ['r', 'a'],
        },
        { rule: 'formal.plan-after-a', due: '2025-07-22', status: 'open', article: 'I.4-75', trajectory: 0, because: ['a'] },
      ],
      flags: [],
      issues: [],
    },
    {
      name: 'An assessment not made within the 49 days is overdue, and the trajectory simply stays requested',
      events: [request],
      asOf: '2025-06-05',
      trajectories: [{ status: 'requested', regime: 'R2022', requestedOn: '2025-04-16', initiator: 'worker' }],
      deadlines: [{ rule: 'formal.assessment', due: '2025-06-04', status: 'overdue', article: 'I.4-73', trajectory: 0 }],
    },
    {
      name: 'An assessment made on day 50 is met late',
      events: [request, { id: 'a', type: 'formal.assessed', date: '2025-06-05', decision: 'A' }],
      asOf: '2025-06-05',
      deadlines: [
        { rule: 'formal.assessment', due: '2025-06-04', status: 'met-late', metOn: '2025-06-05', article: 'I.4-73', trajectory: 0 },
        // 5 June + 63 days = 7 August.
        { rule: 'formal.plan-after-a', due: '2025-08-07', status: 'open', article: 'I.4-75', trajectory: 0 },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('three invitations at least 14 calendar days apart before a no-show ends the trajectory', () => {
  const r = { id: 'r', type: 'formal.requested', date: '2025-03-03', initiator: 'worker' };
  const inv = (id: string, date: string) => ({ id, type: 'formal.invited', date });
  const scenarios: Scenario[] = [
    {
      // Research E-7.
      name: 'After a first invitation on 5 March, the next may be sent from 19 March',
      events: [r, inv('i1', '2025-03-05')],
      asOf: '2025-03-10',
      trajectories: [{ status: 'assessing', regime: 'R2022', requestedOn: '2025-03-03', initiator: 'worker' }],
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'open', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.next-invitation',
          due: '2025-03-19',
          status: 'pending',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['invitation-gap-between-sending-dates'],
        },
      ],
    },
    {
      name: 'Invitations on 5 March, 19 March and 2 April, then a no-show: the trajectory ends lawfully and the assessment term lapses',
      events: [r, inv('i1', '2025-03-05'), inv('i2', '2025-03-19'), inv('i3', '2025-04-02'), { id: 'ns', type: 'formal.no-show', date: '2025-04-20' }],
      asOf: '2025-04-20',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-03-03',
          initiator: 'worker',
          endReason: 'no-show',
          endedOn: '2025-04-20',
        },
      ],
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'void', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.next-invitation',
          due: '2025-03-19',
          status: 'reached',
          metOn: '2025-03-19',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['invitation-gap-between-sending-dates'],
        },
        {
          rule: 'formal.next-invitation',
          due: '2025-04-02',
          status: 'reached',
          metOn: '2025-04-02',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['invitation-gap-between-sending-dates'],
        },
      ],
      flags: [],
    },
    {
      name: 'A second invitation only 7 days after the first makes the no-show ending invalid (flagged); the trajectory still ends as declared',
      events: [r, inv('i1', '2025-03-05'), inv('i2', '2025-03-12'), inv('i3', '2025-04-02'), { id: 'ns', type: 'formal.no-show', date: '2025-04-20' }],
      asOf: '2025-04-20',
      trajectories: [
        {
          status: 'ended',
          regime: 'R2022',
          requestedOn: '2025-03-03',
          initiator: 'worker',
          endReason: 'no-show',
          endedOn: '2025-04-20',
        },
      ],
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'void', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.next-invitation',
          due: '2025-03-19',
          status: 'reached',
          metOn: '2025-03-12',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['invitation-gap-between-sending-dates'],
        },
        {
          rule: 'formal.next-invitation',
          due: '2025-03-26',
          status: 'reached',
          metOn: '2025-04-02',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['invitation-gap-between-sending-dates'],
        },
      ],
      flags: [{ code: 'no-show-end-invalid', since: '2025-04-20', severity: 'warning', trajectory: 0, rule: 'formal.next-invitation' }],
    },
    {
      name: 'A no-show after only two invitations is an invalid ending (flagged)',
      events: [r, inv('i1', '2025-03-05'), inv('i2', '2025-03-19'), { id: 'ns', type: 'formal.no-show', date: '2025-04-03' }],
      asOf: '2025-04-03',
      flags: [{ code: 'no-show-end-invalid', since: '2025-04-03', severity: 'warning', trajectory: 0, rule: 'formal.next-invitation' }],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('decision C ends the trajectory; a new one may start at the earliest 3 months later', () => {
  const scenarios: Scenario[] = [
    {
      // Research E-8.
      name: 'Decision C received on 15 April 2025 ends the trajectory; a new one may start from 15 July',
      events: [
        { id: 'r', type: 'formal.requested', date: '2025-03-03', initiator: 'worker' },
        { id: 'c', type: 'formal.assessed', date: '2025-04-15', decision: 'C' },
      ],
      asOf: '2025-05-01',
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
      ],
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'met', metOn: '2025-04-15', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.restart-bar',
          due: '2025-07-15',
          status: 'pending',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['restart-bar-from-last-receipt'],
        },
      ],
    },
    {
      name: 'When the parties receive the form C on different days, the 3 months run from the later receipt (14 April)',
      events: [
        { id: 'r', type: 'formal.requested', date: '2025-03-03', initiator: 'worker' },
        {
          id: 'c',
          type: 'formal.assessed',
          date: '2025-04-10',
          decision: 'C',
          receivedByEmployer: '2025-04-11',
          receivedByWorker: '2025-04-14',
        },
      ],
      asOf: '2025-07-14',
      deadlines: [
        { rule: 'formal.assessment', due: '2025-04-21', status: 'met', metOn: '2025-04-10', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.restart-bar',
          due: '2025-07-14',
          status: 'reached',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['restart-bar-from-last-receipt'],
        },
      ],
    },
    {
      // 31 January + 3 months = 31 April, which does not exist: 30 April. 20 December + 49 days = 7 February.
      name: 'Decision C received on 31 January 2025: the bar ends on 30 April (month end)',
      events: [
        { id: 'r', type: 'formal.requested', date: '2024-12-20', initiator: 'worker' },
        { id: 'c', type: 'formal.assessed', date: '2025-01-31', decision: 'C' },
      ],
      asOf: '2025-02-01',
      deadlines: [
        { rule: 'formal.assessment', due: '2025-02-07', status: 'met', metOn: '2025-01-31', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.restart-bar',
          due: '2025-04-30',
          status: 'pending',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['restart-bar-from-last-receipt', 'month-end-clamped'],
        },
      ],
    },
    {
      // 10 February + 3 months = Saturday 10 May: an earliest date never rolls over. 6 January + 49 days = 24 February.
      name: 'A restart bar ending on Saturday 10 May 2025 stays on the Saturday, even with rollover to the next working day',
      events: [
        { id: 'r', type: 'formal.requested', date: '2025-01-06', initiator: 'worker' },
        { id: 'c', type: 'formal.assessed', date: '2025-02-10', decision: 'C' },
      ],
      asOf: '2025-02-11',
      options: { rollover: 'next-working-day' },
      deadlines: [
        { rule: 'formal.assessment', due: '2025-02-24', status: 'met', metOn: '2025-02-10', article: 'I.4-73', trajectory: 0 },
        {
          rule: 'formal.restart-bar',
          due: '2025-05-10',
          status: 'pending',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['restart-bar-from-last-receipt'],
        },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});
