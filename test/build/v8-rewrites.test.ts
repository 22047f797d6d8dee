/**
 * The shipped build rewrites the domain code's spread-first object literals as `Object.assign` and its `flatMap`
 * calls as a loop (scripts/v8-rewrites.ts, for V8). These tests hold each rewrite to the code it replaces, and the
 * bundle built with them to the same outputs as the sources, on the bundled examples, the example population and
 * generated cases.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V8_REWRITE_FILTER, rewriteFlatMaps, rewriteObjectSpreads, v8RewritesPlugin } from '../../scripts/v8-rewrites.js';
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
      expect(V8_REWRITE_FILTER.test(`/repo/${f}`), f).toBe(true);
    }
    for (const f of ['src/reporting/build.ts', 'src/cli/main.ts', 'src/index.ts', 'test/case/validate.test.ts']) {
      expect(V8_REWRITE_FILTER.test(`/repo/${f}`), f).toBe(false);
    }
    // A new folder of src/ is domain code unless it reads raw input: add it to the filter.
    const folders = readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((d) => !['cli', 'reporting'].includes(d) && !V8_REWRITE_FILTER.test(`/repo/src/${d}/x.ts`))).toEqual([]);
  });
});

describe('rewriteFlatMaps', () => {
  it('calls the loop of reintegratie:flat-map for each one-argument flatMap, imported once', () => {
    const out = rewriteFlatMaps('const a = xs.flatMap((x) => [x, x]);\nconst b = t.episodes.flatMap(f).length;\n');
    expect(out).toBe(
      "import { flatMap as __reintegratieFlatMap } from 'reintegratie:flat-map';\n" +
        'const a = __reintegratieFlatMap(xs, (x) => [x, x]);\nconst b = __reintegratieFlatMap(t.episodes, f).length;\n',
    );
  });

  it('leaves alone other calls, optional calls and calls with a this argument', () => {
    const untouched = 'const a = xs.map(f);\nconst b = xs?.flatMap(f);\nconst c = xs.flatMap(f, self);\n';
    expect(rewriteFlatMaps(untouched)).toBe(untouched);
  });

  it('flattens as Array.prototype.flatMap does: one level, non-array results kept, holes skipped', async () => {
    const out = await build({
      stdin: { contents: "import { flatMap } from 'reintegratie:flat-map'; export { flatMap };", loader: 'ts', resolveDir: '.' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [v8RewritesPlugin],
    });
    const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.text).toString('base64')}`;
    const { flatMap } = (await import(url)) as { flatMap: <T, U>(xs: readonly T[], f: (x: T, i: number, xs: readonly T[]) => U | readonly U[]) => U[] };
    const f = (x: unknown, i: number): unknown => (i % 3 === 0 ? [x, [x]] : i % 3 === 1 ? x : []);
    fc.assert(
      fc.property(fc.array(fc.anything()), fc.sparseArray(fc.integer()), (xs, sparse) => {
        expect(flatMap(xs, f)).toEqual(xs.flatMap(f));
        expect(flatMap(sparse, (x: number, i: number) => (i % 2 === 0 ? [x, x] : x))).toEqual(sparse.flatMap((x, i) => (i % 2 === 0 ? [x, x] : x)));
      }),
    );
    const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
    expect(flatMap([0, 1], (x) => (x === 0 ? holes : [x]))).toEqual([0, 1].flatMap((x) => (x === 0 ? holes : [x])));
    expect(flatMap(['a', 'b'], (x, i, all) => [x, i, all.length])).toEqual(['a', 0, 2, 'b', 1, 2]);
  });
});

describe('the library built with the rewrites', () => {
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
      plugins: [v8RewritesPlugin],
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

  it('is rewritten (the domain code has dozens of spread-first literals and flatMap calls)', () => {
    expect(bundleText.match(/Object\.assign\(\{\},/g)?.length ?? 0).toBeGreaterThan(50);
    expect(bundleText).toMatch(/function flatMap\d*\(xs\d*, f\d*\)/);
    const domain = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => join('src', f)).filter((f) => V8_REWRITE_FILTER.test(`/${f}`));
    expect(domain.length).toBeGreaterThan(60);
    let calls = 0;
    for (const f of domain) {
      const code = readFileSync(f, 'utf8');
      calls += code.match(/\.flatMap\(/g)?.length ?? 0;
      expect(rewriteFlatMaps(rewriteObjectSpreads(code, f), f), f).not.toMatch(/\.flatMap\(/);
    }
    expect(calls).toBeGreaterThan(20);
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
