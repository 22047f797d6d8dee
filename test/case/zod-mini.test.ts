/**
 * `evaluate` validates with the zod schemas themselves, built with `zod/mini` (tree-shakable): the full `zod`
 * build alone is about 96 kB gzip, twice the bundle budget of `import { evaluate }` (48 kB, bench/README.md).
 * The import graph of `evaluate` must reach zod only through `zod/mini` (and its locale).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `./x.js`, `./x` or `./x/index` as the TypeScript file it names. */
const resolveTs = (base: string): string =>
  [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f) && f.endsWith('.ts')) ?? base;

/** Runtime imports of a module (not `import type`, not `export type`), resolved to files. */
function runtimeImports(file: string): { relative: string[]; packages: string[] } {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const relative: string[] = [];
  const packages: string[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (m[2] !== undefined) continue;
    const spec = m[3]!;
    if (spec.startsWith('.')) relative.push(resolveTs(normalize(join(dirname(file), spec))));
    else packages.push(spec);
  }
  return { relative, packages };
}

describe('the import graph of evaluate', () => {
  it('reaches zod only as zod/mini', () => {
    const seen = new Set<string>();
    const withZod: string[] = [];
    const withMini: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const { relative, packages } = runtimeImports(file);
      if (packages.some((p) => p === 'zod' || p.startsWith('zod/v4/classic') || p === 'zod/v4')) withZod.push(file);
      if (packages.includes('zod/mini')) withMini.push(file);
      relative.forEach(visit);
    };
    visit(normalize('src/evaluate.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(withZod).toEqual([]);
    expect(withMini).toContain(normalize('src/case/validate.ts'));
  });
});
