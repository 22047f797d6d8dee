/**
 * The rule registry of the formal trajectory: exactly the rule ids of SPEC section 6, each with its citation,
 * bilingual label, regimes and interpretations; and the `@example` blocks of `src/formal`, run as tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as formal from '../../src/formal/index.js';
import { formalRules } from '../../src/formal/index.js';
import { ruleById } from '../../src/rules/registry.js';

const IDS = [
  'formal.employer-may-request',
  'formal.assessment',
  'formal.next-invitation',
  'formal.plan-after-a',
  'formal.appeal-window',
  'formal.appeal-decision',
  'formal.plan-after-b',
  'formal.plan-response',
  'formal.contact-worker',
  'formal.plan-follow-up',
  'formal.restart-bar',
  'formal.work-potential-request',
  'formal.mandatory-start',
];

describe('the formal rules, as data', () => {
  it('are exactly the 13 rule ids of the contract (formal.start-required lives with the escalation)', () => {
    expect(formalRules.map((r) => r.id).sort()).toEqual([...IDS].sort());
  });

  it.each([
    ['formal.employer-may-request', 'employer', 'earliest', 'I.4-73'],
    ['formal.assessment', 'occupational-physician', 'obligation', 'I.4-73'],
    ['formal.next-invitation', 'occupational-physician', 'earliest', 'I.4-73'],
    ['formal.plan-after-a', 'employer', 'obligation', 'I.4-75'],
    ['formal.appeal-window', 'worker', 'right', 'I.4-80 §1-2'],
    ['formal.appeal-decision', 'inspector-physician', 'obligation', 'I.4-80'],
    ['formal.plan-after-b', 'employer', 'obligation', 'I.4-75'],
    ['formal.plan-response', 'worker', 'obligation', 'I.4-76'],
    ['formal.contact-worker', 'employer', 'obligation', 'I.4-76'],
    ['formal.plan-follow-up', 'occupational-physician', 'obligation', 'I.4-76'],
    ['formal.restart-bar', 'worker', 'earliest', 'I.4-73'],
    ['formal.work-potential-request', 'employer', 'obligation', 'I.4-73'],
    ['formal.mandatory-start', 'employer', 'obligation', 'I.4-73'],
  ] as const)('%s: actor %s, kind %s, cites Codex %s', (id, actor, kind, article) => {
    const rule = ruleById(id);
    expect(rule).toMatchObject({ track: 'formal', actor, kind });
    expect(rule.basis[0]).toMatchObject({ source: 'codex', article });
  });

  it.each(formalRules.map((r) => [r.id, r] as const))('%s has a bilingual label, term, regime and named interpretations', (_id, rule) => {
    for (const text of [rule.label, rule.term, rule.countedFrom]) {
      expect(text.nl.length).toBeGreaterThan(3);
      expect(text.en.length).toBeGreaterThan(3);
    }
    expect(rule.regimes?.length).toBeGreaterThan(0);
    expect(rule.validFrom).toMatch(/^20(22-10-01|26-01-01)$/);
    expect(rule.validFrom).toBe(rule.regimes?.includes('R2022') ? '2022-10-01' : '2026-01-01');
    const ids = (rule.interpretations ?? []).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of rule.interpretations ?? []) {
      expect(i.chosen.nl.length).toBeGreaterThan(10);
      expect(i.chosen.en.length).toBeGreaterThan(10);
      expect(i.sources.length).toBeGreaterThan(0);
    }
  });

  it('says where an article number could not be verified in an official text (not the appeal, I.4-80, nor the assessment, I.4-73)', () => {
    const unverified = formalRules
      .filter((r) => r.interpretations?.some((i) => i.id === 'article-number-unverified'))
      .map((r) => r.id)
      .sort();
    expect(unverified).toEqual(
      [
        'formal.next-invitation',
        'formal.plan-after-a',
        'formal.plan-after-b',
        'formal.plan-response',
        'formal.contact-worker',
        'formal.plan-follow-up',
        'formal.restart-bar',
        'formal.work-potential-request',
        'formal.mandatory-start',
      ].sort(),
    );
  });

  it('names the research question for the readings that settle one (A-1, A-3, A-4, A-5, A-6, A-9, A-10, A-11, A-15, A-16)', () => {
    const questions = new Set(formalRules.flatMap((r) => (r.interpretations ?? []).map((i) => i.question)).filter(Boolean));
    for (const q of ['A-1', 'A-3', 'A-4', 'A-5', 'A-6', 'A-9', 'A-10', 'A-11', 'A-15', 'A-16']) expect(questions).toContain(q);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The @example blocks of src/formal, run as tests: `expr //=> expected`, after the block's earlier statements.
// ---------------------------------------------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

type Example = { file: string; setup: string[]; expr: string; expected: string };

function examplesOf(file: string): Example[] {
  const out: Example[] = [];
  const text = readFileSync(file, 'utf8');
  for (const block of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = block.split('\n').map((l) => l.replace(/^\s*(\/\*\*|\*\/|\*)\s?/, ''));
    let inExample = false;
    let setup: string[] = [];
    for (const line of lines) {
      if (line.startsWith('@example')) {
        inExample = true;
        setup = [];
        continue;
      }
      if (line.startsWith('@')) inExample = false;
      if (!inExample || line.trim() === '') continue;
      const at = line.indexOf('//=>');
      if (at < 0) setup.push(line);
      else out.push({ file, setup: [...setup], expr: line.slice(0, at).trim(), expected: line.slice(at + 4).trim() });
    }
  }
  return out;
}

const stripTypes = (code: string) => code.replace(/\s+as\s+PlainDate(\[\])?/g, '').replace(/\s+as\s+const/g, '');

const root = join(import.meta.dirname, '../../src/formal');
const examples = sourceFiles(root).flatMap(examplesOf);

describe('the @example blocks of src/formal hold', () => {
  it('there are examples for every compute function', () => {
    expect(examples.length).toBeGreaterThanOrEqual(25);
  });
  it.each(examples.map((e) => [`${e.file.slice(root.length + 1)}: ${e.expr}`, e] as const))('%s', (_name, e) => {
    const scope = formal as Record<string, unknown>;
    const names = Object.keys(scope);
    const values = names.map((n) => scope[n]);
    const actual = new Function(...names, `${stripTypes(e.setup.join('\n'))}\nreturn (${stripTypes(e.expr)});`)(...values);
    const expected = new Function(`return (${e.expected});`)();
    expect(actual).toEqual(expected);
  });
});
