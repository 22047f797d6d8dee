import type { Report } from '../figures.js';
import { cellText, suppressReport, type Cell } from '../suppress.js';

export type JsonRenderOptions = {
  /** Apply small-cell suppression: counts become numbers, `"<5"` or `"x"`; histograms become their median. */
  suppress?: boolean | undefined;
  /** Default 5: counts from 1 to 4 are not shown (only with `suppress`). */
  minCellSize?: number | undefined;
  /** Indentation (default 2; 0 for one line). */
  indent?: number | undefined;
};

type Json = number | string | null | { [k: string]: Json };

function cellJson(cell: Cell | undefined, min: number): Json {
  if (cell === undefined || cell.state === 'none') return null;
  return cell.state === 'shown' ? cell.value : cellText(cell, min);
}

/** Replaces every count in a figures object by its cell, found by the count's dotted path. */
function mapFigures(node: unknown, path: string, cells: ReadonlyMap<string, Cell>, min: number): Json {
  if (typeof node === 'number') return cellJson(cells.get(path), min);
  if (path === 'informal.daysToFirstConversation') {
    return { median: cellJson(cells.get(`${path}.median`), min) };
  }
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) out[k] = mapFigures(v, path === '' ? k : `${path}.${k}`, cells, min);
  return out;
}

/**
 * The report as JSON. By default the exact numbers (for systems, never for publication); with `suppress`, the
 * same shape with small counts as `"<5"`, complementary hidden ones as `"x"` and each histogram reduced to its
 * median (`"x"` when computed from fewer than `minCellSize` values).
 *
 * @example
 * const report = buildReport([], { from: '2025-01-01', to: '2025-12-31' });
 * JSON.parse(renderJson(report, { suppress: true })).total.informal.daysToFirstConversation //=> { median: null }
 */
export function renderJson(report: Report, opts: JsonRenderOptions = {}): string {
  const indent = opts.indent ?? 2;
  if (!opts.suppress) return JSON.stringify(report, null, indent);
  const s = suppressReport(report, { minCellSize: opts.minCellSize });
  const groups: { [k: string]: Json } = {};
  for (const col of s.columns.slice(1)) groups[col.key!] = mapFigures(report.groups[col.key!], '', col.cells, s.minCellSize);
  const out = {
    from: report.from,
    to: report.to,
    asOf: report.asOf,
    groupBy: report.groupBy,
    minCellSize: s.minCellSize,
    total: mapFigures(report.total, '', s.columns[0]!.cells, s.minCellSize),
    groups,
  };
  return JSON.stringify(out, null, indent);
}
