import { daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { DAY_AFTER_RECEIPT } from '../../formal/interpretations.js';
import { FM2022_FROM, procedureArticle } from '../sources.js';

/** Calendar days the inspector physician has to decide an appeal. */
export const FM_APPEAL_DECISION_DAYS = 42;

/**
 * The inspector physician's decision on the worker's appeal against the finding, with the two other physicians
 * (treating physician and occupational physician).
 *
 * Codex I.4-82/1 refers to the appeal of I.4-80: the decision is taken within 42 calendar days from the day after
 * the inspector physician received the appeal (KB 11 September 2022, art. 3: "de woorden 'eenentwintig
 * werkdagen' worden vervangen door de woorden '42 kalenderdagen'", wetwijzer.be, for the appeal of the health
 * assessment; securex.be FR for the medical force majeure appeal).
 *
 * @example
 * fmAppealDecision({ appealReceived: '2025-09-20' as PlainDate }) //=> { due: '2025-11-01' }
 */
export function fmAppealDecision(input: { appealReceived: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.appealReceived, FM_APPEAL_DECISION_DAYS) };
}

export const fmAppealDecisionRule: RuleSpec = {
  id: 'force-majeure.appeal-decision',
  track: 'force-majeure',
  actor: 'inspector-physician',
  kind: 'obligation',
  label: {
    nl: 'Beslissing over het beroep tegen de vaststelling (medische overmacht)',
    en: 'Decision on the appeal against the finding (medical force majeure)',
    fr: 'Décision sur le recours contre le constat (force majeure médicale)',
  },
  counts: { from: 'force-majeure.appeal-lodged', term: { days: 42 }, rollover: true, voidWhen: ['the procedure ended'] },
  metBy: ['force-majeure.appeal-decided'],
  basis: [procedureArticle(), codex('I.4-80')],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const fmAppealDecisionProse: RuleProse = {
  term: { nl: '42 kalenderdagen', en: '42 calendar days', fr: '42 jours calendrier' },
  countedFrom: {
    nl: 'de ontvangst van het beroep door de arts-sociaal inspecteur',
    en: "the inspector physician's receipt of the appeal",
    fr: 'la réception du recours par le médecin-inspecteur social',
  },
  interpretations: [DAY_AFTER_RECEIPT],
};
