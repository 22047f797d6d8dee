import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deadlineStatus, finalizeDeadlines } from '../../src/case/deadlines.js';
import type { RuleId } from '../../src/rules/types.js';
import type { PlainDate } from '../../src/calendar/index.js';
import type { Evaluation } from '../../src/case/output.js';
import { evaluate } from '../../src/evaluate.js';
import { ruleById } from '../../src/rules/registry.js';

const d = (s: string) => s as PlainDate;

describe('deadline status at asOf (SPEC section 7)', () => {
  const due = d('2025-05-10');
  it.each([
    ['2025-05-02', 'open'],
    ['2025-05-03', 'due-soon'],
    ['2025-05-10', 'due-soon'],
    ['2025-05-11', 'overdue'],
  ] as const)('an unmet obligation due 2025-05-10 is, at %s, %s (7 days due-soon)', (asOf, status) => {
    expect(deadlineStatus('obligation', { due }, d(asOf), 7)).toBe(status);
  });

  it('met on the due date is met; one day later is met-late', () => {
    expect(deadlineStatus('obligation', { due, metOn: d('2025-05-10') }, d('2025-06-01'), 7)).toBe('met');
    expect(deadlineStatus('obligation', { due, metOn: d('2025-05-11') }, d('2025-06-01'), 7)).toBe('met-late');
  });

  it('an obligation without due date is open until met', () => {
    expect(deadlineStatus('obligation', { due: null }, d('2030-01-01'), 7)).toBe('open');
    expect(deadlineStatus('obligation', { due: null, metOn: d('2025-01-01') }, d('2030-01-01'), 7)).toBe('met');
  });

  it('suspended, waived and void apply only while unmet', () => {
    expect(deadlineStatus('obligation', { due, state: 'suspended' }, d('2025-06-01'), 7)).toBe('suspended');
    expect(deadlineStatus('obligation', { due, state: 'void', metOn: d('2025-05-01') }, d('2025-06-01'), 7)).toBe('met');
  });

  it('rights are open, met (used, even late: the late use is flagged separately) or expired', () => {
    expect(deadlineStatus('right', { due }, d('2025-05-10'), 7)).toBe('open');
    expect(deadlineStatus('right', { due }, d('2025-05-11'), 7)).toBe('expired');
    expect(deadlineStatus('right', { due, metOn: d('2025-05-01') }, d('2025-05-11'), 7)).toBe('met');
  });

  it('earliest dates are pending before and reached from the date itself', () => {
    expect(deadlineStatus('earliest', { due }, d('2025-05-09'), 7)).toBe('pending');
    expect(deadlineStatus('earliest', { due }, d('2025-05-10'), 7)).toBe('reached');
  });

  it('dueSoonDays 0 makes only the due date itself due-soon', () => {
    expect(deadlineStatus('obligation', { due }, d('2025-05-09'), 0)).toBe('open');
    expect(deadlineStatus('obligation', { due }, d('2025-05-10'), 0)).toBe('due-soon');
  });
});

describe('static rule data in the output', () => {
  const at = (asOf: string) =>
    evaluate({ caseId: 'c', events: [{ id: 'a', type: 'absence.started', date: '2026-01-05' }] }, { asOf });

  it('citations and labels are the frozen registry objects; the arrays holding them are new for every output', () => {
    const one = at('2026-02-20');
    const two = at('2026-02-20');
    const first = (r: Evaluation) => r.deadlines.find((x) => x.rule === 'informal.first-conversation')!;
    const action = one.actions.find((x) => x.rule === 'informal.first-conversation')!;
    expect(first(one).basis).toEqual(ruleById('informal.first-conversation').basis);
    expect(first(one).basis[0]).toBe(ruleById('informal.first-conversation').basis[0]);
    expect(first(one).label).toBe(ruleById('informal.first-conversation').label);
    expect(Object.isFrozen(first(one).basis[0])).toBe(true);
    expect(Object.isFrozen(first(one).label)).toBe(true);
    expect(() => {
      (first(one).basis[0] as { article?: string }).article = 'changed';
    }).toThrow(TypeError);
    // Each output has arrays of its own: changing one changes no other output and no later evaluation.
    expect(first(one).basis).not.toBe(first(two).basis);
    expect(action.basis).not.toBe(first(one).basis);
    first(one).basis.length = 0;
    first(one).because.push('x');
    expect(action.basis.length).toBeGreaterThan(0);
    expect(first(two).basis.length).toBeGreaterThan(0);
    expect(first(at('2026-02-20')).because).toEqual(['a']);
  });

  it('the contact duties cite Codex I.4-71/2 from 1 January 2026 (shared, frozen citations)', () => {
    const arrangement = at('2026-01-06').deadlines.find((x) => x.rule === 'informal.contact-arrangement')!;
    expect(arrangement.basis.map((c) => c.article ?? c.source)).toEqual(['omzendbrief', 'informeel traject, stap 1', 'I.4-71/2']);
    expect(arrangement.basis.every((c) => Object.isFrozen(c))).toBe(true);
  });
});

describe('the order of deadlines and actions', () => {
  const RULE_IDS = ['informal.first-conversation', 'formal.assessment', 'health.inform-worker', 'formal.plan-after-a', 'informal.keep-contact'] as const;
  const draftArb = fc.record({
    rule: fc.constantFrom(...RULE_IDS),
    due: fc.option(fc.constantFrom('2024-02-29', '2024-03-01', '2025-12-31', '2026-01-01', '1900-01-01', '2199-12-31'), { nil: null }),
    trajectory: fc.option(fc.oneof(fc.nat(3), fc.constant(2 ** 20), fc.constant(2 ** 31)), { nil: undefined }),
    tag: fc.nat(),
  });
  const byLaw = (a: { due: string | null; rule: string; trajectory?: number | undefined }, b: typeof a): number =>
    (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.trajectory ?? -1) - (b.trajectory ?? -1);

  it('by due date (none last), rule id and trajectory; ties keep the order of the drafts, short and long lists alike', () => {
    fc.assert(
      fc.property(fc.array(draftArb, { maxLength: 40 }), (specs) => {
        const drafts = specs.map((x) => ({
          rule: x.rule as RuleId,
          from: d('1900-01-01'),
          due: x.due === null ? null : d(x.due),
          because: [`t${x.tag}`],
          trajectory: x.trajectory,
        }));
        const expected = drafts.map((x, i) => ({ ...x, i })).sort((a, b) => byLaw(a, b) || a.i - b.i);
        const { deadlines, actions } = finalizeDeadlines(drafts, d('2025-06-01'), 7);
        expect(deadlines.map((x) => x.because[0])).toEqual(expected.map((x) => x.because[0]));
        // Actions keep the same order: a subsequence of the deadlines.
        const pos = actions.map((a) => deadlines.findIndex((x) => x.rule === a.rule && x.due === a.due && x.trajectory === a.trajectory));
        expect([...pos].sort((a, b) => a - b)).toEqual(pos);
      }),
      { numRuns: 500 },
    );
  });
});
