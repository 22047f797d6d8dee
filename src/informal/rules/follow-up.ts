import type { PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { agoGuidance, omzendbrief } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { FOLLOW_UP_RHYTHM } from '../interpretations.js';

/**
 * Step 4: the manager and the return-to-work coach follow up the arrangements after the resumption, to see that
 * the re-integration lasts and to prevent a relapse.
 *
 * AgO guidance, step 4: "De leidinggevende en de terugkeercoach volgen de afspraken voor de werkhervatting op."
 * No term is set: a due date only with the entity's own rhythm (`policy.followUpEveryDays`), counted from the
 * resumption and then from each follow-up.
 */
export const followUpRule: RuleSpec = {
  id: 'informal.follow-up',
  track: 'informal',
  actor: 'manager',
  alsoActors: ['return-to-work-coach'],
  kind: 'obligation',
  label: {
    nl: 'Opvolging van de afspraken na de werkhervatting',
    en: 'Follow-up of the arrangements after resumption',
    fr: 'Suivi des accords après la reprise du travail',
  },
  counts: {
    from: 'work.resumed',
    term: { everyDays: 'followUpEveryDays' },
    rollover: true,
    voidWhen: ['a relapse within 14 days ends the period after the resumption', 'a formal request or the end of employment'],
  },
  metBy: ['follow-up.held'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 4')],
  validFrom: '2024-01-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const followUpProse: RuleProse = {
  term: {
    nl: 'om de n dagen volgens het draaiboek van de entiteit (policy.followUpEveryDays); zonder ritme geen termijn',
    en: "every n days in the entity's draaiboek (policy.followUpEveryDays); without a rhythm no term",
    fr: "tous les n jours selon le plan d'action (draaiboek) de l'entité (policy.followUpEveryDays) ; sans rythme, pas de délai",
  },
  countedFrom: {
    nl: 'de werkhervatting, daarna de vorige opvolging',
    en: 'the resumption, then the previous follow-up',
    fr: 'la reprise du travail, puis le suivi précédent',
  },
  interpretations: [FOLLOW_UP_RHYTHM],
};

/**
 * The next follow-up: `everyDays` after `from` (no rollover).
 *
 * @example
 * followUp({ from: '2025-06-02', everyDays: 30 }) //=> { due: '2025-07-02' }
 */
export function followUp(input: { from: PlainDate; everyDays: number }): { due: PlainDate } {
  // The rhythm is given: the term has a date.
  return { due: termEnd(followUpRule.counts.term, input.from, { policy: { followUpEveryDays: input.everyDays } })!.date };
}
