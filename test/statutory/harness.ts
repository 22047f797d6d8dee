/**
 * Test helpers for the VPS track: cases of a statutory staff member evaluated through `evaluate` itself, and the
 * events they are made of.
 */
import { evaluate } from '../../src/evaluate.js';
import type { Deadline, Evaluation } from '../../src/case/output.js';
import type { EvaluateOptionsInput } from '../../src/case/schema.js';
import type { RuleId } from '../../src/rules/types.js';

export type Ev = Record<string, unknown> & { type: string; date: string };
export type Employee = { status?: 'statutory' | 'contractual'; sickLeaveWorkingDaysBefore?: number };

export const STATUTORY: Employee = { status: 'statutory' };

/** Evaluates `events` of a staff member (statutory unless told otherwise). */
export function run(events: readonly Ev[], options: EvaluateOptionsInput, employee: Employee = STATUTORY): Evaluation {
  return evaluate({ caseId: 'vps', employee, events: [...events] }, options);
}

export const absence = (date: string, id = 'a1', cause?: string): Ev => ({ id, type: 'absence.started', date, ...(cause !== undefined ? { cause } : {}) });
export const partTimeBack = (date: string, id = 'w1'): Ev => ({ id, type: 'work.resumed', date, mode: 'part-time' });
export const fullBack = (date: string, id = 'f1'): Ev => ({ id, type: 'work.resumed', date, mode: 'full' });
export const grant = (date: string, until: string, id = 'g1'): Ev => ({ id, type: 'part-time-illness.granted', date, until });
export const ended = (date: string, id = 'e1'): Ev => ({ id, type: 'employment.ended', date });

/** A full-time illness from `sickFrom`, then part-time work for illness granted from `from` to `until`. */
export const illnessThenPartTime = (sickFrom: string, from: string, until: string): Ev[] => [
  absence(sickFrom, 'a0'),
  partTimeBack(from, 'w0'),
  grant(from, until),
];

/** The deadlines of one rule. */
export const of = (r: Evaluation, rule: RuleId): Deadline[] => r.deadlines.filter((d) => d.rule === rule);

/** The one deadline of a rule (fails the test when there is not exactly one). */
export function one(r: Evaluation, rule: RuleId): Deadline {
  const found = of(r, rule);
  if (found.length !== 1) throw new Error(`expected one ${rule}, got ${found.length}`);
  return found[0]!;
}

/** The citations of the VPS track, as the output carries them. */
export const CITE = {
  x20: { source: 'vps', article: 'X 20', url: 'https://overheid.vlaanderen.be/BVR_Deel10-T4' },
  x22: { source: 'vps', article: 'X 22', url: 'https://overheid.vlaanderen.be/BVR_Deel10-T4' },
  agoPartTime: {
    source: 'ago-guidance',
    article: 'deeltijdse prestaties wegens ziekte',
    url: 'https://overheid.vlaanderen.be/personeel/verloven-afwezigheden-en-werktijdregeling/deeltijdse-prestaties-wegens-ziekte',
  },
  agoPartTimeStaff: {
    source: 'ago-guidance',
    article: 'deeltijdse prestaties wegens ziekte: doelgroep en duur',
    url: 'https://www.vlaanderen.be/intern/deeltijdse-prestaties-wegens-ziekte/doelgroep-en-duur',
  },
} as const;
