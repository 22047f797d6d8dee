import { daysAfter, maxDate, type PlainDate } from '../../calendar/index.js';
import { agoGuidance, codex, omzendbrief } from '../../rules/sources.js';
import type { RuleDefinition } from '../../rules/types.js';
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
 *
 * @example
 * keepContact({ from: '2025-03-10', everyDays: 14 }) //=> { due: '2025-03-24' }
 * keepContact({ from: '2025-03-10', everyDays: 14, disconnectUntil: '2025-04-15' }) //=> { due: '2025-04-16' }
 * keepContact({ from: '2025-03-10', everyDays: 14, disconnectUntil: '2025-03-12' }) //=> { due: '2025-03-24' }
 */
export function keepContact(input: { from: PlainDate; everyDays: number; disconnectUntil?: PlainDate }): {
  due: PlainDate;
} {
  const rhythm = daysAfter(input.from, input.everyDays);
  return {
    due: input.disconnectUntil === undefined ? rhythm : maxDate(rhythm, daysAfter(input.disconnectUntil, 1)),
  };
}

export const keepContactRule: RuleDefinition = {
  id: 'informal.keep-contact',
  track: 'informal',
  actor: 'manager',
  kind: 'obligation',
  label: {
    nl: 'Contact houden tijdens de afwezigheid',
    en: 'Keep in touch during the absence',
  },
  term: {
    nl: 'om de n dagen volgens het draaiboek van de entiteit (policy.contactEveryDays); zonder ritme geen termijn',
    en: "every n days in the entity's draaiboek (policy.contactEveryDays); without a rhythm no term",
  },
  countedFrom: {
    nl: 'het laatste contact, of de start van de afwezigheid (of van het herval); niet vóór het einde van een deconnectieperiode',
    en: 'the last contact, or the start of the absence (or of the relapse); not before the end of a disconnection period',
  },
  metBy: ['contact.made'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 1'), codex('I.4-71/2')],
  validFrom: '2024-01-01' as PlainDate,
  interpretations: [DISCONNECTION_INCLUSIVE, RELAPSE_CONTINUES_TRACK, VOID_WHEN_TRACK_ENDS],
};
