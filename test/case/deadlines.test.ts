import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/case/deadlines.js';
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
