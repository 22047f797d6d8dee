/**
 * The rules of the informal track (omzendbrief re-integratie, in force 1 January 2024; AgO guidance, steps 1-4),
 * as data: one definition per rule id of SPEC section 5. The registry (`src/rules/registry.ts`) joins them with
 * the other tracks.
 *
 * @module
 */
import type { PlainDate } from '../calendar/index.js';
import type { RuleDefinition } from '../rules/types.js';
import { contactArrangementRule } from './rules/contact-arrangement.js';
import { firstConversationRule } from './rules/first-conversation.js';
import { followUpRule } from './rules/follow-up.js';
import { keepContactRule } from './rules/keep-contact.js';
import { nextConversationRule } from './rules/next-conversation.js';
import { resumptionArrangementsRule } from './rules/resumption-arrangements.js';

/** The first day of the informal track: the omzendbrief re-integratie is in force from 1 January 2024. */
export const INFORMAL_IN_FORCE_FROM = '2024-01-01' as PlainDate;

export const informalRules: readonly RuleDefinition[] = [
  contactArrangementRule,
  keepContactRule,
  firstConversationRule,
  nextConversationRule,
  resumptionArrangementsRule,
  followUpRule,
];
