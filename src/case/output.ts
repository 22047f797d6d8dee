import type { PlainDate } from '../calendar/index.js';
import type { Actor, Bilingual, Citation, Regime, RuleId, RuleKind } from '../rules/types.js';

export type InformalStatus =
  | 'contact'
  | 'exploring'
  | 'preparing-resumption'
  | 'resumption-agreed'
  | 'resumed'
  | 'closed'
  | 'escalated';

export type FormalStatus =
  | 'requested'
  | 'assessing'
  | 'decided-a'
  | 'decided-b'
  | 'appeal-pending'
  | 'plan-offered'
  | 'plan-agreed'
  | 'ended'
  | 'unsupported';

export type FormalEndReason =
  | 'no-show'
  | 'decision-c'
  | 'report'
  | 'plan-refused'
  | 'plan-deemed-refused'
  | 'employment-ended';

export type DeadlineStatus =
  | 'open'
  | 'due-soon'
  | 'overdue'
  | 'met'
  | 'met-late'
  | 'expired'
  | 'suspended'
  | 'waived'
  | 'void'
  | 'pending'
  | 'reached';

export type Deadline = {
  rule: RuleId;
  actor: Actor;
  kind: RuleKind;
  due: PlainDate | null;
  status: DeadlineStatus;
  metOn?: PlainDate;
  /** 0-based index into `trajectories`, for formal-track deadlines. */
  trajectory?: number;
  basis: Citation[];
  /** Ids (or `#index`) of the events that created or met the deadline. */
  because: string[];
  label: Bilingual;
  /** Ids of the interpretations (see the rule registry) this deadline depends on. */
  interpretations?: string[];
  /** Why the deadline exists, where a rule has several reasons (`formal.start-required`: the first escalation reason). */
  reason?: string;
};

export type Action = {
  rule: RuleId;
  actor: Actor;
  due: PlainDate | null;
  status: 'open' | 'due-soon' | 'overdue';
  trajectory?: number;
  basis: Citation[];
  /** Added: the ids (or `#index`) of the events that created the obligation, as on its deadline. */
  because: string[];
  label: Bilingual;
};

export type FlagCode =
  | 'formal-trajectory-required'
  | 'overdue'
  | 'due-soon'
  | 'premature-employer-request'
  | 'restart-before-bar'
  | 'appeal-late'
  | 'no-show-end-invalid'
  | 'appeal-overturned-needs-decision'
  | 'force-majeure-start-invalid'
  | 'force-majeure-end-premature'
  | 'part-time-period-too-long'
  | 'part-time-favour';

export type EscalationReason =
  | 'no-conversation-within-4-months'
  | 'no-arrangements-within-2-months'
  | 'mandatory-start-6-months';

export type Flag = {
  code: FlagCode;
  severity: 'info' | 'warning' | 'critical';
  since: PlainDate;
  rule?: RuleId;
  reason?: string;
  trajectory?: number;
  message: Bilingual;
};

export type IssueCode =
  | 'invalid-case'
  | 'invalid-options'
  | 'invalid-event'
  | 'unknown-event-type'
  | 'duplicate-event-id'
  | 'future-event'
  | 'out-of-sequence'
  | 'regime-not-supported'
  | 'trajectory-already-active'
  | 'informal-not-in-force'
  | 'headcount-unknown'
  | 'not-applicable';

export type Issue = {
  code: IssueCode;
  severity: 'error' | 'warning' | 'info';
  /** Where in the input: e.g. `['events', 3, 'date']`. */
  path: (string | number)[];
  message: string;
  eventId?: string;
  eventIndex?: number;
};

export type FormalTrajectory = {
  status: FormalStatus;
  /** `R2016` only with status `unsupported`: the library never computes 2016 terms. */
  regime: Regime | 'R2016';
  requestedOn: PlainDate;
  initiator: 'worker' | 'treating-physician' | 'employer';
  decision?: 'A' | 'B' | 'C';
  endReason?: FormalEndReason;
  endedOn?: PlainDate;
};

/** The status of a medical force majeure procedure (art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1). */
export type ForceMajeureStatus =
  | 'notified'
  | 'invited'
  | 'unfit'
  | 'appeal-pending'
  | 'adapted-work'
  | 'plan-offered'
  | 'may-end'
  | 'ended';

export type ForceMajeureEndReason =
  | 'no-show'
  | 'not-unfit'
  | 'appeal-overturned'
  | 'plan-agreed'
  | 'contract-ended'
  | 'employment-ended';

/**
 * One medical force majeure procedure, from the notification received by the occupational physician. `FM2022`:
 * the procedure of 28 November 2022 (9 months of incapacity); `FM2026`: procedures started from 1 January 2026
 * (6 months).
 */
export type ForceMajeureProcedure = {
  status: ForceMajeureStatus;
  regime: 'FM2022' | 'FM2026';
  notifiedOn: PlainDate;
  by: 'employer' | 'worker';
  endReason?: ForceMajeureEndReason;
  endedOn?: PlainDate;
};

/** The statutory (VPS) position of a statutory staff member at `asOf`. */
export type StatutoryPosition = {
  /** Part-time work for illness (VPS X 22): `none`, within the `right` (first 6 months, extended), a `favour` after it. */
  partTime: { status: 'none' | 'right' | 'favour'; rightUntil?: PlainDate; periodUntil?: PlainDate };
  /** Working days of sick leave over the career at `asOf` (VPS X 20), including `sickLeaveWorkingDaysBefore`. */
  sickLeaveWorkingDays: number;
  /** The day the 666th working day of sick leave was reached, if it was (VPS X 20). */
  referralPossibleFrom?: PlainDate;
};

export type Evaluation = {
  caseId: string;
  asOf: PlainDate;
  receipt: { library: string; rules: string };
  absence: {
    status: 'absent' | 'working' | 'ended' | 'none';
    episodeStart?: PlainDate;
    uninterruptedSince?: PlainDate;
  };
  informal: { status: InformalStatus } | null;
  formal: FormalTrajectory | null;
  trajectories: FormalTrajectory[];
  /** Medical force majeure procedures (contractual staff), oldest first. */
  forceMajeure: ForceMajeureProcedure[];
  /** The VPS position (statutory staff only; null otherwise). */
  statutory: StatutoryPosition | null;
  deadlines: Deadline[];
  actions: Action[];
  flags: Flag[];
  issues: Issue[];
};
