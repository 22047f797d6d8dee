import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT } from '../../formal/interpretations.js';
import { LATE_APPEAL_DOES_NOT_SUSPEND } from '../../formal/rules/appeal-window.js';
import { FM_MAY_END_WHEN_FINAL } from '../interpretations.js';
import { FM2022_FROM, procedureArticle } from '../sources.js';

/** Calendar days the worker has to appeal against a finding of definitive unfitness. */
export const FM_APPEAL_WINDOW_DAYS = 21;

/**
 * The worker's right to appeal against the occupational physician's finding that the agreed work is
 * definitively impossible, to the inspector physician (arts-sociaal inspecteur), with the procedure of the
 * re-integration trajectory (Codex I.4-80).
 *
 * Codex I.4-82/1 with I.4-80: "Le ou la salarié·e dispose de 21 jours calendrier (à partir du lendemain du jour
 * où il ou elle a reçu la décision du médecin du travail) pour introduire une procédure de recours" (beci.be).
 * A late appeal is recorded and flagged (`appeal-late`) but suspends nothing.
 *
 * @example
 * fmAppealWindow({ receivedByWorker: '2025-09-05' as PlainDate }) //=> { due: '2025-09-26' }
 * fmAppealWindow({ receivedByWorker: '2025-12-24' as PlainDate }) //=> { due: '2026-01-14' }
 */
export function fmAppealWindow(input: { receivedByWorker: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.receivedByWorker, FM_APPEAL_WINDOW_DAYS) };
}

export const fmAppealWindowRule: RuleSpec = {
  id: 'force-majeure.appeal-window',
  track: 'force-majeure',
  actor: 'worker',
  kind: 'right',
  label: {
    nl: 'Beroep tegen de vaststelling van definitieve ongeschiktheid (medische overmacht)',
    en: 'Appeal against the finding of definitive unfitness (medical force majeure)',
    fr: "Recours contre le constat d'incapacité définitive (force majeure médicale)",
  },
  counts: { from: 'force-majeure.finding.receivedByWorker', term: { days: 21 }, rollover: true, voidWhen: ['the procedure ended before the window closed'] },
  metBy: ['force-majeure.appeal-lodged'],
  basis: [procedureArticle(), codex('I.4-80')],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const fmAppealWindowProse: RuleProse = {
  term: { nl: '21 kalenderdagen', en: '21 calendar days', fr: '21 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van de vaststelling door de werknemer',
    en: "the worker's receipt of the finding",
    fr: 'la réception du constat par le travailleur',
  },
  interpretations: [DAY_AFTER_RECEIPT, LATE_APPEAL_DOES_NOT_SUSPEND, FM_MAY_END_WHEN_FINAL],
};
