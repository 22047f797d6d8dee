import { addFigures, byCodeUnit, emptyFigures, type Figures, type GroupBy, type Report } from './figures.js';
import type { PlainDate } from '../calendar/index.js';

/**
 * Combines the reports of two disjoint populations (e.g. two entities, or two halves of a file split across
 * workers) into the report of their union: every count is added, histograms are merged. Associative and
 * commutative, with {@link emptyReport} as identity: `mergeReports(buildReport(A), buildReport(B))` deep-equals
 * `buildReport(A ∪ B)` for disjoint A and B built with the same options.
 *
 * @throws Error when the reports cover different periods, `asOf` dates or groupings (a programming error: such
 * figures cannot be added).
 */
export function mergeReports(a: Report, b: Report): Report {
  for (const key of ['from', 'to', 'asOf', 'groupBy'] as const) {
    if (a[key] !== b[key]) {
      throw new Error(
        `reintegratie mergeReports: the reports differ in ${key} (${String(a[key])} vs ${String(b[key])}); ` +
          'only reports built with the same from, to, asOf and groupBy can be merged',
      );
    }
  }
  const groups: Record<string, Figures> = {};
  for (const key of [...new Set([...Object.keys(a.groups), ...Object.keys(b.groups)])].sort(byCodeUnit)) {
    groups[key] = addFigures(a.groups[key] ?? emptyFigures(), b.groups[key] ?? emptyFigures());
  }
  return { from: a.from, to: a.to, asOf: a.asOf, groupBy: a.groupBy, total: addFigures(a.total, b.total), groups };
}

/** The report of no cases: the identity of {@link mergeReports}. */
export function emptyReport(opts: { from: PlainDate; to: PlainDate; asOf?: PlainDate; groupBy?: GroupBy }): Report {
  return { from: opts.from, to: opts.to, asOf: opts.asOf ?? opts.to, groupBy: opts.groupBy ?? 'entity', total: emptyFigures(), groups: {} };
}
