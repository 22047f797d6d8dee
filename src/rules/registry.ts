import { startRequiredRule } from '../case/escalation.js';
import { formalRules } from '../formal/rules.js';
import { healthRules } from '../health/rules.js';
import { informalRules } from '../informal/rules.js';
import type { Actor, Bilingual, Citation, RuleDefinition, RuleId, RuleKind } from './types.js';

/** Every rule of the library, as data: the single source of the catalogue, the docs and the output labels. */
export const RULES: readonly RuleDefinition[] = [...informalRules, ...healthRules, startRequiredRule, ...formalRules];

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

/**
 * Each rule id's rank in string order (`a < b`): deadlines sort by rule id through this number
 * (`src/case/deadlines.ts`).
 */
export const RULE_RANK: ReadonlyMap<RuleId, number> = new Map(
  RULES.map((r) => r.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id, i) => [id, i] as const),
);

/**
 * What outputs take from a rule, in one shape for all rules: the definitions are literals of many shapes (so
 * reads of their fields in a loop over deadlines are megamorphic), and this also holds the rank, so that
 * `finalizeDeadlines` does one lookup per deadline.
 *
 * @internal
 */
export type RuleOutput = {
  readonly kind: RuleKind;
  readonly actor: Actor;
  readonly basis: readonly Citation[];
  readonly label: Bilingual;
  /** {@link RULE_RANK}. */
  readonly rank: number;
};

const OUTPUT_BY_ID = new Map<RuleId, RuleOutput>(
  RULES.map((r) => [r.id, { kind: r.kind, actor: r.actor, basis: r.basis, label: r.label, rank: RULE_RANK.get(r.id)! }]),
);

/** The output parts of a rule ({@link RuleOutput}). @internal */
export function ruleOutput(id: RuleId): RuleOutput {
  const rule = OUTPUT_BY_ID.get(id);
  if (!rule) throw new Error(`reintegratie: no rule definition for ${id} (a bug: every RuleId is registered)`);
  return rule;
}

/** The definition of a rule. Every `RuleId` has exactly one (checked by a test). */
export function ruleById(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`reintegratie: no rule definition for ${id} (a bug: every RuleId is registered)`);
  return rule;
}
