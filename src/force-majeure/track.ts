/**
 * The medical force majeure procedures of a case (contractual staff): the reducer run per procedure, their
 * deadlines, flags and issues, the earliest start of a procedure in the current absence, and the employer's
 * notification to the RIZIV after an end for medical force majeure (`evaluateForceMajeure`).
 *
 * @module
 */
import { compareDates, type PlainDate } from '../calendar/index.js';
import { deadline } from '../case/engine.js';
import type { Flag, ForceMajeureProcedure, Issue } from '../case/output.js';
import { eventIssue, type DeadlineDraft, type TrackContext, type TrackResult } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import { reduceTrajectories } from '../formal/track.js';
import { deriveProcedure, endPrematureFlag } from './derive.js';
import { forceMajeureTransition, initialForceMajeureState, isForceMajeureEvent, type ForceMajeureState } from './reducer.js';
import { mayStart, mayStartRule } from './rules/may-start.js';
import { rizivNotificationApplies, rizivNotificationRule } from './rules/riziv-notification.js';
import { FM2022_FROM, TNW_FUND_FROM } from './sources.js';

const ignored = (e: ValidatedEvent, why: string): Issue => eventIssue(e, 'out-of-sequence', 'warning', `${why}; ignored`);

/**
 * Runs the reducer over the events, one procedure at a time: a `force-majeure.notified` opens a procedure when
 * none is running; every other procedure event and `employment.ended` go to the running (or last) procedure.
 * Returns the final states, oldest first, and the issues for events that belong to no procedure.
 */
export function reduceProcedures(ctx: TrackContext): { states: ForceMajeureState[]; issues: Issue[] } {
  const states: ForceMajeureState[] = [];
  const issues: Issue[] = [];
  const env = { deadline: ctx.deadline };
  let employmentEndedOn: PlainDate | undefined;
  for (const e of ctx.events.filter(isForceMajeureEvent)) {
    const last = states.at(-1);
    if (e.type === 'force-majeure.notified' && (last === undefined || last.status === 'ended')) {
      if (employmentEndedOn !== undefined) issues.push(ignored(e, `employment ended on ${employmentEndedOn}`));
      else if (compareDates(e.date, FM2022_FROM) < 0) {
        const why = `the procedure of art. 34 Arbeidsovereenkomstenwet and Codex I.4-82/1 exists from ${FM2022_FROM}; before it, medical force majeure followed the re-integration trajectory, which this library does not compute for it`;
        issues.push(eventIssue(e, 'regime-not-supported', 'warning', why));
      } else states.push(initialForceMajeureState(e));
      continue;
    }
    if (e.type === 'employment.ended') employmentEndedOn ??= e.date;
    if (last === undefined) {
      if (e.type !== 'employment.ended') issues.push(ignored(e, 'no medical force majeure procedure was notified'));
      continue;
    }
    states[states.length - 1] = forceMajeureTransition(last, e, env);
  }
  return { states, issues };
}

const isForceMajeureType = (e: ValidatedEvent): boolean => e.type.startsWith('force-majeure.');
const endedForForceMajeure = (e: ValidatedEvent | undefined): e is Extract<ValidatedEvent, { type: 'employment.ended' }> =>
  e?.type === 'employment.ended' && e.reason === 'medical-force-majeure';

const STATUS_UNKNOWN: Issue = {
  code: 'not-applicable',
  severity: 'info',
  path: ['employee', 'status'],
  message:
    'employee.status is not given: medical force majeure (art. 34 Arbeidsovereenkomstenwet) applies to contractual staff only; the procedure is evaluated as for contractual staff',
};

/** The earliest start of a next procedure in the current absence, for contractual staff (none yet, or after a no-show). */
function nextStart(ctx: TrackContext, states: readonly ForceMajeureState[]): DeadlineDraft[] {
  const ep = ctx.episodes.at(-1);
  if (ctx.employee.status !== 'contractual' || ep === undefined || ctx.employmentEndedOn !== undefined) return [];
  if (ep.segments.at(-1)!.resumedOn !== undefined) return [];
  const last = states.at(-1);
  if (last !== undefined && last.notice.date >= ep.start && last.end?.reason !== 'no-show') return [];
  const abandonedOn = last?.end?.reason === 'no-show' ? last.end.date : undefined;
  const r = mayStart({ uninterruptedSince: ep.start, ...(abandonedOn !== undefined ? { abandonedOn } : {}) });
  return [deadline(mayStartRule, { from: ep.start, due: r.due, because: refsOf(ep.segments[0]!.startRef, last?.end?.ref) }, ctx)];
}

const refsOf = (...xs: (string | undefined)[]): string[] => xs.filter((x): x is string => x !== undefined);

/** The RIZIV notification after an end for medical force majeure (Terug Naar Werk-Fonds), and stray notifications. */
function rizivPart(ctx: TrackContext, states: readonly ForceMajeureState[]): { deadlines: DeadlineDraft[]; flags: Flag[]; issues: Issue[] } {
  const end = ctx.events.find((e) => e.type === 'employment.ended');
  const notified = ctx.events.filter((e) => e.type === 'force-majeure.riziv-notified');
  if (!endedForForceMajeure(end)) {
    return { deadlines: [], flags: [], issues: notified.map((e) => ignored(e, 'the employment did not end for medical force majeure')) };
  }
  const flags: Flag[] = [];
  if (!states.some((s) => s.end?.reason === 'contract-ended')) flags.push(endPrematureFlag(end.date, null, states.length === 0 ? 'no-procedure' : 'procedure-ended'));
  if (!rizivNotificationApplies(end.date)) {
    return { deadlines: [], flags, issues: notified.map((e) => ignored(e, `the Terug Naar Werk-Fonds applies to ends from ${TNW_FUND_FROM}`)) };
  }
  const before = notified.filter((e) => e.date < end.date);
  const met = notified.find((e) => e.date >= end.date);
  const d = deadline(rizivNotificationRule, { from: end.date, because: refsOf(end.ref, met?.ref), metOn: met?.date }, ctx);
  return { deadlines: [d], flags, issues: before.map((e) => ignored(e, `the employment ended for medical force majeure on ${end.date}, after this notification`)) };
}

/**
 * Evaluates medical force majeure (art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1) for contractual staff: the
 * procedures (oldest first) with their deadlines, flags and issues; the earliest start of a procedure in the
 * current absence (staff known to be contractual); the RIZIV notification after an end for medical force majeure.
 * For statutory staff every such event is the issue `not-applicable` and nothing is evaluated; when the status is
 * unknown, the procedure is evaluated and one info issue `not-applicable` says so.
 *
 * @example
 * // See `evaluate` (src/evaluate.ts), which builds the context.
 */
export function evaluateForceMajeure(ctx: TrackContext): TrackResult & { procedures: ForceMajeureProcedure[] } {
  const end = ctx.events.find((e) => e.type === 'employment.ended');
  const relevant = [...ctx.events.filter(isForceMajeureType), ...(endedForForceMajeure(end) ? [end] : [])];
  if (ctx.employee.status === 'statutory') {
    const why = 'medical force majeure (art. 34 Arbeidsovereenkomstenwet) applies to contractual staff only; this staff member is statutory';
    return { deadlines: [], flags: [], escalations: [], issues: relevant.map((e) => eventIssue(e, 'not-applicable', 'warning', why)), procedures: [] };
  }
  const { states, issues } = reduceProcedures(ctx);
  const trajectories = states.length > 0 ? reduceTrajectories(ctx).states : [];
  const derived = states.map((_, i) => deriveProcedure(states, i, ctx, trajectories));
  const riziv = rizivPart(ctx, states);
  const unknown = ctx.employee.status === undefined && relevant.length > 0 ? [{ ...STATUS_UNKNOWN, path: [...STATUS_UNKNOWN.path] }] : [];
  return {
    deadlines: [...derived.flatMap((x) => x.deadlines), ...nextStart(ctx, states), ...riziv.deadlines],
    flags: [...derived.flatMap((x) => x.flags), ...riziv.flags],
    escalations: [],
    issues: [...unknown, ...issues, ...derived.flatMap((x) => x.issues), ...riziv.issues],
    procedures: derived.map((x) => x.procedure),
  };
}
