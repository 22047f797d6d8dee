import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/case/deadlines.js';
import type { PlainDate } from '../../src/calendar/index.js';

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
