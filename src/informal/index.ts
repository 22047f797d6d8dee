/**
 * `reintegratie/informal`: the informal re-integration track of the Flemish government (omzendbrief
 * re-integratie, in force 1 January 2024; AgO guidance, informal track steps 1-4) and the related
 * health-surveillance duties of the Codex over het welzijn op het werk.
 *
 * - `evaluateInformal(ctx)`: the track of every absence episode, its deadlines and escalations; the status of
 *   the latest episode's track.
 * - `initialInformalState` / `informalTransition`: the track as a pure reducer; `deriveInformal`: its deadlines.
 * - `informalRules` / `healthRules`: the rules as data; one compute function per rule.
 *
 * @module
 */
export { INFORMAL_IN_FORCE_FROM } from './rules.js';
export {
  informalRules,
  contactArrangementRule,
  keepContactRule,
  firstConversationRule,
  nextConversationRule,
  resumptionArrangementsRule,
  followUpRule,
} from '../rules/registry.js';
export { initialInformalState, type InformalState, type TrackEvent, type ResumptionPhase, type Conversation, type TrackSegment, type TrackEnd, type Dated, type ActiveStatus } from './state.js';
export { informalTransition } from './transition.js';
export { deriveInformal, type InformalDeriveOptions, type InformalDerivation } from './derive.js';
export { noConversationEscalation, noArrangementsEscalation, NO_CONVERSATION_MONTHS } from './escalation.js';
export { contactArrangement, contactBasis } from './rules/contact-arrangement.js';
export { keepContact } from './rules/keep-contact.js';
export { firstConversation, FIRST_CONVERSATION_MONTHS } from './rules/first-conversation.js';
export { nextConversation } from './rules/next-conversation.js';
export { resumptionArrangements, ARRANGEMENTS_MONTHS } from './rules/resumption-arrangements.js';
export { followUp } from './rules/follow-up.js';
export {
  evaluateHealth,
  healthRules,
  notifyOccupationalPhysician,
  notifyOccupationalPhysicianRule,
  informWorker,
  informWorkerRule,
  returnToWorkExam,
  returnToWorkExamRule,
  preResumptionVisit,
  preResumptionVisitRule,
} from '../health/index.js';
export type { InformalStatus } from '../case/output.js';
export { evaluateInformal } from './track.js';
