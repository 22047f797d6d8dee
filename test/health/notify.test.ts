/**
 * The employer informs the occupational physician of every incapacity of 4 weeks or more (Codex I.4-4 §3), and
 * the occupational physician then informs the worker of the options for a return to work (Codex I.4-71/1).
 * 4 weeks with the first day of incapacity as day 1: due start + 28 (research A-4, E-24).
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, of, one, resumed, track, type Ev } from '../informal/harness.js';

const notified = (date: string): Ev => ({ id: 'n1', type: 'occupational-physician.notified', date });
const informed = (date: string): Ev => ({ id: 'i1', type: 'occupational-physician.informed-worker', date });

describe('notifying the occupational physician of an incapacity of 4 weeks', () => {
  it.each([
    ['an absence from Mon 3 March 2025 reaches 4 weeks on Mon 31 March', '2025-03-03', '2025-03-31'],
    ['an absence from Mon 10 March 2025 reaches 4 weeks on Mon 7 April', '2025-03-10', '2025-04-07'],
    ['an absence from 15 February 2024 (leap year) reaches 4 weeks on 14 March 2024', '2024-02-15', '2024-03-14'],
    ['an absence from 20 December 2025 reaches 4 weeks on 17 January 2026', '2025-12-20', '2026-01-17'],
  ])('%s', (_name, start, due) => {
    const r = track([absence(start)], { asOf: start });
    const n = one(r, 'health.notify-occupational-physician');
    expect(n).toMatchObject({ due, status: 'open', actor: 'employer', kind: 'obligation', because: ['a1'] });
    expect(n.basis).toEqual([CITE.codex('I.4-4 §3')]);
    expect(n.interpretations).toEqual(['lasted-from-first-day-included', 'notify-only-if-4-weeks-reached']);
  });

  it('a notification before the 4 weeks meets it', () => {
    const r = track([absence('2025-03-10'), notified('2025-03-20')], { asOf: '2025-04-30' });
    expect(one(r, 'health.notify-occupational-physician')).toMatchObject({ status: 'met', metOn: '2025-03-20' });
  });

  it('with rollover, Sat 17 January 2026 becomes Mon 19 January', () => {
    const r = track([absence('2025-12-20')], { asOf: '2025-12-20', rollover: 'next-working-day' });
    expect(one(r, 'health.notify-occupational-physician').due).toBe('2026-01-19');
  });

  it('a resumption before the 4 weeks: the duty never arises (void)', () => {
    const r = track([absence('2025-03-10'), resumed('2025-03-31')], { asOf: '2025-04-30' });
    expect(one(r, 'health.notify-occupational-physician')).toMatchObject({ due: '2025-04-07', status: 'void', because: ['a1', 'w1'] });
    expect(r.actions.map((a) => a.rule)).not.toContain('health.notify-occupational-physician');
  });

  it('a relapse within 14 days counts on from the first day: due 4 weeks after it, overdue if not notified', () => {
    // 10 March .. resumed 31 March (day 22) .. relapse 8 April (day 9 of the attempt) = one incapacity.
    const r = track([absence('2025-03-10'), resumed('2025-03-31'), absence('2025-04-08', 'a2')], { asOf: '2025-04-10' });
    expect(one(r, 'health.notify-occupational-physician')).toMatchObject({ due: '2025-04-07', status: 'overdue' });
  });

  it('a relapse after 14 days is a new incapacity with its own 4 weeks', () => {
    const r = track([absence('2025-03-10'), resumed('2025-03-31'), absence('2025-04-14', 'a2')], { asOf: '2025-04-20' });
    expect(of(r, 'health.notify-occupational-physician').map((x) => [x.due, x.status])).toEqual([
      ['2025-04-07', 'void'],
      ['2025-05-12', 'open'],
    ]);
  });

  it('a notification without any absence is out of sequence', () => {
    const r = track([notified('2025-03-20')], { asOf: '2025-03-21' });
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'n1']]);
  });
});

describe('the occupational physician informs the worker after the notification (no term)', () => {
  it('the notification creates the duty, without a due date', () => {
    const r = track([absence('2025-03-10'), notified('2025-04-07')], { asOf: '2025-04-08' });
    const i = one(r, 'health.inform-worker');
    expect(i).toMatchObject({ due: null, status: 'open', actor: 'occupational-physician', because: ['n1'] });
    expect(i.basis).toEqual([CITE.codex('I.4-71/1'), CITE.step(1)]);
    expect(r.actions).toContainEqual(expect.objectContaining({ rule: 'health.inform-worker', due: null }));
  });

  it('is met by occupational-physician.informed-worker', () => {
    const r = track([absence('2025-03-10'), notified('2025-04-07'), informed('2025-04-15')], { asOf: '2025-05-01' });
    expect(one(r, 'health.inform-worker')).toMatchObject({ status: 'met', metOn: '2025-04-15', because: ['n1', 'i1'] });
  });

  it('there is nothing to inform before the notification', () => {
    expect(of(track([absence('2025-03-10')], { asOf: '2025-05-01' }), 'health.inform-worker')).toEqual([]);
  });

  it('lapses (void) when the worker resumes before being informed', () => {
    const r = track([absence('2025-03-10'), notified('2025-04-07'), resumed('2025-04-22')], { asOf: '2025-05-01' });
    expect(one(r, 'health.inform-worker').status).toBe('void');
  });
});
