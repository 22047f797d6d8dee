import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Calendar days the worker has to agree to or refuse the plan. */
export const PLAN_RESPONSE_DAYS = 14;

/**
 * The worker's answer to the re-integration plan: agreement ("voor akkoord") or refusal with reasons.
 *
 * Codex I.4-76 (R2022, R2026; article number unverified: no source ties it to an article): the worker has a term of 14 calendar days "die
 * aanvangt op de dag volgend op de dag waarop hij het re-integratieplan ontvangt" (securex.be; AgO: "De
 * werknemer heeft 14 dagen de tijd om in te stemmen met het re-integratieplan"). Silence has no effect by
 * itself: the employer must then contact the worker (`formal.contact-worker`).
 *
 * @example
 * planResponse({ planReceived: '2025-08-12' as PlainDate }) //=> { due: '2025-08-26' }
 */
export function planResponse(input: { planReceived: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.planReceived, PLAN_RESPONSE_DAYS) };
}

export const planResponseRule: RuleSpec = {
  id: 'formal.plan-response',
  track: 'formal',
  actor: 'worker',
  kind: 'obligation',
  label: {
    nl: 'Instemming met of weigering van het re-integratieplan door de werknemer',
    en: "The worker's agreement to or refusal of the re-integration plan",
    fr: 'Accord ou refus du plan de réintégration par le travailleur',
  },
  counts: { from: 'formal.plan-offered', term: { days: 14 }, rollover: true, voidWhen: ['the trajectory ended'] },
  metBy: ['formal.plan-answered'],
  basis: [codex('I.4-76')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const planResponseProse: RuleProse = {
  term: { nl: '14 kalenderdagen', en: '14 calendar days', fr: '14 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van het re-integratieplan door de werknemer',
    en: "the worker's receipt of the re-integration plan",
    fr: 'la réception du plan de réintégration par le travailleur',
  },
  interpretations: [
    DAY_AFTER_RECEIPT,
    R2026_TERMS_AS_R2022,
  ],
  unverifiedArticle: {
    article: 'I.4-76',
    found: {
      nl: 'Geen bron koppelt deze regel aan een artikelnummer; staat het plan in I.4-74 (zie formal.plan-after-a), dan kan het antwoord van de werknemer in I.4-75 staan.',
      en: "No source ties this rule to an article number; if the plan is in I.4-74 (see formal.plan-after-a), the worker's answer may be in I.4-75.",
      fr: "Aucune source ne rattache cette règle à un numéro d'article ; si le plan figure à l'article I.4-74 (voir formal.plan-after-a), la réponse du travailleur peut figurer à l'article I.4-75.",
    },
  },
};
