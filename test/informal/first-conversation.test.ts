/**
 * Step 2 of the informal track: the conversation with the return-to-work coach within 2 months after the
 * absence started, and the formal track when 4 months pass without one (AgO slides "Het re-integratieproces";
 * AgO guidance step 2; SPEC section 5). Dates computed by hand: months end on the same day-number, clamped to
 * a shorter month's last day; the formal track is required from the day after start + 4 months.
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, escalationFlags, of, one, resumed, track } from './harness.js';

describe('the first conversation is due 2 months after the absence started', () => {
  it.each([
    ['a start mid-month (Mon 10 March 2025) ends on the same day-number', '2025-03-10', '2025-05-10'],
    ['a start on 31 January ends on 31 March (March has 31 days)', '2025-01-31', '2025-03-31'],
    ['a start on 30 November ends on 30 January of the next year', '2025-11-30', '2026-01-30'],
    ['a start on 31 December ends on the last day of February (28 February 2026)', '2025-12-31', '2026-02-28'],
    ['a start on 31 December 2027 ends on 29 February 2028, a leap year', '2027-12-31', '2028-02-29'],
    ['a start on 31 December 2024 ends on 28 February 2025, not a leap year', '2024-12-31', '2025-02-28'],
    ['a start on the day the omzendbrief came into force (1 January 2024) ends on 1 March 2024', '2024-01-01', '2024-03-01'],
  ])('%s', (_name, start, due) => {
    const r = track([absence(start)], { asOf: start });
    const c = one(r, 'informal.first-conversation');
    expect(c).toMatchObject({ due, status: 'open', actor: 'return-to-work-coach', kind: 'obligation', because: ['a1'] });
    expect(c.basis).toEqual([CITE.omzendbrief, CITE.step(2)]);
    expect(c.interpretations).toEqual(['first-conversation-held-not-planned', 'month-end-clamped']);
  });

  it('is met by a conversation on the due date, whatever its outcome', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'c1', type: 'conversation.held', date: '2025-05-10', outcome: 'not-yet-possible' }],
      { asOf: '2025-05-20' },
    );
    expect(one(r, 'informal.first-conversation')).toMatchObject({ status: 'met', metOn: '2025-05-10', because: ['a1', 'c1'] });
    expect(r.status).toBe('exploring');
  });

  it('is met late by a conversation the day after the due date', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'c1', type: 'conversation.held', date: '2025-05-11', outcome: 'resumption-possible', attentionPoints: false }],
      { asOf: '2025-05-20' },
    );
    expect(one(r, 'informal.first-conversation')).toMatchObject({ status: 'met-late', metOn: '2025-05-11' });
  });

  it('is not met by planning the conversation only (the conversation must take place)', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'p1', type: 'conversation.planned', date: '2025-04-01', on: '2025-05-06' }],
      { asOf: '2025-05-11' },
    );
    expect(one(r, 'informal.first-conversation')).toMatchObject({ due: '2025-05-10', status: 'overdue' });
  });

  it('with rollover to the next working day, Sat 10 May 2025 becomes Mon 12 May; the 4-month mark does not move', () => {
    const r = track([absence('2025-03-10')], { asOf: '2025-07-11', rollover: 'next-working-day' });
    expect(one(r, 'informal.first-conversation').due).toBe('2025-05-12');
    expect(escalationFlags(r).map((f) => f.since)).toEqual(['2025-07-11']);
  });
});

describe('four months without a conversation make the formal track mandatory (from the next day)', () => {
  it.each([
    ['start Mon 10 March 2025: 10 July is the last day, the flag runs from 11 July', '2025-03-10', '2025-07-10', '2025-07-11'],
    ['start 31 January 2025: 31 May is the last day, the flag runs from 1 June', '2025-01-31', '2025-05-31', '2025-06-01'],
    ['start 30 November 2025: 30 March 2026 is the last day, the flag runs from 31 March', '2025-11-30', '2026-03-30', '2026-03-31'],
    ['start 31 December 2025: 30 April 2026 (clamped) is the last day, the flag runs from 1 May', '2025-12-31', '2026-04-30', '2026-05-01'],
    ['start 31 October 2025: 28 February 2026 (clamped) is the last day, the flag runs from 1 March', '2025-10-31', '2026-02-28', '2026-03-01'],
  ])('%s', (_name, start, lastDay, since) => {
    expect(escalationFlags(track([absence(start)], { asOf: lastDay }))).toEqual([]);
    const r = track([absence(start)], { asOf: since });
    expect(escalationFlags(r)).toEqual([
      expect.objectContaining({ severity: 'critical', since, reason: 'no-conversation-within-4-months', rule: 'informal.first-conversation' }),
    ]);
    expect(one(r, 'formal.start-required')).toMatchObject({ due: since, actor: 'employer', status: 'due-soon' });
  });

  it('a conversation on the last day of the 4 months (late for the 2-month term) prevents it', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'c1', type: 'conversation.held', date: '2025-07-10', outcome: 'not-yet-possible' }],
      { asOf: '2025-08-01' },
    );
    expect(escalationFlags(r)).toEqual([]);
    expect(one(r, 'informal.first-conversation').status).toBe('met-late');
  });

  it('a conversation after the 4 months does not undo it: the formal track stays required', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'c1', type: 'conversation.held', date: '2025-07-15', outcome: 'not-yet-possible' }],
      { asOf: '2025-08-01' },
    );
    expect(escalationFlags(r).map((f) => [f.reason, f.since])).toEqual([['no-conversation-within-4-months', '2025-07-11']]);
    expect(one(r, 'formal.start-required').status).toBe('overdue');
  });

  it('a resumption before the 4 months ends the track: nothing to escalate, open steps are void', () => {
    const r = track([absence('2025-03-10'), resumed('2025-06-02')], { asOf: '2025-08-01' });
    expect(escalationFlags(r)).toEqual([]);
    expect(of(r, 'formal.start-required')).toEqual([]);
    expect(r.status).toBe('resumed');
    expect(one(r, 'informal.first-conversation')).toMatchObject({ status: 'void' });
    expect(one(r, 'informal.contact-arrangement')).toMatchObject({ status: 'void' });
  });

  it('a resumption on the day the flag would start also prevents it', () => {
    const r = track([absence('2025-03-10'), resumed('2025-07-11')], { asOf: '2025-08-01' });
    expect(escalationFlags(r)).toEqual([]);
  });
});

describe('a relapse within 14 days continues the same track (SPEC section 4)', () => {
  // Resumption Mon 24 March 2025 is day 1 of the attempt; day 14 is Sun 6 April, day 15 Mon 7 April.
  const base = [absence('2025-03-10'), { id: 'c1', type: 'conversation.held', date: '2025-03-20', outcome: 'not-yet-possible' }, resumed('2025-03-24')];

  it('a relapse on day 14 (6 April) keeps the first start: one track, its terms from 10 March', () => {
    const r = track([...base, absence('2025-04-06', 'a2')], { asOf: '2025-04-10' });
    expect(of(r, 'informal.first-conversation').map((x) => [x.due, x.status])).toEqual([['2025-05-10', 'met']]);
    expect(r.status).toBe('exploring');
    expect(one(r, 'informal.first-conversation').interpretations).toContain('relapse-continues-informal-track');
    // The next conversation after "not yet possible" is open again (it was void while at work).
    expect(one(r, 'informal.next-conversation')).toMatchObject({ due: null, status: 'open' });
  });

  it('a relapse on day 15 (7 April) starts a new track with fresh terms', () => {
    const r = track([...base, absence('2025-04-07', 'a2')], { asOf: '2025-04-10' });
    expect(of(r, 'informal.first-conversation').map((x) => [x.due, x.status, x.because[0]])).toEqual([
      ['2025-05-10', 'met', 'a1'],
      ['2025-06-07', 'open', 'a2'],
    ]);
    expect(r.status).toBe('contact');
  });

  it('without a conversation, a relapse on day 14 keeps the 4-month mark of the first start', () => {
    const r = track([absence('2025-03-10'), resumed('2025-03-24'), absence('2025-04-06', 'a2')], { asOf: '2025-07-11' });
    expect(escalationFlags(r).map((f) => f.since)).toEqual(['2025-07-11']);
  });
});
