/**
 * The informal reducer on its own: `informalTransition(state, event) => state`, pure, one event at a time.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/case/schema.js';
import {
  deriveInformal,
  informalTransition,
  initialInformalState,
  type InformalState,
  type TrackEvent,
} from '../../src/informal/index.js';

const ev = (e: Record<string, unknown>) => e as unknown as TrackEvent;
const run = (events: Record<string, unknown>[]): InformalState => {
  const [first, ...rest] = events;
  return rest.map(ev).reduce(informalTransition, initialInformalState(first as unknown as Extract<CaseEvent, { type: 'absence.started' }>));
};

describe('informalTransition', () => {
  it('starts in contact with one stretch of absence', () => {
    const s = initialInformalState({ type: 'absence.started', date: '2025-03-10' as never, id: 'a1' });
    expect(s).toMatchObject({ status: 'contact', start: '2025-03-10', startRef: 'a1', segments: [{ start: { on: '2025-03-10', ref: 'a1' } }] });
  });

  it('never mutates the state it is given', () => {
    const s0 = run([{ type: 'absence.started', date: '2025-03-10' }]);
    const before = JSON.stringify(s0);
    informalTransition(s0, ev({ type: 'conversation.held', date: '2025-04-01', outcome: 'not-yet-possible' }));
    informalTransition(s0, ev({ type: 'arrangements.agreed', date: '2025-04-01', by: 'manager' }));
    expect(JSON.stringify(s0)).toBe(before);
  });

  it('a relapse restores the status the track had before the resumption', () => {
    const s = run([
      { type: 'absence.started', date: '2025-03-10' },
      { type: 'conversation.held', date: '2025-04-01', outcome: 'resumption-possible', attentionPoints: false },
      { type: 'arrangements.agreed', date: '2025-04-20', by: 'manager' },
      { type: 'work.resumed', date: '2025-05-05', mode: 'part-time' },
      { type: 'absence.started', date: '2025-05-18' },
    ]);
    expect(s.status).toBe('resumption-agreed');
    expect(s.end).toBeUndefined();
    expect(s.segments).toHaveLength(2);
  });

  it('used on its own, it refuses a "relapse" after the 14 days (a new episode needs a new track)', () => {
    const s = run([
      { type: 'absence.started', date: '2025-03-10' },
      { type: 'work.resumed', date: '2025-05-05', mode: 'full' },
      { type: 'absence.started', date: '2025-05-19', id: 'late' },
    ]);
    expect(s.status).toBe('resumed');
    expect(s.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'late']]);
  });

  it('a resumption on the day the absence started is refused', () => {
    const s = run([{ type: 'absence.started', date: '2025-03-10' }, { type: 'work.resumed', date: '2025-03-10', mode: 'full' }]);
    expect(s.status).toBe('contact');
    expect(s.issues.map((i) => i.code)).toEqual(['out-of-sequence']);
  });

  it('ignores the events of the other tracks, listed by name', () => {
    const s0 = run([{ type: 'absence.started', date: '2025-03-10' }]);
    for (const type of ['occupational-physician.notified', 'return-to-work-exam.held', 'formal.invited', 'work-potential.requested']) {
      expect(informalTransition(s0, ev({ type, date: '2025-04-01' }))).toBe(s0);
    }
  });

  it('the derived deadlines of a state do not depend on anything but the state and the options', () => {
    const s = run([{ type: 'absence.started', date: '2025-03-10', id: 'a1' }]);
    expect(deriveInformal(s, { asOf: '2025-05-05' as never })).toEqual(deriveInformal(s, { asOf: '2025-05-05' as never }));
    expect(deriveInformal(s, { asOf: '2025-05-05' as never }).deadlines.map((x) => [x.rule, x.due])).toEqual([
      ['informal.contact-arrangement', null],
      ['informal.first-conversation', '2025-05-10'],
    ]);
  });
});
