import type { PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** The follow-up has no term; the latest review is shown (research F-22). */
export const FOLLOW_UP_LATEST_REVIEW: Interpretation = {
  id: 'follow-up-latest-review',
  question: 'F-22',
  chosen: {
    nl: 'De opvolging heeft geen termijn ("op regelmatige basis"); de verplichting staat open tot een eerste opvolging en toont daarna de datum van de laatste opvolging.',
    en: 'The follow-up has no term ("regularly"); the duty is open until a first review and then shows the date of the latest review.',
    fr: "Le suivi n'a pas de délai (« op regelmatige basis » : de manière régulière) ; l'obligation reste ouverte jusqu'à un premier suivi, puis indique la date du dernier suivi.",
  },
  sources: ['AgO re-integratietrajecten, stap 4 ("De arbeidsarts volgt de uitvoering van het re-integratieplan op regelmatige basis op")', 'weeraandeslag.be'],
};

/**
 * The occupational physician follows up the execution of an agreed re-integration plan.
 *
 * Codex I.4-76 (R2022, R2026; article number unverified: no source ties it to an article): "De arbeidsarts volgt de uitvoering van het
 * re-integratieplan op regelmatige basis op" (AgO, stap 4). No term: the duty has no due date.
 *
 * @example
 * planFollowUp({ agreedOn: '2025-09-01' as PlainDate }) //=> { due: null }
 */
export function planFollowUp(_input: { agreedOn: PlainDate }): { due: null } {
  return { due: null };
}

export const planFollowUpRule: RuleSpec = {
  id: 'formal.plan-follow-up',
  track: 'formal',
  actor: 'occupational-physician',
  kind: 'obligation',
  label: {
    nl: 'Opvolging van het re-integratieplan door de preventieadviseur-arbeidsarts',
    en: 'Follow-up of the re-integration plan by the occupational physician',
    fr: 'Suivi du plan de réintégration par le conseiller en prévention-médecin du travail',
  },
  counts: { from: 'formal.plan-answered (agreed)', term: { none: true }, rollover: false, voidWhen: ['the trajectory ended'] },
  metBy: ['formal.plan-reviewed'],
  basis: [codex('I.4-76')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const planFollowUpProse: RuleProse = {
  term: { nl: 'geen termijn (op regelmatige basis)', en: 'no term (regularly)', fr: 'pas de délai (de manière régulière)' },
  countedFrom: { nl: 'de instemming met het plan', en: 'the agreement to the plan', fr: "l'accord sur le plan" },
  interpretations: [
    FOLLOW_UP_LATEST_REVIEW,
    R2026_TERMS_AS_R2022,
  ],
  unverifiedArticle: {
    article: 'I.4-76',
    found: {
      nl: 'Geen bron koppelt de opvolging door de preventieadviseur-arbeidsarts aan een artikelnummer.',
      en: "No source ties the occupational physician's follow-up to an article number.",
      fr: "Aucune source ne rattache le suivi par le conseiller en prévention-médecin du travail à un numéro d'article.",
    },
  },
};
