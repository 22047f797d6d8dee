import { daysAfter, type PlainDate } from '../../calendar/index.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT } from '../../formal/interpretations.js';
import { FM_ASKED_AT_EXAMINATION } from '../interpretations.js';
import { FM2022_FROM, procedureArticle } from '../sources.js';

/** Calendar days the worker has, after receiving the finding, to ask for adapted or other work to be examined. */
export const ADAPTED_WORK_REQUEST_DAYS = 7;

/**
 * The worker's right to ask the occupational physician to examine the possibilities of adapted or other work
 * (aangepast of ander werk), when the finding is definitive unfitness and the worker did not ask at the
 * examination.
 *
 * Codex I.4-82/1 (FM-08, one source): by registered letter to the occupational physician (a copy to the
 * employer), within 7 calendar days after the receipt of the finding (securex.be FR, research FM-08). The right
 * is also named in the employer's notification: "het recht van de werknemer om te vragen aan de
 * preventieadviseur-arbeidsarts dat mogelijkheden voor aangepast of ander werk onderzocht worden"
 * (werk.belgie.be).
 *
 * @example
 * adaptedWorkRequest({ receivedByWorker: '2025-09-05' as PlainDate }) //=> { due: '2025-09-12' }
 * adaptedWorkRequest({ receivedByWorker: '2024-02-26' as PlainDate }) //=> { due: '2024-03-04' }
 */
export function adaptedWorkRequest(input: { receivedByWorker: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.receivedByWorker, ADAPTED_WORK_REQUEST_DAYS) };
}

export const adaptedWorkRequestRule: RuleSpec = {
  id: 'force-majeure.adapted-work-request',
  track: 'force-majeure',
  actor: 'worker',
  kind: 'right',
  label: {
    nl: 'Verzoek om aangepast of ander werk te onderzoeken (medische overmacht)',
    en: 'Request to examine adapted or other work (medical force majeure)',
    fr: "Demande d'examen des possibilités de travail adapté ou autre travail (force majeure médicale)",
  },
  counts: { from: 'force-majeure.finding.receivedByWorker', term: { days: 7 }, rollover: true, voidWhen: ['the procedure ended before the window closed'] },
  metBy: ['force-majeure.adapted-work-requested'],
  basis: [procedureArticle()],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const adaptedWorkRequestProse: RuleProse = {
  term: { nl: '7 kalenderdagen', en: '7 calendar days', fr: '7 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van de vaststelling van definitieve ongeschiktheid door de werknemer',
    en: "the worker's receipt of the finding of definitive unfitness",
    fr: "la réception par le travailleur du constat d'incapacité définitive",
  },
  interpretations: [DAY_AFTER_RECEIPT, FM_ASKED_AT_EXAMINATION],
};
