import type { CalendarOptions, PlainDate } from '../calendar/index.js';
import type { RuleId } from '../rules/types.js';
import type { Episode } from './episodes.js';
import type { EscalationReason, Flag, Issue } from './output.js';
import type { EvaluateOptions } from './schema.js';
import type { Employee, ValidatedEvent } from './validate.js';
import type { DeadlineDraft } from './engine.js';
import type { EpisodeEvents } from '../informal/episode-events.js';

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
  /** The events of each episode (`eventsByEpisode`), when the caller already grouped them; else each track groups them. */
  readonly byEpisode?: EpisodeEvents | undefined;
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
 * A draft to fill in.
 *
 * @deprecated Build drafts with `deadline()` (`engine.ts`); kept while the tracks move over.
 * @internal
 */
export function newDraft(rule: RuleId, from: PlainDate, due: PlainDate | null, because: string[], trajectory?: number) {
  const draft: { -readonly [K in keyof DeadlineDraft]: DeadlineDraft[K] } & { because: string[]; interpretations?: string[] | undefined } = {
    rule,
    due,
    from,
    trajectory,
    because,
  };
  return draft;
}
