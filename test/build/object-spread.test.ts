/**
 * The shipped build rewrites the domain code's spread-first object literals as `Object.assign`
 * (scripts/object-spread.ts, for V8). These tests hold the rewrite to the literal it replaces, and the bundle built
 * with it to the same outputs as the sources, on the bundled examples, the example population and generated cases.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBJECT_SPREAD_FILTER, objectSpreadPlugin, rewriteObjectSpreads } from '../../scripts/object-spread.js';
import { evaluate } from '../../src/index.js';
import { daysAfter, type PlainDate } from '../../src/calendar/index.js';
import { FUZZ_RUNS, dateBetween, options, validCase } from '../arbitraries.js';

/** The rewrite of one expression, without the printer's line end and semicolon. */
const rewritten = (expression: string): string => rewriteObjectSpreads(`x = ${expression};`).trim().replace(/^x = |;$/g, '');

describe('rewriteObjectSpreads', () => {
  it('writes a literal that starts with a spread and goes on as Object.assign, in the order of its members', () => {
    expect(rewritten('{ ...s, status: "resumed", end }')).toBe('Object.assign({}, s, { status: "resumed", end })');
    expect(rewritten('{ ...a, x: 1, ...b, y }')).toBe('Object.assign({}, a, { x: 1 }, b, { y })');
    expect(rewritten('{ ...a, ...(c ? { x } : {}) }')).toBe('Object.assign({}, a, (c ? { x } : {}))');
    expect(rewritten('{ ...s, end: { ...r, by: "resumed" } }')).toBe('Object.assign({}, s, { end: Object.assign({}, r, { by: "resumed" }) })');
  });

  it('leaves alone a literal that is only a spread, or that starts with a member (V8 keeps both fast)', () => {
    expect(rewritten('{ ...s }')).toBe('{ ...s }');
    expect(rewritten('{ rule: r.id, due, ...rest }')).toBe('{ rule: r.id, due, ...rest }');
    const untouched = 'const a = [...xs, 1];\nfunction f({ a, ...rest }: T) { return rest; }\n';
    expect(rewriteObjectSpreads(untouched)).toBe(untouched);
  });

  it('gives the same object, properties in the same order, as the literal it replaces', () => {
    const s = { status: 'contact', start: '2025-03-10', segments: [1] };
    const r = { on: '2025-05-02', ref: 'e7' };
    const literal = { ...s, status: 'resumed', end: { ...r, by: 'resumed' }, ...{ start: '2025-03-11' } };
    const assigned = Object.assign({}, s, { status: 'resumed', end: Object.assign({}, r, { by: 'resumed' }) }, { start: '2025-03-11' });
    expect(JSON.stringify(assigned)).toBe(JSON.stringify(literal));
  });

  it('applies to the domain folders, not to the reporting and the CLI (they read raw input)', () => {
    for (const f of ['src/case/engine.ts', 'src/informal/transition.ts', 'src/formal/rules/restart-bar.ts', 'src/evaluate.ts']) {
      expect(OBJECT_SPREAD_FILTER.test(`/repo/${f}`), f).toBe(true);
    }
    for (const f of ['src/reporting/build.ts', 'src/cli/main.ts', 'src/index.ts', 'test/case/validate.test.ts']) {
      expect(OBJECT_SPREAD_FILTER.test(`/repo/${f}`), f).toBe(false);
    }
  });
});

describe('the library built with the rewrite', () => {
  let dir: string;
  let shipped: typeof evaluate;
  let bundleText: string;

  beforeAll(async () => {
    const out = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      plugins: [objectSpreadPlugin],
    });
    bundleText = out.outputFiles[0]!.text;
    dir = mkdtempSync(join(tmpdir(), 'reintegratie-spread-'));
    const file = join(dir, 'index.mjs');
    writeFileSync(file, bundleText);
    shipped = ((await import(pathToFileURL(file).href)) as { evaluate: typeof evaluate }).evaluate;
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Both evaluations as JSON: the same values with their properties in the same order. */
  const same = (input: unknown, opts: unknown): void => {
    expect(JSON.stringify(shipped(input, opts))).toBe(JSON.stringify(evaluate(input, opts)));
  };

  it('is rewritten (the domain code has dozens of such literals)', () => {
    expect(bundleText.match(/Object\.assign\(\{\},/g)?.length ?? 0).toBeGreaterThan(50);
  });

  it('evaluates the bundled examples as the sources do, at their date and a year around it', () => {
    const index = JSON.parse(readFileSync('examples/index.json', 'utf8')) as { file: string; asOf: PlainDate; options?: object }[];
    for (const e of index) {
      const input = JSON.parse(readFileSync(join('examples', e.file), 'utf8')) as unknown;
      for (const days of [-180, -30, 0, 30, 180, 365]) {
        const asOf = daysAfter(e.asOf, days);
        same(input, { ...e.options, asOf });
        same(input, { asOf, rollover: 'next-working-day', dueSoonDays: 14, policy: { contactEveryDays: 14, followUpEveryDays: 30 } });
      }
    }
  });

  it('evaluates the 400 cases of examples/population as the sources do, at three dates', () => {
    const cases = readFileSync('examples/population/cases.ndjson', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(cases.length).toBe(400);
    for (const c of cases) for (const asOf of ['2025-06-30', '2026-03-31', '2026-12-31']) same(c, { asOf });
  });

  it('evaluates generated cases, with generated options, as the sources do', () => {
    fc.assert(
      fc.property(validCase(), options(dateBetween('2023-06-01', '2027-06-30')), (input, opts) => same(input, opts)),
      { numRuns: FUZZ_RUNS ?? 300 },
    );
  });
});
