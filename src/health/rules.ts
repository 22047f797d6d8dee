/**
 * The health-surveillance duties of the Codex over het welzijn op het werk (book I, title 4) that go with an
 * absence, as data: one definition per rule id of SPEC section 5.
 *
 * @module
 */
import type { RuleDefinition } from '../rules/types.js';
import { informWorkerRule } from './rules/inform-worker.js';
import { notifyOccupationalPhysicianRule } from './rules/notify-occupational-physician.js';
import { preResumptionVisitRule } from './rules/pre-resumption-visit.js';
import { returnToWorkExamRule } from './rules/return-to-work-exam.js';

export const healthRules: readonly RuleDefinition[] = [
  notifyOccupationalPhysicianRule,
  informWorkerRule,
  returnToWorkExamRule,
  preResumptionVisitRule,
];
