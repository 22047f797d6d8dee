import type { RuleProseById, RuleSpec } from '../rules/types.js';
import { adaptedWorkFormProse, adaptedWorkFormRule } from './rules/adapted-work-form.js';
import { adaptedWorkRequestProse, adaptedWorkRequestRule } from './rules/adapted-work-request.js';
import { fmAppealDecisionProse, fmAppealDecisionRule } from './rules/appeal-decision.js';
import { fmAppealWindowProse, fmAppealWindowRule } from './rules/appeal-window.js';
import { invitationProse, invitationRule } from './rules/invitation.js';
import { mayEndProse, mayEndRule } from './rules/may-end.js';
import { mayStartProse, mayStartRule } from './rules/may-start.js';
import { fmNextInvitationProse, fmNextInvitationRule } from './rules/next-invitation.js';
import { planOrReportProse, planOrReportRule } from './rules/plan-or-report.js';
import { rizivNotificationProse, rizivNotificationRule } from './rules/riziv-notification.js';

/**
 * The rules of the medical force majeure procedure (art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1) and of the
 * Terug Naar Werk-Fonds, in the order of the procedure.
 */
export const forceMajeureRuleSpecs: readonly RuleSpec[] = [
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
];

/** The words of the catalogue for each rule of the list. */
export const forceMajeureRuleProse: RuleProseById = {
  'force-majeure.may-start': mayStartProse,
  'force-majeure.invitation': invitationProse,
  'force-majeure.next-invitation': fmNextInvitationProse,
  'force-majeure.appeal-window': fmAppealWindowProse,
  'force-majeure.appeal-decision': fmAppealDecisionProse,
  'force-majeure.adapted-work-request': adaptedWorkRequestProse,
  'force-majeure.adapted-work-form': adaptedWorkFormProse,
  'force-majeure.plan-or-report': planOrReportProse,
  'force-majeure.may-end': mayEndProse,
  'force-majeure.riziv-notification': rizivNotificationProse,
};
