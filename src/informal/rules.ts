import type { RuleDefinition } from '../rules/types.js';

// PLACEHOLDER until the informal track lands (replaced by its helper).
export const informalRules: RuleDefinition[] = [];
