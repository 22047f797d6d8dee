/**
 * The rules of `reintegratie/force-majeure` as data (ids, actors, kinds, terms, citations, interpretations) and
 * the reducer's table (total: every status and event type gives a state; a set-aside event changes no fact).
 */
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../src/calendar/index.js';
import type { ValidatedEvent } from '../../src/case/validate.js';
import {
  FM_EXAM_NOT_BEFORE_TEN_DAYS,
  FM_REGIME_BY_NOTIFICATION,
  FORCE_MAJEURE_EVENT_TYPES,
  forceMajeureRules,
  forceMajeureTransition,
  initialForceMajeureState,
  statusOf,
  type ForceMajeureEvent,
  type ForceMajeureState,
} from '../../src/force-majeure/index.js';

const cite = (r: (typeof forceMajeureRules)[number]) => r.basis.map((c) => [c.source, c.article].filter((x) => x !== undefined).join(' '));

describe('the rules of medical force majeure', () => {
  it('are the ten rule ids of the contract, in the order of the procedure, with their kind, actor, term and citations', () => {
    expect(forceMajeureRules.map((r) => [r.id, r.kind, r.actor, r.counts.term, cite(r)])).toEqual([
      ['force-majeure.may-start', 'earliest', 'employer', { lastedFrom: { months: 9 } }, ['employment-contracts-act 34', 'codex I.4-82/1']],
      ['force-majeure.invitation', 'earliest', 'occupational-physician', { days: 10 }, ['codex I.4-82/1', 'employment-contracts-act 34']],
      ['force-majeure.next-invitation', 'earliest', 'occupational-physician', { days: 14 }, ['codex I.4-82/1']],
      ['force-majeure.appeal-window', 'right', 'worker', { days: 21 }, ['codex I.4-82/1', 'codex I.4-80']],
      ['force-majeure.appeal-decision', 'obligation', 'inspector-physician', { days: 42 }, ['codex I.4-82/1', 'codex I.4-80']],
      ['force-majeure.adapted-work-request', 'right', 'worker', { days: 7 }, ['codex I.4-82/1']],
      ['force-majeure.adapted-work-form', 'obligation', 'occupational-physician', { days: 30 }, ['codex I.4-82/1']],
      ['force-majeure.plan-or-report', 'obligation', 'employer', { none: true }, ['codex I.4-82/1', 'employment-contracts-act 34']],
      ['force-majeure.may-end', 'earliest', 'employer', { days: 22 }, ['employment-contracts-act 34', 'codex I.4-82/1']],
      ['force-majeure.riziv-notification', 'obligation', 'employer', { days: 45 }, ['health-insurance-act']],
    ]);
  });

  it('label, term and counted-from in Dutch and English', () => {
    for (const r of forceMajeureRules) {
      for (const t of [r.label, r.term, r.countedFrom]) {
        expect(t.nl.length).toBeGreaterThan(3);
        expect(t.en.length).toBeGreaterThan(3);
        expect(t.nl).not.toBe(t.en);
      }
      expect(r.track).toBe('force-majeure');
    }
  });

  it('name the contested readings with their alternatives: the regime date and FM-04', () => {
    const ids = (id: string) => forceMajeureRules.find((r) => r.id === id)!.interpretations!.map((i) => i.id);
    expect(ids('force-majeure.may-start')).toContain(FM_REGIME_BY_NOTIFICATION.id);
    expect(ids('force-majeure.invitation')).toContain(FM_EXAM_NOT_BEFORE_TEN_DAYS.id);
    expect(FM_REGIME_BY_NOTIFICATION.alternatives?.length).toBe(1);
    expect(FM_EXAM_NOT_BEFORE_TEN_DAYS.alternatives?.[0]?.en).toMatch(/within 10 calendar days/);
  });
});

/** One event of each type the reducer reads, with valid fields. */
const sample = (type: (typeof FORCE_MAJEURE_EVENT_TYPES)[number], index: number): ForceMajeureEvent => {
  const base = { date: '2025-09-20' as PlainDate, ref: `#${index}`, index };
  const fields: Record<string, unknown> =
    type === 'force-majeure.notified' ? { by: 'worker' }
    : type === 'force-majeure.finding' ? { definitiveUnfitness: true }
    : type === 'force-majeure.appeal-decided' ? { outcome: 'confirmed' }
    : type === 'force-majeure.plan-answered' ? { answer: 'refused' }
    : {};
  return { ...base, type, ...fields } as ValidatedEvent as ForceMajeureEvent;
};

/** States in every status, reached through the reducer itself. */
function statesInEveryStatus(): ForceMajeureState[] {
  const s0 = initialForceMajeureState({ type: 'force-majeure.notified', date: '2025-07-07' as PlainDate, by: 'employer', ref: 'n', index: 0 });
  const step = (s: ForceMajeureState, type: (typeof FORCE_MAJEURE_EVENT_TYPES)[number], date: string, extra: Record<string, unknown> = {}) =>
    forceMajeureTransition(s, { ...sample(type, 1), date: date as PlainDate, ...extra } as ForceMajeureEvent);
  const invited = step(s0, 'force-majeure.invited', '2025-07-21');
  const unfit = step(invited, 'force-majeure.finding', '2025-09-04');
  const pending = step(unfit, 'force-majeure.appeal-lodged', '2025-09-10');
  const adapted = step(unfit, 'force-majeure.adapted-work-requested', '2025-09-06');
  const offered = step(adapted, 'force-majeure.plan-offered', '2025-10-01');
  const ended = step(invited, 'force-majeure.no-show', '2025-08-20');
  return [s0, invited, unfit, pending, adapted, offered, ended];
}

describe('the reducer of a procedure', () => {
  const states = statesInEveryStatus();

  it('reaches every status of the table', () => {
    expect(states.map((s) => s.status)).toEqual(['notified', 'invited', 'unfit', 'appeal-pending', 'adapted-work', 'plan-offered', 'ended']);
  });

  it.each(states.map((s) => [s.status, s] as const))('in status %s, every event type gives a state whose status follows from its facts', (_st, s) => {
    FORCE_MAJEURE_EVENT_TYPES.forEach((type, i) => {
      const next = forceMajeureTransition(s, sample(type, i + 10));
      expect(next.status).toBe(statusOf(next));
      if (next.setAside.length > s.setAside.length) {
        expect({ ...next, setAside: s.setAside }).toEqual(s);
      }
    });
  });
});
