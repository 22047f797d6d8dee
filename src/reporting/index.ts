/**
 * `reintegratie/reporting`: the yearly report on re-integration (SPEC section 8), per entity and government-wide,
 * for the consultation committees (HOC/EOC; KB 11 September 2022: globalised and anonymised elements).
 *
 * - {@link buildReport} / {@link buildReportAsync} evaluate each case once with the library's `evaluate` and
 *   count what happened in [from, to];
 * - {@link mergeReports} adds reports of disjoint populations (entities, or chunks processed by workers);
 * - {@link renderJson}, {@link renderCsv}, {@link renderMarkdown}, {@link renderHtml} render them, with
 *   small-cell suppression in every published format;
 * - {@link parseCasesNdjson} and {@link parseCasesJsonArray} stream case files without holding them in memory.
 *
 * Runs in browsers: no Node APIs.
 *
 * @module
 */
export { buildReport, buildReportAsync, ReportBuilder } from './build.js';
export type { InvalidCase, ReportOptions } from './build.js';
export { mergeReports, emptyReport } from './merge.js';
export { emptyFigures, NO_ENTITY } from './figures.js';
export type { Figures, GroupBy, Report } from './figures.js';
export { median, mergeHistograms, histogramOf } from './histogram.js';
export type { Histogram } from './histogram.js';
export { suppressReport, cellText, figureRows } from './suppress.js';
export type { Cell, CellState, FigureRow, SuppressedColumn, SuppressedReport } from './suppress.js';
export { figureLabel } from './labels.js';
export type { Lang } from './labels.js';
export { renderJson } from './render/json.js';
export type { JsonRenderOptions } from './render/json.js';
export { renderCsv } from './render/csv.js';
export type { CsvRenderOptions } from './render/csv.js';
export { renderMarkdown } from './render/markdown.js';
export type { MarkdownRenderOptions } from './render/markdown.js';
export { renderHtml } from './render/html.js';
export type { HtmlRenderOptions } from './render/html.js';
export {
  isCaseParseError,
  parseCases,
  parseCasesJsonArray,
  parseCasesJsonArraySync,
  parseCasesNdjson,
  parseCasesNdjsonSync,
  splitLines,
} from './stream.js';
export type { CaseParseError } from './stream.js';
export { agenda, agendaAsync, AgendaBuilder, DEFAULT_AGENDA_WITHIN, inWindow } from './agenda.js';
export type { Agenda, AgendaGroup, AgendaItem, AgendaOptions } from './agenda.js';
export { agendaToIcs, deadlineUid, escapeText, evaluationToIcs, foldLine } from './ics.js';
export { renderAgendaCsv, renderAgendaText } from './render/agenda.js';
