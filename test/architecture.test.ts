import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
const lib = files('src').filter((f) => !f.startsWith(join('src', 'cli')));
const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('house rules of the library code', () => {
  it('only src/calendar imports date-fns', () => {
    const offenders = lib.filter((f) => !f.startsWith(join('src', 'calendar')) && /from ['"]date-fns/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('library code never reads the clock (the CLI may)', () => {
    const offenders = lib.filter((f) => /Date\.now\(|new Date\(\s*\)|performance\.now\(/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('library code uses no Node-only APIs (it runs in browsers)', () => {
    const offenders = lib.filter((f) => /from ['"](node:|fs|path|os|child_process|stream)['"]|\bprocess\.|\bBuffer\b|\brequire\(/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('runtime dependencies are only zod, date-fns and ts-pattern', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'ts-pattern', 'zod']);
    const imported = new Set(
      lib.flatMap((f) => [...code(f).matchAll(/from ['"]([^.'"][^'"]*)['"]/g)].map((m) => m[1]!.split('/')[0]!)),
    );
    for (const name of imported) expect(['zod', 'date-fns', 'ts-pattern']).toContain(name);
  });
});
