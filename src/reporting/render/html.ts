import type { Report } from '../figures.js';
import { figureLabel, SECTION_LABELS, WORDS, type Lang } from '../labels.js';
import { colon } from '../../rules/types.js';
import { cellText, suppressReport, type Cell, type SuppressedColumn } from '../suppress.js';
import { LIBRARY_VERSION } from '../../version.js';
import { columnTitle, INITIATOR_FIGURES, legend, OUTCOME_FIGURES, OVERVIEW_FIGURES, rowsBySection, SHORT_LABELS } from './common.js';
import { barChart, escapeHtml } from './svg.js';

export type HtmlRenderOptions = {
  /** Default 5: counts from 1 to 4 are shown as `<5`, in tables and charts alike. */
  minCellSize?: number | undefined;
  /** Dutch (default), English or French. */
  lang?: Lang | undefined;
  /** Page title (default "Rapportering re-integratie" / "Re-integration report" / "Rapport de réintégration"). */
  title?: string | undefined;
};

const CSS = `
:root{--ink:#1d2433;--muted:#5b6475;--line:#d8dde6;--band:#f4f6f9;--accent:#1f5fa8;--accent2:#7fa7d9}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0;background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:36px 0 10px;padding-bottom:6px;border-bottom:2px solid var(--accent)}
.meta{color:var(--muted);margin:0 0 12px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:8px 0 0;padding:10px 12px;background:var(--band);border-radius:6px;font-size:13px}
.legend div{display:flex;gap:6px}
.legend dt{font-weight:700;min-width:22px}
.legend dd{margin:0;color:var(--muted)}
nav{margin:14px 0 0;font-size:13px}
nav a{color:var(--accent);text-decoration:none;margin-right:14px;white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:13px}
caption{text-align:left;font-weight:700;padding:6px 0;font-size:14px}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{text-align:left;background:var(--band);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.n{white-space:nowrap}
.overview th.n{font-size:12px;line-height:1.25;vertical-align:bottom;min-width:56px}
.overview th,.overview td{padding:4px 6px}
.overview td:first-child{white-space:nowrap}
td.sup{color:var(--muted);font-style:italic}
tr.total td{font-weight:700}
.overview{overflow-x:auto}
.charts{display:flex;flex-wrap:wrap;gap:12px 28px;margin:4px 0 8px}
.chart .chart-title{font-weight:700;font-size:14px;fill:var(--ink)}
.chart .bar-label{font-size:12px;fill:var(--ink)}
.chart .bar-value{font-size:12px;fill:var(--muted)}
.chart .bar-fill{fill:var(--accent)}
.tables{columns:2 480px;column-gap:28px}
.tables table{break-inside:avoid;margin-bottom:14px}
.empty{color:var(--muted);font-style:italic}
footer{margin-top:40px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:10px}
@media print{h2{break-before:page}.group:first-of-type h2{break-before:auto}}
`;

/** A number cell; medians (days, not counts) are marked `med`, suppressed cells `sup`. */
function td(cell: Cell, min: number, lang: Lang, kind: 'count' | 'median' = 'count'): string {
  const sup = cell.state === 'small' || cell.state === 'hidden';
  return `<td class="n${kind === 'median' ? ' med' : ''}${sup ? ' sup' : ''}">${escapeHtml(cellText(cell, min, lang !== 'en'))}</td>`;
}

/**
 * The report as one standalone HTML page (no scripts, no external assets, inline CSS): an overview table by
 * entity, then per group (the total first) bar charts of the trajectories by initiator and of the outcomes, and
 * the full tables. Every count is suppressed as in the other formats, in tables and charts alike.
 */
export function renderHtml(report: Report, opts: HtmlRenderOptions = {}): string {
  const lang = opts.lang ?? 'nl';
  const s = suppressReport(report, { minCellSize: opts.minCellSize });
  const min = s.minCellSize;
  const title = opts.title ?? WORDS.title[lang];
  const sections = rowsBySection(s);
  const short = (id: string): string => SHORT_LABELS[id]?.[lang] ?? figureLabel(id, lang);
  const anchor = (i: number): string => `g-${i}`;
  const h: string[] = [];

  h.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="reintegratie ${escapeHtml(LIBRARY_VERSION)}">`,
    `<title>${escapeHtml(title)} ${escapeHtml(report.from)} – ${escapeHtml(report.to)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${WORDS.period[lang]}${colon(lang)}${escapeHtml(report.from)} ${WORDS.to[lang]} ${escapeHtml(report.to)} · ${WORDS.asOf[lang]}${colon(lang)}${escapeHtml(report.asOf)}</p>`,
    `<dl class="legend">${legend(min, lang)
      .map(({ mark, text }) => `<div><dt>${escapeHtml(mark)}</dt><dd>${escapeHtml(text)}</dd></div>`)
      .join('')}</dl>`,
    `<nav>${s.columns.map((c, i) => `<a href="#${anchor(i)}">${escapeHtml(columnTitle(c, lang))}</a>`).join('')}</nav>`,
    '</header>',
  );

  // Overview: one row per group, the total first.
  h.push('<section class="overview">', `<h2>${WORDS.overview[lang]}</h2>`, '<table>', '<thead><tr>', `<th>${WORDS.group[lang]}</th>`);
  for (const id of OVERVIEW_FIGURES) h.push(`<th class="n">${escapeHtml(short(id))}</th>`);
  h.push('</tr></thead><tbody>');
  s.columns.forEach((col, i) => {
    h.push(`<tr${col.key === null ? ' class="total"' : ''}><td><a href="#${anchor(i)}">${escapeHtml(columnTitle(col, lang))}</a></td>`);
    for (const id of OVERVIEW_FIGURES) h.push(td(col.cells.get(id)!, min, lang));
    h.push('</tr>');
  });
  h.push('</tbody></table>', '</section>');

  s.columns.forEach((col: SuppressedColumn, i) => {
    h.push(`<section class="group" id="${anchor(i)}">`, `<h2>${escapeHtml(columnTitle(col, lang))}</h2>`, '<div class="charts">');
    const bars = (ids: readonly string[]) => ids.map((id) => ({ label: short(id), cell: col.cells.get(id)! }));
    h.push(barChart({ id: `c${i}-init`, title: WORDS.byInitiator[lang], bars: bars(INITIATOR_FIGURES), minCellSize: min, decimalComma: lang !== 'en' }));
    h.push(barChart({ id: `c${i}-out`, title: WORDS.outcomes[lang], bars: bars(OUTCOME_FIGURES), minCellSize: min, decimalComma: lang !== 'en' }));
    h.push('</div>', '<div class="tables">');
    for (const { section, rows } of sections) {
      h.push('<table>', `<caption>${escapeHtml(SECTION_LABELS[section][lang])}</caption>`);
      if (rows.length === 0) {
        h.push(`<tbody><tr><td class="empty">${escapeHtml(WORDS.noneOverdue[lang])}</td></tr></tbody></table>`);
        continue;
      }
      h.push(`<thead><tr><th>${WORDS.figure[lang]}</th><th class="n">${WORDS.count[lang]}</th></tr></thead><tbody>`);
      for (const row of rows) h.push(`<tr><td>${escapeHtml(figureLabel(row.id, lang))}</td>${td(col.cells.get(row.id)!, min, lang, row.kind)}</tr>`);
      h.push('</tbody></table>');
    }
    h.push('</div>', '</section>');
  });

  h.push(
    `<footer><p>${escapeHtml(WORDS.footer[lang])}</p><p>${WORDS.generatedBy[lang]} reintegratie ${escapeHtml(LIBRARY_VERSION)}.</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
  );
  return h.join('\n') + '\n';
}
