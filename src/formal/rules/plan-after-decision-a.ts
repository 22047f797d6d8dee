import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Calendar days the employer has for a plan or motivated report after decision A. */
export const PLAN_AFTER_A_DAYS = 63;

/**
 * The employer's re-integration plan (re-integratieplan) or motivated report (gemotiveerd verslag) after
 * decision A (temporarily unfit for the agreed work).
 *
 * Codex I.4-75 (R2022, R2026; article number unverified, possibly I.4-74: see the interpretation): the employer draws up the plan or the report
 * "binnen 63 kalenderdagen" after receipt of the assessment form (AgO: "De werkgever heeft 63 kalenderdagen de
 * tijd om het plan of verslag op te maken"; DroitsQuotidiens: "63 jours calendrier à partir du lendemain de la
 * réception"). It replaced the 55 working days of 2016.
 *
 * @example
 * planAfterA({ receivedByEmployer: '2025-05-20' as PlainDate }) //=> { due: '2025-07-22' }
 * planAfterA({ receivedByEmployer: '2025-06-10' as PlainDate }) //=> { due: '2025-08-12' }
 */
export function planAfterA(input: { receivedByEmployer: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.receivedByEmployer, PLAN_AFTER_A_DAYS) };
}

export const planAfterARule: RuleSpec = {
  id: 'formal.plan-after-a',
  track: 'formal',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Re-integratieplan of gemotiveerd verslag na beslissing A',
    en: 'Re-integration plan or motivated report after decision A',
    fr: 'Plan de réintégration ou rapport motivé après la décision A',
  },
  counts: { from: 'formal.assessed.receivedByEmployer', term: { days: 63 }, rollover: true, voidWhen: ['the trajectory ended'] },
  metBy: ['formal.plan-offered', 'formal.report-delivered'],
  basis: [codex('I.4-75')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const planAfterAProse: RuleProse = {
  term: { nl: '63 kalenderdagen', en: '63 calendar days', fr: '63 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst door de werkgever van het formulier voor de re-integratiebeoordeling (beslissing A)',
    en: "the employer's receipt of the re-integration assessment form (decision A)",
    fr: "la réception par l'employeur du formulaire d'évaluation de réintégration (décision A)",
  },
  interpretations: [
    DAY_AFTER_RECEIPT,
    R2026_TERMS_AS_R2022,
  ],
  unverifiedArticle: {
    article: 'I.4-75',
    found: {
      nl: 'Geen officiële tekst gevonden. Eén secundaire bron (terralaboris.be, rechtspraak over de tekst van 2016) plaatst het plan en het gemotiveerd verslag in I.4-74 ("L\'article I.4-74, § 4 ... régit le cas du refus de l\'employeur de soumettre un plan"): het nummer kan dus I.4-74 zijn.',
      en: 'No official text found. One secondary source (terralaboris.be, case law on the 2016 wording) places the plan and the motivated report in I.4-74 ("L\'article I.4-74, § 4 ... régit le cas du refus de l\'employeur de soumettre un plan"): the number may be I.4-74.',
      fr: "Aucun texte officiel trouvé. Une source secondaire (terralaboris.be, jurisprudence sur le texte de 2016) place le plan et le rapport motivé à l'article I.4-74 (« L'article I.4-74, § 4 ... régit le cas du refus de l'employeur de soumettre un plan ») : le numéro pourrait donc être I.4-74.",
    },
  },
};
