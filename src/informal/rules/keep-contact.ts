import { daysAfter, maxDate, type PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { agoGuidance, codex, omzendbrief } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DISCONNECTION_INCLUSIVE, RELAPSE_CONTINUES_TRACK, VOID_WHEN_TRACK_ENDS } from '../interpretations.js';

/**
 * Step 1: keep in touch with the absent staff member, in the rhythm of the entity's own draaiboek.
 *
 * AgO guidance, informal track step 1: "Je entiteit werkt hiervoor een draaiboek uit: dat zorgt ervoor dat er
 * tijdens de duur van de afwezigheid een informeel contact blijft tussen personeelslid en werkgever." The
 * omzendbrief sets no rhythm, so there is a due date only when the entity sets one (`policy.contactEveryDays`):
 * the last contact (or the start of the absence) + n days, and not before the end of an agreed period of full
 * disconnection (`disconnectUntil` is its last day). From 1 January 2026 the Codex (I.4-71/2) requires the work
 * rules to state who contacts the worker and how often.
 */
export const keepContactRule: RuleSpec = {
  id: 'informal.keep-contact',
  track: 'informal',
  actor: 'manager',
  kind: 'obligation',
  label: {
    nl: 'Contact houden tijdens de afwezigheid',
    en: 'Keep in touch during the absence',
    fr: "Maintenir le contact pendant l'absence",
  },
  counts: {
    from: 'contact.made',
    term: { everyDays: 'contactEveryDays' },
    rollover: true,
    voidWhen: ['the stretch of absence ends (resumption) or the track ends (formal request, end of employment)'],
  },
  metBy: ['contact.made'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 1'), codex('I.4-71/2')],
  validFrom: '2024-01-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const keepContactProse: RuleProse = {
  term: {
    nl: 'om de n dagen volgens het draaiboek van de entiteit (policy.contactEveryDays); zonder ritme geen termijn',
    en: "every n days in the entity's draaiboek (policy.contactEveryDays); without a rhythm no term",
    fr: "tous les n jours selon le plan d'action (draaiboek) de l'entité (policy.contactEveryDays) ; sans rythme, pas de délai",
  },
  countedFrom: {
    nl: 'het laatste contact, of de start van de afwezigheid (of van het herval); niet vóór het einde van een deconnectieperiode',
    en: 'the last contact, or the start of the absence (or of the relapse); not before the end of a disconnection period',
    fr: "le dernier contact, ou le début de l'absence (ou de la rechute) ; pas avant la fin d'une période de déconnexion",
  },
  interpretations: [DISCONNECTION_INCLUSIVE, RELAPSE_CONTINUES_TRACK, VOID_WHEN_TRACK_ENDS],
};

/**
 * The next contact: `everyDays` after `from`, but not before the day after the disconnection (no rollover).
 *
 * @example
 * keepContact({ from: '2025-03-10', everyDays: 14 }) //=> { due: '2025-03-24' }
 * keepContact({ from: '2025-03-10', everyDays: 14, disconnectUntil: '2025-04-15' }) //=> { due: '2025-04-16' }
 * keepContact({ from: '2025-03-10', everyDays: 14, disconnectUntil: '2025-03-12' }) //=> { due: '2025-03-24' }
 */
export function keepContact(input: { from: PlainDate; everyDays: number; disconnectUntil?: PlainDate }): {
  due: PlainDate;
} {
  // The rhythm is given: the term has a date.
  const rhythm = termEnd(keepContactRule.counts.term, input.from, { policy: { contactEveryDays: input.everyDays } })!.date;
  return { due: input.disconnectUntil === undefined ? rhythm : maxDate(rhythm, daysAfter(input.disconnectUntil, 1)) };
}
