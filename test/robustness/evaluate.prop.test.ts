import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { FUZZ_RUNS, dateBetween, options, validCase, validEvent } from '../arbitraries.js';
import type { PlainDate } from '../../src/calendar/index.js';

const runs = (n: number) => ({ numRuns: FUZZ_RUNS ?? n });
const asOfArb = dateBetween('2023-06-01', '2027-12-31');

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** The evaluation without the issues that only say an event was left out or rejected. */
const withoutIssues = <T extends { issues: unknown[] }>(e: T) => ({ ...e, issues: [] });

/**
 * Every object and array of an evaluation that a caller may change (everything not frozen) is reached by one path
 * only: no two places of the output, and no two evaluations, share one. The frozen citations and labels are
 * static rule data, shared on purpose. Returns the first path reached twice.
 */
function sharedPart(outputs: readonly unknown[]): string | undefined {
  const seen = new Map<object, string>();
  const walk = (x: unknown, path: string): string | undefined => {
    if (typeof x !== 'object' || x === null || Object.isFrozen(x)) return undefined;
    const before = seen.get(x);
    if (before !== undefined) return `${path} is also ${before}`;
    seen.set(x, path);
    for (const [k, v] of Object.entries(x)) {
      const found = walk(v, `${path}.${k}`);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (let i = 0; i < outputs.length; i++) {
    const found = walk(outputs[i], `[${i}]`);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('robustness of evaluate (properties)', () => {
  it('no two parts of evaluations share an object or array that callers can change', () => {
    fc.assert(
      fc.property(validCase(), asOfArb, (c, asOf) => {
        // Twice the same case, and with a policy (the rhythm chains), with a due-soon window.
        const outputs = [
          evaluate(c, { asOf }),
          evaluate(c, { asOf }),
          evaluate(c, { asOf, dueSoonDays: 30, policy: { contactEveryDays: 14, followUpEveryDays: 30, nextConversationWithinDays: 21 } }),
        ];
        expect(sharedPart(outputs)).toBeUndefined();
      }),
      runs(200),
    );
  });


  it('never throws on any JSON input, as case or as options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (c, o) => {
        evaluate(c, o);
        evaluate(c, { asOf: '2025-06-01' });
      }),
      runs(300),
    );
  });

  it('never throws on cases with broken events mixed into valid ones', () => {
    const broken = fc.oneof(
      fc.jsonValue(),
      fc.record({ type: fc.constantFrom('formal.assessed', 'work.resumed', 'conversation.held'), date: fc.string() }),
      fc.record({ type: fc.string(), date: dateBetween('2024-01-01', '2026-12-31') }),
    );
    fc.assert(
      fc.property(validCase(), fc.array(broken, { maxLength: 5 }), asOfArb, (c, bad, asOf) => {
        const r = evaluate({ ...c, events: [...c.events, ...bad] }, { asOf });
        expect(Array.isArray(r.deadlines)).toBe(true);
      }),
      runs(150),
    );
  });

  it('valid events are evaluated even when others are rejected, and every rejected one is in issues with its field', () => {
    fc.assert(
      fc.property(validCase(), asOfArb, fc.integer({ min: 0, max: 40 }), (c, asOf, at) => {
        const bad = { id: 'bad', type: 'formal.assessed', date: '2025-02-30', decision: 'A' };
        const events = [...c.events];
        events.splice(Math.min(at, events.length), 0, bad);
        const withBad = evaluate({ ...c, events }, { asOf });
        const clean = evaluate(c, { asOf });
        expect(withoutIssues(withBad)).toEqual(withoutIssues(clean));
        expect(withBad.issues.filter((i) => i.eventId === 'bad')).toMatchObject([
          { code: 'invalid-event', path: ['events', Math.min(at, c.events.length), 'date'] },
        ]);
      }),
      runs(150),
    );
  });

  it('never mutates its input: frozen inputs work and the input is unchanged', () => {
    fc.assert(
      fc.property(validCase(), options(asOfArb), (c, o) => {
        const before = structuredClone(c);
        const frozen = deepFreeze(structuredClone(c));
        const frozenOptions = deepFreeze(structuredClone(o));
        const r1 = evaluate(frozen, frozenOptions);
        const r2 = evaluate(c, o);
        expect(c).toEqual(before);
        expect(r1).toEqual(r2);
      }),
      runs(150),
    );
  });

  it('is deterministic: the same case and options give deep-equal output', () => {
    fc.assert(
      fc.property(validCase(), options(asOfArb), (c, o) => {
        expect(evaluate(c, o)).toEqual(evaluate(structuredClone(c), structuredClone(o)));
      }),
      runs(150),
    );
  });

  it('evaluating at d equals evaluating only the events dated up to d', () => {
    fc.assert(
      fc.property(validCase(), options(asOfArb), (c, o) => {
        const upTo = { ...c, events: c.events.filter((e) => (e['date'] as string) <= o.asOf) };
        const all = evaluate(c, o);
        const cut = evaluate(upTo, o);
        expect(withoutIssues(all)).toEqual(withoutIssues(cut));
        // Same issues, apart from the future events; input indexes differ (the cut case has fewer events).
        const key = (i: { code: string; eventId?: string }) => `${i.code}:${i.eventId ?? ''}`;
        expect(all.issues.filter((i) => i.code !== 'future-event').map(key)).toEqual(cut.issues.map(key));
      }),
      runs(200),
    );
  });

  it('a later event never changes the evaluation at an earlier date', () => {
    fc.assert(
      fc.property(validCase(), asOfArb, (c, asOf) => {
        const extra = fc.sample(validEvent(asOf), 1)[0]!;
        const later = { ...extra, id: 'later', date: '2028-01-01' };
        expect(withoutIssues(evaluate({ ...c, events: [...c.events, later] }, { asOf }))).toEqual(
          withoutIssues(evaluate(c, { asOf })),
        );
      }),
      runs(100),
    );
  });

  it('`__proto__` and `constructor` keys cannot pollute prototypes or the output', () => {
    const texts = [
      '{"__proto__":{"polluted":1},"caseId":"p","events":[{"type":"absence.started","date":"2025-01-06","__proto__":{"polluted":2}}]}',
      '{"caseId":"p","constructor":{"prototype":{"polluted":3}},"events":[{"type":"__proto__","date":"2025-01-06"},{"type":"constructor","date":"2025-01-06"},{"type":"toString","date":"2025-01-06"}]}',
    ];
    for (const text of texts) {
      const r = evaluate(JSON.parse(text) as unknown, JSON.parse('{"asOf":"2025-06-01","__proto__":{"dueSoonDays":1000}}'));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(JSON.stringify(r)).not.toContain('polluted');
    }
    const r = evaluate(JSON.parse(texts[1]!) as unknown, { asOf: '2025-06-01' as PlainDate });
    expect(r.issues.filter((i) => i.code === 'unknown-event-type')).toHaveLength(3);
  });
});
