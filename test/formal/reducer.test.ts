/**
 * The reducer of one trajectory: pure, total over every (status, event type) pair, and an event that does not fit
 * changes nothing but the list of set-aside events.
 */
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../src/calendar/index.js';
import type { FormalStatus } from '../../src/case/output.js';
import {
  FORMAL_EVENT_TYPES,
  formalTransition,
  initialFormalState,
  type FormalEvent,
  type FormalEventType,
  type FormalState,
} from '../../src/formal/index.js';

const d = (s: string) => s as PlainDate;

const EXTRA: Record<FormalEventType, Record<string, unknown>> = {
  'formal.requested': { initiator: 'worker' },
  'formal.invited': {},
  'formal.no-show': {},
  'formal.assessed': { decision: 'B' },
  'formal.appeal-lodged': {},
  'formal.appeal-decided': { outcome: 'confirmed' },
  'formal.plan-offered': {},
  'formal.report-delivered': { reasonCode: 'other' },
  'formal.plan-answered': { answer: 'agreed' },
  'formal.worker-contacted': {},
  'formal.plan-deemed-refused': {},
  'formal.plan-reviewed': {},
  'employment.ended': {},
};

const event = (type: FormalEventType, date = '2025-06-01', index = 9): FormalEvent =>
  ({ type, date: d(date), ref: `e-${type}`, index, ...EXTRA[type] }) as FormalEvent;

const base = initialFormalState({ type: 'formal.requested', date: d('2025-04-16'), initiator: 'worker', ref: 'r', index: 0 });

/** A state in each status, reached through the reducer itself. */
const states: Record<FormalStatus, FormalState> = (() => {
  const s = (x: FormalState, ...evs: FormalEvent[]) => evs.reduce((acc, e) => formalTransition(acc, e), x);
  const decidedB = s(base, event('formal.assessed', '2025-05-01', 1));
  const decidedA = s(base, { ...event('formal.assessed', '2025-05-01', 1), decision: 'A' } as FormalEvent);
  const planOffered = s(decidedA, event('formal.plan-offered', '2025-05-10', 2));
  return {
    requested: base,
    assessing: s(base, event('formal.invited', '2025-04-20', 1)),
    'decided-a': decidedA,
    'decided-b': decidedB,
    'appeal-pending': s(decidedB, event('formal.appeal-lodged', '2025-05-05', 2)),
    'plan-offered': planOffered,
    'plan-agreed': s(planOffered, event('formal.plan-answered', '2025-05-12', 3)),
    ended: s(base, event('employment.ended', '2025-04-20', 1)),
    unsupported: initialFormalState({ type: 'formal.requested', date: d('2022-09-01'), initiator: 'worker', ref: 'old', index: 0 }),
  };
})();

describe('formalTransition', () => {
  it('reaches every status from the request', () => {
    for (const [status, state] of Object.entries(states)) expect(state.status).toBe(status);
  });

  const pairs = Object.keys(states).flatMap((status) => FORMAL_EVENT_TYPES.map((type) => [status as FormalStatus, type] as const));
  it.each(pairs)('in status %s, %s gives a state and mutates nothing', (status, type) => {
    const before = states[status];
    const frozen = JSON.stringify(before);
    const after = formalTransition(before, event(type));
    expect(JSON.stringify(before)).toBe(frozen);
    expect(typeof after.status).toBe('string');
    // An event set aside changes nothing else.
    if (after.setAside.length > before.setAside.length) {
      expect({ ...after, setAside: before.setAside }).toEqual(before);
      expect(after.setAside[after.setAside.length - 1]).toMatchObject({ type, ref: `e-${type}`, index: 9 });
    }
  });

  it('a decision B received by the worker later than the form date counts the appeal window from that receipt', () => {
    const s1 = formalTransition(base, {
      ...event('formal.assessed', '2025-05-01', 1),
      receivedByWorker: d('2025-05-10'),
    } as FormalEvent);
    // 10 May + 21 days = 31 May: an appeal on 31 May is in time and suspends the trajectory.
    expect(formalTransition(s1, event('formal.appeal-lodged', '2025-05-31')).status).toBe('appeal-pending');
    expect(formalTransition(s1, event('formal.appeal-lodged', '2025-06-01')).status).toBe('decided-b');
  });

  it('an unsupported trajectory ignores everything', () => {
    for (const type of FORMAL_EVENT_TYPES) expect(formalTransition(states.unsupported, event(type))).toBe(states.unsupported);
  });

  it('after the end only a new request (handled by evaluateFormal) or the end of employment pass silently', () => {
    expect(formalTransition(states.ended, event('formal.requested'))).toBe(states.ended);
    expect(formalTransition(states.ended, event('employment.ended'))).toBe(states.ended);
    expect(formalTransition(states.ended, event('formal.invited')).setAside).toHaveLength(1);
  });
});
