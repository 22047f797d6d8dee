import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import {
  buildReport,
  buildReportAsync,
  mergeReports,
  parseCases,
  parseCasesNdjsonSync,
  renderHtml,
  type Report,
} from '../../src/reporting/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = join(ROOT, 'examples/population/cases.ndjson');
const TEXT = readFileSync(FILE, 'utf8');
const CASES = [...parseCasesNdjsonSync(TEXT.split('\n'))] as Array<{
  caseId: string;
  entity?: string;
  events: Array<{ type: string; date: string; [k: string]: unknown }>;
}>;
const OPTS = { from: '2025-01-01', to: '2025-12-31', evaluateOptions: { employerHeadcount: 500 } } as const;

describe('the fictitious example population (examples/population)', () => {
  it('is a few hundred clearly fictitious cases over several entities', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    for (const c of CASES) expect(c.caseId).toMatch(/^FICTIEF-\d{4}$/);
    const entities = new Set(CASES.map((c) => c.entity ?? '(none)'));
    expect(entities.size).toBeGreaterThanOrEqual(5);
    for (const e of entities) expect(e).toMatch(/Voorbeeld|Fictief|Denkbeeldig|Verzonnen|Proefdata|\(none\)/);
  });

  it('is valid: no case or event is rejected, nothing is out of sequence', () => {
    for (const c of CASES) {
      const problems = evaluate(c, { asOf: '2026-10-31', employerHeadcount: 500 }).issues.filter((i) => i.severity !== 'info');
      expect(problems, c.caseId).toEqual([]);
    }
  });

  it('covers both regimes, decisions A/B/C, appeals, plans, reports with reasons and every resumption mode', () => {
    const regimes = new Set<string>();
    for (const c of CASES) for (const t of evaluate(c, { asOf: '2026-10-31', employerHeadcount: 500 }).trajectories) regimes.add(t.regime);
    expect([...regimes].sort()).toEqual(['R2022', 'R2026']);
    const events = CASES.flatMap((c) => c.events);
    const values = (type: string, field: string) => new Set(events.filter((e) => e.type === type).map((e) => e[field]));
    expect(values('formal.assessed', 'decision')).toEqual(new Set(['A', 'B', 'C']));
    expect(values('formal.appeal-decided', 'outcome')).toEqual(new Set(['confirmed', 'overturned']));
    expect(values('formal.plan-answered', 'answer')).toEqual(new Set(['agreed', 'refused']));
    expect(values('work.resumed', 'mode')).toEqual(new Set(['full', 'part-time', 'adapted', 'other-work']));
    expect(values('formal.report-delivered', 'reasonCode').size).toBeGreaterThanOrEqual(4);
    expect(values('formal.requested', 'initiator')).toEqual(new Set(['worker', 'treating-physician', 'employer']));
    for (const type of ['formal.no-show', 'formal.plan-deemed-refused', 'deviation.recorded', 'smt.referred', 'work-potential.assessed']) {
      expect(events.some((e) => e.type === type), type).toBe(true);
    }
  });

  it('is exactly what the seeded generator writes (deterministic, no clock)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reintegratie-')), 'cases.ndjson');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'examples/population/generate.ts'), '--out', out], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    expect(readFileSync(out, 'utf8')).toBe(TEXT);
  });
});

describe('the 2025 report of the example population', () => {
  const report = buildReport(CASES, OPTS);

  it('streams the file in small chunks to the same report', async () => {
    function* chunks(): Generator<string> {
      for (let i = 0; i < TEXT.length; i += 997) yield TEXT.slice(i, i + 997);
    }
    expect(await buildReportAsync(parseCases(chunks()), OPTS)).toEqual(report);
  });

  it('split across four workers and merged, gives the same report', () => {
    const parts: Report[] = [0, 1, 2, 3].map((w) => buildReport(CASES.filter((_, i) => i % 4 === w), OPTS));
    expect(parts.reduce(mergeReports)).toEqual(report);
  });

  it('has every entity, and plausible headline figures', () => {
    expect(Object.keys(report.groups)).toHaveLength(7);
    expect(report.total.invalidCases).toBe(0);
    expect(report.total.informal.episodesStarted).toBeGreaterThan(100);
    expect(report.total.formal.requested.total).toBeGreaterThan(20);
    expect(report.total.formal.requested.employer).toBeGreaterThan(report.total.formal.requested.worker);
  });

  it('renders as a standalone HTML page with tables, charts and suppressed small cells', () => {
    const html = renderHtml(report);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html.match(/<table>/g)!.length).toBe(1 + 8 * 11);
    expect(html.match(/<svg /g)).toHaveLength(16);
    expect(html).toContain('&lt;5');
    expect(html).toContain('<h2>Fonds Fictief F</h2>');
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:|\/\/)/i);
  });
});
