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
  | 'appeal-overturned-needs-decision';

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
  | 'headcount-unknown';

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
  initiator: string;
  decision?: 'A' | 'B' | 'C';
  endReason?: FormalEndReason;
  endedOn?: PlainDate;
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
  deadlines: Deadline[];
  actions: Action[];
  flags: Flag[];
  issues: Issue[];
};
