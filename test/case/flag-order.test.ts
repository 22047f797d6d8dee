/**
 * The flags of an evaluation: critical first, then warnings, then info; within a severity by date; ties keep
 * their order (SPEC section 7). `evaluate` sorts the few flags of a case by insertion, long lists with the
 * builtin sort: both must give the builtin stable sort's order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { byFlagOrder, sortFlags } from '../../src/evaluate.js';
import type { Flag } from '../../src/case/output.js';
import { FUZZ_RUNS, dateBetween, validCase } from '../arbitraries.js';

const flag = fc.record({
  code: fc.constantFrom('overdue', 'due-soon', 'formal-trajectory-required', 'appeal-late'),
  severity: fc.constantFrom('critical', 'warning', 'info'),
  since: dateBetween('2025-12-25', '2026-01-05'),
  // A number to tell equal flags apart: ties must keep their order.
  reason: fc.nat(1000).map(String),
  message: fc.constant({ nl: 'x', en: 'x' }),
}) as fc.Arbitrary<Flag>;

describe('the order of flags', () => {
  it('sortFlags gives the builtin stable sort order, for short and long lists', () => {
    fc.assert(
      fc.property(fc.array(flag, { maxLength: 40 }), (flags) => {
        const expected = [...flags].sort(byFlagOrder);
        const got = [...flags];
        sortFlags(got);
        expect(got).toEqual(expected);
        got.forEach((f, i) => expect(f).toBe(expected[i]));
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
