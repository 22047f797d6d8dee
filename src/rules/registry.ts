import { startRequiredRule } from '../case/escalation.js';
import { forceMajeureRules } from '../force-majeure/index.js';
import { formalRules } from '../formal/rules.js';
import { healthRules } from '../health/rules.js';
import { informalRules } from '../informal/rules.js';
import { statutoryRules } from '../statutory/index.js';
import type { RuleDefinition, RuleId } from './types.js';

/** Every rule of the library, as data: the single source of the catalogue, the docs and the output labels. */
export const RULES: readonly RuleDefinition[] = [
  ...informalRules,
  ...healthRules,
  startRequiredRule,
  ...formalRules,
  ...forceMajeureRules,
  ...statutoryRules,
];

/**
 * The static parts of each rule that outputs hand out (its citations and its label) are frozen once here, so
 * that every deadline and action can refer to them instead of copying them: the objects are shared, and no
 * caller can change them for the next evaluation.
 */
for (const r of RULES) {
  for (const c of r.basis) Object.freeze(c);
  Object.freeze(r.basis);
  Object.freeze(r.label);
}

const BY_ID = new Map<RuleId, RuleDefinition>(RULES.map((r) => [r.id, r]));

/** The definition of a rule. Every `RuleId` has exactly one (checked by a test). */
export function ruleById(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`reintegratie: no rule definition for ${id} (a bug: every RuleId is registered)`);
  return rule;
}
