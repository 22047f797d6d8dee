import { describe, expect, it } from 'vitest';
import {
  buildReport,
  emptyFigures,
  emptyReport,
  histogramOf,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  suppressReport,
  type Figures,
  type Report,
} from '../../src/reporting/index.js';
import { POPULATION, withCounts } from './fixtures.js';

const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;

/**
 * A report written by hand to see suppression at work. Total: 12 first conversations, 10 on time, 2 late;
 * 14 requests: 1 by the worker, 1 by the treating physician, 12 by the employer. Two entities: 9 no-shows
 * (5 + 4) and 7 motivated reports (3 + 4).
 */
function handReport(): Report {
  const f = (patch: Parameters<typeof withCounts<Figures>>[1]) => withCounts(emptyFigures(), patch);
  return {
    ...emptyReport({ from: '2025-01-01' as never, to: '2025-12-31' as never }),
    total: f({
      cases: 40,
      informal: {
        firstConversations: 12,
        firstConversationsOnTime: 10,
        firstConversationsLate: 2,
        daysToFirstConversation: histogramOf([30, 35, 40, 41, 44, 50, 52, 58, 60, 61, 70, 90]),
      },
      formal: {
        requested: { total: 14, worker: 1, treatingPhysician: 1, employer: 12 },
        byRegime: { R2022: 14 },
        noShows: 9,
        reports: { total: 7, byReason: { 'no-adapted-work': 7 } },
      },
    }),
    groups: {
      'Entiteit Een': f({
        cases: 25,
        informal: {
          firstConversations: 8,
          firstConversationsOnTime: 8,
          daysToFirstConversation: histogramOf([30, 35, 40, 41, 44, 50, 52, 58]),
        },
        formal: {
          requested: { total: 8, employer: 8 },
          byRegime: { R2022: 8 },
          noShows: 5,
          reports: { total: 3, byReason: { 'no-adapted-work': 3 } },
        },
      }),
      'Entiteit Twee': f({
        cases: 15,
        informal: {
          firstConversations: 4,
          firstConversationsOnTime: 2,
          firstConversationsLate: 2,
          daysToFirstConversation: histogramOf([60, 61, 70, 90]),
        },
        formal: {
          requested: { total: 6, worker: 1, treatingPhysician: 1, employer: 4 },
          byRegime: { R2022: 6 },
          noShows: 4,
          reports: { total: 4, byReason: { 'no-adapted-work': 4 } },
        },
      }),
    },
  };
}

const csvValue = (csv: string, group: string, figure: string): string | undefined =>
  csv
    .split('\n')
    .find((l) => l.startsWith(`${group},${figure},`))
    ?.split(',')[2];

describe('suppression of small counts (default minCellSize 5)', () => {
  const csv = renderCsv(handReport());

  it('a count from 1 to 4 is shown as <5; zero and 5 or more are shown', () => {
    expect(csvValue(csv, '(total)', 'informal.firstConversationsLate')).toBe('<5');
    expect(csvValue(csv, '(total)', 'informal.firstConversations')).toBe('12');
    expect(csvValue(csv, '(total)', 'formal.decisions.A')).toBe('0');
    expect(csvValue(csv, '(total)', 'cases')).toBe('40');
  });

  it('"on time" is hidden when "late" is small, so that late = total - on time cannot be computed', () => {
    expect(csvValue(csv, '(total)', 'informal.firstConversationsOnTime')).toBe('x');
  });

  it('two small cells whose sum is known are not enough: 14 - 12 = 2 would make both 1, so the employer count is hidden', () => {
    expect(csvValue(csv, '(total)', 'formal.requested.worker')).toBe('<5');
    expect(csvValue(csv, '(total)', 'formal.requested.treatingPhysician')).toBe('<5');
    expect(csvValue(csv, '(total)', 'formal.requested.employer')).toBe('x');
    expect(csvValue(csv, '(total)', 'formal.requested.total')).toBe('14');
  });

  it('across entities: a small entity count is protected by hiding another entity, not the total', () => {
    expect(csvValue(csv, 'Entiteit Twee', 'formal.noShows')).toBe('<5');
    expect(csvValue(csv, 'Entiteit Een', 'formal.noShows')).toBe('x');
    expect(csvValue(csv, '(total)', 'formal.noShows')).toBe('9');
    // 7 = 3 + 4: both small, each still 3 or 4
    expect(csvValue(csv, 'Entiteit Een', 'formal.reports.total')).toBe('<5');
    expect(csvValue(csv, 'Entiteit Twee', 'formal.reports.total')).toBe('<5');
    expect(csvValue(csv, '(total)', 'formal.reports.total')).toBe('7');
  });

  it('a small total hides its whole breakdown, zeros included', () => {
    const r = handReport();
    r.groups['Entiteit Twee']!.formal.requested = { total: 3, worker: 1, treatingPhysician: 1, employer: 1 };
    r.total.formal.requested = { total: 11, worker: 1, treatingPhysician: 1, employer: 9 };
    const out = renderCsv(r);
    expect(csvValue(out, 'Entiteit Twee', 'formal.requested.total')).toBe('<5');
    for (const part of ['worker', 'treatingPhysician', 'employer']) expect(csvValue(out, 'Entiteit Twee', `formal.requested.${part}`)).toBe('x');
    expect(csvValue(out, 'Entiteit Twee', 'formal.byRegime.R2026')).toBe('x'); // a zero, hidden with the rest
  });

  it('a median of fewer than 5 values is hidden; of 5 or more it is shown', () => {
    expect(csvValue(csv, '(total)', 'informal.daysToFirstConversation.median')).toBe('51');
    expect(csvValue(csv, 'Entiteit Een', 'informal.daysToFirstConversation.median')).toBe('42.5');
    expect(csvValue(csv, 'Entiteit Twee', 'informal.daysToFirstConversation.median')).toBe('x');
  });

  it('minCellSize 1 shows every count; a bad minCellSize is refused', () => {
    const all = renderCsv(handReport(), { minCellSize: 1 });
    expect(csvValue(all, '(total)', 'informal.firstConversationsLate')).toBe('2');
    expect(csvValue(all, '(total)', 'informal.firstConversationsOnTime')).toBe('10');
    expect(csvValue(all, 'Entiteit Twee', 'informal.daysToFirstConversation.median')).toBe('65.5');
    expect(() => renderCsv(handReport(), { minCellSize: 0 })).toThrow(RangeError);
    expect(() => renderCsv(handReport(), { minCellSize: 2 })).toThrow(/"<2" would only mean 1/);
    expect(() => renderCsv(handReport(), { minCellSize: 2.5 })).toThrow(RangeError);
  });

  it('suppressReport says which cells are small or hidden', () => {
    const s = suppressReport(handReport());
    expect(s.columns.map((c) => c.key)).toEqual([null, 'Entiteit Een', 'Entiteit Twee']);
    expect(s.columns[0]!.cells.get('formal.requested.worker')).toEqual({ value: 1, state: 'small' });
    expect(s.columns[0]!.cells.get('formal.requested.employer')).toEqual({ value: 12, state: 'hidden' });
  });
});

describe('CSV', () => {
  it('one row per figure per group: group,figure,value, the total first', () => {
    const csv = renderCsv(buildReport(POPULATION, YEAR));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('group,figure,value');
    expect(lines[1]).toBe('(total),cases,11');
    expect(lines).toContain('(total),informal.episodesStarted,6');
    expect(lines).toContain('(total),formal.decisions.A,<5');
    expect(lines).toContain('(none),cases,<5');
    expect(lines).toContain('Agentschap Voorbeeld A,informal.firstConversations,<5');
    expect(lines).toContain('Agentschap Voorbeeld A,informal.firstConversationsOnTime,x');
    expect(lines).toContain('(total),overdueAtAsOf.formal.start-required,<5');
    // one motivated report in all: its breakdown by reason is hidden with it
    expect(lines).toContain('(total),formal.reports.total,<5');
    expect(lines).toContain('(total),formal.reports.byReason.no-adapted-work,x');
    const groups = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    expect([...groups]).toEqual(['(total)', '(none)', 'Agentschap Voorbeeld A', 'Departement Fictief B']);
    const perGroup = lines.slice(1).filter((l) => l.startsWith('(total),')).length;
    expect(lines.length - 1).toBe(perGroup * 4);
  });

  it('quotes fields and never lets a spreadsheet run an entity name as a formula', () => {
    const r = buildReport(
      [
        { caseId: 'FICTIEF-1', entity: 'Dienst "Noord", Gent', events: [] },
        { caseId: 'FICTIEF-2', entity: '=HYPERLINK("http://x")', events: [] },
      ],
      YEAR,
    );
    const csv = renderCsv(r);
    // (2 cases in all: the split by entity is hidden, hence x)
    expect(csv).toContain('"Dienst ""Noord"", Gent",cases,x');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",cases,x`);
  });
});

describe('Markdown', () => {
  it('has a title, the period, a legend and one table per section per group, in Dutch by default', () => {
    const md = renderMarkdown(buildReport(POPULATION, YEAR));
    expect(md).toMatch(/^# Rapportering re-integratie\n/);
    expect(md).toContain('Periode: 2025-01-01 tot en met 2025-12-31 · Peildatum: 2025-12-31');
    expect(md).toContain('- `<5`: aantal van 1 tot 4');
    expect(md).toContain('## Totaal');
    expect(md).toContain('## (geen entiteit)');
    expect(md).toContain('## Agentschap Voorbeeld A');
    expect(md).toContain('| Gestarte afwezigheden (episodes) | 6 |');
    expect(md).toContain('| Beslissing A (tijdelijk ongeschikt, aangepast of ander werk) | <5 |');
    expect(md.match(/^\| Cijfer \| Aantal \|$/gm)!.length).toBeGreaterThanOrEqual(4 * 8);
  });

  it('in English on request, with escaped entity names', () => {
    const r = buildReport([{ caseId: 'FICTIEF-1', entity: 'Team | *Zuid*', events: [] }], YEAR);
    const md = renderMarkdown(r, { lang: 'en' });
    expect(md).toMatch(/^# Re-integration report\n/);
    expect(md).toContain('## Total');
    expect(md).toContain('## Team \\| \\*Zuid\\*');
    expect(md).toContain('| Case records read | <5 |');
  });
});

describe('JSON', () => {
  it('exact numbers by default', () => {
    const r = buildReport(POPULATION, YEAR);
    expect(JSON.parse(renderJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('with suppress: the same shape, small counts as "<5", hidden as "x", histograms as their median', () => {
    const j = JSON.parse(renderJson(handReport(), { suppress: true })) as {
      minCellSize: number;
      total: { informal: Record<string, unknown>; formal: { requested: Record<string, unknown>; reports: unknown } };
      groups: Record<string, { informal: { daysToFirstConversation: unknown } }>;
    };
    expect(j.minCellSize).toBe(5);
    expect(j.total.formal.requested).toEqual({ total: 14, worker: '<5', treatingPhysician: '<5', employer: 'x' });
    expect(j.total.formal.reports).toEqual({ total: 7, byReason: { 'no-adapted-work': 7 } });
    expect(j.total.informal['daysToFirstConversation']).toEqual({ median: 51 });
    expect(j.groups['Entiteit Twee']!.informal.daysToFirstConversation).toEqual({ median: 'x' });
  });
});

describe('HTML', () => {
  const html = renderHtml(handReport());

  it('is one standalone page: one <html>, inline CSS, tables and inline SVG charts, no scripts, no external assets', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:|\/\/)/i);
    for (const m of html.matchAll(/\bhref="([^"]*)"/g)) expect(m[1]).toMatch(/^#g-\d+$/);
    // overview + 11 sections for each of 3 columns
    expect(html.match(/<table>/g)!.length).toBe(1 + 3 * 11);
    // two charts per column (total + 2 entities)
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html).toContain('<h2>Entiteit Twee</h2>');
    expect(html).toContain('Trajecten per aanvrager');
  });

  it('shows <5 and x in tables and charts, never the small number', () => {
    expect(html).toContain('<td class="n sup">&lt;5</td>');
    expect(html).toContain('<td class="n sup">x</td>');
    // the total's chart of initiators: worker and treating physician small (hatched stubs), employer hidden (no bar)
    const chart = html.slice(html.indexOf('<svg class="chart"'), html.indexOf('</svg>'));
    expect(chart).toContain('<title>Werknemer: &lt;5</title>');
    expect(chart).toContain('<title>Werkgever: x</title>');
    expect(chart.match(/data-state="small"/g)).toHaveLength(2);
    expect(chart).not.toContain('data-state="shown"');
  });

  it('has English labels on request', () => {
    const en = renderHtml(handReport(), { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Trajectories by initiator');
    expect(en).toContain('<h2>Overview by entity</h2>');
  });

  it('escapes entity names', () => {
    const r = buildReport([{ caseId: 'FICTIEF-1', entity: '<b>Team</b> & co', events: [] }], YEAR);
    const page = renderHtml(r);
    expect(page).toContain('&lt;b&gt;Team&lt;/b&gt; &amp; co');
    expect(page).not.toContain('<b>Team</b>');
  });
});
