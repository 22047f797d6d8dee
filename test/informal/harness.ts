/**
 * Test harness: evaluates only the informal track and the health duties of a case, joined exactly as
 * `evaluate` joins them (central deadline statuses, flags and escalation), but without the formal track, so
 * that these tests do not depend on it. The SPEC examples (spec-examples.test.ts) go through `evaluate` itself.
 */
import { rollDeadline, type CalendarOptions, type PlainDate } from '../../src/calendar/index.js';
import { buildEpisodes } from '../../src/case/episodes.js';
import { finalizeDeadlines } from '../../src/case/deadlines.js';
import { resolveEscalations } from '../../src/case/escalation.js';
import type { Action, Deadline, Flag, InformalStatus, Issue } from '../../src/case/output.js';
import { evaluateOptionsSchema, type EvaluateOptionsInput } from '../../src/case/schema.js';
import type { EscalationTrigger, TrackContext } from '../../src/case/track.js';
import { validateCase } from '../../src/case/validate.js';
import { evaluateHealth } from '../../src/health/index.js';
import { evaluateInformal } from '../../src/informal/index.js';
import type { RuleId } from '../../src/rules/types.js';

export type TrackOutcome = {
  status: InformalStatus | null;
  deadlines: Deadline[];
  actions: Action[];
  flags: Flag[];
  issues: Issue[];
  escalations: EscalationTrigger[];
};

export type Ev = Record<string, unknown> & { type: string; date: string };

/** Evaluates the informal track and the health duties of `events` at `options.asOf`. */
export function track(
  events: readonly Ev[],
  options: EvaluateOptionsInput,
  employee: { underHealthSurveillance?: boolean } = {},
): TrackOutcome {
  const opts = evaluateOptionsSchema.parse(options);
  const validated = validateCase({ caseId: 'test', employee, events }, opts.asOf);
  const { episodes, employmentEndedOn, issues: episodeIssues } = buildEpisodes(validated.events);
  const calendar: CalendarOptions = {};
  if (opts.calendar?.workweek !== undefined) calendar.workweek = opts.calendar.workweek;
  if (opts.calendar?.extraHolidays !== undefined) calendar.extraHolidays = opts.calendar.extraHolidays;
  const rollover = opts.rollover ?? 'none';
  const ctx: TrackContext = {
    asOf: opts.asOf,
    options: opts,
    calendar,
    deadline: rollover === 'none' ? (d) => d : (d) => rollDeadline(d, rollover, calendar),
    employee: validated.employee,
    events: validated.events,
    episodes,
    ...(employmentEndedOn !== undefined ? { employmentEndedOn } : {}),
  };
  const informal = evaluateInformal(ctx);
  const health = evaluateHealth(ctx);
  const escalations = [...informal.escalations, ...health.escalations];
  const joined = resolveEscalations(escalations, ctx);
  const final = finalizeDeadlines(
    [...informal.deadlines, ...health.deadlines, ...joined.deadlines],
    opts.asOf,
    opts.dueSoonDays ?? 7,
  );
  return {
    status: informal.status,
    deadlines: final.deadlines,
    actions: final.actions,
    flags: [...joined.flags, ...informal.flags, ...health.flags, ...final.flags],
    issues: [...validated.issues, ...episodeIssues, ...informal.issues, ...health.issues],
    escalations,
  };
}

/** The deadlines of one rule, in output order. */
export const of = (o: { deadlines: Deadline[] }, rule: RuleId): Deadline[] => o.deadlines.filter((d) => d.rule === rule);

/** The only deadline of a rule (fails the test when there is not exactly one). */
export function one(o: { deadlines: Deadline[] }, rule: RuleId): Deadline {
  const found = of(o, rule);
  if (found.length !== 1) throw new Error(`expected one ${rule} deadline, found ${found.length}: ${JSON.stringify(found)}`);
  return found[0]!;
}

/** The `formal-trajectory-required` flags. */
export const escalationFlags = (o: { flags: Flag[] }): Flag[] => o.flags.filter((f) => f.code === 'formal-trajectory-required');

export const d = (s: string): PlainDate => s as PlainDate;

const URL_CODEX = 'https://werk.belgie.be/nl/themas/welzijn-op-het-werk/codex-over-het-welzijn-op-het-werk';
const URL_VLAANDEREN =
  'https://www.vlaanderen.be/informatie-voor-hr-professionals/dienstverlening-welzijn-en-gezondheid/re-integratietrajecten';

/** The citations, written out by hand (not imported), so that a changed citation fails a test. */
export const CITE = {
  omzendbrief: { source: 'omzendbrief', url: URL_VLAANDEREN },
  step: (n: 1 | 2 | 3 | 4) => ({ source: 'ago-guidance', article: `informeel traject, stap ${n}`, url: URL_VLAANDEREN }),
  codex: (article: string) => ({ source: 'codex', article, url: URL_CODEX }),
} as const;

export const absence = (date: string, id = 'a1'): Ev => ({ id, type: 'absence.started', date, cause: 'illness' });
export const resumed = (date: string, id = 'w1'): Ev => ({ id, type: 'work.resumed', date, mode: 'full' });
