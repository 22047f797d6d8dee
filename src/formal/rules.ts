import type { RuleDefinition } from '../rules/types.js';
import { appealDecisionRule } from './rules/appeal-decision.js';
import { appealWindowRule } from './rules/appeal-window.js';
import { assessmentRule } from './rules/assessment.js';
import { contactWorkerRule } from './rules/contact-worker.js';
import { employerMayRequestRule } from './rules/employer-may-request.js';
import { mandatoryStartRule } from './rules/mandatory-start.js';
import { nextInvitationRule } from './rules/next-invitation.js';
import { planAfterARule } from './rules/plan-after-decision-a.js';
import { planAfterBRule } from './rules/plan-after-decision-b.js';
import { planFollowUpRule } from './rules/plan-follow-up.js';
import { planResponseRule } from './rules/plan-response.js';
import { restartBarRule } from './rules/restart-bar.js';
import { workPotentialRequestRule } from './rules/work-potential-request.js';

/**
 * The rules of the formal re-integration trajectory (Codex over het welzijn op het werk, book I, title 4,
 * chapter VI), in the order of the trajectory. `formal.start-required` (the escalation) lives in
 * `src/case/escalation.ts`.
 */
export const formalRules: RuleDefinition[] = [
  employerMayRequestRule,
  workPotentialRequestRule,
  mandatoryStartRule,
  assessmentRule,
  nextInvitationRule,
  planAfterARule,
  appealWindowRule,
  appealDecisionRule,
  planAfterBRule,
  planResponseRule,
  contactWorkerRule,
  planFollowUpRule,
  restartBarRule,
];
