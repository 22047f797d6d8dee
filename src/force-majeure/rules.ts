import type { RuleDefinition } from '../rules/types.js';
import { adaptedWorkFormRule } from './rules/adapted-work-form.js';
import { adaptedWorkRequestRule } from './rules/adapted-work-request.js';
import { fmAppealDecisionRule } from './rules/appeal-decision.js';
import { fmAppealWindowRule } from './rules/appeal-window.js';
import { invitationRule } from './rules/invitation.js';
import { mayEndRule } from './rules/may-end.js';
import { mayStartRule } from './rules/may-start.js';
import { fmNextInvitationRule } from './rules/next-invitation.js';
import { planOrReportRule } from './rules/plan-or-report.js';
import { rizivNotificationRule } from './rules/riziv-notification.js';

/**
 * The rules of the medical force majeure procedure (art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1) and of the
 * Terug Naar Werk-Fonds, in the order of the procedure.
 */
export const forceMajeureRuleList: readonly RuleDefinition[] = [
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
