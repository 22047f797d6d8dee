/**
 * The formal trajectories of a case: the reducer run per trajectory, and their deadlines, flags and issues with
 * those of the absence episodes (`evaluateFormal`, published by `reintegratie/formal`).
 *
 * @module
 */
import type { FormalTrajectory, Issue } from '../case/output.js';
import type { TrackContext, TrackResult } from '../case/track.js';
import { deriveEpisode, deriveTrajectory } from './derive.js';
import { append, lastOf } from '../case/lists.js';
import { EVENT_KINDS } from '../case/check.js';
import { kindOf, type ValidatedEvent } from '../case/validate.js';
import { FORMAL_EVENT_TYPES, formalTransition, initialFormalState, isActive, toTrajectory, type FormalEvent, type FormalState } from './reducer.js';

/** Whether each event type (by its number, `kindOf`) goes to the formal reducer. */
const FORMAL_KIND: readonly boolean[] = EVENT_KINDS.map((t) => (FORMAL_EVENT_TYPES as readonly string[]).includes(t));
const isFormal = (e: ValidatedEvent): e is FormalEvent => FORMAL_KIND[kindOf(e)] === true;

/**
 * Runs the reducer over the events, one trajectory at a time: a `formal.requested` opens a trajectory when none
 * is running (a request while one runs is the issue `trajectory-already-active`); every other formal event and
 * `employment.ended` go to the running (or last) trajectory. Returns the final states, oldest first, and the
 * issues for formal events that belong to no trajectory.
 */
export function reduceTrajectories(ctx: TrackContext): { states: FormalState[]; issues: Issue[] } {
  const states: FormalState[] = [];
  const issues: Issue[] = [];
  const env = { deadline: ctx.deadline };
  let employmentEndedOn: string | undefined;
  for (const e of ctx.events) {
    if (!isFormal(e)) continue;
    const last = lastOf(states);
    if (e.type === 'formal.requested' && (last === undefined || !isActive(last))) {
      if (employmentEndedOn !== undefined) {
        issues.push(outOfSequence(e, `employment ended on ${employmentEndedOn}; ignored`));
      } else {
        states.push(initialFormalState(e));
      }
      continue;
    }
    if (e.type === 'employment.ended') employmentEndedOn = e.date;
    if (last === undefined) {
      if (e.type !== 'employment.ended') issues.push(outOfSequence(e, 'no formal trajectory was requested; ignored'));
      continue;
    }
    states[states.length - 1] = formalTransition(last, e, env);
  }
  return { states, issues };
}

function outOfSequence(e: { ref: string; index: number; type: string; date: string }, message: string): Issue {
  const named = !e.ref.startsWith('#');
  return {
    code: 'out-of-sequence',
    severity: 'warning',
    path: ['events', e.index],
    message: `event ${e.index}${named ? ` (id "${e.ref}")` : ''} (${e.type}) on ${e.date}: ${message}`,
    ...(named ? { eventId: e.ref, eventIndex: e.index } : { eventIndex: e.index }),
  };
}

/**
 * Evaluates the formal track: the trajectories (oldest first) with their deadlines, flags and issues, the
 * employer's earliest request date (R2022), and the R2026 duties of the employer per absence episode (the
 * work-potential estimate and the mandatory start, whose overdue start escalates to `formal-trajectory-required`).
 */
export function evaluateFormal(ctx: TrackContext): TrackResult & { trajectories: FormalTrajectory[] } {
  const result: TrackResult & { trajectories: FormalTrajectory[] } = {
    deadlines: [],
    flags: [],
    escalations: [],
    issues: [],
    trajectories: [],
  };
  result.trajectories = evaluateFormalInto(ctx, result);
  return result;
}

/**
 * {@link evaluateFormal}, pushing onto the lists of `result` (which may hold other tracks' items before);
 * returns the trajectories. For `evaluate`, which collects every track's outputs in one set of lists.
 *
 * @internal
 */
export function evaluateFormalInto(ctx: TrackContext, result: TrackResult): FormalTrajectory[] {
  const { states, issues } = reduceTrajectories(ctx);
  append(result.issues, issues);
  // The derivation pushes straight into the result's lists, in this order: the episodes' deadlines and
  // escalations, then each trajectory's deadlines, flags and issues.
  let headcountUnknown = false;
  for (const ep of ctx.episodes) {
    if (deriveEpisode(ep, ctx, result).headcountUnknown) headcountUnknown = true;
  }
  if (headcountUnknown) {
    result.issues.push({
      code: 'headcount-unknown',
      severity: 'info',
      path: ['options', 'employerHeadcount'],
      message:
        'employerHeadcount is not given: the R2026 duty to start the trajectory (employers with 20 or more workers) is applied; give the headcount to apply it only when it is due',
    });
  }
  for (let i = 0; i < states.length; i++) deriveTrajectory(states, i, ctx, result);
  return states.map(toTrajectory);
}
