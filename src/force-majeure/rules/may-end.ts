import { daysAfter, maxDate, type PlainDate } from '../../calendar/index.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { FM_MAY_END_WHEN_FINAL } from '../interpretations.js';
import { employmentContractsAct, FM2022_FROM, procedureArticle } from '../sources.js';
import { adaptedWorkRequest } from './adapted-work-request.js';
import { fmAppealWindow } from './appeal-window.js';

/** What the worker did about adapted or other work (FM-09). */
export type AdaptedWorkOutcome =
  /** Did not ask at the examination nor within the 7 days. */
  | { readonly asked: false }
  /** Asked; the employer's motivated report was delivered on `reportOn`, or the worker refused the plan on `refusedOn`. */
  | { readonly asked: true; readonly reportOn?: PlainDate; readonly refusedOn?: PlainDate };

export type MayEndInput = {
  /** The worker's receipt of the finding of definitive unfitness. */
  readonly receivedByWorker: PlainDate;
  /** The last day of the appeal window, when the rollover option moved it (default: receipt + 21). */
  readonly appealWindowEnd?: PlainDate;
  /** A timely appeal, and its outcome once received. */
  readonly appeal?: { readonly decided?: { readonly outcome: 'confirmed' | 'overturned'; readonly on: PlainDate } };
  readonly adaptedWork: AdaptedWorkOutcome;
};

export type MayEndResult = {
  /** From this day the contract may end; null while a condition is not met (an appeal pending, a plan or report awaited). */
  readonly due: PlainDate | null;
  /** The condition of art. 34 that is met: no request, a motivated report, a refused plan. */
  readonly branch: 'no-request' | 'report' | 'plan-refused' | null;
};

/** The day from which the finding can no longer be appealed, or null (pending, or overturned). */
function finalOn(input: MayEndInput): PlainDate | null {
  if (input.appeal === undefined) return daysAfter(input.appealWindowEnd ?? fmAppealWindow(input).due, 1);
  const decided = input.appeal.decided;
  return decided?.outcome === 'confirmed' ? decided.on : null;
}

/**
 * The first day on which the employment contract may end for medical force majeure.
 *
 * Art. 34 Arbeidsovereenkomstenwet: the contract can end for medical force majeure only when the finding of the
 * occupational physician, "qui n’est plus susceptible de recours, ou du résultat de la procédure de recours",
 * shows that the agreed work is definitively impossible, and: "1° Soit le travailleur n’a pas demandé d’examiner
 * les possibilités relatives à un travail adapté ou à un autre travail; 2° Soit ... l’employeur ... a remis le
 * rapport motivé ...; 3° Soit ... l’employeur ... a remis ... le plan pour un travail adapté ou un autre travail
 * refusé par le travailleur", and the party invoking it must notify it expressly in writing (securex.be FR).
 * The latest of the dates counts: the day after the appeal window (or the confirmation on appeal), and the day
 * after the 7 days to ask, the report, or the refusal.
 *
 * @example
 * mayEnd({ receivedByWorker: '2025-09-05' as PlainDate, adaptedWork: { asked: false } }) //=> { due: '2025-09-27', branch: 'no-request' }
 * mayEnd({ receivedByWorker: '2025-09-05' as PlainDate, adaptedWork: { asked: true, reportOn: '2025-11-03' as PlainDate } }) //=> { due: '2025-11-03', branch: 'report' }
 * mayEnd({ receivedByWorker: '2025-09-05' as PlainDate, adaptedWork: { asked: true } }) //=> { due: null, branch: null }
 * mayEnd({ receivedByWorker: '2025-09-05' as PlainDate, appeal: {}, adaptedWork: { asked: false } }) //=> { due: null, branch: 'no-request' }
 */
export function mayEnd(input: MayEndInput): MayEndResult {
  const w = input.adaptedWork;
  const condition: { on: PlainDate; branch: NonNullable<MayEndResult['branch']> } | null = !w.asked
    ? { on: daysAfter(adaptedWorkRequest(input).due, 1), branch: 'no-request' }
    : w.reportOn !== undefined
      ? { on: w.reportOn, branch: 'report' }
      : w.refusedOn !== undefined
        ? { on: w.refusedOn, branch: 'plan-refused' }
        : null;
  const final = finalOn(input);
  const due = final === null || condition === null ? null : maxDate(final, condition.on);
  return { due, branch: condition?.branch ?? null };
}

export const mayEndRule: RuleSpec = {
  id: 'force-majeure.may-end',
  track: 'force-majeure',
  actor: 'employer',
  alsoActors: ['worker'],
  kind: 'earliest',
  label: {
    nl: 'Overeenkomst mag eindigen wegens medische overmacht (ten vroegste)',
    en: 'Contract may end for medical force majeure (at the earliest)',
    fr: 'Le contrat peut prendre fin pour force majeure médicale (au plus tôt)',
  },
  counts: { from: 'force-majeure.finding.receivedByWorker', term: { days: 22 }, rollover: false, voidWhen: ['the procedure ended otherwise'] },
  metBy: ['employment.ended'],
  basis: [employmentContractsAct('34'), procedureArticle()],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const mayEndProse: RuleProse = {
  term: {
    nl: 'vaststelling niet meer vatbaar voor beroep (of bevestigd in beroep) en: geen verzoek om aangepast werk, of een gemotiveerd verslag, of een geweigerd plan; met een uitdrukkelijke schriftelijke kennisgeving',
    en: 'finding no longer open to appeal (or confirmed on appeal) and: no request for adapted work, or a motivated report, or a refused plan; with an express written notification',
    fr: "constat qui n'est plus susceptible de recours (ou confirmé en recours) et : aucune demande de travail adapté, ou un rapport motivé, ou un plan refusé ; avec une notification écrite expresse",
  },
  countedFrom: {
    nl: 'de laatste van: de dag na de beroepstermijn (of de bevestiging in beroep), en de dag na de 7 dagen, het verslag of de weigering',
    en: 'the latest of: the day after the appeal window (or the confirmation on appeal), and the day after the 7 days, the report or the refusal',
    fr: 'le plus tardif de : le lendemain du délai de recours (ou de la confirmation en recours), et le lendemain des 7 jours, du rapport ou du refus',
  },
  interpretations: [FM_MAY_END_WHEN_FINAL],
};
