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
import type { Section } from './labels.js';

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

const count = (id: string, section: Section, read: (f: Figures) => number): FigureRow => ({
  id,
  section,
  kind: 'count',
  part: PARTS.some((p) => (p.endsWith('.') ? id.startsWith(p) : id === p)),
  read,
});

/** The breakdown rows (ids, or prefixes ending in a dot). */
const PARTS: readonly string[] = [
  'invalidCaseIssues.',
  'informal.firstConversationsOnTime',
  'informal.firstConversationsLate',
  'informal.resumptionPossibleWithAttentionPoints',
  'informal.resumptionPossibleWithoutAttentionPoints',
  'informal.arrangementsOnTime',
  'informal.arrangementsLate',
  'formal.requested.worker',
  'formal.requested.treatingPhysician',
  'formal.requested.employer',
  'formal.byRegime.',
  'formal.appeals.confirmed',
  'formal.appeals.overturned',
  'formal.plans.agreed',
  'formal.plans.refused',
  'formal.plans.deemedRefused',
  'formal.plans.refusedByReason.',
  'formal.reports.byReason.',
  'formal.assessmentsOnTime',
  'formal.assessmentsLate',
  'formal.plansOnTime',
  'formal.plansLate',
  'formal.plans.answeredLate',
];

const keyed = (
  report: Report,
  prefix: string,
  section: Section,
  record: (f: Figures) => Record<string, number>,
): FigureRow[] => {
  const keys = new Set<string>();
  for (const f of [report.total, ...Object.values(report.groups)]) for (const k of Object.keys(record(f))) keys.add(k);
  return [...keys].sort(byCodeUnit).map((k) => count(`${prefix}${k}`, section, (f) => record(f)[k] ?? 0));
};

/** The rows of a report, in reading order; keyed figures list every key that occurs in any group. */
export function figureRows(report: Report): FigureRow[] {
  return [
    count('cases', 'cases', (f) => f.cases),
    count('invalidCases', 'cases', (f) => f.invalidCases),
    ...keyed(report, 'invalidCaseIssues.', 'cases', (f) => f.invalidCaseIssues),
    count('informal.episodesStarted', 'informal', (f) => f.informal.episodesStarted),
    count('informal.firstConversations', 'informal', (f) => f.informal.firstConversations),
    count('informal.firstConversationsOnTime', 'informal', (f) => f.informal.firstConversationsOnTime),
    count('informal.firstConversationsLate', 'informal', (f) => f.informal.firstConversationsLate),
    {
      id: 'informal.daysToFirstConversation.median',
      section: 'informal',
      kind: 'median',
      part: false,
      read: (f) => median(f.informal.daysToFirstConversation),
    },
    count('informal.resumptionPossible', 'informal', (f) => f.informal.resumptionPossible),
    count('informal.resumptionPossibleWithAttentionPoints', 'informal', (f) => f.informal.resumptionPossibleWithAttentionPoints),
    count('informal.resumptionPossibleWithoutAttentionPoints', 'informal', (f) => f.informal.resumptionPossibleWithoutAttentionPoints),
    count('informal.arrangementsAgreed', 'informal', (f) => f.informal.arrangementsAgreed),
    count('informal.arrangementsOnTime', 'informal', (f) => f.informal.arrangementsOnTime),
    count('informal.arrangementsLate', 'informal', (f) => f.informal.arrangementsLate),
    count('informal.deviations', 'informal', (f) => f.informal.deviations),
    count('informal.smtReferrals', 'informal', (f) => f.informal.smtReferrals),
    count('informal.escalations.noConversation', 'escalations', (f) => f.informal.escalations.noConversation),
    count('informal.escalations.noArrangements', 'escalations', (f) => f.informal.escalations.noArrangements),
    count('informal.escalations.mandatoryStart', 'escalations', (f) => f.informal.escalations.mandatoryStart),
    count('formal.requested.total', 'formal', (f) => f.formal.requested.total),
    count('formal.requested.worker', 'formal', (f) => f.formal.requested.worker),
    count('formal.requested.treatingPhysician', 'formal', (f) => f.formal.requested.treatingPhysician),
    count('formal.requested.employer', 'formal', (f) => f.formal.requested.employer),
    count('formal.byRegime.R2022', 'formal', (f) => f.formal.byRegime.R2022),
    count('formal.byRegime.R2026', 'formal', (f) => f.formal.byRegime.R2026),
    count('formal.byRegime.unsupported', 'formal', (f) => f.formal.byRegime.unsupported),
    count('formal.decisions.A', 'outcomes', (f) => f.formal.decisions.A),
    count('formal.decisions.B', 'outcomes', (f) => f.formal.decisions.B),
    count('formal.decisions.C', 'outcomes', (f) => f.formal.decisions.C),
    count('formal.appeals.lodged', 'outcomes', (f) => f.formal.appeals.lodged),
    count('formal.appeals.confirmed', 'outcomes', (f) => f.formal.appeals.confirmed),
    count('formal.appeals.overturned', 'outcomes', (f) => f.formal.appeals.overturned),
    count('formal.plans.offered', 'outcomes', (f) => f.formal.plans.offered),
    count('formal.plans.agreed', 'outcomes', (f) => f.formal.plans.agreed),
    count('formal.plans.refused', 'outcomes', (f) => f.formal.plans.refused),
    ...keyed(report, 'formal.plans.refusedByReason.', 'outcomes', (f) => f.formal.plans.refusedByReason),
    count('formal.plans.deemedRefused', 'outcomes', (f) => f.formal.plans.deemedRefused),
    count('formal.reports.total', 'outcomes', (f) => f.formal.reports.total),
    ...keyed(report, 'formal.reports.byReason.', 'outcomes', (f) => f.formal.reports.byReason),
    count('formal.noShows', 'outcomes', (f) => f.formal.noShows),
    count('formal.assessmentsOnTime', 'terms', (f) => f.formal.assessmentsOnTime),
    count('formal.assessmentsLate', 'terms', (f) => f.formal.assessmentsLate),
    count('formal.plansOnTime', 'terms', (f) => f.formal.plansOnTime),
    count('formal.plansLate', 'terms', (f) => f.formal.plansLate),
    count('formal.plans.answeredLate', 'terms', (f) => f.formal.plans.answeredLate),
    count('health.preResumptionVisitsRequested', 'health', (f) => f.health.preResumptionVisitsRequested),
    count('health.preResumptionVisitsHeld', 'health', (f) => f.health.preResumptionVisitsHeld),
    count('health.returnToWorkExams', 'health', (f) => f.health.returnToWorkExams),
    count('resumptions.full', 'resumptions', (f) => f.resumptions.full),
    count('resumptions.partTime', 'resumptions', (f) => f.resumptions.partTime),
    count('resumptions.adapted', 'resumptions', (f) => f.resumptions.adapted),
    count('resumptions.otherWork', 'resumptions', (f) => f.resumptions.otherWork),
    ...keyed(report, 'overdueAtAsOf.', 'overdue', (f) => f.overdueAtAsOf),
  ];
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

/**
 * Whether a relation keeps its hidden cells hidden: not exactly one hidden cell (it would equal the others' sum),
 * and every small cell still has at least two possible values given what is shown. What a reader knows of a
 * hidden cell: `<5` is 1 to 4; `x` is any count (0 or more).
 */
function isProtected(rel: ReadonlyArray<{ cell: { value: number | null; state: CellState }; sign: 1 | -1 }>, min: number): boolean {
  const hidden = rel.filter(({ cell }) => cell.state !== 'shown');
  if (hidden.length === 0) return true;
  if (hidden.length === 1) return false;
  // Σ sign·x over the hidden cells equals t, known from the shown cells.
  let t = 0;
  for (const { cell, sign } of rel) if (cell.state === 'shown') t -= sign * (cell.value ?? 0);
  const lo = (c: { state: CellState }): number => (c.state === 'small' ? 1 : 0);
  const hi = (c: { state: CellState }): number => (c.state === 'small' ? min - 1 : Infinity);
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
    const a = h.sign > 0 ? t - othersHi : othersLo - t;
    const b = h.sign > 0 ? t - othersLo : othersHi - t;
    const from = Math.max(1, a);
    const to = Math.min(min - 1, b);
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
  const groupKeys = Object.keys(report.groups).sort(byCodeUnit);
  const sources: Array<{ key: string | null; figures: Figures }> = [
    { key: null, figures: report.total },
    ...groupKeys.map((k) => ({ key: k, figures: report.groups[k]! })),
  ];
  type MutableCell = { value: number | null; state: CellState; part: boolean };
  const grid: Array<Map<string, MutableCell>> = sources.map(({ figures }) => {
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
  });

  // Every relation as cells with a sign (+1 left, -1 right), in a fixed order (ties go to the first cell).
  const relations: Array<Array<{ cell: MutableCell; sign: 1 | -1 }>> = [];
  for (const cells of grid) {
    for (const rel of withinGroupRelations(rows)) {
      relations.push([
        ...rel.left.map((id) => ({ cell: cells.get(id)!, sign: 1 as const })),
        ...rel.right.map((id) => ({ cell: cells.get(id)!, sign: -1 as const })),
      ]);
    }
  }
  if (grid.length > 1) {
    for (const row of rows) {
      if (row.kind !== 'count') continue;
      relations.push(grid.map((cells, i) => ({ cell: cells.get(row.id)!, sign: i === 0 ? (1 as const) : (-1 as const) })));
    }
  }

  // A small total hides its whole breakdown (also zeros, and recursively): "3 requests: 1, 1 and 1" would
  // otherwise show every part exactly.
  const heads: Array<{ head: MutableCell; parts: MutableCell[] }> = [];
  for (const cells of grid) {
    for (const rel of withinGroupRelations(rows)) {
      if (rel.left.length === 1) heads.push({ head: cells.get(rel.left[0]!)!, parts: rel.right.map((id) => cells.get(id)!) });
    }
  }
  if (grid.length > 1) {
    for (const row of rows) {
      if (row.kind === 'count') heads.push({ head: grid[0]!.get(row.id)!, parts: grid.slice(1).map((cells) => cells.get(row.id)!) });
    }
  }
  const wholeBreakdownHidden = new Set<MutableCell>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const { head, parts } of heads) {
      if (head.state !== 'small' && !wholeBreakdownHidden.has(head)) continue;
      for (const p of parts) {
        if (wholeBreakdownHidden.has(p)) continue;
        p.state = 'hidden';
        wholeBreakdownHidden.add(p);
        changed = true;
      }
    }
  }

  // Complementary suppression until every relation is safe. Candidates, in order: a shown non-zero breakdown
  // cell, a shown non-zero headline figure, then (as a last resort) a shown zero; the smallest first; ties go to
  // the first in the relation.
  const rank = (c: MutableCell): number => ((c.value ?? 0) > 0 ? 0 : 2) + (c.part ? 0 : 1);
  changed = true;
  while (changed) {
    changed = false;
    for (const rel of relations) {
      if (isProtected(rel, min)) continue;
      let pick: MutableCell | undefined;
      for (const { cell: c } of rel) {
        if (c.state !== 'shown') continue;
        if (pick === undefined || rank(c) < rank(pick) || (rank(c) === rank(pick) && (c.value ?? 0) < (pick.value ?? 0))) pick = c;
      }
      if (pick) {
        pick.state = 'hidden';
        changed = true;
      }
    }
  }

  return {
    report,
    minCellSize: min,
    rows,
    columns: sources.map(({ key }, i) => ({
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
