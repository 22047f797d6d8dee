/**
 * `reintegratie/formal`: the formal re-integration trajectory of the Codex over het welzijn op het werk (book I,
 * title 4, chapter VI), in the regimes of the KB of 11 September 2022 (`R2022`, trajectories starting from
 * 1 October 2022) and of the reform in force on 1 January 2026 (`R2026`).
 *
 * @module
 */
export { formalRules } from '../rules/registry.js';
export { selectRegime } from './regime.js';
export {
  currentDecision,
  FORMAL_EVENT_TYPES,
  formalTransition,
  initialFormalState,
  isActive,
  toTrajectory,
  type FormalAppeal,
  type FormalDecision,
  type FormalEnv,
  type FormalEvent,
  type FormalEventType,
  type Fact,
  type FormalState,
  type Initiator,
  type SetAsideEvent,
} from './reducer.js';
export { assessment } from './rules/assessment.js';
export { nextInvitation, noShowEndValid } from './rules/next-invitation.js';
export { planAfterA } from './rules/plan-after-decision-a.js';
export { appealWindow } from './rules/appeal-window.js';
export { appealDecision } from './rules/appeal-decision.js';
export { planAfterB, type PlanAfterBInterpretation, type PlanAfterBResult } from './rules/plan-after-decision-b.js';
export { planResponse } from './rules/plan-response.js';
export { contactWorker } from './rules/contact-worker.js';
export { planFollowUp } from './rules/plan-follow-up.js';
export { restartBar } from './rules/restart-bar.js';
export { employerMayRequest } from './rules/employer-may-request.js';
export { workPotentialRequest } from './rules/work-potential-request.js';
export { mandatoryStart } from './rules/mandatory-start.js';
export { evaluateFormal, reduceTrajectories } from './track.js';
