import type { RuleProseById, RuleSpec } from '../rules/types.js';
import { appealDecisionProse, appealDecisionRule } from './rules/appeal-decision.js';
import { appealWindowProse, appealWindowRule } from './rules/appeal-window.js';
import { assessmentProse, assessmentRule } from './rules/assessment.js';
import { contactWorkerProse, contactWorkerRule } from './rules/contact-worker.js';
import { employerMayRequestProse, employerMayRequestRule } from './rules/employer-may-request.js';
import { mandatoryStartProse, mandatoryStartRule } from './rules/mandatory-start.js';
import { nextInvitationProse, nextInvitationRule } from './rules/next-invitation.js';
import { planAfterAProse, planAfterARule } from './rules/plan-after-decision-a.js';
import { planAfterBProse, planAfterBRule } from './rules/plan-after-decision-b.js';
import { planFollowUpProse, planFollowUpRule } from './rules/plan-follow-up.js';
import { planResponseProse, planResponseRule } from './rules/plan-response.js';
import { restartBarProse, restartBarRule } from './rules/restart-bar.js';
import { workPotentialRequestProse, workPotentialRequestRule } from './rules/work-potential-request.js';

/**
 * The rules of the formal re-integration trajectory (Codex over het welzijn op het werk, book I, title 4,
 * chapter VI), in the order of the trajectory. `formal.start-required` (the escalation) lives in
 * `src/case/escalation.ts`.
 */
export const formalRuleSpecs: readonly RuleSpec[] = [
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

/** The words of the catalogue for each rule of the list. */
export const formalRuleProse: RuleProseById = {
  'formal.employer-may-request': employerMayRequestProse,
  'formal.work-potential-request': workPotentialRequestProse,
  'formal.mandatory-start': mandatoryStartProse,
  'formal.assessment': assessmentProse,
  'formal.next-invitation': nextInvitationProse,
  'formal.plan-after-a': planAfterAProse,
  'formal.appeal-window': appealWindowProse,
  'formal.appeal-decision': appealDecisionProse,
  'formal.plan-after-b': planAfterBProse,
  'formal.plan-response': planResponseProse,
  'formal.contact-worker': contactWorkerProse,
  'formal.plan-follow-up': planFollowUpProse,
  'formal.restart-bar': restartBarProse,
};
