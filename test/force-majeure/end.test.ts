/**
 * Art. 34 Arbeidsovereenkomstenwet: the conditions under which the contract may end for medical force majeure
 * (a finding no longer open to appeal, and: no request for adapted work, a motivated report, or a refused plan),
 * an end before them (critical), and the employer's notification to the RIZIV within 45 days of the end date
 * (Terug Naar Werk-Fonds, ends from 1 April 2024). Dates computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { check, type Ev, type Scenario } from './scenario.js';

// Procedure started 7 July 2025; finding of definitive unfitness received by the worker on Friday 5 September
// 2025: appeal window to 26 September, request window to 12 September.
const base: Ev[] = [
  { id: 'a', type: 'absence.started', date: '2024-10-01' },
  { id: 'n', type: 'force-majeure.notified', date: '2025-07-07', by: 'employer', rightsMentioned: true },
  { id: 'i', type: 'force-majeure.invited', date: '2025-07-21' },
  { id: 'f', type: 'force-majeure.finding', date: '2025-09-04', definitiveUnfitness: true, receivedByWorker: '2025-09-05' },
];
const endedFm = (date: string): Ev => ({ id: 'end', type: 'employment.ended', date, reason: 'medical-force-majeure' });
const asked: Ev[] = [
  { id: 'r', type: 'force-majeure.adapted-work-requested', date: '2025-09-10' },
  { id: 'form', type: 'force-majeure.form-delivered', date: '2025-10-08' },
];
const mayEnd = (due: string | null, status: 'pending' | 'reached' | 'void', metOn?: string) =>
  ({ rule: 'force-majeure.may-end', due, status, cites: 'employment-contracts-act 34', ...(metOn !== undefined ? { metOn } : {}) }) as const;
const riziv = (due: string, status: 'open' | 'met' | 'met-late' | 'overdue' | 'due-soon', metOn?: string) =>
  ({ rule: 'force-majeure.riziv-notification', due, status, cites: 'health-insurance-act', ...(metOn !== undefined ? { metOn } : {}) }) as const;

describe('art. 34: the day the contract may end, in each of its three conditions', () => {
  const scenarios: Scenario[] = [
    {
      name: '1° No request and no appeal: the contract may end from 27 September, the day after the appeal window',
      events: base,
      asOf: '2025-09-27',
      procedures: [{ status: 'may-end' }],
    },
    {
      name: '1° The day before, 26 September, the procedure is still waiting for the appeal window to close',
      events: base,
      asOf: '2025-09-26',
      procedures: [{ status: 'unfit' }],
    },
    {
      name: '1° An end for medical force majeure on 1 October meets it; the RIZIV must be notified by 15 November',
      events: [...base, endedFm('2025-10-01')],
      asOf: '2025-10-02',
      procedures: [{ status: 'ended', endReason: 'contract-ended', endedOn: '2025-10-01' }],
      deadlines: [
        { rule: 'force-majeure.may-start', due: '2025-07-01', status: 'reached', cites: 'employment-contracts-act 34', metOn: '2025-07-07' },
        { rule: 'force-majeure.invitation', due: '2025-07-17', status: 'reached', cites: 'codex I.4-82/1', metOn: '2025-07-21' },
        { rule: 'force-majeure.next-invitation', due: '2025-08-04', status: 'void', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.appeal-window', due: '2025-09-26', status: 'expired', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.adapted-work-request', due: '2025-09-12', status: 'expired', cites: 'codex I.4-82/1' },
        mayEnd('2025-09-27', 'reached', '2025-10-01'),
        riziv('2025-11-15', 'open'),
      ],
      flags: [],
    },
    {
      name: '2° Request on 10 September, form on 8 October, motivated report on 3 November: from 3 November',
      events: [...base, ...asked, { id: 'rep', type: 'force-majeure.report-delivered', date: '2025-11-03' }],
      asOf: '2025-11-04',
      procedures: [{ status: 'may-end' }],
      deadlines: [
        { rule: 'force-majeure.may-start', due: '2025-07-01', status: 'reached', cites: 'employment-contracts-act 34', metOn: '2025-07-07' },
        { rule: 'force-majeure.invitation', due: '2025-07-17', status: 'reached', cites: 'codex I.4-82/1', metOn: '2025-07-21' },
        { rule: 'force-majeure.next-invitation', due: '2025-08-04', status: 'void', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.appeal-window', due: '2025-09-26', status: 'expired', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.adapted-work-request', due: '2025-09-12', status: 'met', cites: 'codex I.4-82/1', metOn: '2025-09-10' },
        { rule: 'force-majeure.adapted-work-form', due: '2025-10-10', status: 'met', cites: 'codex I.4-82/1', metOn: '2025-10-08' },
        { rule: 'force-majeure.plan-or-report', due: null, status: 'met', cites: 'codex I.4-82/1', metOn: '2025-11-03', because: ['form', 'rep'] },
        mayEnd('2025-11-03', 'reached'),
      ],
    },
    {
      name: '3° A plan offered on 20 October and refused on 27 October: from 27 October',
      events: [...base, ...asked, { type: 'force-majeure.plan-offered', date: '2025-10-20' }, { type: 'force-majeure.plan-answered', date: '2025-10-27', answer: 'refused' }],
      asOf: '2025-10-27',
      procedures: [{ status: 'may-end' }],
    },
    {
      name: '3° While the plan offered on 20 October awaits the answer, the contract may not end',
      events: [...base, ...asked, { type: 'force-majeure.plan-offered', date: '2025-10-20' }],
      asOf: '2025-10-27',
      procedures: [{ status: 'plan-offered' }],
    },
    {
      name: 'A plan agreed on 27 October ends the procedure: the contract may not end for medical force majeure',
      events: [...base, ...asked, { type: 'force-majeure.plan-offered', date: '2025-10-20' }, { type: 'force-majeure.plan-answered', date: '2025-10-27', answer: 'agreed' }],
      asOf: '2025-10-28',
      procedures: [{ status: 'ended', endReason: 'plan-agreed', endedOn: '2025-10-27' }],
    },
    {
      name: 'An appeal confirmed on 30 October, without a request: from 30 October',
      events: [...base, { type: 'force-majeure.appeal-lodged', date: '2025-09-20' }, { type: 'force-majeure.appeal-decided', date: '2025-10-30', outcome: 'confirmed' }],
      asOf: '2025-10-30',
      procedures: [{ status: 'may-end' }],
    },
    {
      name: 'A report on 15 October while the appeal is pending, confirmed on 30 October: from 30 October',
      events: [
        ...base,
        asked[0]!,
        { type: 'force-majeure.appeal-lodged', date: '2025-09-20' },
        { type: 'force-majeure.report-delivered', date: '2025-10-15' },
        { type: 'force-majeure.appeal-decided', date: '2025-10-30', outcome: 'confirmed' },
      ],
      asOf: '2025-10-30',
      procedures: [{ status: 'may-end' }],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });

  it.each([
    ['1° no request', base, '2025-09-27'],
    ['2° report on 3 November', [...base, ...asked, { type: 'force-majeure.report-delivered', date: '2025-11-03' }], '2025-11-03'],
    ['3° plan refused on 27 October', [...base, ...asked, { type: 'force-majeure.plan-offered', date: '2025-10-20' }, { type: 'force-majeure.plan-answered', date: '2025-10-27', answer: 'refused' }], '2025-10-27'],
    ['after an appeal confirmed on 30 October', [...base, { type: 'force-majeure.appeal-lodged', date: '2025-09-20' }, { type: 'force-majeure.appeal-decided', date: '2025-10-30', outcome: 'confirmed' }], '2025-10-30'],
  ] as const)('may-end %s: %s', (_n, events, due) => {
    const r = check({ name: '', events: [...events], asOf: '2025-12-01' });
    expect(r.deadlines.find((x) => x.rule === 'force-majeure.may-end')?.due).toBe(due);
  });
});

describe('an end before the conditions are met, and the other ends', () => {
  const scenarios: Scenario[] = [
    {
      name: 'An end for medical force majeure on 20 September, during the appeal window, is critical; the RIZIV is due by 4 November',
      events: [...base, endedFm('2025-09-20')],
      asOf: '2025-09-21',
      procedures: [{ status: 'ended', endReason: 'contract-ended', endedOn: '2025-09-20' }],
      flags: [{ code: 'force-majeure-end-premature', since: '2025-09-20', severity: 'critical', reason: 'conditions-not-met', rule: 'force-majeure.may-end' }],
    },
    {
      name: 'An end for medical force majeure while the employer has not yet delivered the plan or report is critical',
      events: [...base, ...asked, endedFm('2025-10-20')],
      asOf: '2025-10-21',
      flags: [{ code: 'force-majeure-end-premature', since: '2025-10-20', severity: 'critical', reason: 'conditions-not-met' }],
    },
    {
      name: 'An end for medical force majeure on 14 March 2025 without any procedure is critical; the RIZIV is due by 28 April (research E-21)',
      events: [{ id: 'a', type: 'absence.started', date: '2024-01-08' }, endedFm('2025-03-14')],
      asOf: '2025-03-15',
      procedures: [],
      deadlines: [riziv('2025-04-28', 'open')],
      flags: [{ code: 'force-majeure-end-premature', since: '2025-03-14', severity: 'critical', reason: 'no-procedure' }],
    },
    {
      name: 'An end for medical force majeure after the procedure ended for a no-show is critical',
      events: [
        { id: 'a', type: 'absence.started', date: '2024-10-01' },
        { type: 'force-majeure.notified', date: '2025-07-07', by: 'worker' },
        { type: 'force-majeure.no-show', date: '2025-08-20' },
        endedFm('2025-09-01'),
      ],
      asOf: '2025-09-02',
      flags: [
        { code: 'no-show-end-invalid', since: '2025-08-20', severity: 'warning' },
        { code: 'force-majeure-end-premature', since: '2025-09-01', severity: 'critical', reason: 'procedure-ended' },
      ],
    },
    {
      name: 'An end of employment for another reason on 10 September voids what was open; no RIZIV notification',
      events: [...base, { type: 'employment.ended', date: '2025-09-10', reason: 'other' }],
      asOf: '2025-09-11',
      procedures: [{ status: 'ended', endReason: 'employment-ended', endedOn: '2025-09-10' }],
      deadlines: [
        { rule: 'force-majeure.may-start', due: '2025-07-01', status: 'reached', cites: 'employment-contracts-act 34', metOn: '2025-07-07' },
        { rule: 'force-majeure.invitation', due: '2025-07-17', status: 'reached', cites: 'codex I.4-82/1', metOn: '2025-07-21' },
        { rule: 'force-majeure.next-invitation', due: '2025-08-04', status: 'void', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.appeal-window', due: '2025-09-26', status: 'void', cites: 'codex I.4-82/1' },
        { rule: 'force-majeure.adapted-work-request', due: '2025-09-12', status: 'void', cites: 'codex I.4-82/1' },
        mayEnd('2025-09-27', 'void'),
      ],
      flags: [],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });
});

describe('the RIZIV notification (Terug Naar Werk-Fonds): 45 days after the end date, for ends from 1 April 2024', () => {
  const ended = (date: string): Ev[] => [{ id: 'a', type: 'absence.started', date: '2023-01-09' }, endedFm(date)];
  const notifiedOn = (date: string): Ev => ({ id: 'rz', type: 'force-majeure.riziv-notified', date });
  const scenarios: Scenario[] = [
    { name: 'Notified on day 45 (28 April 2025) after an end on 14 March: on time', events: [...ended('2025-03-14'), notifiedOn('2025-04-28')], asOf: '2025-05-01', deadlines: [riziv('2025-04-28', 'met', '2025-04-28')] },
    { name: 'Notified on day 46 (29 April 2025): late', events: [...ended('2025-03-14'), notifiedOn('2025-04-29')], asOf: '2025-05-01', deadlines: [riziv('2025-04-28', 'met-late', '2025-04-29')] },
    { name: 'Not notified by 29 April 2025: overdue', events: ended('2025-03-14'), asOf: '2025-04-29', deadlines: [riziv('2025-04-28', 'overdue')] },
    { name: 'An end on 1 April 2024, the first day of the fund: due 16 May 2024', events: ended('2024-04-01'), asOf: '2024-04-02', deadlines: [riziv('2024-05-16', 'open')] },
    {
      name: 'An end on 29 March 2024, before the fund, has no RIZIV notification; a notification is set aside',
      events: [...ended('2024-03-29'), notifiedOn('2024-04-10')],
      asOf: '2024-04-11',
      deadlines: [],
      issues: ['out-of-sequence'],
    },
    {
      name: 'With the rollover option a due date on Saturday 15 November 2025 moves to Monday 17 November',
      events: ended('2025-10-01'),
      asOf: '2025-10-02',
      options: { rollover: 'next-working-day' },
      deadlines: [riziv('2025-11-17', 'open')],
    },
    {
      name: 'A RIZIV notification without an end for medical force majeure is set aside',
      events: [{ id: 'a', type: 'absence.started', date: '2025-01-06' }, { type: 'employment.ended', date: '2025-03-14', reason: 'other' }, notifiedOn('2025-03-20')],
      asOf: '2025-03-21',
      deadlines: [],
      issues: ['out-of-sequence'],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    check(s);
  });
});
