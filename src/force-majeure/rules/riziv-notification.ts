import { compareDates, daysAfter, type PlainDate } from '../../calendar/index.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { FM_RIZIV_WHEN_EMPLOYER_ENDS } from '../interpretations.js';
import { healthInsuranceAct, TNW_FUND_FROM } from '../sources.js';

/** Days after the end of the contract within which the employer notifies the RIZIV. */
export const RIZIV_NOTIFICATION_DAYS = 45;

/** Whether an end for medical force majeure on `endedOn` falls under the Terug Naar Werk-Fonds (from 1 April 2024). */
export const rizivNotificationApplies = (endedOn: PlainDate): boolean => compareDates(endedOn, TNW_FUND_FROM) >= 0;

/**
 * The employer's notification to the RIZIV (INAMI) of the end of the contract for medical force majeure, for the
 * Terug Naar Werk-Fonds (which also invites the employer to pay a contribution of 1,800 euro).
 *
 * Health-insurance law (programme law of 26 December 2022; law of 16 October 2023; KB of 28 March 2024, in force
 * 1 April 2024): "Binnen 45 dagen na de beëindigingsdatum van de arbeidsovereenkomst wegens medische overmacht op
 * uw initiatief, stuurt u als werkgever deze beëindiging aan onze dienst ter kennis" (inami.fgov.be); only for
 * ends from 1 April 2024 ("beëindiging vanaf 01/04/2024", prato.be). The 45 days count from the end date.
 *
 * @example
 * rizivNotification({ endedOn: '2025-03-14' as PlainDate }) //=> { due: '2025-04-28' }
 * rizivNotification({ endedOn: '2024-04-01' as PlainDate }) //=> { due: '2024-05-16' }
 */
export function rizivNotification(input: { endedOn: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.endedOn, RIZIV_NOTIFICATION_DAYS) };
}

export const rizivNotificationRule: RuleSpec = {
  id: 'force-majeure.riziv-notification',
  track: 'force-majeure',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Melding aan het RIZIV van het einde wegens medische overmacht (Terug Naar Werk-Fonds)',
    en: 'Notification to the RIZIV of the end for medical force majeure (Terug Naar Werk-Fonds)',
    fr: "Notification à l'INAMI de la fin pour force majeure médicale (Fonds Retour au travail)",
  },
  counts: { from: 'employment.ended (reason medical-force-majeure)', term: { days: 45 }, rollover: true },
  metBy: ['force-majeure.riziv-notified'],
  basis: [healthInsuranceAct()],
  validFrom: TNW_FUND_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const rizivNotificationProse: RuleProse = {
  term: { nl: '45 dagen', en: '45 days', fr: '45 jours' },
  countedFrom: {
    nl: 'de einddatum van de arbeidsovereenkomst (einde vanaf 1 april 2024)',
    en: 'the end date of the employment contract (ends from 1 April 2024)',
    fr: 'la date de fin du contrat de travail (fin à partir du 1er avril 2024)',
  },
  interpretations: [FM_RIZIV_WHEN_EMPLOYER_ENDS],
};
