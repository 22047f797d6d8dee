import { daysAfter, type PlainDate } from '../../calendar/index.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT } from '../../formal/interpretations.js';
import { FM_ASKED_AT_EXAMINATION } from '../interpretations.js';
import { FM2022_FROM, procedureArticle } from '../sources.js';

/** Calendar days the occupational physician has to deliver the form on adapted or other work. */
export const ADAPTED_WORK_FORM_DAYS = 30;

/**
 * The occupational physician's form with the conditions and modalities of adapted or other work, to employer
 * and worker, after the worker's request.
 *
 * Codex I.4-82/1 (FM-08, one source): the occupational physician invites the worker if needed and delivers the
 * form "at the latest 30 calendar days" after the receipt of the request (securex.be FR, research FM-08).
 *
 * @example
 * adaptedWorkForm({ requestReceived: '2025-09-10' as PlainDate }) //=> { due: '2025-10-10' }
 */
export function adaptedWorkForm(input: { requestReceived: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.requestReceived, ADAPTED_WORK_FORM_DAYS) };
}

export const adaptedWorkFormRule: RuleSpec = {
  id: 'force-majeure.adapted-work-form',
  track: 'force-majeure',
  actor: 'occupational-physician',
  kind: 'obligation',
  label: {
    nl: 'Formulier met de mogelijkheden van aangepast of ander werk (medische overmacht)',
    en: 'Form with the possibilities of adapted or other work (medical force majeure)',
    fr: 'Formulaire reprenant les possibilités de travail adapté ou autre travail (force majeure médicale)',
  },
  counts: { from: 'force-majeure.adapted-work-requested', term: { days: 30 }, rollover: true, voidWhen: ['the procedure ended'] },
  metBy: ['force-majeure.form-delivered'],
  basis: [procedureArticle()],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const adaptedWorkFormProse: RuleProse = {
  term: { nl: '30 kalenderdagen', en: '30 calendar days', fr: '30 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van het verzoek van de werknemer door de preventieadviseur-arbeidsarts',
    en: "the occupational physician's receipt of the worker's request",
    fr: 'la réception de la demande du travailleur par le conseiller en prévention-médecin du travail',
  },
  interpretations: [DAY_AFTER_RECEIPT, FM_ASKED_AT_EXAMINATION],
};
