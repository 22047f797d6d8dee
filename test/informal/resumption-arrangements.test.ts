/**
 * Step 3 of the informal track: once a conversation finds resumption possible, arrangements by the manager (no
 * specific attention points) or a step plan coordinated by the return-to-work coach (attention points: welfare
 * actors involved or a progressive resumption) within 2 months; a complex case may deviate; otherwise the
 * formal track becomes mandatory the day after the term (AgO guidance step 3; AgO slides; SPEC section 5).
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, escalationFlags, of, one, resumed, track, type Ev } from './harness.js';

const possible = (date: string, attentionPoints: boolean, id = 'c1'): Ev => ({
  id,
  type: 'conversation.held',
  date,
  outcome: 'resumption-possible',
  attentionPoints,
});
const agreed = (date: string, by: 'manager' | 'coach', id = 'ag1'): Ev => ({ id, type: 'arrangements.agreed', date, by });
const deviation = (date: string, until?: string, id = 'dv1'): Ev =>
  until === undefined ? { id, type: 'deviation.recorded', date, reason: 'complex case (SMT)' } : { id, type: 'deviation.recorded', date, reason: 'complex case (SMT)', until };

describe('the term of 2 months runs from the conversation in which resumption was judged possible', () => {
  it.each([
    ['without attention points the manager makes the arrangements, due Tue 22 April + 2 months = 22 June 2025', '2025-03-10', '2025-04-22', false, '2025-06-22', 'manager'],
    ['with attention points the return-to-work coach coordinates a step plan, same term', '2025-03-10', '2025-04-22', true, '2025-06-22', 'return-to-work-coach'],
    ['a conversation on 31 December 2025 gives 28 February 2026 (clamped)', '2025-11-03', '2025-12-31', false, '2026-02-28', 'manager'],
    ['a conversation on 31 January 2026 gives 31 March 2026', '2025-11-03', '2026-01-31', true, '2026-03-31', 'return-to-work-coach'],
    ['a conversation on 30 November 2025 gives 30 January 2026', '2025-11-03', '2025-11-30', false, '2026-01-30', 'manager'],
  ])('%s', (_name, start, on, attentionPoints, due, actor) => {
    const r = track([absence(start), possible(on, attentionPoints)], { asOf: on });
    const a = one(r, 'informal.resumption-arrangements');
    expect(a).toMatchObject({ due, actor, status: 'open', because: ['c1'] });
    expect(a.basis).toEqual([CITE.omzendbrief, CITE.step(3)]);
    expect(a.interpretations).toEqual(['arrangements-term-from-conversation', 'month-end-clamped']);
    expect(r.status).toBe('preparing-resumption');
  });

  it('arrangements agreed within the term meet it and the track is resumption-agreed', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', false), agreed('2025-06-10', 'manager')], { asOf: '2025-07-01' });
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ status: 'met', metOn: '2025-06-10', because: ['c1', 'ag1'] });
    expect(r.status).toBe('resumption-agreed');
    expect(escalationFlags(r)).toEqual([]);
  });

  it('is due soon two days before the end of the term', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', true)], { asOf: '2025-06-20' });
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ status: 'due-soon', actor: 'return-to-work-coach' });
  });

  it('without arrangements after the term, the formal track is required from the day after (23 June 2025)', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', false)], { asOf: '2025-06-23' });
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ status: 'overdue' });
    expect(escalationFlags(r)).toEqual([
      expect.objectContaining({ since: '2025-06-23', reason: 'no-arrangements-within-2-months', rule: 'informal.resumption-arrangements', severity: 'critical' }),
    ]);
    expect(one(r, 'formal.start-required')).toMatchObject({ due: '2025-06-23', because: ['c1'] });
  });

  it('on the last day of the term nothing is required yet', () => {
    expect(escalationFlags(track([absence('2025-03-10'), possible('2025-04-22', false)], { asOf: '2025-06-22' }))).toEqual([]);
  });

  it('arrangements agreed late (24 June) are met-late and the formal track stays required', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', false), agreed('2025-06-24', 'manager')], { asOf: '2025-07-01' });
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ status: 'met-late', metOn: '2025-06-24' });
    expect(escalationFlags(r).map((f) => [f.reason, f.since])).toEqual([['no-arrangements-within-2-months', '2025-06-23']]);
  });

  it('a second conversation confirming resumption keeps the term of the first; its attention points decide the actor', () => {
    const r = track(
      [absence('2025-03-10'), possible('2025-04-22', false), possible('2025-05-15', true, 'c2')],
      { asOf: '2025-05-15' },
    );
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ due: '2025-06-22', actor: 'return-to-work-coach' });
  });

  it('when a later conversation finds resumption not yet possible, the term lapses (void) and a next conversation is owed', () => {
    const r = track(
      [
        absence('2025-03-10'),
        possible('2025-04-22', false),
        { id: 'c2', type: 'conversation.held', date: '2025-05-20', outcome: 'not-yet-possible' },
      ],
      { asOf: '2025-07-01' },
    );
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ status: 'void', because: ['c1', 'c2'] });
    expect(escalationFlags(r)).toEqual([]);
    expect(r.status).toBe('exploring');
    expect(one(r, 'informal.next-conversation')).toMatchObject({ status: 'open', due: null });
  });

  it('a new judgement after that starts a fresh term', () => {
    const r = track(
      [
        absence('2025-03-10'),
        possible('2025-04-22', false),
        { id: 'c2', type: 'conversation.held', date: '2025-05-20', outcome: 'not-yet-possible' },
        possible('2025-06-16', true, 'c3'),
      ],
      { asOf: '2025-07-01' },
    );
    expect(of(r, 'informal.resumption-arrangements').map((x) => [x.due, x.status, x.actor])).toEqual([
      ['2025-06-22', 'void', 'manager'],
      ['2025-08-16', 'open', 'return-to-work-coach'],
    ]);
  });
});

describe('a complex case may deviate from the 2-month term (AgO guidance step 3: "Let wel")', () => {
  it('a deviation until 30 September 2025 moves the due date there; no escalation before', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', true), deviation('2025-06-01', '2025-09-30')], { asOf: '2025-07-01' });
    const a = one(r, 'informal.resumption-arrangements');
    expect(a).toMatchObject({ due: '2025-09-30', status: 'open', because: ['c1', 'dv1'] });
    expect(a.interpretations).toContain('deviation-moves-or-waives-term');
    expect(escalationFlags(r)).toEqual([]);
  });

  it('after that date the formal track is required from 1 October 2025', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', true), deviation('2025-06-01', '2025-09-30')], { asOf: '2025-10-01' });
    expect(escalationFlags(r).map((f) => [f.reason, f.since])).toEqual([['no-arrangements-within-2-months', '2025-10-01']]);
  });

  it('a deviation without an end date sets the term aside: waived, no due date, never escalated', () => {
    const r = track([absence('2025-03-10'), possible('2025-04-22', true), deviation('2025-06-01')], { asOf: '2026-01-01' });
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ due: null, status: 'waived' });
    expect(escalationFlags(r)).toEqual([]);
    expect(r.actions.map((a) => a.rule)).not.toContain('informal.resumption-arrangements');
  });

  it('a waived term is still met by arrangements agreed later', () => {
    const r = track(
      [absence('2025-03-10'), possible('2025-04-22', true), deviation('2025-06-01'), agreed('2025-11-10', 'coach')],
      { asOf: '2026-01-01' },
    );
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ due: null, status: 'met', metOn: '2025-11-10' });
  });

  it('the latest deviation counts: an open-ended one after a dated one waives the term', () => {
    const r = track(
      [absence('2025-03-10'), possible('2025-04-22', true), deviation('2025-06-01', '2025-09-30'), deviation('2025-09-15', undefined, 'dv2')],
      { asOf: '2025-12-01' },
    );
    expect(one(r, 'informal.resumption-arrangements')).toMatchObject({ status: 'waived', because: ['c1', 'dv1', 'dv2'] });
  });

  it('a deviation before resumption was judged possible is out of sequence and changes nothing', () => {
    const r = track([absence('2025-03-10'), deviation('2025-04-01', '2025-12-31')], { asOf: '2025-04-02' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'out-of-sequence', eventId: 'dv1', path: ['events', 1] })]);
    expect(of(r, 'informal.resumption-arrangements')).toEqual([]);
  });
});

describe('out of sequence and incomplete events', () => {
  it('arrangements before any conversation found resumption possible are out of sequence', () => {
    const r = track([absence('2025-03-10'), agreed('2025-03-20', 'manager')], { asOf: '2025-03-21' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'out-of-sequence', severity: 'warning', eventId: 'ag1', eventIndex: 1 })]);
    expect(r.status).toBe('contact');
  });

  it('a resumption-possible conversation without attentionPoints is rejected as invalid and changes nothing', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'c1', type: 'conversation.held', date: '2025-04-22', outcome: 'resumption-possible' }],
      { asOf: '2025-05-11' },
    );
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'invalid-event', severity: 'error', eventId: 'c1', path: ['events', 1, 'attentionPoints'] }),
    ]);
    expect(r.status).toBe('contact');
    expect(one(r, 'informal.first-conversation').status).toBe('overdue');
  });

  it('arrangements after the resumption are out of sequence; the open term became void at the resumption', () => {
    const r = track(
      [absence('2025-03-10'), possible('2025-04-22', false), resumed('2025-05-05'), agreed('2025-05-06', 'manager')],
      { asOf: '2025-07-01' },
    );
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'ag1']]);
    expect(one(r, 'informal.resumption-arrangements').status).toBe('void');
    expect(r.status).toBe('resumed');
  });
});
