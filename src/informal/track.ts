/**
 * The informal track of a case: one track per absence episode, its deadlines, escalations and issues
 * (`evaluateInformal`, published by `reintegratie/informal`).
 *
 * @module
 */
import type { InformalStatus } from '../case/output.js';
import { eventIssue, type TrackContext, type TrackResult } from '../case/track.js';
import { deriveInformal } from './derive.js';
import { eventsByEpisode } from './episode-events.js';
import { INFORMAL_IN_FORCE_FROM } from './rules.js';
import { initialInformalState } from './state.js';
import { INFORMAL_STEP_TYPES, informalTransition } from './transition.js';

/** Event types of the informal track that need an absence episode. */
const INFORMAL_EVENT_TYPES: ReadonlySet<string> = new Set(INFORMAL_STEP_TYPES);

const NOT_STARTED = 'no absence has started: the informal track starts with absence.started; ignored';
const NOT_IN_FORCE =
  `the absence episode started before the omzendbrief re-integratie came into force on ${INFORMAL_IN_FORCE_FROM}: ` +
  'its informal track is not evaluated';

/**
 * Evaluates the informal track of every absence episode (SPEC section 5): one track per episode, a relapse
 * within 14 days continuing it. Episodes that started before 1 January 2024 are not evaluated (issue
 * `informal-not-in-force`). `status` is the status of the latest episode's track (null without an evaluated
 * episode).
 *
 * @example
 * // See `evaluate` (src/evaluate.ts), which builds the context.
 */
export function evaluateInformal(ctx: TrackContext): TrackResult & { status: InformalStatus | null } {
  const grouped = eventsByEpisode(ctx.events, ctx.episodes, ctx.employmentEndedOn);
  const result: TrackResult & { status: InformalStatus | null } = {
    deadlines: [],
    flags: [],
    escalations: [],
    issues: grouped.before
      .filter((e) => INFORMAL_EVENT_TYPES.has(e.type))
      .map((e) => eventIssue(e, 'out-of-sequence', 'warning', NOT_STARTED)),
    status: null,
  };
  grouped.episodes.forEach(({ episode, events }, k) => {
    const [first, ...rest] = events;
    if (first === undefined || first.type !== 'absence.started') return;
    const isLatest = k === grouped.episodes.length - 1;
    if (episode.start < INFORMAL_IN_FORCE_FROM) {
      result.issues.push(eventIssue(first, 'informal-not-in-force', 'info', NOT_IN_FORCE));
      if (isLatest) result.status = null;
      return;
    }
    const state = rest.reduce(informalTransition, initialInformalState(first));
    const options = { asOf: ctx.asOf, policy: ctx.options.policy, deadline: ctx.deadline, episode: episode.index };
    const derived = deriveInformal(state, options);
    result.deadlines.push(...derived.deadlines);
    result.escalations.push(...derived.escalations);
    result.issues.push(...state.issues);
    if (isLatest) result.status = state.status;
  });
  return result;
}
