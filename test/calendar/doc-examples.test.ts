/**
 * Runs every `@example` line of the calendar's doc comments (`expression //=> expected`), so that the
 * documentation cannot drift from the code (STYLE.md: "Doc @example blocks are run as tests").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as index from '../../src/calendar/index';
import * as holidays from '../../src/calendar/holidays';
import * as plainDate from '../../src/calendar/plain-date';
import * as rollover from '../../src/calendar/rollover';
import * as terms from '../../src/calendar/terms';
import * as workingDays from '../../src/calendar/working-days';

const SRC = fileURLToPath(new URL('../../src/calendar', import.meta.url));
const scope: Record<string, unknown> = { ...plainDate, ...terms, ...holidays, ...workingDays, ...rollover };
const names = Object.keys(scope);
const values = names.map((n) => scope[n]);

type Example = { file: string; fn: string; expr: string; expected: string };

/** The doc comment blocks of a file, each with the name of the declaration that follows it. */
function docBlocks(source: string): Array<{ name: string; body: string }> {
  const out: Array<{ name: string; body: string }> = [];
  const re = /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:function|const|type)\s+(\w+)/g;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    out.push({ body: m[1] ?? '', name: m[2] ?? '' });
  }
  return out;
}

function examplesOf(file: string): Example[] {
  const out: Example[] = [];
  for (const { name, body } of docBlocks(readFileSync(join(SRC, file), 'utf8'))) {
    const lines = body.split('\n').map((l) => l.replace(/^\s*\*\s?/, ''));
    let inExample = false;
    for (const line of lines) {
      if (line.startsWith('@example')) {
        inExample = true;
        continue;
      }
      if (line.startsWith('@')) inExample = false;
      if (!inExample || !line.includes('//=>')) continue;
      const [expr, expected] = line.split('//=>').map((p) => p.trim());
      out.push({ file, fn: name, expr: expr ?? '', expected: expected ?? '' });
    }
  }
  return out;
}

/** Evaluates a JS expression written in TypeScript (only `as T` casts need removing) with the calendar in scope. */
function evaluate(code: string): unknown {
  const js = code.replace(/\s+as\s+(?:PlainDate|const)\b/g, '');
  return new Function(...names, `return (${js});`)(...values) as unknown;
}

const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
const examples = files.flatMap(examplesOf);

describe('doc @example lines hold', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(examples.map((e) => [`${e.file} ${e.fn}: ${e.expr}`, e] as const))('%s', (_, e) => {
    expect(evaluate(e.expr)).toEqual(evaluate(e.expected));
  });
});

describe('every public function is documented with an example', () => {
  const documented = new Set(
    files.flatMap((f) =>
      docBlocks(readFileSync(join(SRC, f), 'utf8'))
        .filter((b) => b.body.includes('@example'))
        .map((b) => b.name),
    ),
  );
  const publicFunctions = Object.entries(index)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);

  it.each(publicFunctions)('%s', (name) => {
    expect(documented.has(name)).toBe(true);
    expect(examples.some((e) => e.fn === name)).toBe(true);
  });
});
