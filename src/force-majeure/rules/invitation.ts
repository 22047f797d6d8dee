import { daysAfter, type PlainDate } from '../../calendar/index.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT } from '../../formal/interpretations.js';
import { FM_EXAM_NOT_BEFORE_TEN_DAYS } from '../interpretations.js';
import { employmentContractsAct, FM2022_FROM, procedureArticle } from '../sources.js';

/** Calendar days after the receipt of the notification before the occupational physician invites the worker. */
export const INVITATION_NOT_BEFORE_DAYS = 10;

/**
 * The earliest day on which the occupational physician (preventieadviseur-arbeidsarts) invites the worker to the
 * examination that checks whether the agreed work is definitively impossible.
 *
 * Codex I.4-82/1 (FM-04, sources conflict): "Au plus tôt 10 jours après la notification reçue, le médecin du
 * travail invite le ou la travailleur·euse pour un examen" (beci.be); "un examen ... qui peut avoir lieu au plus
 * tôt dix jours après la notification" (mensura.be). Chosen reading: an earliest date, receipt + 10 calendar days
 * (interpretation `force-majeure-exam-not-before-ten-days`; the alternative "within 10 days" is named there).
 *
 * @example
 * invitation({ notifiedOn: '2025-11-12' as PlainDate }) //=> { due: '2025-11-22' }
 * invitation({ notifiedOn: '2024-02-20' as PlainDate }) //=> { due: '2024-03-01' }
 */
export function invitation(input: { notifiedOn: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.notifiedOn, INVITATION_NOT_BEFORE_DAYS) };
}

export const invitationRule: RuleSpec = {
  id: 'force-majeure.invitation',
  track: 'force-majeure',
  actor: 'occupational-physician',
  kind: 'earliest',
  label: {
    nl: 'Uitnodiging voor het onderzoek naar definitieve ongeschiktheid (ten vroegste)',
    en: 'Invitation to the examination of definitive unfitness (at the earliest)',
    fr: "Invitation à l'examen de l'incapacité définitive (au plus tôt)",
  },
  counts: { from: 'force-majeure.notified', term: { days: 10 }, rollover: false, voidWhen: ['the procedure ended'] },
  metBy: ['force-majeure.invited', 'force-majeure.finding'],
  basis: [procedureArticle(), employmentContractsAct('34')],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const invitationProse: RuleProse = {
  term: { nl: 'ten vroegste 10 kalenderdagen', en: 'at the earliest 10 calendar days', fr: 'au plus tôt 10 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van de aangetekende kennisgeving door de preventieadviseur-arbeidsarts',
    en: "the occupational physician's receipt of the registered notification",
    fr: 'la réception de la notification par envoi recommandé par le conseiller en prévention-médecin du travail',
  },
  interpretations: [FM_EXAM_NOT_BEFORE_TEN_DAYS, DAY_AFTER_RECEIPT],
};
