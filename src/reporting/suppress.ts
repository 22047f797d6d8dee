/**
 * Small-cell suppression for every rendered report (CSV, Markdown, HTML, and JSON on request).
 *
 * Committee reports must not let anyone identify an individual (KB 11 September 2022: "geglobaliseerde en
 * geanonimiseerde" elements). The rules, applied to every count of every group and of the total:
 *
 * 1. **Primary suppression.** A count from 1 to `minCellSize - 1` (default 5) is shown as `<5`. Zero is shown.
 * 2. **Complementary suppression.** Figures that add up are kept in *relations* (e.g. first conversations = on
 *    time + late; requests = worker + treating physician + employer; the total = the sum of the entities). A
 *    relation is unsafe when it has exactly one hidden cell (it equals the sum of the others), or when a small
 *    cell can have only one value given what is shown (e.g. 14 requests, 12 by the employer, the other two
 *    `<5`: both are 1). Then one more cell of the relation is hidden: a non-zero one that is still shown,
 *    preferably a breakdown cell (on time / late, by initiator, by reason) rather than a headline figure, and
 *    the smallest (a zero only as a last resort). This is repeated until every relation is safe. Such cells are
 *    shown as `x`: not shown, any value (0 included). Relations that hold only approximately (arrangements
 *    agreed vs. on time + late; decisions vs. assessments on time + late; appeals lodged vs. their outcomes;
 *    plans offered vs. their answers, and plus reports vs. plans on time + late) are treated as exact:
 *    suppressing more is the safe side.
 * 3. **Small totals hide their breakdown.** When a total is small (e.g. 3 trajectories requested), all its parts
 *    (by initiator, by regime, by reason, per entity) are shown as `x`, zeros included, and so on down: "<5, <5,
 *    <5" under "<5" would say that each part is exactly 1.
 * 4. **Medians** computed from fewer than `minCellSize` values are shown as `x`.
 *
 * Each relation is audited on its own (the usual heuristic of statistical offices), not the whole system of
 * relations at once (a linear-programming audit): combining overlapping relations can sometimes narrow a hidden
 * cell further. A zero under a large total (e.g. "0 deemed refused" of 40 plans) is shown: it says something
 * about a group, not about a person.
 *
 * @module
 */
import { byCodeUnit, type Figures, type Report } from './figures.js';
import { median } from './histogram.js';
import { LAYOUT, type LayoutRow, type Section } from './labels.js';

/** One row of a rendered report: a figure, its section, and how to read it from {@link Figures}. */
export type FigureRow = {
  /** The figure's id: its dotted path in the JSON report (keyed figures append the key). */
  id: string;
  section: Section;
  kind: 'count' | 'median';
  /**
   * A breakdown of a headline figure (on time / late, by initiator, by reason, ...). When a cell must be hidden
   * to protect a small one, a breakdown cell is hidden before a headline figure.
   */
  part: boolean;
  read: (f: Figures) => number | null;
};

/** How a cell is shown: its number, `<5` (small: 1 to 4), `x` (hidden, whatever the value) or `–` (a median without values). */
export type CellState = 'shown' | 'small' | 'hidden' | 'none';

export type Cell = { readonly value: number | null; readonly state: CellState };

export type SuppressedColumn = {
  /** `null` for the total; else the group key (entity or `"(none)"`). */
  key: string | null;
  cells: ReadonlyMap<string, Cell>;
};

/** A report ready to render: its rows and, per column (total first, then the groups), the cells. */
export type SuppressedReport = {
  report: Report;
  minCellSize: number;
  rows: FigureRow[];
  columns: SuppressedColumn[];
};

/** The value at a dotted path of figures (`formal.plans.offered`). */
const at = (f: Figures, path: string): unknown => path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], f);

/** The rows of a report, in reading order; keyed figures list every key that occurs in any group. */
export function figureRows(report: Report): FigureRow[] {
  return (Object.entries(LAYOUT) as Array<[Section, readonly LayoutRow[]]>).flatMap(([section, layout]) =>
    layout.flatMap(({ id, part, keyed }): FigureRow[] => {
      if (id === 'informal.daysToFirstConversation.median') {
        return [{ id, section, kind: 'median', part, read: (f) => median(f.informal.daysToFirstConversation) }];
      }
      if (!keyed) return [{ id, section, kind: 'count', part, read: (f) => at(f, id) as number }];
      // A row per key that occurs in any group (`formal.reports.byReason.other`), in code-unit order.
      const record = (f: Figures): Record<string, number> => at(f, id) as Record<string, number>;
      const keys = new Set([report.total, ...Object.values(report.groups)].flatMap((f) => Object.keys(record(f))));
      return [...keys].sort(byCodeUnit).map((k) => ({ id: `${id}.${k}`, section, kind: 'count', part, read: (f) => record(f)[k] ?? 0 }));
    }),
  );
}

/**
 * An additive relation between figures: the sum of `left` equals (or nearly equals) the sum of `right`, so any
 * one of them can be computed from the others.
 */
export type Relation = { left: string[]; right: string[] };

const total = (head: string, parts: string[]): Relation => ({ left: [head], right: parts });

/**
 * The relations within one group. Exported for the tests (no relation may let a small count be computed).
 */
export function withinGroupRelations(rows: readonly FigureRow[]): Relation[] {
  const ids = rows.map((r) => r.id);
  const startingWith = (prefix: string): string[] => ids.filter((id) => id.startsWith(prefix));
  return [
    total('informal.firstConversations', ['informal.firstConversationsOnTime', 'informal.firstConversationsLate']),
    total('informal.resumptionPossible', ['informal.resumptionPossibleWithAttentionPoints', 'informal.resumptionPossibleWithoutAttentionPoints']),
    total('informal.arrangementsAgreed', ['informal.arrangementsOnTime', 'informal.arrangementsLate']),
    total('formal.requested.total', ['formal.requested.worker', 'formal.requested.treatingPhysician', 'formal.requested.employer']),
    total('formal.requested.total', ['formal.byRegime.R2022', 'formal.byRegime.R2026', 'formal.byRegime.unsupported']),
    { left: ['formal.decisions.A', 'formal.decisions.B', 'formal.decisions.C'], right: ['formal.assessmentsOnTime', 'formal.assessmentsLate'] },
    total('formal.appeals.lodged', ['formal.appeals.confirmed', 'formal.appeals.overturned']),
    total('formal.plans.offered', ['formal.plans.agreed', 'formal.plans.refused', 'formal.plans.deemedRefused']),
    { left: ['formal.plans.offered', 'formal.reports.total'], right: ['formal.plansOnTime', 'formal.plansLate'] },
    total('formal.plans.refused', startingWith('formal.plans.refusedByReason.')),
    total('formal.reports.total', startingWith('formal.reports.byReason.')),
    total('invalidCases', startingWith('invalidCaseIssues.')),
  ].filter((rel) => rel.right.length > 0);
}

/** A cell while suppression decides on it; `part` as in {@link FigureRow}. */
type MutableCell = { value: number | null; state: CellState; part: boolean };

/** A relation between the cells of a report: the sum of `left` equals the sum of `right`. */
type CellRelation = { left: MutableCell[]; right: MutableCell[] };

/**
 * Whether a relation keeps its hidden cells hidden: not exactly one hidden cell (it would equal the others' sum),
 * and every small cell still has at least two possible values given what is shown. What a reader knows of a
 * hidden cell: `<5` is 1 to 4; `x` is any count (0 or more).
 */
function isProtected(rel: CellRelation, min: number): boolean {
  const signed = [...rel.left.map((cell) => ({ cell, sign: 1 })), ...rel.right.map((cell) => ({ cell, sign: -1 }))];
  const hidden = signed.filter(({ cell }) => cell.state !== 'shown');
  if (hidden.length === 0) return true;
  if (hidden.length === 1) return false;
  // Σ sign·x over the hidden cells equals t, known from the shown cells.
  let t = 0;
  for (const { cell, sign } of signed) if (cell.state === 'shown') t -= sign * (cell.value ?? 0);
  const lo = (c: MutableCell): number => (c.state === 'small' ? 1 : 0);
  const hi = (c: MutableCell): number => (c.state === 'small' ? min - 1 : Infinity);
  for (const h of hidden) {
    if (h.cell.state !== 'small') continue;
    // Bounds of Σ sign·x over the other hidden cells.
    let othersLo = 0;
    let othersHi = 0;
    for (const o of hidden) {
      if (o === h) continue;
      othersLo += o.sign > 0 ? lo(o.cell) : -hi(o.cell);
      othersHi += o.sign > 0 ? hi(o.cell) : -lo(o.cell);
    }
    // sign·x = t − others, so x lies in [t − othersHi, t − othersLo] (or its negation for sign −1).
    const from = Math.max(1, h.sign > 0 ? t - othersHi : othersLo - t);
    const to = Math.min(min - 1, h.sign > 0 ? t - othersLo : othersHi - t);
    if (to - from < 1) return false;
  }
  return true;
}

/**
 * Checks `minCellSize`: 1 (no suppression) or a whole number of at least 3. 2 is refused: "<2" can only mean 1,
 * so it would hide nothing.
 */
export function readMinCellSize(min: unknown = 5): number {
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1 || min === 2 || min > 1_000_000) {
    throw new RangeError(
      `reintegratie: minCellSize must be 1 (show every count) or a whole number of at least 3 (got ${String(min)}); "<2" would only mean 1`,
    );
  }
  return min;
}

/** The cells of one column before rules 2 and 3: small counts (rule 1) and medians of too few values (rule 4). */
function firstCells(figures: Figures, rows: readonly FigureRow[], min: number): Map<string, MutableCell> {
  const cells = new Map<string, MutableCell>();
  for (const row of rows) {
    if (row.kind === 'median') {
      const n = figures.informal.daysToFirstConversation.count;
      cells.set(row.id, { value: row.read(figures), state: n === 0 ? 'none' : n < min ? 'hidden' : 'shown', part: false });
    } else {
      const value = row.read(figures) ?? 0;
      cells.set(row.id, { value, state: value >= 1 && value < min ? 'small' : 'shown', part: row.part });
    }
  }
  return cells;
}

/** Every relation, in a fixed order: those within each column, then per count "the total = the sum of the groups". */
function cellRelations(rows: readonly FigureRow[], columns: ReadonlyArray<ReadonlyMap<string, MutableCell>>): CellRelation[] {
  const relations = columns.flatMap((cells) =>
    withinGroupRelations(rows).map((rel) => ({ left: rel.left.map((id) => cells.get(id)!), right: rel.right.map((id) => cells.get(id)!) })),
  );
  if (columns.length > 1) {
    for (const row of rows) {
      if (row.kind === 'count') relations.push({ left: [columns[0]!.get(row.id)!], right: columns.slice(1).map((cells) => cells.get(row.id)!) });
    }
  }
  return relations;
}

/**
 * Rule 3: a small total hides its whole breakdown (also zeros, and recursively): "3 requests: 1, 1 and 1" would
 * otherwise show every part exactly.
 */
function hideBreakdownsOfSmallTotals(relations: readonly CellRelation[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { left, right } of relations) {
      if (left.length !== 1 || left[0]!.state === 'shown') continue;
      for (const p of right.filter((p) => p.state !== 'hidden')) {
        p.state = 'hidden';
        changed = true;
      }
    }
  }
}

/**
 * Rule 2, until every relation is safe. Candidates, in order: a shown non-zero breakdown cell, a shown non-zero
 * headline figure, then (as a last resort) a shown zero; the smallest first; ties go to the first in the relation.
 */
function hideComplements(relations: readonly CellRelation[], min: number): void {
  const rank = (c: MutableCell): number => ((c.value ?? 0) > 0 ? 0 : 2) + (c.part ? 0 : 1);
  const better = (c: MutableCell, pick: MutableCell): boolean => rank(c) < rank(pick) || (rank(c) === rank(pick) && (c.value ?? 0) < (pick.value ?? 0));
  let changed = true;
  while (changed) {
    changed = false;
    for (const rel of relations) {
      if (isProtected(rel, min)) continue;
      const shown = [...rel.left, ...rel.right].filter((c) => c.state === 'shown');
      const pick = shown.reduce<MutableCell | undefined>((best, c) => (best === undefined || better(c, best) ? c : best), undefined);
      if (pick) {
        pick.state = 'hidden';
        changed = true;
      }
    }
  }
}

/**
 * Decides which cells of a report may be shown (see the module comment for the rules). The renderers use it;
 * it is exported for other renderers (e.g. a dashboard).
 *
 * @example
 * const s = suppressReport(buildReport([{ caseId: 'FICTIEF-1', events: [] }], { from: '2025-01-01', to: '2025-12-31' }));
 * s.columns[0].cells.get('cases') //=> { value: 1, state: 'small' }
 */
export function suppressReport(report: Report, opts: { minCellSize?: number | undefined } = {}): SuppressedReport {
  const min = readMinCellSize(opts.minCellSize);
  const rows = figureRows(report);
  const keys = Object.keys(report.groups).sort(byCodeUnit);
  const grid = [report.total, ...keys.map((k) => report.groups[k]!)].map((figures) => firstCells(figures, rows, min));
  const relations = cellRelations(rows, grid);
  hideBreakdownsOfSmallTotals(relations);
  hideComplements(relations, min);
  return {
    report,
    minCellSize: min,
    rows,
    columns: [null, ...keys].map((key, i) => ({
      key,
      cells: new Map([...grid[i]!].map(([id, c]) => [id, { value: c.value, state: c.state }])),
    })),
  };
}

/**
 * The text of a cell: the number, `<5`, `x` or `–`. Medians get one decimal at most, with a decimal comma in
 * Dutch when `decimalComma` is set.
 */
export function cellText(cell: Cell, minCellSize: number, decimalComma = false): string {
  switch (cell.state) {
    case 'small':
      return `<${minCellSize}`;
    case 'hidden':
      return 'x';
    case 'none':
      return '–';
    case 'shown': {
      const v = cell.value ?? 0;
      const s = Number.isInteger(v) ? String(v) : v.toFixed(1);
      return decimalComma ? s.replace('.', ',') : s;
    }
  }
}
