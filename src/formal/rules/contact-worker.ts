import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** The law sets no term for the contact; the library makes it due at once (research A-11). */
export const CONTACT_DUE_DAY_AFTER_RESPONSE_TERM: Interpretation = {
  id: 'contact-due-day-after-response-term',
  question: 'A-11',
  chosen: {
    nl: 'De codex stelt geen termijn voor het contact: de bibliotheek maakt het opeisbaar de dag na het verstrijken van de 14 dagen van de werknemer. Een tweede stilzwijgen na het contact geldt als weigering; die datum legt de gebruiker vast (`formal.plan-deemed-refused`), de bibliotheek sluit het traject nooit zelf af.',
    en: "The Codex sets no term for the contact: the library makes it due the day after the worker's 14 days passed. A second silence after the contact counts as a refusal; the user records that day (`formal.plan-deemed-refused`), the library never closes the trajectory by itself.",
    fr: "Le Code ne fixe pas de délai pour la prise de contact : la bibliothèque la rend exigible le lendemain de l'expiration des 14 jours dont dispose le travailleur. Un second silence après la prise de contact vaut refus ; l'utilisateur enregistre ce jour (`formal.plan-deemed-refused`), la bibliothèque ne clôt jamais le trajet d'elle-même.",
  },
  alternatives: [
    { nl: 'Geen vervaldag (zo snel mogelijk).', en: 'No due date (as soon as possible).', fr: "Pas d'échéance (dès que possible)." },
  ],
  sources: ['AgO re-integratietrajecten, stap 3 ("Als er binnen deze termijn geen reactie komt, moet de werkgever de werknemer contacteren")', 'securex.be Lex4You'],
};

/**
 * The employer contacts the worker who let the 14 days for the plan pass without an answer.
 *
 * Codex I.4-76 (R2022, R2026; article number unverified: no source ties it to an article; new since 1 October
 * 2022): "Als er binnen deze termijn
 * geen reactie komt, moet de werkgever de werknemer contacteren. Komt er opnieuw geen reactie? Dan beschouwt de
 * werkgever dat als een weigering van het plan" (AgO, re-integratietrajecten, stap 3).
 *
 * @example
 * contactWorker({ responseDue: '2025-08-26' as PlainDate }) //=> { due: '2025-08-27' }
 */
export function contactWorker(input: { responseDue: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.responseDue, 1) };
}

export const contactWorkerRule: RuleSpec = {
  id: 'formal.contact-worker',
  track: 'formal',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Werkgever contacteert de werknemer die niet reageerde op het re-integratieplan',
    en: 'Employer contacts the worker who did not answer the re-integration plan',
    fr: "L'employeur contacte le travailleur qui n'a pas répondu au plan de réintégration",
  },
  counts: { from: 'formal.plan-offered (the day after the worker\'s 14 days)', term: { days: 0 }, rollover: true, voidWhen: ['the worker answered late', 'the trajectory ended'] },
  metBy: ['formal.worker-contacted'],
  basis: [codex('I.4-76')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const contactWorkerProse: RuleProse = {
  term: { nl: 'de dag na het verstrijken van de 14 dagen', en: 'the day after the 14 days passed', fr: "le jour qui suit l'expiration des 14 jours" },
  countedFrom: {
    nl: 'het einde van de termijn van de werknemer om op het plan te antwoorden',
    en: "the end of the worker's term to answer the plan",
    fr: 'la fin du délai dont dispose le travailleur pour répondre au plan',
  },
  interpretations: [
    CONTACT_DUE_DAY_AFTER_RESPONSE_TERM,
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
