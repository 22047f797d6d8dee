import { startRequiredProse } from '../case/escalation.js';
import { forceMajeureRuleProse, forceMajeureRuleSpecs } from '../force-majeure/rules.js';
import { articleUnverified } from '../formal/interpretations.js';
import { formalRuleProse, formalRuleSpecs } from '../formal/rules.js';
import { healthRuleProse, healthRuleSpecs } from '../health/rules.js';
import { informalRuleProse, informalRuleSpecs } from '../informal/rules.js';
import { statutoryRuleProse, statutoryRuleSpecs } from '../statutory/rules.js';
import { RULE_SPECS } from './specs.js';
import type { RuleDefinition, RuleId, RuleProseById, RuleSpec } from './types.js';

const PROSE: RuleProseById = {
  ...informalRuleProse,
  ...healthRuleProse,
  'formal.start-required': startRequiredProse,
  ...formalRuleProse,
  ...forceMajeureRuleProse,
  ...statutoryRuleProse,
};

/** A rule's spec and its prose as one definition, in the order of a rule's file (the prose of the term before `counts`). */
function withProse(spec: RuleSpec): RuleDefinition {
  const prose = PROSE[spec.id];
  if (!prose) throw new Error(`reintegratie: no prose for ${spec.id} (a bug: every rule's file declares it)`);
  const { id, track, actor, alsoActors, kind, label, ...rest } = spec;
  const unverified = prose.unverifiedArticle;
  const readings = [...(prose.interpretations ?? []), ...(unverified ? [articleUnverified(unverified.article, unverified.found)] : [])];
  return {
    ...{ id, track, actor, ...(alsoActors !== undefined ? { alsoActors } : {}), kind, label },
    ...{ term: prose.term, countedFrom: prose.countedFrom, ...rest },
    ...(readings.length > 0 ? { interpretations: readings } : {}),
  };
}

/**
 * Every rule of the library, as data: the single source of the catalogue, the docs and the output labels. Its
 * label and citations are the very (frozen) objects that the output of `evaluate` hands out.
 */
export const RULES: readonly RuleDefinition[] = RULE_SPECS.map(withProse);

const BY_ID = new Map<RuleId, RuleDefinition>(RULES.map((r) => [r.id, r]));

/** The definition of a rule. Every `RuleId` has exactly one (checked by a test). */
export function ruleById(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`reintegratie: no rule definition for ${id} (a bug: every RuleId is registered)`);
  return rule;
}

const definitions = (specs: readonly RuleSpec[]): RuleDefinition[] => specs.map((r) => ruleById(r.id));

// The rules as the entry points of the tracks hand them out: in full, the same objects as in `RULES`.
/** The rules of the informal track, in the order of the track. */
export const informalRules: readonly RuleDefinition[] = definitions(informalRuleSpecs);
/** The health-surveillance duties that go with an absence. */
export const healthRules: readonly RuleDefinition[] = definitions(healthRuleSpecs);
/** The rules of the formal trajectory, in its order (`formal.start-required`, the escalation, is apart). */
export const formalRules: RuleDefinition[] = definitions(formalRuleSpecs);
/** The rules of the medical force majeure procedure, in the order of the procedure. */
export const forceMajeureRules: readonly RuleDefinition[] = definitions(forceMajeureRuleSpecs);
/** The sickness rules of the Vlaams Personeelsstatuut for statutory staff. */
export const statutoryRules: readonly RuleDefinition[] = definitions(statutoryRuleSpecs);

export const contactArrangementRule = ruleById('informal.contact-arrangement');
export const keepContactRule = ruleById('informal.keep-contact');
export const firstConversationRule = ruleById('informal.first-conversation');
export const nextConversationRule = ruleById('informal.next-conversation');
export const resumptionArrangementsRule = ruleById('informal.resumption-arrangements');
export const followUpRule = ruleById('informal.follow-up');
export const notifyOccupationalPhysicianRule = ruleById('health.notify-occupational-physician');
export const informWorkerRule = ruleById('health.inform-worker');
export const returnToWorkExamRule = ruleById('health.return-to-work-exam');
export const preResumptionVisitRule = ruleById('health.pre-resumption-visit');
export const mayStartRule = ruleById('force-majeure.may-start');
export const invitationRule = ruleById('force-majeure.invitation');
export const fmNextInvitationRule = ruleById('force-majeure.next-invitation');
export const fmAppealWindowRule = ruleById('force-majeure.appeal-window');
export const fmAppealDecisionRule = ruleById('force-majeure.appeal-decision');
export const adaptedWorkRequestRule = ruleById('force-majeure.adapted-work-request');
export const adaptedWorkFormRule = ruleById('force-majeure.adapted-work-form');
export const planOrReportRule = ruleById('force-majeure.plan-or-report');
export const mayEndRule = ruleById('force-majeure.may-end');
export const rizivNotificationRule = ruleById('force-majeure.riziv-notification');
export const partTimeRightRule = ruleById('statutory.part-time-right');
export const partTimePeriodRule = ruleById('statutory.part-time-period');
export const definitiveUnfitnessReferralRule = ruleById('statutory.definitive-unfitness-referral');
