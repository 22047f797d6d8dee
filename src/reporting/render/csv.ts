import type { Report } from '../figures.js';
import { cellText, suppressReport } from '../suppress.js';

export type CsvRenderOptions = {
  /** Default 5: counts from 1 to 4 are shown as `<5`. */
  minCellSize?: number | undefined;
  /** Name of the total in the group column (default `(total)`). */
  totalName?: string | undefined;
};

/**
 * A CSV field (RFC 4180): quoted when needed. A text starting with `=`, `+`, `-`, `@`, tab or carriage return
 * gets a leading `'`, so that a spreadsheet never runs it as a formula (entity names and reason codes come from
 * HR systems).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV, one row per figure per group: `group,figure,value`. The total comes first (group
 * `(total)`), then the groups in code-unit order. Values are suppressed as in every rendered format: `<5`, `x`
 * (hidden so that a small count cannot be derived), `–` (a median without values). Medians use a decimal point.
 *
 * @example
 * renderCsv(buildReport([], { from: '2025-01-01', to: '2025-12-31' })).split('\n').slice(0, 2)
 * //=> ['group,figure,value', '(total),cases,0']
 */
export function renderCsv(report: Report, opts: CsvRenderOptions = {}): string {
  const s = suppressReport(report, { minCellSize: opts.minCellSize });
  const lines = ['group,figure,value'];
  for (const col of s.columns) {
    const group = csvField(col.key ?? opts.totalName ?? '(total)');
    for (const row of s.rows) {
      lines.push(`${group},${csvField(row.id)},${csvField(cellText(col.cells.get(row.id)!, s.minCellSize))}`);
    }
  }
  return lines.join('\n') + '\n';
}
