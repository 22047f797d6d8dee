import type { CalendarOptions, PlainDate } from '../calendar/index.js';
import type { RuleId } from '../rules/types.js';
import type { Episode } from './episodes.js';
import type { EscalationReason, Flag, Issue } from './output.js';
import type { EvaluateOptions } from './schema.js';
import type { Employee, ValidatedEvent } from './validate.js';
import type { DeadlineDraft } from './engine.js';

/** What every track gets: validated, sorted events up to `asOf`, the episodes, and the options. */
export type TrackContext = {
  readonly asOf: PlainDate;
  readonly options: EvaluateOptions;
  /** Working-day calendar (workweek, extra holidays) from the options. */
  readonly calendar: CalendarOptions;
  /** Applies the `rollover` option to a calendar-day or month *deadline* (never to an earliest date). */
  readonly deadline: (due: PlainDate) => PlainDate;
  readonly employee: Employee;
  readonly events: readonly ValidatedEvent[];
  readonly episodes: readonly Episode[];
  readonly employmentEndedOn?: PlainDate | undefined;
};

export type { DeadlineDraft } from './engine.js';

/** An escalation to the formal track: from `since` a formal trajectory must be started. */
export type EscalationTrigger = {
  reason: EscalationReason;
  since: PlainDate;
  /** Index of the absence episode it belongs to. */
  episode: number;
  rule?: RuleId;
  because: string[];
};

export type TrackResult = {
  deadlines: DeadlineDraft[];
  /** Track-specific flags (not `overdue` / `due-soon` / `formal-trajectory-required`, which are derived). */
  flags: Flag[];
  escalations: EscalationTrigger[];
  issues: Issue[];
};

/**
 * The issue about one event, in the wording every track uses: the event's index, its id when it has one, its
 * type and date, then `message`.
 */
export function eventIssue(
  e: { readonly ref: string; readonly index: number; readonly type: string; readonly date: PlainDate },
  code: Issue['code'],
  severity: Issue['severity'],
  message: string,
): Issue {
  const named = !e.ref.startsWith('#');
  return {
    code,
    severity,
    path: ['events', e.index],
    message: `event ${e.index}${named ? ` (id "${e.ref}")` : ''} (${e.type}) on ${e.date}: ${message}`,
    ...(named ? { eventId: e.ref, eventIndex: e.index } : { eventIndex: e.index }),
  };
}
