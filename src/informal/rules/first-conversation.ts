import type { PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { agoGuidance, omzendbrief } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import {
  CONVERSATION_HELD_NOT_PLANNED,
  ESCALATION_WHEN_TERM_RAN_OUT,
  FOUR_MONTHS_IS_THRESHOLD,
  INFORMAL_MONTHS_CLAMPED,
  RELAPSE_CONTINUES_TRACK,
  VOID_WHEN_TRACK_ENDS,
} from '../interpretations.js';

/** Months after the start of the absence within which the first conversation takes place. */
export const FIRST_CONVERSATION_MONTHS = 2;

/**
 * Step 2: the conversation with the return-to-work coach (terugkeercoach) to see whether first steps towards
 * work are possible.
 *
 * AgO slides (omzendbrief, "Het re-integratieproces"): "binnen 2 maanden na de start van de ziekteafwezigheid
 * vindt een gesprek plaats om te bekijken of stappen naar werk mogelijk zijn". Due `monthsAfter(start, 2)`,
 * clamped to the end of a shorter month; a relapse within 14 days does not move it (the track continues).
 */
export const firstConversationRule: RuleSpec = {
  id: 'informal.first-conversation',
  track: 'informal',
  actor: 'return-to-work-coach',
  kind: 'obligation',
  label: {
    nl: 'Gesprek met de terugkeercoach over stappen naar werk',
    en: 'Conversation with the return-to-work coach about steps towards work',
    fr: 'Entretien avec le coach de retour (terugkeercoach) sur les étapes vers le travail',
  },
  counts: {
    from: 'absence.started',
    term: { months: FIRST_CONVERSATION_MONTHS },
    rollover: true,
    voidWhen: ['the track ends (resumption, formal request, end of employment) before the conversation'],
  },
  metBy: ['conversation.held'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 2')],
  validFrom: '2024-01-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const firstConversationProse: RuleProse = {
  term: { nl: '2 maanden', en: '2 months', fr: '2 mois' },
  countedFrom: {
    nl: 'de start van de afwezigheid (eerste ziektedag)',
    en: 'the start of the absence (first day of illness)',
    fr: "le début de l'absence (premier jour de maladie)",
  },
  // The last two are named on this deadline when no conversation within 4 months made the formal track mandatory.
  interpretations: [
    CONVERSATION_HELD_NOT_PLANNED,
    INFORMAL_MONTHS_CLAMPED,
    RELAPSE_CONTINUES_TRACK,
    VOID_WHEN_TRACK_ENDS,
    FOUR_MONTHS_IS_THRESHOLD,
    ESCALATION_WHEN_TERM_RAN_OUT,
  ],
};

/**
 * The due date of the first conversation, from the start of the absence (no rollover).
 *
 * @example
 * firstConversation({ start: '2025-03-10' }) //=> { due: '2025-05-10' }
 * firstConversation({ start: '2025-12-31' }) //=> { due: '2026-02-28' }
 * firstConversation({ start: '2023-12-31' }) //=> { due: '2024-02-29' }
 * firstConversation({ start: '2025-11-30' }) //=> { due: '2026-01-30' }
 */
export function firstConversation(input: { start: PlainDate }): { due: PlainDate } {
  // A month term always has a date.
  return { due: termEnd(firstConversationRule.counts.term, input.start)!.date };
}
