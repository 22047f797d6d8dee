import type { PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { agoGuidance, omzendbrief } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { NEXT_CONVERSATION_DUE, VOID_WHEN_TRACK_ENDS } from '../interpretations.js';

/**
 * Step 2, again: after a conversation in which steps towards work were not yet possible, the return-to-work
 * coach plans a new one.
 *
 * AgO guidance, step 2: "Blijkt uit het gesprek dat stappen naar werk nog niet mogelijk zijn? Dan plant de
 * terugkeercoach in samenspraak met het personeelslid een nieuw gesprek in en behoudt het contact verder." No
 * term is set: due on the planned date (a date, never rolled over), else within the entity's own term
 * (`policy.nextConversationWithinDays`), else without a date.
 */
export const nextConversationRule: RuleSpec = {
  id: 'informal.next-conversation',
  track: 'informal',
  actor: 'return-to-work-coach',
  kind: 'obligation',
  label: {
    nl: 'Nieuw gesprek met de terugkeercoach',
    en: 'Next conversation with the return-to-work coach',
    fr: 'Nouvel entretien avec le coach de retour (terugkeercoach)',
  },
  counts: {
    from: 'conversation.held',
    term: { everyDays: 'nextConversationWithinDays' },
    rollover: true,
    voidWhen: ['the track ends (resumption, formal request, end of employment) before the next conversation'],
  },
  metBy: ['conversation.held'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 2')],
  validFrom: '2024-01-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const nextConversationProse: RuleProse = {
  term: {
    nl: 'op de geplande datum; anders binnen de dagen van het draaiboek (policy.nextConversationWithinDays); anders geen vaste termijn',
    en: "on the planned date; else within the days of the entity's draaiboek (policy.nextConversationWithinDays); else no fixed term",
    fr: "à la date prévue ; sinon dans le nombre de jours du plan d'action (draaiboek) de l'entité (policy.nextConversationWithinDays) ; sinon pas de délai fixe",
  },
  countedFrom: {
    nl: 'het gesprek waaruit bleek dat stappen naar werk nog niet mogelijk zijn',
    en: 'the conversation in which steps towards work were not yet possible',
    fr: "l'entretien dont il ressort que des étapes vers le travail ne sont pas encore possibles",
  },
  interpretations: [NEXT_CONVERSATION_DUE, VOID_WHEN_TRACK_ENDS],
};

/**
 * The due date of the next conversation (no rollover).
 *
 * @example
 * nextConversation({ heldOn: '2025-04-20', plannedFor: '2025-05-15' }) //=> { due: '2025-05-15' }
 * nextConversation({ heldOn: '2025-04-20', withinDays: 30 }) //=> { due: '2025-05-20' }
 * nextConversation({ heldOn: '2025-04-20' }) //=> { due: null }
 */
export function nextConversation(input: { heldOn: PlainDate; plannedFor?: PlainDate; withinDays?: number }): {
  due: PlainDate | null;
} {
  if (input.plannedFor !== undefined) return { due: input.plannedFor };
  const policy = input.withinDays === undefined ? {} : { nextConversationWithinDays: input.withinDays };
  return { due: termEnd(nextConversationRule.counts.term, input.heldOn, { policy })?.date ?? null };
}
