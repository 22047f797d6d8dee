/**
 * Codex I.4-82/1: the examination (the invitation at the earliest 10 days after the notification, invitations
 * 14 days apart, three unaccepted ones ending the procedure and a new period before a restart), the finding, the
 * appeal (21 / 42 calendar days, Codex I.4-80) and the worker's request for adapted or other work (7 days) with
 * the occupational physician's form (30 days). Dates computed by hand: receipt + n calendar days.
 */
import { describe, it } from 'vitest';
import { check, type Ev, type Scenario } from './scenario.js';

const absent: Ev = { id: 'a', type: 'absence.started', date: '2025-02-10' };
const notice: Ev = { id: 'n', type: 'force-majeure.notified', date: '2025-11-12', by: 'worker' };
const invited = (date: string, id: string): Ev => ({ id, type: 'force-majeure.invited', date });
const started = [
  { rule: 'force-majeure.may-start', due: '2025-11-10', status: 'reached', cites: 'employment-contracts-act 34', metOn: '2025-11-12' },
  { rule: 'force-majeure.invitation', due: '2025-11-22', status: 'reached', cites: 'codex I.4-82/1', metOn: '2025-11-24' },
] as const;
const next = (due: string, status: 'pending' | 'reached' | 'void', metOn?: string) =>
  ({ rule: 'force-majeure.next-invitation', due, status, cites: 'codex I.4-82/1', ...(metOn !== undefined ? { metOn } : {}) }) as const;

describe('Codex I.4-82/1: the invitations and three unaccepted ones', () => {
  const scenarios: Scenario[] = [
    {
      name: 'After a first invitation on 24 November 2025 the next may follow from 8 December',
      events: [absent, notice, invited('2025-11-24', 'i1')],
      asOf: '2025-11-30',
      procedures: [{ status: 'invited' }],
      deadlines: [...started, next('2025-12-08', 'pending')],
    },
    {
      name: 'Three invitations 14 days apart (24 November, 8 and 22 December) then a no-show on 5 January 2026 end the procedure; a new one may start on 5 July 2026',
      events: [absent, notice, invited('2025-11-24', 'i1'), invited('2025-12-08', 'i2'), invited('2025-12-22', 'i3'), { id: 'x', type: 'force-majeure.no-show', date: '2026-01-05' }],
      asOf: '2026-01-06',
      procedures: [{ status: 'ended', endReason: 'no-show', endedOn: '2026-01-05' }],
      deadlines: [
        ...started,
        next('2025-12-08', 'reached', '2025-12-08'),
        next('2025-12-22', 'reached', '2025-12-22'),
        { rule: 'force-majeure.may-start', due: '2026-07-05', status: 'pending', cites: 'employment-contracts-act 34', because: ['a', 'x'] },
      ],
      flags: [],
    },
    {
      name: 'A no-show on 15 December after two invitations 7 days apart is flagged; a new procedure may start on 15 June 2026',
      events: [absent, notice, invited('2025-11-24', 'i1'), invited('2025-12-01', 'i2'), { id: 'x', type: 'force-majeure.no-show', date: '2025-12-15' }],
      asOf: '2025-12-16',
      deadlines: [
        ...started,
        next('2025-12-08', 'reached', '2025-12-01'),
        next('2025-12-15', 'void'),
        { rule: 'force-majeure.may-start', due: '2026-06-15', status: 'pending', cites: 'employment-contracts-act 34' },
      ],
      flags: [{ code: 'no-show-end-invalid', since: '2025-12-15', severity: 'warning', rule: 'force-majeure.next-invitation' }],
    },
    {
      name: 'A procedure notified after that no-show, on 1 February 2026, is too early and warned',
      events: [
        absent,
        notice,
        invited('2025-11-24', 'i1'),
        invited('2025-12-08', 'i2'),
        invited('2025-12-22', 'i3'),
        { id: 'x', type: 'force-majeure.no-show', date: '2026-01-05' },
        { id: 'n2', type: 'force-majeure.notified', date: '2026-02-01', by: 'employer', rightsMentioned: true },
      ],
      asOf: '2026-02-02',
      procedures: [{ endReason: 'no-show' }, { status: 'notified', regime: 'FM2026' }],
      flags: [{ code: 'force-majeure-start-invalid', since: '2026-02-01', severity: 'warning', reason: 'before-threshold' }],
    },
    {
      name: 'A finding before any notification is set aside',
      events: [absent, { type: 'force-majeure.finding', date: '2025-11-20', definitiveUnfitness: true }],
      asOf: '2025-11-21',
      procedures: [],
      issues: ['out-of-sequence'],
    },
    {
      name: 'A finding without definitive unfitness ends the procedure; what follows is set aside',
      events: [absent, notice, invited('2025-11-24', 'i1'), { type: 'force-majeure.finding', date: '2025-12-10', definitiveUnfitness: false }, { type: 'force-majeure.appeal-lodged', date: '2025-12-15' }],
      asOf: '2025-12-16',
      procedures: [{ status: 'ended', endReason: 'not-unfit', endedOn: '2025-12-10' }],
      deadlines: [...started, next('2025-12-08', 'void')],
      issues: ['out-of-sequence'],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });
});

// A procedure started on 7 July 2025 (incapacity since 1 October 2024: 9 months on 1 July 2025); the finding of
// definitive unfitness reaches the employer on Thursday 4 September and the worker on Friday 5 September 2025.
const base: Ev[] = [
  { id: 'a', type: 'absence.started', date: '2024-10-01' },
  { id: 'n', type: 'force-majeure.notified', date: '2025-07-07', by: 'employer', rightsMentioned: true },
  { id: 'i', type: 'force-majeure.invited', date: '2025-07-21' },
  { id: 'f', type: 'force-majeure.finding', date: '2025-09-04', definitiveUnfitness: true, receivedByWorker: '2025-09-05' },
];
const before = [
  { rule: 'force-majeure.may-start', due: '2025-07-01', status: 'reached', cites: 'employment-contracts-act 34', metOn: '2025-07-07' },
  { rule: 'force-majeure.invitation', due: '2025-07-17', status: 'reached', cites: 'codex I.4-82/1', metOn: '2025-07-21' },
  { rule: 'force-majeure.next-invitation', due: '2025-08-04', status: 'void', cites: 'codex I.4-82/1' },
] as const;
const appealWindow = (status: 'open' | 'met' | 'expired', metOn?: string) =>
  ({ rule: 'force-majeure.appeal-window', due: '2025-09-26', status, cites: 'codex I.4-82/1', ...(metOn !== undefined ? { metOn } : {}) }) as const;
const request = (status: 'open' | 'met' | 'expired', metOn?: string) =>
  ({ rule: 'force-majeure.adapted-work-request', due: '2025-09-12', status, cites: 'codex I.4-82/1', ...(metOn !== undefined ? { metOn } : {}) }) as const;
const mayEnd = (due: string | null, status: 'pending' | 'reached' | 'void' = 'pending') =>
  ({ rule: 'force-majeure.may-end', due, status, cites: 'employment-contracts-act 34' }) as const;

describe('Codex I.4-82/1 with I.4-80: the finding, the appeal and adapted or other work (research E-11)', () => {
  const scenarios: Scenario[] = [
    {
      name: 'The finding received on 5 September opens the request window to 12 September and the appeal window to 26 September',
      events: base,
      asOf: '2025-09-08',
      procedures: [{ status: 'unfit' }],
      deadlines: [...before, appealWindow('open'), request('open'), mayEnd('2025-09-27')],
      flags: [],
    },
    {
      name: 'An appeal received by the inspector physician on 20 September must be decided by 1 November',
      events: [...base, { id: 'ap', type: 'force-majeure.appeal-lodged', date: '2025-09-20' }],
      asOf: '2025-09-21',
      procedures: [{ status: 'appeal-pending' }],
      deadlines: [
        ...before,
        appealWindow('met', '2025-09-20'),
        { rule: 'force-majeure.appeal-decision', due: '2025-11-01', status: 'open', cites: 'codex I.4-82/1', because: ['ap'] },
        request('expired'),
        mayEnd(null),
      ],
    },
    {
      name: 'An appeal on 29 September, after the 21 days, is flagged and suspends nothing',
      events: [...base, { type: 'force-majeure.appeal-lodged', date: '2025-09-29' }],
      asOf: '2025-09-30',
      procedures: [{ status: 'may-end' }],
      deadlines: [...before, appealWindow('expired'), request('expired'), mayEnd('2025-09-27', 'reached')],
      flags: [{ code: 'appeal-late', since: '2025-09-29', severity: 'warning', rule: 'force-majeure.appeal-window' }],
    },
    {
      name: 'With the rollover option the window ending on Friday 26 September does not move; an appeal on Saturday 27 is late',
      events: [...base, { type: 'force-majeure.appeal-lodged', date: '2025-09-27' }],
      asOf: '2025-09-28',
      options: { rollover: 'next-working-day' },
      flags: [{ code: 'appeal-late', since: '2025-09-27', severity: 'warning' }],
    },
    {
      name: 'A request received by the occupational physician on 10 September makes the form due on 10 October',
      events: [...base, { id: 'r', type: 'force-majeure.adapted-work-requested', date: '2025-09-10' }],
      asOf: '2025-09-11',
      procedures: [{ status: 'adapted-work' }],
      deadlines: [
        ...before,
        appealWindow('open'),
        request('met', '2025-09-10'),
        { rule: 'force-majeure.adapted-work-form', due: '2025-10-10', status: 'open', cites: 'codex I.4-82/1', because: ['r'] },
        { rule: 'force-majeure.plan-or-report', due: null, status: 'open', cites: 'codex I.4-82/1', because: ['r'] },
        mayEnd(null),
      ],
    },
    {
      name: 'A request on 15 September, after the 7 days, is set aside',
      events: [...base, { type: 'force-majeure.adapted-work-requested', date: '2025-09-15' }],
      asOf: '2025-09-16',
      procedures: [{ status: 'unfit' }],
      deadlines: [...before, appealWindow('open'), request('expired'), mayEnd('2025-09-27')],
      issues: ['out-of-sequence'],
    },
    {
      name: 'A form not delivered by 10 October is overdue, but the state does not change',
      events: [...base, { type: 'force-majeure.adapted-work-requested', date: '2025-09-10' }],
      asOf: '2025-10-11',
      procedures: [{ status: 'adapted-work' }],
      deadlines: [
        ...before,
        appealWindow('expired'),
        request('met', '2025-09-10'),
        { rule: 'force-majeure.adapted-work-form', due: '2025-10-10', status: 'overdue', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.plan-or-report', due: null, status: 'open', cites: 'codex I.4-82/1' },
        mayEnd(null),
      ],
    },
    {
      name: 'A worker who asked at the examination has no 7-day window; the plan or report follows the finding',
      events: [...base.slice(0, 3), { id: 'f', type: 'force-majeure.finding', date: '2025-09-04', definitiveUnfitness: true, adaptedWorkAsked: true, receivedByWorker: '2025-09-05' }],
      asOf: '2025-09-08',
      procedures: [{ status: 'adapted-work' }],
      deadlines: [...before, appealWindow('open'), { rule: 'force-majeure.plan-or-report', due: null, status: 'open', cites: 'codex I.4-82/1', because: ['f'] }, mayEnd(null)],
    },
    {
      name: 'An appeal overturned on 30 October ends the procedure; the contract may not end',
      events: [...base, { type: 'force-majeure.appeal-lodged', date: '2025-09-20' }, { type: 'force-majeure.appeal-decided', date: '2025-10-30', outcome: 'overturned' }],
      asOf: '2025-11-02',
      procedures: [{ status: 'ended', endReason: 'appeal-overturned', endedOn: '2025-10-30' }],
      deadlines: [
        ...before,
        appealWindow('met', '2025-09-20'),
        { rule: 'force-majeure.appeal-decision', due: '2025-11-01', status: 'met', cites: 'codex I.4-82/1', metOn: '2025-10-30' },
        request('expired'),
        mayEnd(null, 'void'),
      ],
    },
    {
      name: 'A second appeal is set aside',
      events: [...base, { type: 'force-majeure.appeal-lodged', date: '2025-09-20' }, { type: 'force-majeure.appeal-lodged', date: '2025-09-22' }],
      asOf: '2025-09-23',
      issues: ['out-of-sequence'],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });
});
