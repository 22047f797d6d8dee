/**
 * The formal trajectories of a case: the reducer run per trajectory, and their deadlines, flags and issues with
 * those of the absence episodes (`evaluateFormal`, published by `reintegratie/formal`).
 *
 * @module
 */
import type { FormalTrajectory, Issue } from '../case/output.js';
import { eventIssue, type TrackContext, type TrackResult } from '../case/track.js';
import { deriveEpisode } from './derive-episode.js';
import { deriveTrajectory } from './derive-trajectory.js';
import { formalTransition, initialFormalState, isActive, isFormalEvent, toTrajectory, type FormalState } from './reducer.js';

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
  for (const e of ctx.events.filter(isFormalEvent)) {
    const last = states.at(-1);
    if (e.type === 'formal.requested' && (last === undefined || !isActive(last))) {
      if (employmentEndedOn !== undefined) issues.push(eventIssue(e, 'out-of-sequence', 'warning', `employment ended on ${employmentEndedOn}; ignored`));
      else states.push(initialFormalState(e));
      continue;
    }
    if (e.type === 'employment.ended') employmentEndedOn = e.date;
    if (last === undefined) {
      if (e.type !== 'employment.ended') issues.push(eventIssue(e, 'out-of-sequence', 'warning', 'no formal trajectory was requested; ignored'));
      continue;
    }
    states[states.length - 1] = formalTransition(last, e, env);
  }
  return { states, issues };
}

const HEADCOUNT_UNKNOWN: Issue = {
  code: 'headcount-unknown',
  severity: 'info',
  path: ['options', 'employerHeadcount'],
  message:
    'employerHeadcount is not given: the R2026 duty to start the trajectory (employers with 20 or more workers) is applied; give the headcount to apply it only when it is due',
};

/**
 * Evaluates the formal track: the trajectories (oldest first) with their deadlines, flags and issues, the
 * employer's earliest request date (R2022), and the R2026 duties of the employer per absence episode (the
 * work-potential estimate and the mandatory start, whose overdue start escalates to `formal-trajectory-required`).
 * In this order: the episodes' deadlines and escalations, then each trajectory's deadlines, flags and issues.
 */
export function evaluateFormal(ctx: TrackContext): TrackResult & { trajectories: FormalTrajectory[] } {
  const { states, issues } = reduceTrajectories(ctx);
  const episodes = ctx.episodes.map((ep) => deriveEpisode(ep, ctx));
  const trajectories = states.map((_, i) => deriveTrajectory(states, i, ctx));
  const headcountUnknown = episodes.some((x) => x.headcountUnknown) ? [{ ...HEADCOUNT_UNKNOWN, path: [...HEADCOUNT_UNKNOWN.path] }] : [];
  return {
    deadlines: [...episodes.flatMap((x) => x.deadlines), ...trajectories.flatMap((x) => x.deadlines)],
    flags: trajectories.flatMap((x) => x.flags),
    escalations: episodes.flatMap((x) => x.escalations),
    issues: [...issues, ...headcountUnknown, ...trajectories.flatMap((x) => x.issues)],
    trajectories: states.map(toTrajectory),
  };
}
