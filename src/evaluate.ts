import { rollDeadline, type CalendarOptions, type PlainDate } from './calendar/index.js';
import { buildEpisodes, type Episode } from './case/episodes.js';
import { finalizeDeadlines } from './case/deadlines.js';
import { resolveEscalations } from './case/escalation.js';
import type { Evaluation, Issue } from './case/output.js';
import { evaluateOptionsSchema, type CaseInput, type EvaluateOptions, type EvaluateOptionsInput } from './case/schema.js';
import type { TrackContext, TrackResult } from './case/track.js';
import { validateCase } from './case/validate.js';
import { evaluateFormal } from './formal/index.js';
import { evaluateHealth } from './health/index.js';
import { evaluateInformal } from './informal/index.js';
import { LIBRARY_VERSION, RULES_VERSION } from './version.js';

const DEFAULT_DUE_SOON_DAYS = 7;

type ZodLikeIssue = { path: PropertyKey[]; message: string };

/**
 * Validates the options. An invalid option is reported and left at its default, so the rest is still
 * evaluated; only an invalid `asOf` stops the evaluation (there is no date to evaluate at).
 */
function readOptions(input: unknown): { options?: EvaluateOptions; issues: Issue[] } {
  const first = evaluateOptionsSchema.safeParse(input);
  if (first.success) return { options: first.data, issues: [] };
  const issues: Issue[] = (first.error.issues as ZodLikeIssue[]).map((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
    return {
      code: 'invalid-options',
      severity: 'error',
      path: ['options', ...path],
      message: `option ${path.join('.') || '(options)'}: ${i.message}`,
    };
  });
  if (typeof input !== 'object' || input === null) return { issues };
  const bad = new Set(first.error.issues.map((i) => String(i.path[0] ?? '')));
  if (bad.has('asOf') || bad.has('')) return { issues };
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (!bad.has(k)) kept[k] = v;
  const second = evaluateOptionsSchema.safeParse(kept);
  return second.success ? { options: second.data, issues } : { issues };
}

function absenceAt(episodes: readonly Episode[], employmentEndedOn: PlainDate | undefined): Evaluation['absence'] {
  const ep = episodes[episodes.length - 1];
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
  const receipt = { library: LIBRARY_VERSION, rules: RULES_VERSION };
  if (!options) {
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
      deadlines: [],
      actions: [],
      flags: [],
      issues: optionIssues,
    };
  }
  const asOf = options.asOf;
  const validated = validateCase(input, asOf);
  const { episodes, employmentEndedOn, issues: episodeIssues } = buildEpisodes(validated.events);
  const calendar: CalendarOptions = {};
  if (options.calendar?.workweek !== undefined) calendar.workweek = options.calendar.workweek;
  if (options.calendar?.extraHolidays !== undefined) calendar.extraHolidays = options.calendar.extraHolidays;
  const rollover = options.rollover ?? 'none';
  const ctx: TrackContext = {
    asOf,
    options,
    calendar,
    deadline: rollover === 'none' ? (d) => d : (d) => rollDeadline(d, rollover, calendar),
    employee: validated.employee,
    events: validated.events,
    episodes,
    ...(employmentEndedOn !== undefined ? { employmentEndedOn } : {}),
  };

  const informal = evaluateInformal(ctx);
  const health = evaluateHealth(ctx);
  const formal = evaluateFormal(ctx);
  const tracks: TrackResult[] = [informal, health, formal];
  const escalations = resolveEscalations(
    tracks.flatMap((t) => t.escalations),
    ctx,
  );
  const final = finalizeDeadlines(
    [...tracks.flatMap((t) => t.deadlines), ...escalations.deadlines],
    asOf,
    options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
  );
  const flags = [...escalations.flags, ...tracks.flatMap((t) => t.flags), ...final.flags];
  const severityRank = { critical: 0, warning: 1, info: 2 } as const;
  flags.sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));

  const trajectories = formal.trajectories;
  return {
    caseId: validated.caseId,
    asOf,
    receipt,
    absence: absenceAt(episodes, employmentEndedOn),
    informal: informal.status === null ? null : { status: informal.status },
    formal: trajectories.length > 0 ? { ...trajectories[trajectories.length - 1]! } : null,
    trajectories,
    deadlines: final.deadlines,
    actions: final.actions,
    flags,
    issues: [...optionIssues, ...validated.issues, ...episodeIssues, ...tracks.flatMap((t) => t.issues)],
  };
}
