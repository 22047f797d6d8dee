/**
 * `reintegratie/force-majeure`: medical force majeure (medische overmacht) for contractual staff, the special
 * procedure of art. 34 Arbeidsovereenkomstenwet and Codex I.4-82/1 (in force 28 November 2022; 6 instead of
 * 9 months of incapacity for procedures from 1 January 2026), and the employer's notification to the RIZIV for
 * the Terug Naar Werk-Fonds (ends from 1 April 2024).
 *
 * A procedure starts when the occupational physician receives the registered notification
 * (`force-majeure.notified`); its deadlines, flags and issues are derived from the reducer's final state, like
 * those of the formal trajectory. Statutory staff have no employment contract: for them every medical force
 * majeure event is the issue `not-applicable`.
 *
 * @module
 */
export {
  forceMajeureRules,
  mayStartRule,
  invitationRule,
  fmNextInvitationRule,
  fmAppealWindowRule,
  fmAppealDecisionRule,
  adaptedWorkRequestRule,
  adaptedWorkFormRule,
  planOrReportRule,
  mayEndRule,
  rizivNotificationRule,
} from '../rules/registry.js';

export { evaluateForceMajeure, reduceProcedures } from './track.js';
export {
  adaptedWorkAsked,
  FORCE_MAJEURE_EVENT_TYPES,
  forceMajeureTransition,
  initialForceMajeureState,
  isForceMajeureEvent,
  statusOf,
  type Fact,
  type ForceMajeureEnv,
  type ForceMajeureEvent,
  type ForceMajeureEventType,
  type ForceMajeureState,
  type ReducerStatus,
  type SetAside,
} from './reducer.js';
export { FM2022_MONTHS, FM2026_MONTHS, forceMajeureRegime, mayStart, type ForceMajeureRegime } from './rules/may-start.js';
export { invitation, INVITATION_NOT_BEFORE_DAYS } from './rules/invitation.js';
export { fmNextInvitation, fmNoShowEndValid, FM_INVITATION_GAP_DAYS, FM_INVITATIONS_BEFORE_NO_SHOW } from './rules/next-invitation.js';
export { fmAppealWindow, FM_APPEAL_WINDOW_DAYS } from './rules/appeal-window.js';
export { fmAppealDecision, FM_APPEAL_DECISION_DAYS } from './rules/appeal-decision.js';
export { adaptedWorkRequest, ADAPTED_WORK_REQUEST_DAYS } from './rules/adapted-work-request.js';
export { adaptedWorkForm, ADAPTED_WORK_FORM_DAYS } from './rules/adapted-work-form.js';
export { mayEnd, type AdaptedWorkOutcome, type MayEndInput, type MayEndResult } from './rules/may-end.js';
export { rizivNotification, rizivNotificationApplies, RIZIV_NOTIFICATION_DAYS } from './rules/riziv-notification.js';
export { employmentContractsAct, healthInsuranceAct, FM2022_FROM, FM2026_FROM, TNW_FUND_FROM, FORCE_MAJEURE_URLS } from './sources.js';
export * from './interpretations.js';
