/**
 * `evaluate` validates with the hand-written checks of `src/case/check.ts`, so a bundle that imports only
 * `evaluate` does not carry zod (about 90 kB gzip; the bundle target is 40 kB). The zod schemas stay for the
 * exported schemas, the JSON Schema and the docs.
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
    else packages.push(spec.split('/')[0]!);
  }
  return { relative, packages };
}

describe('the import graph of evaluate', () => {
  it('does not reach zod', () => {
    const seen = new Set<string>();
    const withZod: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const { relative, packages } = runtimeImports(file);
      if (packages.includes('zod')) withZod.push(file);
      relative.forEach(visit);
    };
    visit(normalize('src/evaluate.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(withZod).toEqual([]);
  });
});
