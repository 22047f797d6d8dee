/**
 * Step 4 of the informal track: after the resumption the manager and the return-to-work coach follow up the
 * arrangements (AgO guidance step 4), with a term only in the rhythm of the draaiboek (policy.followUpEveryDays).
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, of, resumed, track } from './harness.js';

describe('the follow-up after resumption', () => {
  it('without a rhythm there is no follow-up deadline', () => {
    expect(of(track([absence('2025-03-10'), resumed('2025-05-05')], { asOf: '2025-07-01' }), 'informal.follow-up')).toEqual([]);
  });

  it('every 30 days from the resumption on Mon 5 May 2025: due 4 June; a follow-up on 2 June restarts it (due 2 July)', () => {
    const r = track(
      [absence('2025-03-10'), resumed('2025-05-05'), { id: 'f1', type: 'follow-up.held', date: '2025-06-02' }],
      { asOf: '2025-07-10', policy: { followUpEveryDays: 30 } },
    );
    const f = of(r, 'informal.follow-up');
    expect(f.map((x) => [x.due, x.status, x.because])).toEqual([
      ['2025-06-04', 'met', ['w1', 'f1']],
      ['2025-07-02', 'overdue', ['f1']],
    ]);
    expect(f[0]!.basis).toEqual([CITE.omzendbrief, CITE.step(4)]);
    expect(f[0]!.actor).toBe('manager');
    expect(r.status).toBe('resumed');
  });

  it('a relapse within 14 days ends the follow-up rhythm (void); the track goes on', () => {
    const r = track(
      [absence('2025-03-10'), resumed('2025-05-05'), absence('2025-05-12', 'a2')],
      { asOf: '2025-07-10', policy: { followUpEveryDays: 30 } },
    );
    expect(of(r, 'informal.follow-up').map((x) => [x.due, x.status])).toEqual([['2025-06-04', 'void']]);
    expect(r.status).toBe('contact');
  });

  it('a follow-up before any resumption is out of sequence', () => {
    const r = track([absence('2025-03-10'), { id: 'f1', type: 'follow-up.held', date: '2025-04-02' }], { asOf: '2025-04-02' });
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'f1']]);
  });
});
