import { startRequiredRule } from '../case/escalation.js';
import { forceMajeureRuleSpecs } from '../force-majeure/rules.js';
import { formalRuleSpecs } from '../formal/rules.js';
import { healthRuleSpecs } from '../health/rules.js';
import { informalRuleSpecs } from '../informal/rules.js';
import { statutoryRuleSpecs } from '../statutory/rules.js';
import type { RuleId, RuleSpec } from './types.js';

/** Every rule as `evaluate` reads it, in the order of the catalogue (the public `RULES` adds the prose). */
export const RULE_SPECS: readonly RuleSpec[] = [
  ...informalRuleSpecs,
  ...healthRuleSpecs,
  startRequiredRule,
  ...formalRuleSpecs,
  ...forceMajeureRuleSpecs,
  ...statutoryRuleSpecs,
];

/**
 * The static parts of each rule that outputs hand out (its citations and its label) are frozen once here, so
 * that every deadline and action can refer to them instead of copying them: the objects are shared, and no
 * caller can change them for the next evaluation.
 */
for (const r of RULE_SPECS) {
  for (const c of r.basis) Object.freeze(c);
  Object.freeze(r.basis);
  Object.freeze(r.label);
}

const BY_ID = new Map<RuleId, RuleSpec>(RULE_SPECS.map((r) => [r.id, r]));

/** The spec of a rule. Every `RuleId` has exactly one (checked by a test). */
export function specById(id: RuleId): RuleSpec {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`reintegratie: no rule definition for ${id} (a bug: every RuleId is registered)`);
  return rule;
}
