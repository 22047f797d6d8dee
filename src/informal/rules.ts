/**
 * The rules of the informal track (omzendbrief re-integratie, in force 1 January 2024; AgO guidance, steps 1-4),
 * as data: one definition per rule id of SPEC section 5. The registry (`src/rules/registry.ts`) joins them with
 * the other tracks.
 *
 * @module
 */
import type { PlainDate } from '../calendar/index.js';
import type { RuleProseById, RuleSpec } from '../rules/types.js';
import { contactArrangementProse, contactArrangementRule } from './rules/contact-arrangement.js';
import { firstConversationProse, firstConversationRule } from './rules/first-conversation.js';
import { followUpProse, followUpRule } from './rules/follow-up.js';
import { keepContactProse, keepContactRule } from './rules/keep-contact.js';
import { nextConversationProse, nextConversationRule } from './rules/next-conversation.js';
import { resumptionArrangementsProse, resumptionArrangementsRule } from './rules/resumption-arrangements.js';

/** The first day of the informal track: the omzendbrief re-integratie is in force from 1 January 2024. */
export const INFORMAL_IN_FORCE_FROM = '2024-01-01' as PlainDate;

export const informalRuleSpecs: readonly RuleSpec[] = [
  contactArrangementRule,
  keepContactRule,
  firstConversationRule,
  nextConversationRule,
  resumptionArrangementsRule,
  followUpRule,
];

/** The words of the catalogue for each rule of the list. */
export const informalRuleProse: RuleProseById = {
  'informal.contact-arrangement': contactArrangementProse,
  'informal.keep-contact': keepContactProse,
  'informal.first-conversation': firstConversationProse,
  'informal.next-conversation': nextConversationProse,
  'informal.resumption-arrangements': resumptionArrangementsProse,
  'informal.follow-up': followUpProse,
};
