import { compareDates, monthsAfterDetailed, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { MONTH_END_CLAMPED, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Months the employer has for a plan or motivated report after decision B. */
export const PLAN_AFTER_B_MONTHS = 6;

/** Where the 6 months run from after an appeal (option `interpretations.planAfterB`). */
export type PlanAfterBInterpretation = 'from-appeal-outcome' | 'from-form';

/** Default reading of research A-6: a timely appeal suspends the trajectory, the 6 months run anew from the outcome. */
export const FROM_APPEAL_OUTCOME: Interpretation = {
  id: 'from-appeal-outcome',
  question: 'A-6',
  chosen: {
    nl: 'Een tijdig beroep schorst het traject; na bevestiging van beslissing B lopen de 6 maanden vanaf de ontvangst van de uitspraak door werkgever en werknemer, nooit vanaf vóór de ontvangst van het formulier (standaard).',
    en: 'A timely appeal suspends the trajectory; once decision B is confirmed, the 6 months run from the receipt of the outcome by employer and worker, never from before the receipt of the form (default).',
    fr: "Un recours introduit à temps suspend le trajet ; une fois la décision B confirmée, les 6 mois courent à partir de la réception de la décision sur le recours par l'employeur et le travailleur, jamais à partir d'une date antérieure à la réception du formulaire (par défaut).",
  },
  alternatives: [
    {
      nl: '`from-form`: de 6 maanden blijven lopen vanaf de ontvangst van het formulier met beslissing B.',
      en: '`from-form`: the 6 months keep running from the receipt of the form with decision B.',
      fr: '`from-form` : les 6 mois continuent de courir à partir de la réception du formulaire contenant la décision B.',
    },
  ],
  sources: [
    'werk.belgie.be (het beroep schorst het re-integratietraject tot het resultaat gekend is)',
    'securex.be Lex4You, mensura.be (plan na het verstrijken van de beroepstermijn of na de uitspraak)',
  ],
};

/** The strict reading of research A-6, chosen with `interpretations.planAfterB: 'from-form'`. */
export const FROM_FORM: Interpretation = {
  id: 'from-form',
  question: 'A-6',
  chosen: {
    nl: 'Ook na een beroep lopen de 6 maanden vanaf de ontvangst door de werkgever van het formulier met beslissing B (optie `from-form`); tijdens het beroep is de termijn geschorst.',
    en: "Also after an appeal, the 6 months run from the employer's receipt of the form with decision B (option `from-form`); while the appeal is pending the term is suspended.",
    fr: "Même après un recours, les 6 mois courent à partir de la réception par l'employeur du formulaire contenant la décision B (option `from-form`) ; pendant le recours, le délai est suspendu.",
  },
  alternatives: [
    {
      nl: '`from-appeal-outcome` (standaard): vanaf de uitspraak in beroep.',
      en: '`from-appeal-outcome` (default): from the appeal outcome.',
      fr: '`from-appeal-outcome` (par défaut) : à partir de la décision sur le recours.',
    },
  ],
  sources: ['droitsquotidiens.be (6 mois à partir du lendemain de la réception de l’évaluation)', 'ucm.be'],
};

/** Without an appeal, the term runs from the form, not from the end of the 21-day appeal window. */
export const NO_APPEAL_FROM_FORM_RECEIPT: Interpretation = {
  id: 'no-appeal-from-form-receipt',
  question: 'A-6',
  chosen: {
    nl: 'Zonder beroep lopen de 6 maanden vanaf de ontvangst van het formulier door de werkgever, niet vanaf het einde van de beroepstermijn van 21 dagen.',
    en: "Without an appeal, the 6 months run from the employer's receipt of the form, not from the end of the 21-day appeal window.",
    fr: "Sans recours, les 6 mois courent à partir de la réception du formulaire par l'employeur, et non à partir de la fin du délai de recours de 21 jours.",
  },
  sources: ['droitsquotidiens.be', 'ucm.be', 'SPEC section 6'],
};

export type PlanAfterBResult = {
  /** `suspended` while a timely appeal is pending; `lapsed` when the appeal overturned decision B. */
  status: 'running' | 'suspended' | 'lapsed';
  /** Null while suspended under `from-appeal-outcome`: the term will run from an outcome not yet known. */
  due: PlainDate | null;
  countedFrom: PlainDate;
  /** The day-number did not exist in the target month (research A-3). */
  clamped: boolean;
};

/**
 * The employer's re-integration plan or motivated report (gemotiveerd verslag) after decision B (definitively
 * unfit for the agreed work).
 *
 * Codex I.4-75 (R2022, R2026; article number unverified, possibly I.4-74: see the interpretation): the employer
 * has "zes maanden" to draw up the plan or the report (AgO: "De werkgever heeft zes maanden de tijd om het plan
 * of verslag op te maken"); Codex I.4-80 (verified): a timely appeal suspends the trajectory until employer and
 * worker know the outcome ("De beroepsprocedure schorst het re-integratietraject", werk.belgie.be). Only a timely appeal is
 * passed in `appeal`: a late one changes nothing.
 *
 * @example
 * planAfterB({ receivedByEmployer: '2025-08-29' as PlainDate }) //=> { status: 'running', due: '2026-02-28', countedFrom: '2025-08-29', clamped: true }
 * planAfterB({ receivedByEmployer: '2025-06-10' as PlainDate, appeal: {} }) //=> { status: 'suspended', due: null, countedFrom: '2025-06-10', clamped: false }
 * planAfterB({ receivedByEmployer: '2025-06-10' as PlainDate, appeal: { outcome: 'confirmed', decidedOn: '2025-08-05' as PlainDate } }) //=> { status: 'running', due: '2026-02-05', countedFrom: '2025-08-05', clamped: false }
 * planAfterB({ receivedByEmployer: '2025-06-10' as PlainDate, appeal: { outcome: 'confirmed', decidedOn: '2025-08-05' as PlainDate }, interpretation: 'from-form' }) //=> { status: 'running', due: '2025-12-10', countedFrom: '2025-06-10', clamped: false }
 */
export function planAfterB(input: {
  receivedByEmployer: PlainDate;
  appeal?: { outcome?: 'confirmed' | 'overturned'; decidedOn?: PlainDate };
  interpretation?: PlanAfterBInterpretation;
}): PlanAfterBResult {
  const interpretation = input.interpretation ?? 'from-appeal-outcome';
  const fromForm = monthsAfterDetailed(input.receivedByEmployer, PLAN_AFTER_B_MONTHS);
  const formResult = (status: PlanAfterBResult['status']): PlanAfterBResult => ({
    status,
    due: fromForm.date,
    countedFrom: input.receivedByEmployer,
    clamped: fromForm.clamped,
  });
  const { appeal } = input;
  if (appeal === undefined) return formResult('running');
  const decided = appeal.outcome !== undefined && appeal.decidedOn !== undefined;
  if (interpretation === 'from-form') {
    return formResult(!decided ? 'suspended' : appeal.outcome === 'overturned' ? 'lapsed' : 'running');
  }
  if (!decided || appeal.outcome === 'overturned') {
    return { status: decided ? 'lapsed' : 'suspended', due: null, countedFrom: input.receivedByEmployer, clamped: false };
  }
  // The term runs anew from the outcome, never from before the form: an outcome recorded before the employer's
  // receipt of the form (which cannot happen; the data are out of order) counts from the receipt.
  const from = compareDates(appeal.decidedOn!, input.receivedByEmployer) < 0 ? input.receivedByEmployer : appeal.decidedOn!;
  const fromOutcome = monthsAfterDetailed(from, PLAN_AFTER_B_MONTHS);
  return { status: 'running', due: fromOutcome.date, countedFrom: from, clamped: fromOutcome.clamped };
}

export const planAfterBRule: RuleSpec = {
  id: 'formal.plan-after-b',
  track: 'formal',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Re-integratieplan of gemotiveerd verslag na beslissing B',
    en: 'Re-integration plan or motivated report after decision B',
    fr: 'Plan de réintégration ou rapport motivé après la décision B',
  },
  counts: { from: 'formal.assessed.receivedByEmployer (or formal.appeal-decided)', term: { months: 6 }, rollover: true, voidWhen: ['decision B overturned on appeal', 'the trajectory ended'] },
  metBy: ['formal.plan-offered', 'formal.report-delivered'],
  basis: [codex('I.4-75'), codex('I.4-80')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const planAfterBProse: RuleProse = {
  term: {
    nl: '6 maanden; geschorst tijdens een tijdig beroep',
    en: '6 months; suspended while a timely appeal is pending',
    fr: '6 mois ; suspendu pendant un recours introduit à temps',
  },
  countedFrom: {
    nl: 'de ontvangst door de werkgever van het formulier met beslissing B, of (na bevestiging in beroep) de ontvangst van de uitspraak',
    en: "the employer's receipt of the form with decision B, or (after confirmation on appeal) the receipt of the outcome",
    fr: "la réception par l'employeur du formulaire contenant la décision B, ou (après confirmation en recours) la réception de la décision sur le recours",
  },
  interpretations: [
    FROM_APPEAL_OUTCOME,
    FROM_FORM,
    NO_APPEAL_FROM_FORM_RECEIPT,
    MONTH_END_CLAMPED,
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
