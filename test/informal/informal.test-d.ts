/**
 * Type tests of the `reintegratie/informal` surface (run by vitest typecheck).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { PlainDate } from '../../src/calendar/index.js';
import type { InformalStatus } from '../../src/case/output.js';
import type { EventOf } from '../../src/case/schema.js';
import type { DeadlineDraft, EscalationTrigger, TrackContext, TrackResult } from '../../src/case/track.js';
import type { Actor, RuleDefinition } from '../../src/rules/types.js';
import {
  deriveInformal,
  evaluateHealth,
  evaluateInformal,
  firstConversation,
  healthRules,
  informalRules,
  informalTransition,
  initialInformalState,
  keepContact,
  nextConversation,
  preResumptionVisit,
  resumptionArrangements,
  returnToWorkExam,
  type InformalState,
  type TrackEvent,
} from '../../src/informal/index.js';

describe('reintegratie/informal types', () => {
  it('evaluateInformal is a track: a TrackResult with the status of the latest episode (or null)', () => {
    expectTypeOf(evaluateInformal).parameter(0).toEqualTypeOf<TrackContext>();
    expectTypeOf(evaluateInformal).returns.toMatchTypeOf<TrackResult>();
    expectTypeOf<ReturnType<typeof evaluateInformal>['status']>().toEqualTypeOf<InformalStatus | null>();
    expectTypeOf(evaluateHealth).returns.toEqualTypeOf<TrackResult>();
  });

  it('the reducer maps a state and an event to a state, and its status is an InformalStatus', () => {
    expectTypeOf(informalTransition).toEqualTypeOf<(state: InformalState, event: TrackEvent) => InformalState>();
    expectTypeOf<InformalState['status']>().toEqualTypeOf<InformalStatus>();
    expectTypeOf<InformalState['start']>().toEqualTypeOf<PlainDate>();
  });

  it('a track can only start with an absence', () => {
    expectTypeOf(initialInformalState).parameter(0).toMatchTypeOf<EventOf<'absence.started'>>();
    // @ts-expect-error a conversation does not start a track
    initialInformalState({ type: 'conversation.held', date: '2025-03-10' as PlainDate, outcome: 'not-yet-possible' });
  });

  it('the derivation yields drafts and escalation triggers', () => {
    expectTypeOf(deriveInformal).returns.toEqualTypeOf<{ deadlines: DeadlineDraft[]; escalations: EscalationTrigger[] }>();
  });

  it('rules are data', () => {
    expectTypeOf(informalRules).toEqualTypeOf<readonly RuleDefinition[]>();
    expectTypeOf(healthRules).toEqualTypeOf<readonly RuleDefinition[]>();
  });

  it('each compute function says when a term has no date', () => {
    expectTypeOf(firstConversation).returns.toEqualTypeOf<{ due: PlainDate }>();
    expectTypeOf(keepContact).returns.toEqualTypeOf<{ due: PlainDate }>();
    expectTypeOf(nextConversation).returns.toEqualTypeOf<{ due: PlainDate | null }>();
    expectTypeOf(resumptionArrangements).returns.toEqualTypeOf<{ due: PlainDate | null; actor: Actor; waived: boolean }>();
    expectTypeOf(returnToWorkExam).returns.toEqualTypeOf<{ due: PlainDate } | null>();
    expectTypeOf(preResumptionVisit).returns.toEqualTypeOf<{ valid: true; due: PlainDate } | { valid: false; due: null }>();
  });

  it('compute functions take plain dates, not strings', () => {
    // @ts-expect-error a string is not a PlainDate: parse it first
    firstConversation({ start: '2025-03-10' });
  });
});
