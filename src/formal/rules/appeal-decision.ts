import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Calendar days the inspector physician has to decide an appeal. */
export const APPEAL_DECISION_DAYS = 42;

/** What an overturned decision B means for the trajectory (research F-20: not described in the sources). */
export const OVERTURNED_NEEDS_NEW_DECISION: Interpretation = {
  id: 'overturned-needs-new-decision',
  question: 'F-20',
  chosen: {
    nl: 'Wordt beslissing B in beroep niet bevestigd, dan staat ze niet meer: de termijn voor het plan na beslissing B vervalt en het traject wacht op een nieuwe re-integratiebeoordeling (melding `appeal-overturned-needs-decision`). De wet stelt daarvoor geen termijn.',
    en: 'When the appeal does not confirm decision B, it no longer stands: the term for the plan after decision B lapses and the trajectory waits for a new re-integration assessment (flag `appeal-overturned-needs-decision`). The law sets no term for it.',
    fr: "Si la décision B n'est pas confirmée en recours, elle disparaît : le délai du plan après la décision B devient caduc et le trajet attend une nouvelle évaluation de réintégration (signal `appeal-overturned-needs-decision`). La loi ne fixe pas de délai pour celle-ci.",
  },
  alternatives: [
    {
      nl: 'Het traject eindigt bij een hervorming.',
      en: 'The trajectory ends when B is overturned.',
      fr: 'Le trajet prend fin lorsque la décision B est réformée.',
    },
    {
      nl: 'Het traject wordt als beslissing A verdergezet.',
      en: 'The trajectory continues as if decision A had been taken.',
      fr: 'Le trajet se poursuit comme si la décision A avait été prise.',
    },
  ],
  sources: ['research legal-rules.md F-20 ("B not confirmed → the consequence ... is not described")', 'SPEC section 6'],
};

/**
 * The decision on the appeal by the inspector physician together with the occupational physician and the
 * treating physician, by majority.
 *
 * Codex I.4-80 (R2022, R2026; the article of the appeal, verified on werk.belgie.be; the paragraph of the 42
 * days is not confirmed): the three physicians decide "uiterlijk binnen een termijn van 42 kalenderdagen
 * die aanvangt op de dag volgend op de dag waarop de arts sociaal inspecteur het beroep ontvangen heeft"
 * (securex.be). The `formal.appeal-lodged` event is dated on that receipt.
 *
 * @example
 * appealDecision({ appealReceived: '2025-06-20' as PlainDate }) //=> { due: '2025-08-01' }
 * appealDecision({ appealReceived: '2025-06-30' as PlainDate }) //=> { due: '2025-08-11' }
 */
export function appealDecision(input: { appealReceived: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.appealReceived, APPEAL_DECISION_DAYS) };
}

export const appealDecisionRule: RuleSpec = {
  id: 'formal.appeal-decision',
  track: 'formal',
  actor: 'inspector-physician',
  kind: 'obligation',
  label: {
    nl: 'Beslissing over het beroep door de arts-sociaal inspecteur',
    en: 'Decision on the appeal by the inspector physician',
    fr: 'Décision sur le recours par le médecin-inspecteur social',
  },
  counts: { from: 'formal.appeal-lodged', term: { days: 42 }, rollover: true, voidWhen: ['the trajectory ended'] },
  metBy: ['formal.appeal-decided'],
  basis: [codex('I.4-80')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const appealDecisionProse: RuleProse = {
  term: { nl: '42 kalenderdagen', en: '42 calendar days', fr: '42 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van het beroep door de arts-sociaal inspecteur',
    en: "the inspector physician's receipt of the appeal",
    fr: 'la réception du recours par le médecin-inspecteur social',
  },
  interpretations: [DAY_AFTER_RECEIPT, OVERTURNED_NEEDS_NEW_DECISION, R2026_TERMS_AS_R2022],
};
