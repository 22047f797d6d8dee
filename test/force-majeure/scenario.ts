/**
 * Scenario tables for medical force majeure: a name in a full sentence, the events, `asOf`, and the expected
 * `force-majeure.*` deadlines (due, status, source and article of the first citation), procedures, flags and
 * issues, all written by hand from the law.
 */
import { expect } from 'vitest';
import type { Deadline, Evaluation, ForceMajeureProcedure } from '../../src/case/output.js';
import { evaluate } from '../../src/evaluate.js';
import type { RuleId } from '../../src/rules/types.js';

export type Ev = { id?: string; type: string; date: string } & Record<string, unknown>;

export type ExpectedDeadline = {
  rule: RuleId;
  due: string | null;
  status: Deadline['status'];
  /** `basis[0]` as `source article`, e.g. `codex I.4-82/1`, `employment-contracts-act 34`, `health-insurance-act`. */
  cites: string;
  metOn?: string;
  because?: readonly string[];
};

export type Scenario = {
  name: string;
  events: Ev[];
  asOf: string;
  status?: 'contractual' | 'statutory' | null;
  options?: Record<string, unknown>;
  procedures?: { [K in keyof ForceMajeureProcedure]?: string }[];
  /** Every `force-majeure.*` deadline, in any order. */
  deadlines?: ExpectedDeadline[];
  /** Every flag with a `force-majeure.*` rule, in any order (code, since, severity, reason). */
  flags?: { code: string; since: string; severity: string; reason?: string; rule?: string }[];
  /** Codes of the issues of the track, in any order (`not-applicable`, `out-of-sequence`, `regime-not-supported`). */
  issues?: string[];
};

const TRACK_ISSUES = new Set(['not-applicable', 'out-of-sequence', 'regime-not-supported']);

export function run(events: Ev[], asOf: string, status: Scenario['status'] = 'contractual', options: Record<string, unknown> = {}): Evaluation {
  const employee = status === null ? {} : { employee: { status } };
  return evaluate({ caseId: 'fm', ...employee, events }, { asOf, ...options });
}

export const fmDeadlines = (r: Evaluation): Deadline[] => r.deadlines.filter((d) => d.rule.startsWith('force-majeure.'));
export const fmFlags = (r: Evaluation) => r.flags.filter((f) => f.rule?.startsWith('force-majeure.') === true && f.code !== 'overdue' && f.code !== 'due-soon');
export const cites = (d: Deadline): string => [d.basis[0]?.source, d.basis[0]?.article].filter((x) => x !== undefined).join(' ');
/** The issues of this track: those naming a force-majeure event, or the status (`not-applicable`). */
export const fmIssues = (r: Evaluation) =>
  r.issues.filter((i) => TRACK_ISSUES.has(i.code) && (i.code === 'not-applicable' || /force-majeure|medical force majeure/.test(i.message)));

export function check(s: Scenario): Evaluation {
  const r = run(s.events, s.asOf, s.status === undefined ? 'contractual' : s.status, s.options);
  if (s.procedures !== undefined) {
    expect(r.forceMajeure).toHaveLength(s.procedures.length);
    s.procedures.forEach((p, i) => expect(r.forceMajeure[i]).toMatchObject(p));
  }
  if (s.deadlines !== undefined) {
    const key = (o: { rule: string; due: string | null }) => `${o.rule}|${String(o.due)}`;
    const actual = fmDeadlines(r).map((d) => ({
      rule: d.rule,
      due: d.due,
      status: d.status,
      cites: cites(d),
      ...(d.metOn !== undefined ? { metOn: d.metOn } : {}),
    }));
    const expected = s.deadlines.map(({ because: _b, ...rest }) => rest);
    expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    for (const d of s.deadlines) {
      if (d.because === undefined) continue;
      expect(fmDeadlines(r).find((x) => x.rule === d.rule && x.due === d.due)?.because).toEqual(d.because);
    }
  }
  if (s.flags !== undefined) {
    const actual = fmFlags(r).map((f) => ({ code: f.code, since: f.since, severity: f.severity, reason: f.reason, rule: f.rule }));
    expect(actual).toHaveLength(s.flags.length);
    expect(actual).toEqual(expect.arrayContaining(s.flags.map((f) => expect.objectContaining(f))));
  }
  if (s.issues !== undefined) expect(fmIssues(r).map((i) => i.code).sort()).toEqual([...s.issues].sort());
  return r;
}
