import { rollDeadline, type CalendarOptions, type PlainDate } from './calendar/index.js';
import { buildEpisodes, type Episode } from './case/episodes.js';
import { finalizeDeadlines } from './case/deadlines.js';
import { resolveEscalations } from './case/escalation.js';
import type { Evaluation, Flag, Issue } from './case/output.js';
import type { CaseInput, EvaluateOptions, EvaluateOptionsInput } from './case/schema.js';
import type { TrackContext, TrackResult } from './case/track.js';
import { checkOptions, validateCase, type ValidatedCase } from './case/validate.js';
import { evaluateForceMajeure } from './force-majeure/track.js';
import { evaluateFormal } from './formal/track.js';
import { evaluateHealth } from './health/index.js';
import { evaluateInformal } from './informal/track.js';
import { evaluateStatutory } from './statutory/index.js';
import { LIBRARY_VERSION, RULES_VERSION } from './version.js';

const DEFAULT_DUE_SOON_DAYS = 7;

/**
 * Validates the options. An invalid option is reported and left at its default, so the rest is still
 * evaluated; only an invalid `asOf` stops the evaluation (there is no date to evaluate at).
 */
function readOptions(input: unknown): { options?: EvaluateOptions; issues: Issue[] } {
  const first = checkOptions(input);
  if (first.success) return { options: first.data, issues: [] };
  const issues: Issue[] = first.issues.map((i) => ({
    code: 'invalid-options',
    severity: 'error',
    path: ['options', ...i.path],
    message: `option ${i.path.join('.') || '(options)'}: ${i.message}`,
  }));
  if (typeof input !== 'object' || input === null) return { issues };
  const bad = new Set(first.issues.map((i) => String(i.path[0] ?? '')));
  if (bad.has('asOf') || bad.has('')) return { issues };
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (!bad.has(k)) kept[k] = v;
  const second = checkOptions(kept);
  return second.success ? { options: second.data, issues } : { issues };
}

const unchanged = (d: PlainDate): PlainDate => d;

const SEVERITY_RANK: Readonly<Record<Flag['severity'], number>> = { critical: 0, warning: 1, info: 2 };

/** Flags: critical first, then warnings, then info; within a severity by date (the sort is stable). @internal */
export const byFlagOrder = (a: Flag, b: Flag): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0);

function absenceAt(episodes: readonly Episode[], employmentEndedOn: PlainDate | undefined): Evaluation['absence'] {
  const ep = episodes.at(-1);
  if (employmentEndedOn !== undefined) {
    return ep ? { status: 'ended', episodeStart: ep.segments[ep.segments.length - 1]!.start, uninterruptedSince: ep.start } : { status: 'ended' };
  }
  if (!ep) return { status: 'none' };
  const last = ep.segments[ep.segments.length - 1]!;
  return {
    status: last.resumedOn === undefined ? 'absent' : 'working',
    episodeStart: last.start,
    uninterruptedSince: ep.start,
  };
}

/**
 * Evaluates a case at `asOf`: the state of the informal track (omzendbrief re-integratie) and of the formal
 * trajectory (Codex over het welzijn op het werk, book I, title 4, chapter VI), every deadline with its legal
 * basis and status, the actions due now, and the flags. Pure: never reads the clock, never mutates its input and
 * never throws on any JSON input (bad input becomes `issues`; valid events are still evaluated).
 *
 * @example
 * const result = evaluate(
 *   { caseId: 'c-1', events: [{ type: 'absence.started', date: '2025-03-10' }] },
 *   { asOf: '2025-05-05' },
 * );
 * result.deadlines.find((d) => d.rule === 'informal.first-conversation')?.due //=> '2025-05-10'
 */
export function evaluate(input: CaseInput, options: EvaluateOptionsInput): Evaluation;
export function evaluate(input: unknown, options: unknown): Evaluation;
export function evaluate(input: unknown, optionsInput: unknown): Evaluation {
  const { options, issues: optionIssues } = readOptions(optionsInput);
  if (!options) {
    const receipt = { library: LIBRARY_VERSION, rules: RULES_VERSION };
    const caseId =
      typeof input === 'object' && input !== null && typeof (input as { caseId?: unknown }).caseId === 'string'
        ? (input as { caseId: string }).caseId
        : '';
    return {
      caseId,
      asOf: '' as PlainDate,
      receipt,
      absence: { status: 'none' },
      informal: null,
      formal: null,
      trajectories: [],
      forceMajeure: [],
      statutory: null,
      deadlines: [],
      actions: [],
      flags: [],
      issues: optionIssues,
    };
  }
  return evaluateValidated(validateCase(input, options.asOf), options, optionIssues);
}

/**
 * `evaluate` after the boundary checks: the case validated at `options.asOf` (`validateCase`) and the options
 * checked. For callers that already hold the validated case (the report counts its events too), so that every
 * event is validated once. `optionIssues` start the `issues` of the result.
 *
 * @internal
 */
export function evaluateValidated(validated: ValidatedCase, options: EvaluateOptions, optionIssues: Issue[] = []): Evaluation {
  const asOf = options.asOf;
  const receipt = { library: LIBRARY_VERSION, rules: RULES_VERSION };
  const { episodes, employmentEndedOn, issues: episodeIssues } = buildEpisodes(validated.events);
  const calendar: CalendarOptions = {};
  if (options.calendar?.workweek !== undefined) calendar.workweek = options.calendar.workweek;
  if (options.calendar?.extraHolidays !== undefined) calendar.extraHolidays = options.calendar.extraHolidays;
  const rollover = options.rollover ?? 'none';
  const ctx: TrackContext = {
    asOf,
    options,
    calendar,
    deadline: rollover === 'none' ? unchanged : (d) => rollDeadline(d, rollover, calendar),
    employee: validated.employee,
    events: validated.events,
    episodes,
    employmentEndedOn,
  };

  // The tracks in this order: informal, health, formal, medical force majeure, the VPS.
  const informal = evaluateInformal(ctx);
  const formal = evaluateFormal(ctx);
  const forceMajeure = evaluateForceMajeure(ctx);
  const statutory = evaluateStatutory(ctx);
  const tracks: TrackResult[] = [informal, evaluateHealth(ctx), formal, forceMajeure, statutory];
  const escalations = resolveEscalations(tracks.flatMap((t) => t.escalations), ctx);
  const drafts = [...tracks.flatMap((t) => t.deadlines), ...escalations.deadlines];
  const final = finalizeDeadlines(drafts, asOf, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const flags = [...escalations.flags, ...tracks.flatMap((t) => t.flags), ...final.flags].sort(byFlagOrder);
  // The issues: of the options, the events and the episodes, then of each track.
  const issues = [...optionIssues, ...validated.issues, ...episodeIssues, ...tracks.flatMap((t) => t.issues)];
  const trajectories = formal.trajectories;

  return {
    caseId: validated.caseId,
    asOf,
    receipt,
    absence: absenceAt(episodes, employmentEndedOn),
    informal: informal.status === null ? null : { status: informal.status },
    formal: trajectories.length > 0 ? { ...trajectories.at(-1)! } : null,
    trajectories,
    forceMajeure: forceMajeure.procedures,
    statutory: statutory.position,
    deadlines: final.deadlines,
    actions: final.actions,
    flags,
    issues,
  };
}
