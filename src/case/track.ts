import type { CalendarOptions, PlainDate } from '../calendar/index.js';
import type { Actor, Citation, RuleId } from '../rules/types.js';
import type { Episode } from './episodes.js';
import type { EscalationReason, Flag, Issue } from './output.js';
import type { EvaluateOptions } from './schema.js';
import type { ValidatedEvent } from './validate.js';
import type { EpisodeEvents } from '../informal/episode-events.js';

/** What every track gets: validated, sorted events up to `asOf`, the episodes, and the options. */
export type TrackContext = {
  readonly asOf: PlainDate;
  readonly options: EvaluateOptions;
  /** Working-day calendar (workweek, extra holidays) from the options. */
  readonly calendar: CalendarOptions;
  /** Applies the `rollover` option to a calendar-day or month *deadline* (never to an earliest date). */
  readonly deadline: (due: PlainDate) => PlainDate;
  readonly employee: { readonly underHealthSurveillance?: boolean; readonly status?: 'statutory' | 'contractual' };
  readonly events: readonly ValidatedEvent[];
  readonly episodes: readonly Episode[];
  readonly employmentEndedOn?: PlainDate | undefined;
  /** The events of each episode (`eventsByEpisode`), when the caller already grouped them; else each track groups them. */
  readonly byEpisode?: EpisodeEvents | undefined;
};

/**
 * A deadline as a track derives it. The status (open, due-soon, overdue, met, ...) is computed afterwards, the
 * same way for every track (`finalizeDeadlines`).
 */
export type DeadlineDraft = {
  rule: RuleId;
  /** The due (or earliest, or until) date; null when the rule sets no term. */
  due: PlainDate | null;
  /** Day the deadline came into being (e.g. the receipt of the form); used for `due-soon` flags. */
  from: PlainDate;
  metOn?: PlainDate | undefined;
  /** When unmet: the trajectory is suspended, the duty waived, or no longer relevant. */
  state?: 'suspended' | 'waived' | 'void' | undefined;
  /** Overrides the registry's actor (e.g. manager or return-to-work coach). */
  actor?: Actor | undefined;
  /** Overrides the registry's citations (e.g. per regime). */
  basis?: Citation[] | undefined;
  trajectory?: number | undefined;
  because: string[];
  interpretations?: string[] | undefined;
  /** Why the deadline exists, where a rule has several reasons (`formal.start-required`: the escalation reason). */
  reason?: string | undefined;
};

/**
 * A draft in the one shape every draft can have (the optional fields present, `undefined` until set), so that
 * `finalizeDeadlines` reads all drafts alike. Set the other fields on the result.
 */
export function newDraft(rule: RuleId, from: PlainDate, due: PlainDate | null, because: string[], trajectory?: number): DeadlineDraft {
  return {
    rule,
    due,
    from,
    metOn: undefined,
    state: undefined,
    actor: undefined,
    basis: undefined,
    trajectory,
    because,
    interpretations: undefined,
    reason: undefined,
  };
}

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
