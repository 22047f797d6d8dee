import { startRequiredProse } from '../case/escalation.js';
import { forceMajeureRuleProse, forceMajeureRuleSpecs } from '../force-majeure/rules.js';
import { articleUnverified } from '../formal/interpretations.js';
import { formalRuleProse, formalRuleSpecs } from '../formal/rules.js';
import { healthRuleProse, healthRuleSpecs } from '../health/rules.js';
import { informalRuleProse, informalRuleSpecs } from '../informal/rules.js';
import { statutoryRuleProse, statutoryRuleSpecs } from '../statutory/rules.js';
import { RULE_SPECS } from './specs.js';
import type { RuleDefinition, RuleId, RuleProseById, RuleSpec } from './types.js';

// Object.assign, not a spread: a bundler may drop a call marked pure when `RULES` is not used (an import of
// `evaluate` alone), never an object spread (it could run getters).
const PROSE: RuleProseById = /* @__PURE__ */ Object.assign(
  {},
  informalRuleProse,
  healthRuleProse,
  { 'formal.start-required': startRequiredProse },
  formalRuleProse,
  forceMajeureRuleProse,
  statutoryRuleProse,
);

/** A rule's spec and its prose as one definition, in the order of a rule's file (the prose of the term before `counts`). */
function withProse(spec: RuleSpec): RuleDefinition {
  const prose = PROSE[spec.id];
  if (!prose) throw new Error(`reintegratie: no prose for ${spec.id} (a bug: every rule's file declares it)`);
  const { id, track, actor, alsoActors, kind, label, ...rest } = spec;
  const unverified = prose.unverifiedArticle;
  const readings = [...(prose.interpretations ?? []), ...(unverified ? [articleUnverified(unverified.article, unverified.found)] : [])];
  return {
    id,
    track,
    actor,
    ...(alsoActors !== undefined ? { alsoActors } : {}),
    kind,
    label,
    term: prose.term,
    countedFrom: prose.countedFrom,
    ...rest,
    ...(readings.length > 0 ? { interpretations: readings } : {}),
  };
}

/**
 * Every rule of the library, as data: the single source of the catalogue, the docs and the output labels. Its
 * label and citations are the very (frozen) objects that the output of `evaluate` hands out.
 */
export const RULES: readonly RuleDefinition[] = /* @__PURE__ */ RULE_SPECS.map(withProse);

const BY_ID = /* @__PURE__ */ new Map<RuleId, RuleDefinition>(/* @__PURE__ */ RULES.map((r) => [r.id, r]));

/** The definition of a rule. Every `RuleId` has exactly one (checked by a test). */
export function ruleById(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`reintegratie: no rule definition for ${id} (a bug: every RuleId is registered)`);
  return rule;
}

const definitions = (specs: readonly RuleSpec[]): RuleDefinition[] => specs.map((r) => ruleById(r.id));

// The rules as the entry points of the tracks hand them out: in full, the same objects as in `RULES`.
/** The rules of the informal track, in the order of the track. */
export const informalRules: readonly RuleDefinition[] = /* @__PURE__ */ definitions(informalRuleSpecs);
/** The health-surveillance duties that go with an absence. */
export const healthRules: readonly RuleDefinition[] = /* @__PURE__ */ definitions(healthRuleSpecs);
/** The rules of the formal trajectory, in its order (`formal.start-required`, the escalation, is apart). */
export const formalRules: RuleDefinition[] = /* @__PURE__ */ definitions(formalRuleSpecs);
/** The rules of the medical force majeure procedure, in the order of the procedure. */
export const forceMajeureRules: readonly RuleDefinition[] = /* @__PURE__ */ definitions(forceMajeureRuleSpecs);
/** The sickness rules of the Vlaams Personeelsstatuut for statutory staff. */
export const statutoryRules: readonly RuleDefinition[] = /* @__PURE__ */ definitions(statutoryRuleSpecs);

export const contactArrangementRule = /* @__PURE__ */ ruleById('informal.contact-arrangement');
export const keepContactRule = /* @__PURE__ */ ruleById('informal.keep-contact');
export const firstConversationRule = /* @__PURE__ */ ruleById('informal.first-conversation');
export const nextConversationRule = /* @__PURE__ */ ruleById('informal.next-conversation');
export const resumptionArrangementsRule = /* @__PURE__ */ ruleById('informal.resumption-arrangements');
export const followUpRule = /* @__PURE__ */ ruleById('informal.follow-up');
export const notifyOccupationalPhysicianRule = /* @__PURE__ */ ruleById('health.notify-occupational-physician');
export const informWorkerRule = /* @__PURE__ */ ruleById('health.inform-worker');
export const returnToWorkExamRule = /* @__PURE__ */ ruleById('health.return-to-work-exam');
export const preResumptionVisitRule = /* @__PURE__ */ ruleById('health.pre-resumption-visit');
export const mayStartRule = /* @__PURE__ */ ruleById('force-majeure.may-start');
export const invitationRule = /* @__PURE__ */ ruleById('force-majeure.invitation');
export const fmNextInvitationRule = /* @__PURE__ */ ruleById('force-majeure.next-invitation');
export const fmAppealWindowRule = /* @__PURE__ */ ruleById('force-majeure.appeal-window');
export const fmAppealDecisionRule = /* @__PURE__ */ ruleById('force-majeure.appeal-decision');
export const adaptedWorkRequestRule = /* @__PURE__ */ ruleById('force-majeure.adapted-work-request');
export const adaptedWorkFormRule = /* @__PURE__ */ ruleById('force-majeure.adapted-work-form');
export const planOrReportRule = /* @__PURE__ */ ruleById('force-majeure.plan-or-report');
export const mayEndRule = /* @__PURE__ */ ruleById('force-majeure.may-end');
export const rizivNotificationRule = /* @__PURE__ */ ruleById('force-majeure.riziv-notification');
export const partTimeRightRule = /* @__PURE__ */ ruleById('statutory.part-time-right');
export const partTimePeriodRule = /* @__PURE__ */ ruleById('statutory.part-time-period');
export const definitiveUnfitnessReferralRule = /* @__PURE__ */ ruleById('statutory.definitive-unfitness-referral');
