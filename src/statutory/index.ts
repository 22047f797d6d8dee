/**
 * The sickness rules of the Vlaams Personeelsstatuut (VPS, BVR of 13 January 2006, part X, title 4) for
 * statutory staff (published as `reintegratie/statutory`):
 *
 * - part-time work for illness (deeltijdse prestaties wegens ziekte, X 22): periods of at most 3 months granted
 *   by the control physician (`statutory.part-time-period`); a right during the first 6 months of a series,
 *   extended by the calendar days of full-time sickness within it, and a favour that also needs the line
 *   manager's agreement from the 7th month (`statutory.part-time-right`); a new right after a complete
 *   resumption;
 * - the referral to the federal medical service (Medex) for definitive unfitness, which the line manager may make
 *   from the 666th working day of sick leave over the career (X 20, `statutory.definitive-unfitness-referral`).
 *
 * The rules apply to `employee.status: 'statutory'` only (interpretation `vps-statutory-staff-only`). Dates are
 * read from the events and the absence episodes; deadlines come from the engine (`deadline`,
 * src/case/engine.ts), their statuses are computed centrally.
 *
 * @module
 */
import type { Issue, StatutoryPosition } from '../case/output.js';
import { eventIssue, type TrackContext, type TrackResult } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import { openOn, fullTimeSickLeave } from './absences.js';
import { endings, evaluateSeries, partTimePosition, partTimeSeries, type Grant } from './part-time.js';
import { evaluateReferral } from './referral.js';

export { statutoryRules, partTimeRightRule, partTimePeriodRule, definitiveUnfitnessReferralRule } from '../rules/registry.js';
export {
  partTimePeriod,
  partTimePeriodMaxUntil,
  PART_TIME_PERIOD_MAX,
  VPS_X22,
} from './rules/part-time-period.js';
export { partTimeRightUntil, PART_TIME_RIGHT, type DayRange } from './rules/part-time-right.js';
export {
  referralPossibleFrom,
  sickLeaveWorkingDays,
  REFERRAL_WORKING_DAYS,
  VPS_X20,
} from './rules/definitive-unfitness-referral.js';

const isGrant = (e: ValidatedEvent): e is Grant => e.type === 'part-time-illness.granted';

/** The issues of a case whose staff member is not (known to be) statutory: its VPS data are not used. */
function notApplicable(ctx: TrackContext, grants: readonly Grant[]): Issue[] {
  const status = ctx.employee.status;
  const why =
    status === 'contractual'
      ? "the VPS rules apply to statutory staff; employee.status is 'contractual'"
      : "the VPS rules apply to statutory staff; employee.status is not given (set it to 'statutory')";
  const issues = grants.map((g) => eventIssue(g, 'not-applicable', 'warning', `${why}; ignored`));
  if (ctx.employee.sickLeaveWorkingDaysBefore !== undefined) {
    issues.push({
      code: 'not-applicable',
      severity: 'info',
      path: ['employee', 'sickLeaveWorkingDaysBefore'],
      message: `employee.sickLeaveWorkingDaysBefore: ${why}; ignored`,
    });
  }
  return issues;
}

/** The grants that count, and an issue for each that does not (or that misses its resumption). */
function readGrants(ctx: TrackContext): { grants: Grant[]; issues: Issue[] } {
  const grants: Grant[] = [];
  const issues: Issue[] = [];
  const ended = ctx.employmentEndedOn;
  for (const g of ctx.events.filter(isGrant)) {
    if (g.until < g.date) {
      issues.push({ ...eventIssue(g, 'invalid-event', 'error', `until (${g.until}) is before the first day of the period; ignored`), path: ['events', g.index, 'until'] });
      continue;
    }
    if (ended !== undefined && g.date > ended) {
      issues.push(eventIssue(g, 'out-of-sequence', 'warning', `the employment ended on ${ended}; ignored`));
      continue;
    }
    const open = openOn(ctx, g.date);
    if (open !== undefined) {
      const message = `a full-time absence is open since ${open.start}: record the part-time resumption (work.resumed, mode part-time) on ${g.date}; until then its days count as full-time sickness`;
      issues.push(eventIssue(g, 'out-of-sequence', 'warning', message));
    }
    grants.push(g);
  }
  return { grants, issues };
}

/**
 * The VPS position of a statutory staff member at `asOf`, with the deadlines and flags of part-time work for
 * illness (X 22) and the referral for definitive unfitness (X 20). Null position for staff who are not
 * statutory: their VPS events get an issue `not-applicable`.
 *
 * @example
 * // See `evaluate` (src/evaluate.ts), which builds the context: `evaluate(...).statutory`.
 */
export function evaluateStatutory(ctx: TrackContext): TrackResult & { position: StatutoryPosition | null } {
  if (ctx.employee.status !== 'statutory') {
    return { deadlines: [], flags: [], escalations: [], issues: notApplicable(ctx, ctx.events.filter(isGrant)), position: null };
  }
  const { grants, issues } = readGrants(ctx);
  const sick = fullTimeSickLeave(ctx);
  const series = partTimeSeries(grants, endings(ctx));
  const results = series.map((s) => evaluateSeries(s, sick, ctx));
  const referral = evaluateReferral(ctx);
  const position: StatutoryPosition = {
    partTime: partTimePosition(series, results, ctx.asOf),
    sickLeaveWorkingDays: referral.workingDays,
    ...(referral.reachedOn !== undefined ? { referralPossibleFrom: referral.reachedOn } : {}),
  };
  return {
    deadlines: [...results.flatMap((r) => r.deadlines), ...(referral.deadline !== null ? [referral.deadline] : [])],
    flags: results.flatMap((r) => r.flags),
    escalations: [],
    issues,
    position,
  };
}
