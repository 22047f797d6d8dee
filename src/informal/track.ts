/**
 * The informal track of a case: one track per absence episode, its deadlines, escalations and issues
 * (`evaluateInformal`, published by `reintegratie/informal`).
 *
 * @module
 */
import { compareDates } from '../calendar/index.js';
import type { InformalStatus, Issue } from '../case/output.js';
import type { TrackContext, TrackResult } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import { append } from '../case/lists.js';
import { deriveInformalInto } from './derive.js';
import { eventsByEpisode } from './episode-events.js';
import { INFORMAL_IN_FORCE_FROM } from './rules.js';
import { initialInformalState, type InformalState } from './state.js';
import { foldInformal, INFORMAL_STEP_TYPES } from './transition.js';

/** Event types of the informal track that need an absence episode. */
const INFORMAL_EVENT_TYPES = new Set<string>(INFORMAL_STEP_TYPES);

function eventIssue(e: ValidatedEvent, code: 'out-of-sequence' | 'informal-not-in-force', severity: Issue['severity'], message: string): Issue {
  const named = e.ref.startsWith('#') ? `event ${e.index}` : `event ${e.index} (id "${e.ref}")`;
  return {
    code,
    severity,
    path: ['events', e.index],
    message: `${named} (${e.type}) on ${e.date}: ${message}`,
    ...(e.ref.startsWith('#') ? { eventIndex: e.index } : { eventId: e.ref, eventIndex: e.index }),
  };
}

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
  const result: TrackResult & { status: InformalStatus | null } = {
    deadlines: [],
    flags: [],
    escalations: [],
    issues: [],
    status: null,
  };
  result.status = evaluateInformalInto(ctx, result);
  return result;
}

/**
 * {@link evaluateInformal}, pushing onto the lists of `result` (which may hold other tracks' items before);
 * returns the status. For `evaluate`, which collects every track's outputs in one set of lists.
 *
 * @internal
 */
export function evaluateInformalInto(ctx: TrackContext, result: TrackResult): InformalStatus | null {
  let status: InformalStatus | null = null;
  const grouped = ctx.byEpisode ?? eventsByEpisode(ctx.events, ctx.episodes, ctx.employmentEndedOn);
  for (const e of grouped.before) {
    if (INFORMAL_EVENT_TYPES.has(e.type)) {
      result.issues.push(
        eventIssue(e, 'out-of-sequence', 'warning', 'no absence has started: the informal track starts with absence.started; ignored'),
      );
    }
  }
  for (let index = 0; index < grouped.episodes.length; index++) {
    const { episode, events } = grouped.episodes[index]!;
    const first = events[0];
    const isLatest = index === grouped.episodes.length - 1;
    if (first === undefined || first.type !== 'absence.started') continue;
    if (compareDates(episode.start, INFORMAL_IN_FORCE_FROM) < 0) {
      result.issues.push(
        eventIssue(
          first,
          'informal-not-in-force',
          'info',
          `the absence episode started before the omzendbrief re-integratie came into force on ${INFORMAL_IN_FORCE_FROM}: its informal track is not evaluated`,
        ),
      );
      if (isLatest) status = null;
      continue;
    }
    // A fresh state, owned by this fold: the transitions change it in place (see foldInformal).
    const state: InformalState = foldInformal(initialInformalState(first), events, 1);
    deriveInformalInto(
      state,
      {
        asOf: ctx.asOf,
        policy: ctx.options.policy,
        deadline: ctx.deadline,
        episode: episode.index,
      },
      result,
    );
    append(result.issues, state.issues);
    if (isLatest) status = state.status;
  }
  return status;
}
