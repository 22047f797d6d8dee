/**
 * The health-surveillance duties of the Codex over het welzijn op het werk (book I, title 4) that go with an
 * absence, as data: one definition per rule id of SPEC section 5.
 *
 * @module
 */
import type { RuleProseById, RuleSpec } from '../rules/types.js';
import { informWorkerProse, informWorkerRule } from './rules/inform-worker.js';
import { notifyOccupationalPhysicianProse, notifyOccupationalPhysicianRule } from './rules/notify-occupational-physician.js';
import { preResumptionVisitProse, preResumptionVisitRule } from './rules/pre-resumption-visit.js';
import { returnToWorkExamProse, returnToWorkExamRule } from './rules/return-to-work-exam.js';

export const healthRuleSpecs: readonly RuleSpec[] = [
  notifyOccupationalPhysicianRule,
  informWorkerRule,
  returnToWorkExamRule,
  preResumptionVisitRule,
];

/** The words of the catalogue for each rule of the list. */
export const healthRuleProse: RuleProseById = {
  'health.notify-occupational-physician': notifyOccupationalPhysicianProse,
  'health.inform-worker': informWorkerProse,
  'health.return-to-work-exam': returnToWorkExamProse,
  'health.pre-resumption-visit': preResumptionVisitProse,
};
