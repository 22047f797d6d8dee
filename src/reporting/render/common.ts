import type { Bilingual } from '../../rules/types.js';
import { groupName, SECTION_LABELS, WORDS, type Lang, type Section } from '../labels.js';
import type { FigureRow, SuppressedColumn, SuppressedReport } from '../suppress.js';

/** The title of a column: the total or a group. */
export const columnTitle = (col: SuppressedColumn, lang: Lang): string =>
  col.key === null ? WORDS.total[lang] : groupName(col.key, lang);

/** The rows of a report by section, in reading order. */
export function rowsBySection(s: SuppressedReport): Array<{ section: Section; rows: FigureRow[] }> {
  return (Object.keys(SECTION_LABELS) as Section[])
    .map((section) => ({ section, rows: s.rows.filter((r) => r.section === section) }))
    .filter(({ section, rows }) => rows.length > 0 || section === 'overdue');
}

/** The legend of the suppression marks, in the report's language. */
export function legend(min: number, lang: Lang): Array<{ mark: string; text: string }> {
  return [
    { mark: `<${min}`, text: WORDS.legendSmall[lang].replace('{max}', String(min - 1)) },
    { mark: 'x', text: WORDS.legendHidden[lang].replace('{min}', String(min)) },
    { mark: '–', text: WORDS.legendNone[lang] },
  ];
}

/** The figures of the overview table, and of the two bar charts of each group. */
export const OVERVIEW_FIGURES = [
  'informal.episodesStarted', 'informal.firstConversations', 'informal.firstConversationsOnTime', 'informal.resumptionPossible',
  'formal.requested.total', 'formal.decisions.A', 'formal.decisions.B', 'formal.decisions.C', 'formal.plans.offered', 'formal.reports.total',
];
export const INITIATOR_FIGURES = ['formal.requested.worker', 'formal.requested.treatingPhysician', 'formal.requested.employer'];
export const OUTCOME_FIGURES = [
  'formal.decisions.A', 'formal.decisions.B', 'formal.decisions.C',
  'formal.plans.offered', 'formal.plans.agreed', 'formal.plans.refused', 'formal.plans.deemedRefused', 'formal.reports.total',
];

/** Short labels for the overview columns and the chart bars. */
export const SHORT_LABELS: Record<string, Bilingual> = {
  'informal.episodesStarted': { nl: 'Afwezigheden gestart', en: 'Absences started', fr: 'Absences commencées' },
  'informal.firstConversations': { nl: 'Eerste gesprekken', en: 'First conversations', fr: 'Premiers entretiens' },
  'informal.firstConversationsOnTime': { nl: 'Gesprek binnen 2 maanden', en: 'Conversation within 2 months', fr: 'Entretien dans les 2 mois' },
  'informal.resumptionPossible': { nl: 'Hervatting mogelijk', en: 'Resumption possible', fr: 'Reprise possible' },
  'formal.requested.total': { nl: 'Trajecten aangevraagd', en: 'Trajectories requested', fr: 'Trajets demandés' },
  'formal.requested.worker': { nl: 'Werknemer', en: 'Worker', fr: 'Travailleur' },
  'formal.requested.treatingPhysician': { nl: 'Behandelend arts', en: 'Treating physician', fr: 'Médecin traitant' },
  'formal.requested.employer': { nl: 'Werkgever', en: 'Employer', fr: 'Employeur' },
  'formal.decisions.A': { nl: 'Beslissing A', en: 'Decision A', fr: 'Décision A' },
  'formal.decisions.B': { nl: 'Beslissing B', en: 'Decision B', fr: 'Décision B' },
  'formal.decisions.C': { nl: 'Beslissing C', en: 'Decision C', fr: 'Décision C' },
  'formal.plans.offered': { nl: 'Plan aangeboden', en: 'Plan offered', fr: 'Plan proposé' },
  'formal.plans.agreed': { nl: 'Plan akkoord', en: 'Plan agreed', fr: 'Plan accepté' },
  'formal.plans.refused': { nl: 'Plan geweigerd', en: 'Plan refused', fr: 'Plan refusé' },
  'formal.plans.deemedRefused': { nl: 'Geacht geweigerd', en: 'Deemed refused', fr: 'Réputé refusé' },
  'formal.reports.total': { nl: 'Gemotiveerd verslag', en: 'Motivated report', fr: 'Rapport motivé' },
};
