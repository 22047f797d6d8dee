/**
 * Runs every `@example` block of the library's doc comments as a test: a line `expr //=> expected` asserts that
 * `expr` equals `expected` (objects: at least these fields). Examples therefore cannot drift from the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as formal from '../../src/formal/index.js';
import * as informal from '../../src/informal/index.js';
import * as reporting from '../../src/reporting/index.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

type Example = { file: string; line: number; code: string };

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /\/\*\*([\s\S]*?)\*\//g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lines = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.trim().startsWith('@example')) continue;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !lines[j]!.trim().startsWith('@'); j++) body.push(lines[j]!);
      const code = body.join('\n').replace(/^```\w*\n?|```\s*$/gm, '');
      const line = text.slice(0, m.index).split('\n').length + i;
      if (code.includes('//=>')) out.push({ file, line, code });
      i = j - 1;
    }
  }
  return out;
}

/** Turns `expr //=> expected` lines into assertions; keeps other lines as setup. */
function toProgram(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf('//=>');
    if (at < 0) {
      out.push(line);
      continue;
    }
    // `//=>` alone on a line checks the expression on the line before it.
    const expr = (at === line.length - line.trimStart().length ? out.pop()! : line.slice(0, at)).trim().replace(/;$/, '');
    // The expected value may continue on the next lines (an object literal) until the brackets balance.
    let expected = line.slice(at + 4).trim();
    const balance = (s: string) => (s.match(/[[{(]/g)?.length ?? 0) - (s.match(/[\]})]/g)?.length ?? 0);
    while (balance(expected) > 0 && i + 1 < lines.length) expected += '\n' + lines[++i]!.replace(/^\s*\/\/\s?/, '');
    out.push(`__check((${expr}), (${expected}));`);
  }
  return `return (async () => {\n${out.join('\n')}\n})();`;
}

async function moduleNamespace(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ '../../' + relative(process.cwd(), file).replace(/\\/g, '/'))) as Record<string, unknown>;
}

// src/calendar has its own runner (test/calendar/doc-examples.test.ts), which also requires an example per export.
const all = files('src')
  .filter((f) => !f.startsWith(join('src', 'cli')) && !f.startsWith(join('src', 'calendar')))
  .flatMap(examplesOf);

describe('doc @example blocks are run as tests', () => {
  it('finds examples across the library', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_name, ex) => {
    const own = await moduleNamespace(ex.file);
    const scope: Record<string, unknown> = { ...calendar, ...formal, ...informal, ...reporting, ...root, ...own };
    const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
    const js = transformSync(toProgram(ex.code), { loader: 'ts' }).code;
    let checks = 0;
    const check = (actual: unknown, expected: unknown) => {
      checks++;
      if (typeof expected === 'object' && expected !== null && !Array.isArray(expected)) expect(actual).toMatchObject(expected);
      else expect(actual).toEqual(expected);
    };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    await new Function('__check', ...names, js)(check, ...names.map((n) => scope[n]));
    expect(checks).toBeGreaterThan(0);
  });
});
