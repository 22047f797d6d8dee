/**
 * The reform in force on 1 January 2026 (R2026): the employer asks the occupational physician to estimate the
 * work potential once the incapacity lasted 8 weeks, and an employer with 20 or more workers starts the formal
 * trajectory at the latest 6 months after the incapacity began when the estimate found work potential
 * (cited as Codex I.4-73, article number unverified).
 */
import { describe, expect, it } from 'vitest';
import { check, run, type Ev, type Scenario } from './scenario.js';

const absence: Ev = { id: 'abs', type: 'absence.started', date: '2026-02-02' };
const potential = (date: string, value = true, id = 'wpa'): Ev => ({ id, type: 'work-potential.assessed', date, potential: value });
const wpDue = (status: string, extra: Record<string, unknown> = {}) => ({
  rule: 'formal.work-potential-request' as const,
  due: '2026-03-30',
  status: status as 'open',
  article: 'I.4-73',
  interpretations: ['work-potential-due-at-8-weeks'],
  ...extra,
});

const mandatoryFlag = (r: ReturnType<typeof run>) =>
  r.flags.filter((f) => f.code === 'formal-trajectory-required' && f.reason === 'mandatory-start-6-months');

describe('the work-potential estimate after 8 weeks of incapacity', () => {
  const scenarios: Scenario[] = [
    {
      name: 'An incapacity from Monday 2 February 2026 calls for the request on 30 March (8 weeks); still open on 20 March',
      events: [absence],
      asOf: '2026-03-20',
      deadlines: [wpDue('open', { because: ['abs'] })],
    },
    {
      name: 'Not asked by 31 March: overdue',
      events: [absence],
      asOf: '2026-03-31',
      deadlines: [wpDue('overdue')],
    },
    {
      name: 'A request made on 25 March meets the duty',
      events: [absence, { id: 'wpr', type: 'work-potential.requested', date: '2026-03-25' }],
      asOf: '2026-03-31',
      deadlines: [wpDue('met', { metOn: '2026-03-25', because: ['abs', 'wpr'] })],
    },
    {
      name: 'Expecting a resumption within 6 months waives the duty',
      events: [absence, { id: 'w', type: 'work-potential.waived', date: '2026-03-10', reason: 'resumption-expected-within-6-months' }],
      asOf: '2026-04-01',
      deadlines: [wpDue('waived', { because: ['abs', 'w'] })],
    },
    {
      name: 'A resumption on 16 March, before the 8 weeks, makes the duty void',
      events: [absence, { id: 'back', type: 'work.resumed', date: '2026-03-16', mode: 'full' }],
      asOf: '2026-04-01',
      deadlines: [wpDue('void')],
    },
    {
      name: 'A relapse within the first 14 days of a resumption keeps the incapacity running from 2 February',
      events: [
        absence,
        { id: 'back', type: 'work.resumed', date: '2026-03-02', mode: 'part-time' },
        { id: 'again', type: 'absence.started', date: '2026-03-10' },
      ],
      asOf: '2026-03-31',
      deadlines: [wpDue('overdue')],
    },
    {
      name: 'An incapacity from 1 November 2025 reaches 8 weeks on 27 December 2025, before the reform: no duty',
      events: [{ id: 'abs', type: 'absence.started', date: '2025-11-01' }],
      asOf: '2026-01-10',
      deadlines: [],
    },
    {
      name: 'An incapacity from 6 November 2025 reaches 8 weeks on 1 January 2026: the duty applies',
      events: [{ id: 'abs', type: 'absence.started', date: '2025-11-06' }],
      asOf: '2026-01-02',
      deadlines: [
        {
          rule: 'formal.work-potential-request',
          due: '2026-01-01',
          status: 'overdue',
          article: 'I.4-73',
          interpretations: ['work-potential-due-at-8-weeks'],
        },
      ],
    },
    {
      name: 'The 8 weeks are a threshold: reached on Saturday 4 April 2026, they do not roll over to Monday',
      events: [{ id: 'abs', type: 'absence.started', date: '2026-02-07' }],
      asOf: '2026-03-01',
      options: { rollover: 'next-working-day' },
      deadlines: [
        {
          rule: 'formal.work-potential-request',
          due: '2026-04-04',
          status: 'open',
          article: 'I.4-73',
          interpretations: ['work-potential-due-at-8-weeks'],
        },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });
});

describe('the mandatory start within 6 months for employers with 20 or more workers', () => {
  const scenarios: Scenario[] = [
    {
      // Research E-15: 2 February + 6 months = 2 August; 15 June + 49 days = 3 August.
      name: 'With 25 workers and work potential found on 20 April, the trajectory must start by 2 August 2026; a request received on 15 June meets it',
      events: [
        absence,
        { id: 'wpr', type: 'work-potential.requested', date: '2026-03-25' },
        potential('2026-04-20'),
        { id: 'req', type: 'formal.requested', date: '2026-06-15', initiator: 'employer' },
      ],
      asOf: '2026-06-16',
      options: { employerHeadcount: 25 },
      trajectories: [{ status: 'requested', regime: 'R2026', requestedOn: '2026-06-15', initiator: 'employer' }],
      deadlines: [
        wpDue('met', { metOn: '2026-03-25' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-02',
          status: 'met',
          metOn: '2026-06-15',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
          because: ['wpa', 'req'],
        },
        {
          rule: 'formal.assessment',
          due: '2026-08-03',
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
      name: 'With 25 workers and no request by 2 August, the start is overdue on 3 August and a formal trajectory is required',
      events: [absence, potential('2026-04-20')],
      asOf: '2026-08-03',
      options: { employerHeadcount: 25 },
      deadlines: [
        wpDue('met-late', { metOn: '2026-04-20' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-02',
          status: 'overdue',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
        },
      ],
    },
    {
      // 10 August + 49 days = 28 September.
      name: 'A request received on 10 August meets the mandatory start late, and no formal trajectory is required any more',
      events: [absence, potential('2026-04-20'), { id: 'req', type: 'formal.requested', date: '2026-08-10', initiator: 'worker' }],
      asOf: '2026-08-10',
      options: { employerHeadcount: 25 },
      deadlines: [
        wpDue('met-late', { metOn: '2026-04-20' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-02',
          status: 'met-late',
          metOn: '2026-08-10',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
        },
        {
          rule: 'formal.assessment',
          due: '2026-09-28',
          status: 'open',
          article: 'I.4-73',
          trajectory: 0,
          interpretations: ['r2026-terms-as-r2022'],
        },
      ],
    },
    {
      name: 'With 10 workers the duty to start does not apply',
      events: [absence, potential('2026-04-20')],
      asOf: '2026-08-03',
      options: { employerHeadcount: 10 },
      deadlines: [wpDue('met-late', { metOn: '2026-04-20' })],
      issues: [],
    },
    {
      name: 'With an unknown headcount the duty applies, with a note',
      events: [absence, potential('2026-04-20')],
      asOf: '2026-06-01',
      deadlines: [
        wpDue('met-late', { metOn: '2026-04-20' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-02',
          status: 'open',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt', 'headcount-unknown-applies'],
        },
      ],
      issues: ['headcount-unknown'],
    },
    {
      name: 'An estimate without work potential creates no duty to start',
      events: [absence, potential('2026-04-20', false)],
      asOf: '2026-08-03',
      options: { employerHeadcount: 25 },
      deadlines: [wpDue('met-late', { metOn: '2026-04-20' })],
    },
    {
      name: 'A later estimate finding no work potential makes the duty void',
      events: [absence, potential('2026-04-20'), potential('2026-05-20', false, 'wpa2')],
      asOf: '2026-08-03',
      options: { employerHeadcount: 25 },
      deadlines: [
        wpDue('met-late', { metOn: '2026-04-20' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-02',
          status: 'void',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
        },
      ],
    },
    {
      name: 'Work potential found only on 1 September, after the 6 months: the start is due that day',
      events: [absence, potential('2026-09-01')],
      asOf: '2026-09-02',
      options: { employerHeadcount: 25 },
      deadlines: [
        wpDue('met-late', { metOn: '2026-09-01' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-09-01',
          status: 'overdue',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt', 'mandatory-start-not-before-potential'],
        },
      ],
    },
    {
      // 31 March + 6 months = 31 September, which does not exist: 30 September. 31 March + 56 days = 26 May.
      name: 'An incapacity from 31 March 2026 must lead to a start by 30 September (month end)',
      events: [{ id: 'abs', type: 'absence.started', date: '2026-03-31' }, potential('2026-06-01')],
      asOf: '2026-06-02',
      options: { employerHeadcount: 30 },
      deadlines: [
        {
          rule: 'formal.work-potential-request',
          due: '2026-05-26',
          status: 'met-late',
          metOn: '2026-06-01',
          article: 'I.4-73',
          interpretations: ['work-potential-due-at-8-weeks'],
        },
        {
          rule: 'formal.mandatory-start',
          due: '2026-09-30',
          status: 'open',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt', 'month-end-clamped'],
        },
      ],
    },
    {
      name: 'With rollover the start due on Sunday 2 August 2026 moves to Monday 3 August',
      events: [absence, potential('2026-04-20')],
      asOf: '2026-08-03',
      options: { employerHeadcount: 25, rollover: 'next-working-day' },
      deadlines: [
        wpDue('met-late', { metOn: '2026-04-20' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-03',
          status: 'due-soon',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
        },
      ],
    },
    {
      name: 'Employment ended on 1 May: the duty to start is void',
      events: [absence, potential('2026-04-20'), { id: 'end', type: 'employment.ended', date: '2026-05-01' }],
      asOf: '2026-08-03',
      options: { employerHeadcount: 25 },
      deadlines: [
        wpDue('met-late', { metOn: '2026-04-20' }),
        {
          rule: 'formal.mandatory-start',
          due: '2026-08-02',
          status: 'void',
          article: 'I.4-73',
          interpretations: ['mandatory-start-met-by-receipt'],
        },
      ],
    },
  ];
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    check(s);
  });

  it('an overdue mandatory start raises formal-trajectory-required (critical) from 3 August 2026', () => {
    const r = run([absence, potential('2026-04-20')], '2026-08-03', { employerHeadcount: 25 });
    expect(mandatoryFlag(r)).toEqual([
      expect.objectContaining({ severity: 'critical', since: '2026-08-03', rule: 'formal.mandatory-start' }),
    ]);
  });

  it('before the due date, and with fewer than 20 workers, no formal trajectory is required for this reason', () => {
    expect(mandatoryFlag(run([absence, potential('2026-04-20')], '2026-08-02', { employerHeadcount: 25 }))).toEqual([]);
    expect(mandatoryFlag(run([absence, potential('2026-04-20')], '2026-08-03', { employerHeadcount: 10 }))).toEqual([]);
    expect(
      mandatoryFlag(run([absence, potential('2026-04-20')], '2026-08-03', { employerHeadcount: 25, rollover: 'next-working-day' })),
    ).toEqual([]);
  });

  it('a late request removes the requirement', () => {
    const r = run(
      [absence, potential('2026-04-20'), { id: 'req', type: 'formal.requested', date: '2026-08-10', initiator: 'worker' }],
      '2026-08-10',
      { employerHeadcount: 25 },
    );
    expect(r.flags.filter((f) => f.code === 'formal-trajectory-required')).toEqual([]);
  });

  it('a work-potential duty for 2026 and the employer-may-request date of 2022 never show together', () => {
    const r = run([absence], '2026-03-01');
    expect(r.deadlines.map((d) => d.rule)).not.toContain('formal.employer-may-request');
  });
});
