import type { RuleDefinition } from '../rules/types.js';

// PLACEHOLDER until the health track lands (replaced by its helper).
export const healthRules: RuleDefinition[] = [];
