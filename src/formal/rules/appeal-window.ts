import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Calendar days the worker has to appeal against decision B. */
export const APPEAL_WINDOW_DAYS = 21;

/** A late appeal is recorded and flagged, but it does not suspend the trajectory. */
export const LATE_APPEAL_DOES_NOT_SUSPEND: Interpretation = {
  id: 'late-appeal-does-not-suspend',
  chosen: {
    nl: 'Een beroep dat na de 21 kalenderdagen wordt ingesteld, is laattijdig (`appeal-late`) en dus onontvankelijk: het schorst het traject niet, de termijn voor het plan na beslissing B loopt door en de arts-sociaal inspecteur krijgt geen termijn van 42 dagen. Beslist de inspecteur toch, dan wordt die uitspraak vastgelegd.',
    en: 'An appeal lodged after the 21 calendar days is late (`appeal-late`) and hence inadmissible: it does not suspend the trajectory, the term for the plan after decision B keeps running and the inspector physician gets no 42-day term. When the inspector decides anyway, that outcome is recorded.',
    fr: "Un recours introduit après les 21 jours calendrier est tardif (`appeal-late`) et donc irrecevable : il ne suspend pas le trajet, le délai du plan après la décision B continue de courir et le médecin-inspecteur social n'a pas de délai de 42 jours. Si le médecin-inspecteur social statue malgré tout, sa décision est enregistrée.",
  },
  alternatives: [
    {
      nl: 'Elk beroep schorst het traject tot de uitspraak, ook een laattijdig.',
      en: 'Every appeal suspends the trajectory until the outcome, even a late one.',
      fr: "Tout recours suspend le trajet jusqu'à la décision sur le recours, même un recours tardif.",
    },
  ],
  sources: ['werk.belgie.be (beroep, 21 kalenderdagen, schorsing)', 'securex.be Lex4You "Beroep van de werknemer"'],
};

/** One appeal per trajectory (research F-19). */
export const ONE_APPEAL_PER_TRAJECTORY: Interpretation = {
  id: 'one-appeal-per-trajectory',
  chosen: {
    nl: 'De werknemer kan slechts één keer per traject beroep instellen: wordt beslissing B in beroep hervormd en volgt een nieuwe beslissing B, dan is er geen nieuwe beroepstermijn.',
    en: 'The worker can appeal only once per trajectory: after decision B was overturned and a new decision B follows, there is no new appeal window.',
    fr: "Le travailleur ne peut introduire un recours qu'une seule fois par trajet : si la décision B est réformée en recours et qu'une nouvelle décision B suit, il n'y a pas de nouveau délai de recours.",
  },
  sources: ['securex.be Lex4You ("Tijdens een re-integratietraject kan de werknemer slechts één keer de beroepsprocedure aanwenden")'],
};

/**
 * The worker's right to appeal against decision B (definitively unfit for the agreed work) to the inspector
 * physician (arts-sociaal inspecteur) of the Toezicht op het Welzijn op het Werk, by registered letter (and,
 * since 1 October 2022, a registered letter to the employer).
 *
 * Codex I.4-80 §1-2 (R2022, R2026; verified on werk.belgie.be: the appeal "(art. I.4-80, §1 van de codex over
 * het welzijn op het werk)", "binnen de 21 kalenderdagen nadat de preventieadviseur-arbeidsarts hem het formulier
 * ... heeft bezorgd (art. I.4-80, §2 van de codex)"): the worker appeals "binnen een termijn van 21
 * kalenderdagen ... die aanvangt op de dag volgend op de dag van ontvangst van de vaststelling van de definitieve
 * ongeschiktheid" (securex.be); only against decision B and only once per trajectory.
 *
 * @example
 * appealWindow({ receivedByWorker: '2025-08-29' as PlainDate }) //=> { due: '2025-09-19' }
 * appealWindow({ receivedByWorker: '2025-06-10' as PlainDate }) //=> { due: '2025-07-01' }
 */
export function appealWindow(input: { receivedByWorker: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.receivedByWorker, APPEAL_WINDOW_DAYS) };
}

export const appealWindowRule: RuleSpec = {
  id: 'formal.appeal-window',
  track: 'formal',
  actor: 'worker',
  kind: 'right',
  label: {
    nl: 'Beroep tegen beslissing B bij de arts-sociaal inspecteur',
    en: 'Appeal against decision B to the inspector physician',
    fr: 'Recours contre la décision B auprès du médecin-inspecteur social',
  },
  counts: { from: 'formal.assessed.receivedByWorker', term: { days: 21 }, rollover: true, voidWhen: ['the trajectory ended before the window closed'] },
  metBy: ['formal.appeal-lodged'],
  basis: [codex('I.4-80 §1-2')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const appealWindowProse: RuleProse = {
  term: {
    nl: '21 kalenderdagen, één keer per traject',
    en: '21 calendar days, once per trajectory',
    fr: '21 jours calendrier, une seule fois par trajet',
  },
  countedFrom: {
    nl: 'de ontvangst door de werknemer van het formulier met beslissing B',
    en: "the worker's receipt of the form with decision B",
    fr: 'la réception par le travailleur du formulaire contenant la décision B',
  },
  interpretations: [DAY_AFTER_RECEIPT, LATE_APPEAL_DOES_NOT_SUSPEND, ONE_APPEAL_PER_TRAJECTORY, R2026_TERMS_AS_R2022],
};
