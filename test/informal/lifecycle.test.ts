/**
 * The informal track as a whole: its statuses, its hand-over to the formal trajectory, the end of employment,
 * the date it came into force, and events that do not fit (SPEC sections 3, 4, 5 and 7).
 */
import { describe, expect, it } from 'vitest';
import { absence, escalationFlags, of, one, resumed, track, type Ev } from './harness.js';

const formal = (date: string, id = 'f1'): Ev => ({ id, type: 'formal.requested', date, initiator: 'worker' });

describe('the status follows the steps of the track', () => {
  const steps: Ev[] = [
    absence('2025-03-10'),
    { id: 'c1', type: 'conversation.held', date: '2025-04-01', outcome: 'not-yet-possible' },
    { id: 'c2', type: 'conversation.held', date: '2025-05-06', outcome: 'resumption-possible', attentionPoints: true },
    { id: 'ag', type: 'arrangements.agreed', date: '2025-06-02', by: 'coach' },
    resumed('2025-06-16'),
    { id: 'end', type: 'employment.ended', date: '2025-12-31' },
  ];
  it.each([
    ['after the absence started: contact', '2025-03-10', 'contact'],
    ['after a conversation found steps to work not yet possible: exploring', '2025-04-01', 'exploring'],
    ['after a conversation found resumption possible: preparing-resumption', '2025-05-06', 'preparing-resumption'],
    ['after the step plan was agreed: resumption-agreed', '2025-06-02', 'resumption-agreed'],
    ['after work resumed: resumed', '2025-06-16', 'resumed'],
    ['after the employment ended: closed', '2025-12-31', 'closed'],
  ])('%s', (_name, asOf, status) => {
    expect(track(steps, { asOf }).status).toBe(status);
  });

  it('without any absence there is no informal track (status null)', () => {
    expect(track([], { asOf: '2025-01-01' }).status).toBeNull();
  });

  it('the status is that of the latest episode', () => {
    const r = track(
      [absence('2025-01-06'), resumed('2025-02-03'), absence('2025-06-02', 'a2')],
      { asOf: '2025-06-10' },
    );
    expect(r.status).toBe('contact');
    expect(of(r, 'informal.first-conversation').map((x) => [x.due, x.status])).toEqual([
      ['2025-03-06', 'void'],
      ['2025-08-02', 'open'],
    ]);
  });
});

describe('a formal trajectory takes over the informal track (status escalated)', () => {
  it('a formal request after the 4-month mark clears the flag and meets formal.start-required late', () => {
    const r = track([absence('2025-03-10'), formal('2025-07-20')], { asOf: '2025-08-01' });
    expect(escalationFlags(r)).toEqual([]);
    expect(one(r, 'formal.start-required')).toMatchObject({ due: '2025-07-11', status: 'met-late', metOn: '2025-07-20' });
    expect(r.status).toBe('escalated');
    expect(one(r, 'informal.first-conversation').status).toBe('void');
    expect(one(r, 'informal.contact-arrangement').status).toBe('void');
  });

  it('a formal request on the flag date meets it in time', () => {
    const r = track([absence('2025-03-10'), formal('2025-07-11')], { asOf: '2025-08-01' });
    expect(escalationFlags(r)).toEqual([]);
    expect(one(r, 'formal.start-required')).toMatchObject({ status: 'met', metOn: '2025-07-11' });
  });

  it('a formal request before the 4 months prevents the flag altogether', () => {
    const r = track([absence('2025-03-10'), formal('2025-06-01')], { asOf: '2025-12-01' });
    expect(escalationFlags(r)).toEqual([]);
    expect(of(r, 'formal.start-required')).toEqual([]);
    expect(r.status).toBe('escalated');
  });

  it('a formal request before the arrangements term ran out prevents that flag too', () => {
    const r = track(
      [
        absence('2025-03-10'),
        { id: 'c1', type: 'conversation.held', date: '2025-04-22', outcome: 'resumption-possible', attentionPoints: true },
        formal('2025-06-01'),
      ],
      { asOf: '2025-12-01' },
    );
    expect(escalationFlags(r)).toEqual([]);
    expect(one(r, 'informal.resumption-arrangements').status).toBe('void');
  });

  it('informal events after the hand-over change nothing and are not reported', () => {
    const r = track(
      [absence('2025-03-10'), formal('2025-06-01'), { id: 'c1', type: 'conversation.held', date: '2025-06-10', outcome: 'not-yet-possible' }],
      { asOf: '2025-07-01' },
    );
    expect(r.issues).toEqual([]);
    expect(one(r, 'informal.first-conversation').status).toBe('void');
  });
});

describe('the end of employment closes the track', () => {
  it('before the 4 months: status closed, open steps void, nothing to escalate', () => {
    const r = track([absence('2025-03-10'), { id: 'end', type: 'employment.ended', date: '2025-04-15' }], { asOf: '2025-08-01' });
    expect(r.status).toBe('closed');
    expect(one(r, 'informal.first-conversation').status).toBe('void');
    expect(one(r, 'informal.contact-arrangement').status).toBe('void');
    expect(one(r, 'health.notify-occupational-physician')).toMatchObject({ due: '2025-04-07', status: 'void' });
    expect(escalationFlags(r)).toEqual([]);
    expect(of(r, 'formal.start-required')).toEqual([]);
  });

  it('after the 4 months: the escalation is void and no flag is raised', () => {
    const r = track([absence('2025-03-10'), { id: 'end', type: 'employment.ended', date: '2025-08-01' }], { asOf: '2025-09-01' });
    expect(escalationFlags(r)).toEqual([]);
    expect(one(r, 'formal.start-required')).toMatchObject({ due: '2025-07-11', status: 'void' });
    expect(r.actions).toEqual([]);
  });

  it('informal events after the end of employment are out of sequence', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'end', type: 'employment.ended', date: '2025-04-15' }, { id: 'k', type: 'contact.made', date: '2025-04-20' }],
      { asOf: '2025-05-01' },
    );
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'k']]);
  });
});

describe('the omzendbrief applies to absences from 1 January 2024', () => {
  it('an episode that started on 6 November 2023 is not evaluated (informal-not-in-force); the Codex duties are', () => {
    const r = track([absence('2023-11-06')], { asOf: '2024-03-01' });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'informal-not-in-force', severity: 'info', eventId: 'a1', path: ['events', 0] }),
    ]);
    expect(r.status).toBeNull();
    expect(r.deadlines.filter((x) => x.rule.startsWith('informal.'))).toEqual([]);
    expect(escalationFlags(r)).toEqual([]);
    expect(one(r, 'health.notify-occupational-physician')).toMatchObject({ due: '2023-12-04', status: 'overdue' });
  });

  it('an episode starting 31 December 2023 is not evaluated either, though its 2 months would end on 29 February 2024', () => {
    const r = track([absence('2023-12-31')], { asOf: '2024-03-01' });
    expect(r.issues.map((i) => i.code)).toEqual(['informal-not-in-force']);
    expect(of(r, 'informal.first-conversation')).toEqual([]);
  });

  it('a relapse in January 2024 within 14 days continues the 2023 episode: still not evaluated', () => {
    const r = track([absence('2023-12-04'), resumed('2024-01-02'), absence('2024-01-10', 'a2')], { asOf: '2024-02-01' });
    expect(r.issues.map((i) => i.code)).toEqual(['informal-not-in-force']);
    expect(r.status).toBeNull();
  });

  it('a relapse after 14 days starts a new episode in 2024, which is evaluated', () => {
    const r = track([absence('2023-12-04'), resumed('2024-01-02'), absence('2024-01-16', 'a2')], { asOf: '2024-02-01' });
    expect(r.status).toBe('contact');
    expect(one(r, 'informal.first-conversation')).toMatchObject({ due: '2024-03-16' });
  });
});

describe('events that do not fit', () => {
  it('informal events before any absence are out of sequence', () => {
    const r = track(
      [{ id: 'c1', type: 'conversation.held', date: '2025-02-01', outcome: 'not-yet-possible' }, absence('2025-03-10')],
      { asOf: '2025-03-10' },
    );
    expect(r.issues).toEqual([expect.objectContaining({ code: 'out-of-sequence', eventId: 'c1', eventIndex: 0 })]);
    expect(one(r, 'informal.first-conversation').status).toBe('open');
  });

  it('a conversation while back at work is out of sequence', () => {
    const r = track(
      [absence('2025-03-10'), resumed('2025-04-01'), { id: 'c1', type: 'conversation.held', date: '2025-05-01', outcome: 'not-yet-possible' }],
      { asOf: '2025-05-02' },
    );
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'c1']]);
  });

  it('SMT and second-line advice change nothing and are not reported', () => {
    const r = track(
      [absence('2025-03-10'), { id: 's1', type: 'smt.referred', date: '2025-04-01' }, { id: 's2', type: 'smt.advised', date: '2025-05-01' }, { id: 's3', type: 'second-line.consulted', date: '2025-05-02' }],
      { asOf: '2025-05-03' },
    );
    expect(r.issues).toEqual([]);
    expect(r.status).toBe('contact');
  });

  it('a second absence.started while absent is reported once (by the episodes), not again by the track', () => {
    const r = track([absence('2025-03-10'), absence('2025-03-20', 'a2')], { asOf: '2025-03-21' });
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'a2']]);
  });
});
