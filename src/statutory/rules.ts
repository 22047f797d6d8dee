/**
 * The sickness rules of the Vlaams Personeelsstatuut (VPS) for statutory staff, as data: one definition per rule
 * id of the `statutory` track.
 *
 * @module
 */
import type { RuleDefinition } from '../rules/types.js';
import { definitiveUnfitnessReferralRule } from './rules/definitive-unfitness-referral.js';
import { partTimePeriodRule } from './rules/part-time-period.js';
import { partTimeRightRule } from './rules/part-time-right.js';

export const statutoryRules: readonly RuleDefinition[] = [partTimeRightRule, partTimePeriodRule, definitiveUnfitnessReferralRule];
