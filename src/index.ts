/**
 * reintegratie: Belgian and Flemish re-integration law for long-term sick staff as pure, tested code.
 *
 * The main entry point: `evaluate(case, { asOf })` and the types of its input and output. The tracks, the
 * reporting module and the calendar have their own entry points: `reintegratie/informal`,
 * `reintegratie/formal`, `reintegratie/reporting`, `reintegratie/calendar`.
 *
 * @packageDocumentation
 */
export { evaluate } from './evaluate.js';
export { RULES, ruleById } from './rules/registry.js';
export { RULE_IDS, ACTORS, ACTOR_NAMES, LANGS, colon } from './rules/types.js';
export {
  STATUS_NAMES,
  ABSENCE_STATUS_NAMES,
  INFORMAL_STATUS_NAMES,
  FORMAL_STATUS_NAMES,
  FORMAL_END_NAMES,
  FORCE_MAJEURE_STATUS_NAMES,
  FORCE_MAJEURE_END_NAMES,
  PART_TIME_STATUS_NAMES,
} from './case/names.js';
export { citationShort } from './rules/sources.js';
export { termEnd, type TermEnd } from './case/engine.js';
export type {
  Actor,
  Bilingual,
  Citation,
  Interpretation,
  Lang,
  Regime,
  RuleComputation,
  RuleDefinition,
  RuleId,
  RuleKind,
  Term,
} from './rules/types.js';
export { caseSchema, caseEventSchema, evaluateOptionsSchema, EVENT_TYPES } from './case/schema.js';
export type {
  Case,
  CaseInput,
  CaseEvent,
  CaseEventInput,
  EventOf,
  EventType,
  EvaluateOptions,
  EvaluateOptionsInput,
  Policy,
} from './case/schema.js';
export type {
  Action,
  Deadline,
  DeadlineStatus,
  EscalationReason,
  Evaluation,
  Flag,
  FlagCode,
  FormalEndReason,
  FormalStatus,
  FormalTrajectory,
  InformalStatus,
  Issue,
  IssueCode,
} from './case/output.js';
export type { PlainDate } from './calendar/index.js';
export { LIBRARY_VERSION, RULES_VERSION } from './version.js';
