/**
 * `reintegratie/formal`: the formal re-integration trajectory of the Codex over het welzijn op het werk (book I,
 * title 4, chapter VI), in the regimes of the KB of 11 September 2022 (`R2022`, trajectories starting from
 * 1 October 2022) and of the reform in force on 1 January 2026 (`R2026`).
 *
 * @module
 */
import type { FormalTrajectory, Issue } from '../case/output.js';
import type { TrackContext, TrackResult } from '../case/track.js';
import { deriveEpisode, deriveTrajectory } from './derive.js';
import { EVENT_KINDS } from '../case/check.js';
import { append } from '../case/lists.js';
import { kindOf, type ValidatedEvent } from '../case/validate.js';
import { FORMAL_EVENT_TYPES, formalTransition, initialFormalState, isActive, toTrajectory, type FormalEvent, type FormalState } from './reducer.js';

/** Whether each event type (by its number, `kindOf`) goes to the formal reducer. */
const FORMAL_KIND: readonly boolean[] = EVENT_KINDS.map((t) => (FORMAL_EVENT_TYPES as readonly string[]).includes(t));
const isFormal = (e: ValidatedEvent): e is FormalEvent => FORMAL_KIND[kindOf(e)] === true;

export { formalRules } from './rules.js';
export { selectRegime } from './regime.js';
export {
  currentDecision,
  FORMAL_EVENT_TYPES,
  formalTransition,
  initialFormalState,
  isActive,
  toTrajectory,
  type FormalAppeal,
  type FormalDecision,
  type FormalEnv,
  type FormalEvent,
  type FormalEventType,
  type Fact,
  type FormalState,
  type Initiator,
  type SetAsideEvent,
} from './reducer.js';
export { assessment } from './rules/assessment.js';
export { nextInvitation, noShowEndValid } from './rules/next-invitation.js';
export { planAfterA } from './rules/plan-after-decision-a.js';
export { appealWindow } from './rules/appeal-window.js';
export { appealDecision } from './rules/appeal-decision.js';
export { planAfterB, type PlanAfterBInterpretation, type PlanAfterBResult } from './rules/plan-after-decision-b.js';
export { planResponse } from './rules/plan-response.js';
export { contactWorker } from './rules/contact-worker.js';
export { planFollowUp } from './rules/plan-follow-up.js';
export { restartBar } from './rules/restart-bar.js';
export { employerMayRequest } from './rules/employer-may-request.js';
export { workPotentialRequest } from './rules/work-potential-request.js';
export { mandatoryStart } from './rules/mandatory-start.js';

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
    const last = states[states.length - 1];
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
  const { states, issues } = reduceTrajectories(ctx);
  const result: TrackResult & { trajectories: FormalTrajectory[] } = {
    deadlines: [],
    flags: [],
    escalations: [],
    issues: [...issues],
    trajectories: states.map(toTrajectory),
  };
  let headcountUnknown = false;
  for (const ep of ctx.episodes) {
    const d = deriveEpisode(ep, ctx);
    append(result.deadlines, d.deadlines);
    append(result.escalations, d.escalations);
    headcountUnknown ||= d.headcountUnknown;
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
  for (let i = 0; i < states.length; i++) {
    const d = deriveTrajectory(states, i, ctx);
    append(result.deadlines, d.deadlines);
    append(result.flags, d.flags);
    append(result.issues, d.issues);
  }
  return result;
}
