/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, LIBRARY_VERSION } from '../../src/index.js';
import { INTERPRETATION_IDS } from '../../src/rules/types.js';

describe('the rule registry (rules are data)', () => {
  it('has exactly one definition for every rule id of SPEC sections 5 and 6', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has an actor, a bilingual label, a term and a citation', (_id, r) => {
    expect(r.label.nl.length).toBeGreaterThan(3);
    expect(r.label.en.length).toBeGreaterThan(3);
    expect(r.label.nl).not.toBe(r.label.en);
    expect(r.term.nl.length).toBeGreaterThan(0);
    expect(r.countedFrom.en.length).toBeGreaterThan(0);
    expect(r.basis.length).toBeGreaterThan(0);
    for (const c of r.basis) expect(['codex', 'omzendbrief', 'ago-guidance', 'judicial-code', 'employment-contracts-act', 'health-insurance-act', 'vps']).toContain(c.source);
    if (r.id.startsWith('formal.') && r.id !== 'formal.start-required') {
      expect(r.basis.some((c) => c.source === 'codex' && /^I\.4-\d+/.test(c.article ?? ''))).toBe(true);
    }
    if (r.id.startsWith('informal.')) expect(r.validFrom).toBe('2024-01-01');
    for (const i of r.interpretations ?? []) {
      expect(i.id).toMatch(/^[a-z0-9-]+$/);
      expect(i.chosen.nl.length).toBeGreaterThan(0);
      expect(i.sources.length).toBeGreaterThan(0);
    }
  });

  it('names every reading of a rule in INTERPRETATION_IDS (the ids the tracks write into deadlines)', () => {
    const ids = new Set<string>(INTERPRETATION_IDS);
    expect(RULES.flatMap((r) => (r.interpretations ?? []).map((i) => i.id)).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('documents every reading a deadline can name: each id of INTERPRETATION_IDS is declared on a rule', () => {
    // A reading named in an output but on no rule would be missing from the catalogue and docs/interpretations.md.
    const declared = new Set(RULES.flatMap((r) => (r.interpretations ?? []).map((i) => i.id)));
    expect(INTERPRETATION_IDS.filter((id) => !declared.has(id))).toEqual([]);
  });

  it('the library version in the receipt is the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });
});

describe('every reading of the law is in the catalogue', () => {
  it('each interpretation declared anywhere in src/ is listed on a rule (so the docs and `rules` show it)', () => {
    const modules = import.meta.glob<Record<string, unknown>>(['../../src/**/*.ts', '!../../src/cli/**'], { eager: true });
    const isInterpretation = (v: unknown): v is { id: string } =>
      typeof v === 'object' && v !== null && 'id' in v && 'chosen' in v && 'sources' in v;
    const declared = new Set(Object.values(modules).flatMap((m) => Object.values(m).filter(isInterpretation).map((v) => v.id)));
    // `article-number-unverified` is made per rule by a function (`articleUnverified`), so no module exports it.
    expect(INTERPRETATION_IDS.filter((id) => !declared.has(id))).toEqual(['article-number-unverified']);
    expect([...declared].filter((id) => !(INTERPRETATION_IDS as readonly string[]).includes(id))).toEqual([]);
    const listed = new Set(RULES.flatMap((r) => (r.interpretations ?? []).map((i) => i.id)));
    expect([...declared].filter((id) => !listed.has(id))).toEqual([]);
  });
});
