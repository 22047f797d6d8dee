import { describe, expectTypeOf, it } from 'vitest';
import type { PlainDate } from '../../src/calendar/index.js';
import type { FormalEndReason, FormalStatus, FormalTrajectory } from '../../src/case/output.js';
import type { DeadlineDraft, TrackContext, TrackResult } from '../../src/case/track.js';
import {
  evaluateFormal,
  formalRules,
  formalTransition,
  initialFormalState,
  planAfterB,
  selectRegime,
  type FormalEvent,
  type FormalState,
} from '../../src/formal/index.js';
import type { RuleDefinition } from '../../src/rules/types.js';

describe('types of reintegratie/formal', () => {
  it('the reducer state status is the FormalStatus union, and the end reason the FormalEndReason union', () => {
    expectTypeOf<FormalState['status']>().toEqualTypeOf<FormalStatus>();
    expectTypeOf<NonNullable<FormalState['end']>['reason']>().toEqualTypeOf<FormalEndReason>();
  });

  it('the reducer maps a state and a formal event to a state', () => {
    expectTypeOf(formalTransition).parameter(0).toEqualTypeOf<FormalState>();
    expectTypeOf(formalTransition).parameter(1).toEqualTypeOf<FormalEvent>();
    expectTypeOf(formalTransition).returns.toEqualTypeOf<FormalState>();
    expectTypeOf(initialFormalState).returns.toEqualTypeOf<FormalState>();
  });

  it('only formal events (and employment.ended) reach the reducer', () => {
    expectTypeOf<FormalEvent['type']>().toEqualTypeOf<
      | 'formal.requested'
      | 'formal.invited'
      | 'formal.no-show'
      | 'formal.assessed'
      | 'formal.appeal-lodged'
      | 'formal.appeal-decided'
      | 'formal.plan-offered'
      | 'formal.report-delivered'
      | 'formal.plan-answered'
      | 'formal.worker-contacted'
      | 'formal.plan-deemed-refused'
      | 'formal.plan-reviewed'
      | 'employment.ended'
    >();
    // @ts-expect-error an informal event is not a formal event
    formalTransition({} as FormalState, { type: 'contact.made', date: '2025-01-01' as PlainDate, ref: 'x', index: 0 });
  });

  it('the regime selector returns the three regimes', () => {
    expectTypeOf(selectRegime).returns.toEqualTypeOf<'R2016' | 'R2022' | 'R2026'>();
  });

  it('evaluateFormal is a track: a TrackResult with the trajectories', () => {
    expectTypeOf(evaluateFormal).parameter(0).toEqualTypeOf<TrackContext>();
    expectTypeOf(evaluateFormal).returns.toMatchTypeOf<TrackResult>();
    expectTypeOf<ReturnType<typeof evaluateFormal>['trajectories']>().toEqualTypeOf<FormalTrajectory[]>();
    expectTypeOf<ReturnType<typeof evaluateFormal>['deadlines']>().toEqualTypeOf<DeadlineDraft[]>();
    expectTypeOf(formalRules).toEqualTypeOf<RuleDefinition[]>();
  });

  it('the plan after B takes a PlainDate and a named interpretation', () => {
    expectTypeOf(planAfterB).parameter(0).toHaveProperty('receivedByEmployer').toEqualTypeOf<PlainDate>();
    // @ts-expect-error a plain string is not a PlainDate
    planAfterB({ receivedByEmployer: '2025-08-29' });
    // @ts-expect-error unknown interpretation
    planAfterB({ receivedByEmployer: '2025-08-29' as PlainDate, interpretation: 'from-appeal-window' });
    expectTypeOf(planAfterB).returns.toHaveProperty('due').toEqualTypeOf<PlainDate | null>();
  });
});
