/**
 * Scenario tables for the formal trajectory: a name in a full sentence, the events, `asOf`, and the expected
 * formal deadlines (due, status, article), trajectories, flags and issues, all written by hand from the law.
 */
import { expect } from 'vitest';
import type { Deadline, Evaluation, FormalTrajectory } from '../../src/case/output.js';
import { evaluate } from '../../src/evaluate.js';
import type { RuleId } from '../../src/rules/types.js';

export type Ev = { id?: string; type: string; date: string } & Record<string, unknown>;

export type ExpectedDeadline = {
  rule: RuleId;
  due: string | null;
  status: Deadline['status'];
  /** `basis[0].article` */
  article: string;
  trajectory?: number;
  metOn?: string;
  interpretations?: readonly string[];
  because?: readonly string[];
};

export type Scenario = {
  name: string;
  events: Ev[];
  asOf: string;
  options?: Record<string, unknown>;
  trajectories?: { [K in keyof FormalTrajectory]?: string }[];
  /** Every formal deadline (rule ids `formal.*` except `formal.start-required`), in any order. */
  deadlines?: ExpectedDeadline[];
  /** Track-specific formal flags (every flag but `overdue` / `due-soon` / `formal-trajectory-required`). */
  flags?: { code: string; since: string; severity: string; trajectory?: number; rule?: string }[];
  /** Issue codes raised, in any order (`future-event` and the informal/health issues left out). */
  issues?: string[];
};

export const FORMAL_ISSUES = new Set([
  'out-of-sequence',
  'regime-not-supported',
  'trajectory-already-active',
  'headcount-unknown',
]);

export function run(events: Ev[], asOf: string, options: Record<string, unknown> = {}): Evaluation {
  return evaluate({ caseId: 'scenario', events }, { asOf, ...options });
}

export const formalDeadlines = (r: Evaluation): Deadline[] =>
  r.deadlines.filter((d) => d.rule.startsWith('formal.') && d.rule !== 'formal.start-required');

export const formalFlags = (r: Evaluation) =>
  r.flags.filter((f) => f.code !== 'overdue' && f.code !== 'due-soon' && f.code !== 'formal-trajectory-required');

export function check(s: Scenario): Evaluation {
  const r = run(s.events, s.asOf, s.options);
  if (s.trajectories !== undefined) {
    expect(r.trajectories).toHaveLength(s.trajectories.length);
    s.trajectories.forEach((t, i) => {
      expect(r.trajectories[i]).toEqual(t);
    });
  }
  if (s.deadlines !== undefined) {
    const actual = formalDeadlines(r).map((d) => {
      const o: Record<string, unknown> = {
        rule: d.rule,
        due: d.due,
        status: d.status,
        article: d.basis[0]?.article,
      };
      if (d.trajectory !== undefined) o['trajectory'] = d.trajectory;
      if (d.metOn !== undefined) o['metOn'] = d.metOn;
      if (d.interpretations !== undefined) o['interpretations'] = d.interpretations;
      return o;
    });
    const expected = s.deadlines.map((d) => {
      const { because: _b, ...rest } = d;
      return rest;
    });
    const key = (o: Record<string, unknown>) => `${String(o['rule'])}|${String(o['trajectory'])}|${String(o['due'])}`;
    expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected].sort((a, b) => key(a as Record<string, unknown>).localeCompare(key(b as Record<string, unknown>))),
    );
    for (const d of s.deadlines) {
      if (d.because === undefined) continue;
      const found = formalDeadlines(r).find((x) => x.rule === d.rule && x.due === d.due && (d.trajectory === undefined || x.trajectory === d.trajectory));
      expect(found?.because).toEqual(d.because);
    }
  }
  if (s.flags !== undefined) {
    const actual = formalFlags(r).map((f) => {
      const o: Record<string, unknown> = { code: f.code, since: f.since, severity: f.severity };
      if (f.trajectory !== undefined) o['trajectory'] = f.trajectory;
      if (f.rule !== undefined) o['rule'] = f.rule;
      return o;
    });
    expect(actual).toEqual(
      expect.arrayContaining(s.flags.map((f) => expect.objectContaining(f))),
    );
    expect(actual).toHaveLength(s.flags.length);
  }
  if (s.issues !== undefined) {
    expect(r.issues.filter((i) => FORMAL_ISSUES.has(i.code)).map((i) => i.code).sort()).toEqual([...s.issues].sort());
  }
  return r;
}
