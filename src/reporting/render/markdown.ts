import type { Report } from '../figures.js';
import { figureLabel, SECTION_LABELS, WORDS, type Lang } from '../labels.js';
import { colon } from '../../rules/types.js';
import { cellText, suppressReport } from '../suppress.js';
import { columnTitle, legend, rowsBySection } from './common.js';

export type MarkdownRenderOptions = {
  /** Default 5: counts from 1 to 4 are shown as `<5`. */
  minCellSize?: number | undefined;
  /** Language of headings and labels: Dutch (default), English or French. */
  lang?: Lang | undefined;
};

/** Escapes text from the data (entity names, reason codes) for Markdown: no markup, no table breaks. */
export function mdText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]|<>~]/g, '\\$&');
}

/**
 * The report as Markdown: the period and a legend, then per group (the total first) one table per section.
 * Counts are suppressed (`<5`, `x`), as in every rendered format.
 */
export function renderMarkdown(report: Report, opts: MarkdownRenderOptions = {}): string {
  const lang = opts.lang ?? 'nl';
  const s = suppressReport(report, { minCellSize: opts.minCellSize });
  const out: string[] = [];
  out.push(`# ${WORDS.title[lang]}`, '');
  out.push(`${WORDS.period[lang]}${colon(lang)}${report.from} ${WORDS.to[lang]} ${report.to} · ${WORDS.asOf[lang]}${colon(lang)}${report.asOf}`, '');
  for (const { mark, text } of legend(s.minCellSize, lang)) out.push(`- \`${mark}\`: ${text}`);
  out.push('');
  const sections = rowsBySection(s);
  for (const col of s.columns) {
    out.push(`## ${mdText(columnTitle(col, lang))}`, '');
    for (const { section, rows } of sections) {
      out.push(`### ${SECTION_LABELS[section][lang]}`, '');
      if (rows.length === 0) {
        out.push(WORDS.noneOverdue[lang], '');
        continue;
      }
      out.push(`| ${WORDS.figure[lang]} | ${WORDS.count[lang]} |`, '|---|---:|');
      for (const row of rows) {
        out.push(`| ${mdText(figureLabel(row.id, lang))} | ${cellText(col.cells.get(row.id)!, s.minCellSize, lang !== 'en')} |`);
      }
      out.push('');
    }
  }
  out.push(`_${WORDS.footer[lang]}_`, '');
  return out.join('\n');
}
