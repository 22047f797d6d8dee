import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Calendar days the occupational physician has for the re-integration assessment. */
export const ASSESSMENT_DAYS = 49;

/**
 * The re-integration assessment (re-integratiebeoordeling) by the occupational physician
 * (preventieadviseur-arbeidsarts): the form with decision A, B or C.
 *
 * Codex I.4-73 (R2022, R2026): the occupational physician delivers the assessment "uiterlijk 49 kalenderdagen na
 * ontvangst van het verzoek" (lexgo.be; AgO: "De arbeidsarts heeft 49 dagen de tijd om een beslissing te
 * nemen"). Corrected from I.4-74: the FOD WASO page on the decisions of the assessment places them in I.4-73
 * ("De preventieadviseur-arbeidsarts kan de volgende beslissingen nemen (art. I.4-73, §4)", werk.belgie.be, page
 * of the 2016 wording that the 2022 decree amended in place); the paragraph of the 49 days is not confirmed. The day after receipt is day 1; it replaced the 40 working days of 2016.
 * The law attaches no consequence to a late assessment: it is overdue, the trajectory goes on (research A-17).
 *
 * @example
 * assessment({ requestedOn: '2025-04-16' as PlainDate }) //=> { due: '2025-06-04' }
 * assessment({ requestedOn: '2025-05-02' as PlainDate }) //=> { due: '2025-06-20' }
 */
export function assessment(input: { requestedOn: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.requestedOn, ASSESSMENT_DAYS) };
}

export const assessmentRule: RuleSpec = {
  id: 'formal.assessment',
  track: 'formal',
  actor: 'occupational-physician',
  kind: 'obligation',
  label: {
    nl: 'Re-integratiebeoordeling door de preventieadviseur-arbeidsarts',
    en: 'Re-integration assessment by the occupational physician',
    fr: 'Évaluation de réintégration par le conseiller en prévention-médecin du travail',
  },
  counts: { from: 'formal.requested', term: { days: 49 }, rollover: true, voidWhen: ['the trajectory ended'] },
  metBy: ['formal.assessed'],
  basis: [codex('I.4-73')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const assessmentProse: RuleProse = {
  term: { nl: '49 kalenderdagen', en: '49 calendar days', fr: '49 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van het re-integratieverzoek door de preventieadviseur-arbeidsarts',
    en: 'receipt of the re-integration request by the occupational physician',
    fr: 'la réception de la demande de réintégration par le conseiller en prévention-médecin du travail',
  },
  interpretations: [DAY_AFTER_RECEIPT, R2026_TERMS_AS_R2022],
};
