/**
 * The flags of an evaluation: critical first, then warnings, then info; within a severity by date; ties keep
 * their order (SPEC section 7).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { byFlagOrder } from '../../src/evaluate.js';
import type { Flag } from '../../src/case/output.js';
import { FUZZ_RUNS, dateBetween, validCase } from '../arbitraries.js';

const flag = fc.record({
  code: fc.constantFrom('overdue', 'due-soon', 'formal-trajectory-required', 'appeal-late'),
  severity: fc.constantFrom('critical', 'warning', 'info'),
  since: dateBetween('2025-12-25', '2026-01-05'),
  // A number to tell equal flags apart: ties must keep their order.
  reason: fc.nat(1000).map(String),
  message: fc.constant({ nl: 'x', en: 'x', fr: 'x' }),
}) as fc.Arbitrary<Flag>;

describe('the order of flags', () => {
  it('byFlagOrder: critical before warning before info, then by date', () => {
    const f = (severity: Flag['severity'], since: string): Flag => ({ code: 'overdue', severity, since: since as Flag['since'], message: { nl: 'x', en: 'x', fr: 'x' } });
    expect(byFlagOrder(f('critical', '2026-01-05'), f('warning', '2025-01-01'))).toBeLessThan(0);
    expect(byFlagOrder(f('info', '2025-01-01'), f('warning', '2026-01-05'))).toBeGreaterThan(0);
    expect(byFlagOrder(f('info', '2025-12-31'), f('info', '2026-01-01'))).toBeLessThan(0);
    expect(byFlagOrder(f('warning', '2026-01-01'), f('warning', '2026-01-01'))).toBe(0);
  });

  it('sorting by byFlagOrder is a total preorder: antisymmetric and transitive on any flags', () => {
    fc.assert(
      fc.property(flag, flag, flag, (a, b, c) => {
        expect(Math.sign(byFlagOrder(a, b))).toBe(-Math.sign(byFlagOrder(b, a)) || 0);
        if (byFlagOrder(a, b) <= 0 && byFlagOrder(b, c) <= 0) expect(byFlagOrder(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: FUZZ_RUNS ?? 300 },
    );
  });

  it('critical first, then warnings, then info; within a severity by date, in every evaluation', () => {
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    fc.assert(
      fc.property(validCase(), dateBetween('2024-01-01', '2027-12-31'), (c, asOf) => {
        const flags = evaluate(c, { asOf, dueSoonDays: 60 }).flags;
        for (let i = 1; i < flags.length; i++) {
          const a = flags[i - 1]!;
          const b = flags[i]!;
          expect(rank[a.severity] < rank[b.severity] || (a.severity === b.severity && a.since <= b.since)).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS ?? 200 },
    );
  });
});
