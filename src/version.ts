/** The library version (kept equal to package.json by a test). */
export const LIBRARY_VERSION = '0.1.0';
/**
 * The version of the rule set: the legal outcomes. It changes whenever a rule, a term or an interpretation
 * changes (see CHANGELOG.md), so a stored evaluation says which reading of the law produced it.
 */
export const RULES_VERSION = '2026.3';
