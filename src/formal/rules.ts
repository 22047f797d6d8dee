import type { RuleDefinition } from '../rules/types.js';

// PLACEHOLDER until the formal track lands (replaced by its helper).
export const formalRules: RuleDefinition[] = [];
