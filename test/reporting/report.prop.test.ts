import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, type PlainDate } from '../../src/calendar/index.js';
import {
  buildReport,
  emptyFigures,
  histogramOf,
  median,
  mergeReports,
  renderCsv,
  renderHtml,
  renderMarkdown,
  suppressReport,
  figureLabel,
  type Figures,
  type Report,
} from '../../src/reporting/index.js';
import { withinGroupRelations, type Relation } from '../../src/reporting/suppress.js';

// ---------------------------------------------------------------------------------------------------------
// Populations of random cases (mostly well-formed, often legally out of sequence, sometimes invalid)
// ---------------------------------------------------------------------------------------------------------

const BASE = '2024-10-01' as PlainDate;
const date = fc.integer({ min: 0, max: 600 }).map((n) => daysAfter(BASE, n));
const ev = <T extends string>(type: T, extra: Record<string, fc.Arbitrary<unknown>> = {}) => fc.record({ type: fc.constant(type), date, ...extra });

const eventArb = fc.oneof(
  { weight: 4, arbitrary: ev('absence.started') },
  { weight: 2, arbitrary: ev('work.resumed', { mode: fc.constantFrom('full', 'part-time', 'adapted', 'other-work') }) },
  { weight: 3, arbitrary: ev('conversation.held', { outcome: fc.constantFrom('not-yet-possible', 'resumption-possible'), attentionPoints: fc.boolean() }) },
  ev('arrangements.agreed', { by: fc.constantFrom('manager', 'coach') }),
  ev('deviation.recorded', { reason: fc.constant('complex') }),
  ev('smt.referred'),
  ev('occupational-physician.notified'),
  { weight: 3, arbitrary: ev('formal.requested', { initiator: fc.constantFrom('worker', 'treating-physician', 'employer'), workerConsent: fc.boolean() }) },
  { weight: 3, arbitrary: ev('formal.assessed', { decision: fc.constantFrom('A', 'B', 'C') }) },
  ev('formal.appeal-lodged'),
  ev('formal.appeal-decided', { outcome: fc.constantFrom('confirmed', 'overturned') }),
  { weight: 2, arbitrary: ev('formal.plan-offered') },
  ev('formal.plan-answered', { answer: fc.constantFrom('agreed', 'refused'), reasonCode: fc.constantFrom('a', 'b') }),
  ev('formal.plan-deemed-refused'),
  ev('formal.report-delivered', { reasonCode: fc.constantFrom('no-adapted-work', 'other') }),
  ev('formal.no-show'),
  ev('pre-resumption-visit.requested', { by: fc.constantFrom('worker', 'employer') }),
  ev('employment.ended'),
  // malformed: rejected at the boundary, never counted
  fc.constant({ type: 'formal.assessed', date: '2025-02-30', decision: 'A' }),
  fc.constant({ type: 'no.such-type', date: '2025-03-01' }),
);

const caseArb = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      {
        caseId: fc.integer({ min: 1, max: 9999 }).map((n) => `FICTIEF-${n}`),
        entity: fc.constantFrom('Agentschap A', 'Departement B', 'Fonds C'),
        events: fc.tuple(date, fc.array(eventArb, { maxLength: 10 })).map(([start, rest]) => [
          { type: 'absence.started', date: start },
          ...rest,
        ]),
      },
      { requiredKeys: ['caseId', 'events'] },
    ),
  },
  fc.constantFrom<unknown>(42, null, { entity: 'Fonds C', events: [] }, { caseId: 'FICTIEF-X', events: 'nope' }),
);

const population = fc.array(caseArb, { maxLength: 7 });
const OPTS = { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-31' } as const;
const report = (cases: unknown[]): Report => buildReport(cases, OPTS);

describe('merging reports (properties)', () => {
  it('merge(report(A), report(B)) equals report(A ∪ B)', () => {
    fc.assert(
      fc.property(population, population, (a, b) => {
        expect(mergeReports(report(a), report(b))).toEqual(report([...a, ...b]));
      }),
      { numRuns: 60 },
    );
  });

  it('merging is associative and commutative', () => {
    fc.assert(
      fc.property(population, population, population, (a, b, c) => {
        const [ra, rb, rc] = [report(a), report(b), report(c)];
        expect(mergeReports(ra, rb)).toEqual(mergeReports(rb, ra));
        expect(mergeReports(mergeReports(ra, rb), rc)).toEqual(mergeReports(ra, mergeReports(rb, rc)));
        // deterministic JSON as well, whatever the order
        expect(JSON.stringify(mergeReports(mergeReports(rc, rb), ra))).toBe(JSON.stringify(report([...a, ...b, ...c])));
      }),
      { numRuns: 40 },
    );
  });
});

/** Every number of a figures object with its dotted path (histograms: their count). */
function leaves(f: unknown, path = ''): Array<[string, number]> {
  if (typeof f === 'number') return [[path, f]];
  return Object.entries(f as Record<string, unknown>).flatMap(([k, v]) =>
    k === 'buckets' ? [] : leaves(v, path ? `${path}.${k}` : k),
  );
}

describe('every count is bounded (properties)', () => {
  it('by the cases, the events in [from, to], and the total; parts add up', () => {
    fc.assert(
      fc.property(population, (cases) => {
        const r = report(cases);
        const t = r.total;
        const inRange = (type: string) =>
          cases
            .flatMap((c) => (c !== null && typeof c === 'object' && Array.isArray((c as { events?: unknown }).events) ? (c as { events: Array<{ type: string; date: string }> }).events : []))
            .filter((e) => e.type === type && e.date >= OPTS.from && e.date <= OPTS.to).length;

        expect(t.cases).toBe(cases.length);
        expect(t.invalidCases).toBeLessThanOrEqual(t.cases);
        for (const [, n] of leaves(t)) expect(Number.isInteger(n) && n >= 0).toBe(true);

        expect(t.informal.episodesStarted).toBeLessThanOrEqual(inRange('absence.started'));
        expect(t.informal.firstConversations).toBeLessThanOrEqual(inRange('conversation.held'));
        expect(t.informal.firstConversationsOnTime + t.informal.firstConversationsLate).toBe(t.informal.firstConversations);
        expect(t.informal.daysToFirstConversation.count).toBeLessThanOrEqual(t.informal.firstConversations);
        expect(t.informal.resumptionPossibleWithAttentionPoints + t.informal.resumptionPossibleWithoutAttentionPoints).toBe(
          t.informal.resumptionPossible,
        );
        expect(t.informal.resumptionPossible).toBeLessThanOrEqual(inRange('conversation.held'));
        expect(t.informal.arrangementsAgreed).toBeLessThanOrEqual(inRange('arrangements.agreed'));
        expect(t.informal.arrangementsOnTime + t.informal.arrangementsLate).toBeLessThanOrEqual(inRange('arrangements.agreed'));
        const esc = t.informal.escalations;
        expect(esc.noConversation + esc.noArrangements + esc.mandatoryStart).toBeLessThanOrEqual(t.cases * 11);

        const q = t.formal.requested;
        expect(q.total).toBeLessThanOrEqual(inRange('formal.requested'));
        expect(q.worker + q.treatingPhysician + q.employer).toBe(q.total);
        expect(t.formal.byRegime.R2022 + t.formal.byRegime.R2026 + t.formal.byRegime.unsupported).toBe(q.total);
        const d = t.formal.decisions;
        expect(d.A + d.B + d.C).toBeLessThanOrEqual(inRange('formal.assessed'));
        expect(t.formal.assessmentsOnTime + t.formal.assessmentsLate).toBeLessThanOrEqual(inRange('formal.assessed'));
        expect(t.formal.plansOnTime + t.formal.plansLate).toBeLessThanOrEqual(inRange('formal.plan-offered') + inRange('formal.report-delivered'));
        expect(t.formal.plans.offered).toBeLessThanOrEqual(inRange('formal.plan-offered'));
        expect(t.formal.plans.agreed + t.formal.plans.refused).toBeLessThanOrEqual(inRange('formal.plan-answered'));
        expect(t.formal.plans.answeredLate).toBeLessThanOrEqual(t.formal.plans.agreed + t.formal.plans.refused);
        expect(Object.values(t.formal.plans.refusedByReason).reduce((s, n) => s + n, 0)).toBe(t.formal.plans.refused);
        expect(Object.values(t.formal.reports.byReason).reduce((s, n) => s + n, 0)).toBe(t.formal.reports.total);
        expect(t.formal.reports.total).toBeLessThanOrEqual(inRange('formal.report-delivered'));
        expect(t.formal.noShows).toBeLessThanOrEqual(inRange('formal.no-show'));
        const res = t.resumptions;
        expect(res.full + res.partTime + res.adapted + res.otherWork).toBeLessThanOrEqual(inRange('work.resumed'));

        // every group is bounded by the total, and the groups add up to the total
        const totals = new Map(leaves(t));
        const sums = new Map<string, number>();
        for (const g of Object.values(r.groups)) {
          for (const [k, n] of leaves(g)) {
            expect(n).toBeLessThanOrEqual(totals.get(k) ?? 0);
            sums.set(k, (sums.get(k) ?? 0) + n);
          }
        }
        for (const [k, n] of totals) expect(sums.get(k) ?? 0).toBe(n);
      }),
      { numRuns: 80 },
    );
  });
});

describe('medians from histograms (property)', () => {
  it('equal the median of the raw values, also after merging', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 50 }), fc.nat(), (values, cut) => {
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n === 0 ? null : (sorted[Math.floor((n - 1) / 2)]! + sorted[Math.floor(n / 2)]!) / 2;
        expect(median(histogramOf(values))).toBe(expected);
        const k = n === 0 ? 0 : cut % (n + 1);
        const merged = mergeReports(
          { ...emptyReportFor(), total: { ...emptyFigures(), informal: { ...emptyFigures().informal, daysToFirstConversation: histogramOf(values.slice(0, k)) } } },
          { ...emptyReportFor(), total: { ...emptyFigures(), informal: { ...emptyFigures().informal, daysToFirstConversation: histogramOf(values.slice(k)) } } },
        );
        expect(median(merged.total.informal.daysToFirstConversation)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

function emptyReportFor(): Report {
  return { from: '2025-01-01' as PlainDate, to: '2025-12-31' as PlainDate, asOf: '2025-12-31' as PlainDate, groupBy: 'entity', total: emptyFigures(), groups: {} };
}

// ---------------------------------------------------------------------------------------------------------
// Suppression: random reports with many small counts, rendered in every format
// ---------------------------------------------------------------------------------------------------------

/** Figures with every count drawn from `counts` (recycled), keyed figures with a few keys, a random histogram. */
function figuresFrom(counts: readonly number[], days: readonly number[]): Figures {
  let i = 0;
  const next = () => counts[i++ % counts.length] ?? 0;
  const fill = (node: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'number') node[k] = next();
      else if (k === 'daysToFirstConversation') node[k] = histogramOf(days);
      else fill(v as Record<string, unknown>);
    }
  };
  const f = emptyFigures();
  fill(f as unknown as Record<string, unknown>);
  f.formal.reports.byReason = { 'no-adapted-work': next(), other: next() };
  f.formal.plans.refusedByReason = { 'plan-not-feasible': next() };
  f.overdueAtAsOf = { 'formal.assessment': next(), 'informal.first-conversation': next() };
  f.invalidCaseIssues = { 'invalid-case': next() };
  return f;
}

/**
 * Makes random figures consistent, as a real report is: parts add up to their totals (the near-sums of a real
 * report are made exact here, the case the suppression must handle).
 */
function consistent(f: Figures): Figures {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);
  const i = f.informal;
  i.firstConversations = i.firstConversationsOnTime + i.firstConversationsLate;
  i.resumptionPossible = i.resumptionPossibleWithAttentionPoints + i.resumptionPossibleWithoutAttentionPoints;
  i.arrangementsAgreed = i.arrangementsOnTime + i.arrangementsLate;
  const m = f.formal;
  m.requested.total = m.requested.worker + m.requested.treatingPhysician + m.requested.employer;
  m.byRegime.R2026 = Math.min(m.byRegime.R2026, m.requested.total);
  m.byRegime.unsupported = Math.min(m.byRegime.unsupported, m.requested.total - m.byRegime.R2026);
  m.byRegime.R2022 = m.requested.total - m.byRegime.R2026 - m.byRegime.unsupported;
  const decided = m.decisions.A + m.decisions.B + m.decisions.C;
  m.assessmentsLate = Math.min(m.assessmentsLate, decided);
  m.assessmentsOnTime = decided - m.assessmentsLate;
  m.appeals.lodged = m.appeals.confirmed + m.appeals.overturned;
  m.reports.total = sum(m.reports.byReason);
  m.plans.refused = sum(m.plans.refusedByReason);
  m.plans.offered = m.plans.agreed + m.plans.refused + m.plans.deemedRefused;
  m.plansLate = Math.min(m.plansLate, m.plans.offered + m.reports.total);
  m.plansOnTime = m.plans.offered + m.reports.total - m.plansLate;
  f.invalidCases = sum(f.invalidCaseIssues);
  return f;
}

const figuresArb = fc
  .tuple(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 90 }), fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 9 }))
  .map(([counts, days]) => consistent(figuresFrom(counts, days)));

const reportArb = fc
  .tuple(figuresArb, fc.array(figuresArb, { maxLength: 3 }), fc.integer({ min: 3, max: 7 }))
  .map(([own, groups, min]) => {
    const named = groups.map((g, i) => [['Agentschap A', 'Departement B', '(none)'][i]!, g] as const);
    // The total is the sum of the groups (or its own figures when there are none).
    const total = named.length === 0 ? own : named.reduce((acc, [, g]) => mergeReports(acc, { ...emptyReportFor(), total: g }), emptyReportFor()).total;
    return { min, report: { ...emptyReportFor(), total, groups: Object.fromEntries(named) } as Report };
  });

const isSmall = (text: string, min: number): boolean => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) < min;

/**
 * An independent check of one relation Σ left = Σ right: not exactly one hidden cell, and every small cell has two
 * or more possible values, by brute force over the small cells (1 to min-1) with the `x` cells free (0 or more).
 */
function auditRelation(cells: Array<{ sign: 1 | -1; value: number; state: string }>, min: number): boolean {
  const hidden = cells.filter((c) => c.state !== 'shown');
  if (hidden.length === 1) return false;
  const small = hidden.filter((c) => c.state === 'small');
  const free = hidden.filter((c) => c.state === 'hidden');
  if (small.length === 0 || small.length > 6) return true;
  let t = 0;
  for (const c of cells) if (c.state === 'shown') t -= c.sign * c.value;
  const pos = free.filter((c) => c.sign > 0).length;
  const neg = free.length - pos;
  const seen = small.map(() => new Set<number>());
  const assign = (i: number, acc: number, vals: number[]): void => {
    if (i === small.length) {
      const rest = t - acc; // Σ sign·x over the free cells must equal rest
      const ok = pos > 0 && neg > 0 ? true : pos > 0 ? rest >= 0 : neg > 0 ? rest <= 0 : rest === 0;
      if (ok) vals.forEach((v, j) => seen[j]!.add(v));
      return;
    }
    for (let v = 1; v < min; v++) assign(i + 1, acc + small[i]!.sign * v, [...vals, v]);
  };
  assign(0, 0, []);
  return seen.every((s) => s.size >= 2);
}

describe('suppression never reveals a small count (properties)', () => {
  it('no relation within a group or across groups lets a small count be computed', () => {
    fc.assert(
      fc.property(reportArb, ({ report: r, min }) => {
        const s = suppressReport(r, { minCellSize: min });
        const relations: Relation[] = withinGroupRelations(s.rows);
        for (const col of s.columns) {
          for (const rel of relations) {
            const cells = [
              ...rel.left.map((id) => ({ sign: 1 as const, ...col.cells.get(id)! })),
              ...rel.right.map((id) => ({ sign: -1 as const, ...col.cells.get(id)! })),
            ].map((c) => ({ sign: c.sign, value: c.value ?? 0, state: c.state }));
            expect(auditRelation(cells, min)).toBe(true);
          }
        }
        if (s.columns.length > 1) {
          for (const row of s.rows.filter((x) => x.kind === 'count')) {
            const cells = s.columns.map((col, i) => {
              const c = col.cells.get(row.id)!;
              return { sign: (i === 0 ? 1 : -1) as 1 | -1, value: c.value ?? 0, state: c.state };
            });
            expect(auditRelation(cells, min)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('CSV, Markdown and HTML never show a count from 1 to minCellSize - 1', () => {
    fc.assert(
      fc.property(reportArb, fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>, ({ report: r, min }, lang) => {
        // CSV: the value column of every count row
        for (const line of renderCsv(r, { minCellSize: min }).trimEnd().split('\n').slice(1)) {
          const [, figure, value] = line.split(',');
          if (figure!.endsWith('.median')) continue;
          expect(isSmall(value!, min), line).toBe(false);
        }

        // Markdown: the last cell of every table row except the median
        const medianLabel = figureLabel('informal.daysToFirstConversation.median', lang);
        for (const line of renderMarkdown(r, { minCellSize: min, lang }).split('\n')) {
          if (!line.startsWith('| ') || line.startsWith(`| ${medianLabel} |`)) continue;
          const cells = line.split(' | ');
          const last = cells[cells.length - 1]!.replace(/ \|$/, '');
          expect(isSmall(last, min), line).toBe(false);
        }

        // HTML: every number cell (not medians), every bar value and tooltip; small bars do not depend on the value
        const html = renderHtml(r, { minCellSize: min, lang });
        for (const m of html.matchAll(/<td class="n([^"]*)">([^<]*)<\/td>/g)) {
          if (m[1]!.includes('med')) continue;
          expect(isSmall(m[2]!, min), m[0]).toBe(false);
        }
        for (const m of html.matchAll(/<text[^>]*class="bar-value"[^>]*>([^<]*)<\/text>/g)) expect(isSmall(m[1]!, min), m[0]).toBe(false);
        for (const m of html.matchAll(/<g class="bar"><title>[^<]*: ([^<]*)<\/title>/g)) expect(isSmall(m[1]!, min), m[0]).toBe(false);
        for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
          const widths = [...svg.matchAll(/width="(\d+)"[^>]*data-state="small"/g)].map((m) => m[1]);
          expect(new Set(widths).size).toBeLessThanOrEqual(1);
          expect(svg).not.toMatch(/data-state="(?!shown|small)/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
