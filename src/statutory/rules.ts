/**
 * The sickness rules of the Vlaams Personeelsstatuut (VPS) for statutory staff, as data: one definition per rule
 * id of the `statutory` track.
 *
 * @module
 */
import type { RuleProseById, RuleSpec } from '../rules/types.js';
import { definitiveUnfitnessReferralProse, definitiveUnfitnessReferralRule } from './rules/definitive-unfitness-referral.js';
import { partTimePeriodProse, partTimePeriodRule } from './rules/part-time-period.js';
import { partTimeRightProse, partTimeRightRule } from './rules/part-time-right.js';

export const statutoryRuleSpecs: readonly RuleSpec[] = [partTimeRightRule, partTimePeriodRule, definitiveUnfitnessReferralRule];

/** The words of the catalogue for each rule of the list. */
export const statutoryRuleProse: RuleProseById = {
  'statutory.part-time-right': partTimeRightProse,
  'statutory.part-time-period': partTimePeriodProse,
  'statutory.definitive-unfitness-referral': definitiveUnfitnessReferralProse,
};
