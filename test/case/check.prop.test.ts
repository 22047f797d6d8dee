/**
 * The hand-written boundary checks (`src/case/check.ts`) are the zod schemas (`src/case/schema.ts`), faster: on
 * any input they accept what the schemas accept, return the same data (same keys, same order) and reject with the
 * same issues (path and message) in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEnvelope, checkEvent, checkOptions, checkValidatedEvent, EVENT_KINDS, isEventType, kindOfType, type CheckIssue } from '../../src/case/check.js';
import { caseEnvelopeSchema, EVENT_TYPES, eventSchemas, evaluateOptionsSchema } from '../../src/case/schema.js';
import { FUZZ_RUNS } from '../arbitraries.js';
import { toDayNumber } from '../../src/calendar/index.js';

const runs = FUZZ_RUNS ?? 3000;

/** Values that probe every branch: valid ones of each field kind and near misses. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -0,
    1,
    1.5,
    -1,
    366,
    367,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53,
    -(2 ** 53),
    1e300,
    '',
    'x',
    'x'.repeat(201),
    'x'.repeat(2001),
    '\u{1F600}'.repeat(150),
    '\u{1F600}'.repeat(201),
    '\u{1F600}'.repeat(1001),
    '\ud83d',
    { length: 0 },
    { length: 300 },
    { length: 'x' },
    '2025-03-10',
    '2025-02-29',
    '2024-02-29',
    '1899-12-31',
    '2025-13-01',
    '2025-3-10',
    '2025-03-10T00:00',
    'illness',
    'full',
    'manager',
    'coach',
    'worker',
    'employer',
    'treating-physician',
    'not-yet-possible',
    'resumption-possible',
    'A',
    'B',
    'C',
    'D',
    'confirmed',
    'overturned',
    'agreed',
    'refused',
    'other',
    'resumption-expected-within-6-months',
    'mon-fri',
    'mon-sat',
    'none',
    'next-working-day',
    'from-form',
    'statutory',
    [],
    {},
    new Date(0),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -3, max: 400 }),
  fc.double(),
  fc.array(fc.constantFrom('2025-01-01', '2025-02-30', 3, null), { maxLength: 4 }),
);

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x ?? null)) as unknown;
const keysDeep = (x: unknown): unknown =>
  x !== null && typeof x === 'object'
    ? Array.isArray(x)
      ? x.map(keysDeep)
      : Object.entries(x).map(([k, v]) => [k, keysDeep(v)])
    : x;
const zodIssues = (issues: readonly { path: PropertyKey[]; message: string }[]): CheckIssue[] =>
  issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));

/** An object with some of `keys` (random values, sometimes valid ones) and sometimes an unknown key. */
const objectWith = (keys: readonly string[], valid: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc
    .tuple(
      fc.subarray([...keys]),
      fc.dictionary(fc.constantFrom(...keys), anyValue),
      fc.record(valid, { requiredKeys: [] }),
      fc.boolean(),
    )
    .map(([present, random, good, extra]) => {
      const o: Record<string, unknown> = {};
      for (const k of present) o[k] = k in good ? (good as Record<string, unknown>)[k] : random[k];
      if (extra) o['unknownKey'] = 1;
      return o;
    });

describe('checkEvent is eventSchemas[type].safeParse', () => {
  it('same verdict, same data and key order, same issues', () => {
    const arb = fc.constantFrom(...EVENT_TYPES).chain((type) => {
      const keys = Object.keys(eventSchemas[type].shape).filter((k) => k !== 'type');
      return objectWith(keys, { date: fc.constant('2025-03-10') }).map((o) => ({ type, raw: { ...o, type } }));
    });
    fc.assert(
      fc.property(arb, ({ type, raw }) => {
        const z = eventSchemas[type].safeParse(raw);
        const issues: CheckIssue[] = [];
        const ours = checkEvent(raw, type, issues);
        if (z.success) {
          expect(issues).toEqual([]);
          expect(keysDeep(ours)).toEqual(keysDeep(z.data));
          expect(Object.keys(ours!)).toEqual(Object.keys(z.data));
        } else {
          expect(ours).toBeUndefined();
          expect(issues).toEqual(zodIssues(z.error.issues));
        }
      }),
      { numRuns: runs },
    );
  });

  it('checkValidatedEvent: the same verdict and issues; the schema data, in one fixed shape with ref and index', () => {
    const arb = fc.constantFrom(...EVENT_TYPES).chain((type) => {
      const keys = Object.keys(eventSchemas[type].shape).filter((k) => k !== 'type');
      return objectWith(keys, { date: fc.constant('2025-03-10') }).map((o) => ({ type, raw: { ...o, type } }));
    });
    let shape: string[] | undefined;
    fc.assert(
      fc.property(arb, fc.nat(1000), ({ type, raw }, index) => {
        const z = eventSchemas[type].safeParse(raw);
        const issues: CheckIssue[] = [];
        const ours = checkValidatedEvent(raw, type, issues, `#${index}`, index);
        if (z.success) {
          expect(issues).toEqual([]);
          const { ref, index: at, day, kind, ...rest } = ours as unknown as Record<string, unknown>;
          expect([ref, at]).toEqual([`#${index}`, index]);
          // The day number of the date, for comparisons as numbers, and the number of the type.
          expect(day).toBe(toDayNumber(z.data.date));
          expect(EVENT_KINDS[kind as number]).toBe(type);
          // Every key of the schema's output is there with its value; any other key is undefined.
          for (const [k, v] of Object.entries(z.data)) expect(rest[k]).toBe(v);
          for (const [k, v] of Object.entries(rest)) if (!(k in z.data)) expect(v, k).toBeUndefined();
          // One shape (the same keys in the same order) for every event type.
          shape ??= Object.keys(ours!);
          expect(Object.keys(ours!)).toEqual(shape);
        } else {
          expect(ours).toBeUndefined();
          expect(issues).toEqual(zodIssues(z.error.issues));
        }
      }),
      { numRuns: runs },
    );
  });

  it('knows exactly the event types of the schema', () => {
    expect(EVENT_TYPES.every(isEventType)).toBe(true);
    // The event-type numbers: every type of the contract, in its order, each its own number.
    expect(EVENT_KINDS).toEqual(EVENT_TYPES);
    expect(EVENT_TYPES.map(kindOfType)).toEqual(EVENT_TYPES.map((_, i) => i));
    expect(kindOfType('toString' as never)).toBe(-1);
    expect(['toString', '__proto__', 'constructor', 'absence', ''].some(isEventType)).toBe(false);
  });
});

describe('checkEnvelope is caseEnvelopeSchema.safeParse', () => {
  it('same verdict, data and issues', () => {
    const arb = fc.oneof(
      anyValue,
      objectWith(['caseId', 'entity', 'employee', 'events'], {
        caseId: fc.constant('c-1'),
        events: fc.constant([]),
        employee: objectWith(['underHealthSurveillance', 'status']),
      }),
      // Mostly valid envelopes, around the length limits and with surrogate pairs (the fast path and the table).
      objectWith(['caseId', 'entity', 'employee', 'events'], {
        caseId: fc.oneof(fc.string({ minLength: 0, maxLength: 3 }), fc.string({ minLength: 199, maxLength: 202 }), fc.constant('😀'), fc.constant('😀'.repeat(101))),
        entity: fc.oneof(fc.string({ minLength: 0, maxLength: 3 }), fc.string({ minLength: 199, maxLength: 202 }), fc.constant(undefined)),
        events: fc.constant([]),
        employee: objectWith(['underHealthSurveillance', 'status'], {
          underHealthSurveillance: fc.oneof(fc.boolean(), fc.constant(undefined)),
          status: fc.constantFrom('statutory', 'contractual', undefined),
        }),
      }),
    );
    fc.assert(
      fc.property(arb, (input) => {
        const z = caseEnvelopeSchema.safeParse(input);
        const ours = checkEnvelope(input);
        expect(ours.success).toBe(z.success);
        if (z.success && ours.success) expect(keysDeep(ours.data)).toEqual(keysDeep(z.data));
        if (!z.success && !ours.success) expect(ours.issues).toEqual(zodIssues(z.error.issues));
      }),
      { numRuns: runs },
    );
  });
});

describe('checkOptions is evaluateOptionsSchema.safeParse', () => {
  it('same verdict, data and issues', () => {
    const arb = fc.oneof(
      anyValue,
      objectWith(
        ['asOf', 'employerHeadcount', 'dueSoonDays', 'calendar', 'rollover', 'policy', 'interpretations'],
        {
          asOf: fc.constant('2025-06-30'),
          calendar: objectWith(['workweek', 'extraHolidays']),
          policy: objectWith(['contactEveryDays', 'nextConversationWithinDays', 'followUpEveryDays']),
          interpretations: objectWith(['planAfterB']),
        },
      ),
    );
    fc.assert(
      fc.property(arb, (input) => {
        const z = evaluateOptionsSchema.safeParse(input);
        const ours = checkOptions(input);
        expect(ours.success).toBe(z.success);
        if (z.success && ours.success) {
          expect(keysDeep(ours.data)).toEqual(keysDeep(z.data));
          expect(plain(ours.data)).toEqual(plain(z.data));
        }
        if (!z.success && !ours.success) expect(ours.issues).toEqual(zodIssues(z.error.issues));
      }),
      { numRuns: runs },
    );
  });

  it('reports only the size of a too long list of extra holidays, like zod', () => {
    const input = { asOf: '2025-06-30', calendar: { extraHolidays: [...Array<string>(10_001).fill('2025-01-01'), 'bad'] } };
    const z = evaluateOptionsSchema.safeParse(input);
    const ours = checkOptions(input);
    expect(ours.success).toBe(false);
    if (!z.success && !ours.success) expect(ours.issues).toEqual(zodIssues(z.error.issues));
  });
});
