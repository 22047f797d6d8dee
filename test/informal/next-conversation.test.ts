/**
 * Step 2, again: when steps towards work are not yet possible, the return-to-work coach plans a new
 * conversation (AgO guidance step 2). Due on the planned date, else within policy.nextConversationWithinDays,
 * else without a date (SPEC section 5).
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, escalationFlags, of, one, track, type Ev } from './harness.js';

const notYet = (date: string, id: string): Ev => ({ id, type: 'conversation.held', date, outcome: 'not-yet-possible' });

describe('the next conversation after "not yet possible"', () => {
  it('is due on the planned date (planned on 2 April for 6 May 2025)', () => {
    const r = track(
      [absence('2025-03-10'), notYet('2025-04-01', 'c1'), { id: 'p1', type: 'conversation.planned', date: '2025-04-02', on: '2025-05-06' }],
      { asOf: '2025-04-30', policy: { nextConversationWithinDays: 30 } },
    );
    const n = one(r, 'informal.next-conversation');
    expect(n).toMatchObject({ due: '2025-05-06', status: 'due-soon', actor: 'return-to-work-coach', because: ['c1', 'p1'] });
    expect(n.basis).toEqual([CITE.omzendbrief, CITE.step(2)]);
  });

  it('a rescheduling counts: the latest planning wins', () => {
    const r = track(
      [
        absence('2025-03-10'),
        notYet('2025-04-01', 'c1'),
        { id: 'p1', type: 'conversation.planned', date: '2025-04-02', on: '2025-05-06' },
        { id: 'p2', type: 'conversation.planned', date: '2025-05-02', on: '2025-05-20' },
      ],
      { asOf: '2025-05-10' },
    );
    expect(one(r, 'informal.next-conversation')).toMatchObject({ due: '2025-05-20', because: ['c1', 'p2'] });
  });

  it('without a planning it is due within the draaiboek days: 1 April + 30 = 1 May 2025', () => {
    const r = track([absence('2025-03-10'), notYet('2025-04-01', 'c1')], { asOf: '2025-05-02', policy: { nextConversationWithinDays: 30 } });
    expect(one(r, 'informal.next-conversation')).toMatchObject({ due: '2025-05-01', status: 'overdue' });
  });

  it('without planning or draaiboek term it has no due date but stays an action', () => {
    const r = track([absence('2025-03-10'), notYet('2025-04-01', 'c1')], { asOf: '2025-09-01' });
    expect(one(r, 'informal.next-conversation')).toMatchObject({ due: null, status: 'open' });
    expect(r.actions.map((a) => a.rule)).toContain('informal.next-conversation');
    // A conversation took place within 4 months: no escalation for lack of a conversation.
    expect(escalationFlags(r)).toEqual([]);
  });

  it('each "not yet possible" conversation owes the next one; the next conversation meets it', () => {
    const r = track(
      [absence('2025-03-10'), notYet('2025-04-01', 'c1'), notYet('2025-05-01', 'c2'), { id: 'c3', type: 'conversation.held', date: '2025-06-05', outcome: 'resumption-possible', attentionPoints: true }],
      { asOf: '2025-06-10', policy: { nextConversationWithinDays: 30 } },
    );
    expect(of(r, 'informal.next-conversation').map((x) => [x.due, x.status, x.metOn])).toEqual([
      ['2025-05-01', 'met', '2025-05-01'],
      ['2025-05-31', 'met-late', '2025-06-05'],
    ]);
    expect(r.status).toBe('preparing-resumption');
  });
});
