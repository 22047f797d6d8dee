import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { FM_ASKED_AT_EXAMINATION, FM_PLAN_OR_REPORT_NO_TERM } from '../interpretations.js';
import { employmentContractsAct, FM2022_FROM, procedureArticle } from '../sources.js';

/**
 * The employer's plan for adapted or other work, or the motivated report explaining why a plan is technically or
 * objectively impossible or cannot reasonably be required, to the worker and the occupational physician.
 *
 * Art. 34 Arbeidsovereenkomstenwet and Codex I.4-82/1: the contract may end only when, the worker having asked,
 * the employer "a remis le rapport motivé ... au travailleur et au médecin du travail" or "le plan pour un travail
 * adapté ou un autre travail refusé par le travailleur" (securex.be FR). No source gives a term for it
 * (interpretation `force-majeure-plan-or-report-no-term`): the duty has no due date.
 */
export const planOrReportRule: RuleSpec = {
  id: 'force-majeure.plan-or-report',
  track: 'force-majeure',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Plan voor aangepast of ander werk, of gemotiveerd verslag (medische overmacht)',
    en: 'Plan for adapted or other work, or motivated report (medical force majeure)',
    fr: 'Plan de travail adapté ou autre travail, ou rapport motivé (force majeure médicale)',
  },
  counts: { from: 'force-majeure.form-delivered', term: { none: true }, rollover: false, voidWhen: ['the procedure ended'] },
  metBy: ['force-majeure.plan-offered', 'force-majeure.report-delivered'],
  basis: [procedureArticle(), employmentContractsAct('34')],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const planOrReportProse: RuleProse = {
  term: { nl: 'geen termijn in de bronnen', en: 'no term in the sources', fr: 'pas de délai dans les sources' },
  countedFrom: {
    nl: 'het formulier van de preventieadviseur-arbeidsarts (of de vaststelling, als de werknemer bij het onderzoek om aangepast werk vroeg)',
    en: "the occupational physician's form (or the finding, when the worker asked for adapted work at the examination)",
    fr: "le formulaire du conseiller en prévention-médecin du travail (ou le constat, si le travailleur a demandé un travail adapté lors de l'examen)",
  },
  interpretations: [FM_PLAN_OR_REPORT_NO_TERM, FM_ASKED_AT_EXAMINATION],
};
