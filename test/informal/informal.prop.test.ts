/**
 * Legal invariants of the informal track, checked on generated cases (fast-check). The cases come from the shared
 * arbitraries (every event type, same-day events, any order); dates from 2024 on, when the omzendbrief applies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../freeze.js';
import { daysAfter, diffDays, monthsAfter, type PlainDate } from '../../src/calendar/index.js';
import type { Deadline } from '../../src/case/output.js';
import { dateBetween, options, validCase, validEvent } from '../arbitraries.js';
import { absence, escalationFlags, of, resumed, track, type Ev } from './harness.js';
import { validateCase } from '../../src/case/validate.js';
import { informalTransition, initialInformalState } from '../../src/informal/transition.js';

const RUNS = { numRuns: Number(process.env["PROP_RUNS"] ?? 150) };
const start = dateBetween('2024-01-01', '2030-12-31');

/** Informal events that never end the track nor start a new absence. */
const informalEvent = (s: PlainDate): fc.Arbitrary<Ev> =>
  fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 })).chain(([offset, extra]) => {
    const date = daysAfter(s, offset);
    return fc.oneof(
      fc.constant({ type: 'contact.agreed', date, disconnectUntil: daysAfter(date, extra) }),
      fc.constant({ type: 'contact.made', date }),
      fc.constant({ type: 'conversation.planned', date, on: daysAfter(date, extra) }),
      fc.constant({ type: 'conversation.held', date, outcome: 'not-yet-possible' }),
      fc.boolean().map((attentionPoints) => ({ type: 'conversation.held', date, outcome: 'resumption-possible', attentionPoints })),
      fc.constantFrom('manager', 'coach').map((by) => ({ type: 'arrangements.agreed', date, by })),
      fc.constant({ type: 'deviation.recorded', date, reason: 'complex' }),
      fc.constant({ type: 'deviation.recorded', date, reason: 'complex', until: daysAfter(date, extra) }),
      fc.constant({ type: 'smt.referred', date }),
    );
  });

/** The shared arbitrary adds an employee record that its declared type does not show. */
const employeeOf = (c: object): { underHealthSurveillance?: boolean } =>
  (c as { employee?: { underHealthSurveillance?: boolean } }).employee ?? {};

const withIds = (events: readonly Ev[]): Ev[] => events.map((e, i) => ({ ...e, id: `e${i}` }));

describe('informal track: properties', () => {
  it('the first conversation is due exactly monthsAfter(s, 2), within the 2 months after s', () => {
    fc.assert(
      fc.property(start, (s) => {
        const [c] = of(track([absence(s)], { asOf: s }), 'informal.first-conversation');
        expect(c?.due).toBe(monthsAfter(s, 2));
        const days = diffDays(s, c!.due!);
        // Two calendar months are 59 to 62 days; a clamped end (31 December -> 28 February) is never later.
        expect(days).toBeGreaterThanOrEqual(59);
        expect(days).toBeLessThanOrEqual(62);
        expect(Number(c!.due!.slice(8))).toBeLessThanOrEqual(Number(s.slice(8)));
      }),
      RUNS,
    );
  });

  it('the escalation for lack of a conversation always starts the day after monthsAfter(s, 4)', () => {
    fc.assert(
      fc.property(
        start.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: 400 }), fc.array(informalEvent(s), { maxLength: 8 }))),
        ([s, later, extra]) => {
          const events = withIds([absence(s), ...extra.filter((e) => e.type !== 'conversation.held')]);
          const asOf = daysAfter(s, later);
          const since = daysAfter(monthsAfter(s, 4), 1);
          const flags = escalationFlags(track(events, { asOf })).filter((f) => f.reason === 'no-conversation-within-4-months');
          expect(flags.map((f) => f.since)).toEqual(asOf >= since ? [since] : []);
        },
      ),
      RUNS,
    );
  });

  it('a relapse within 14 days never moves the first-conversation due date', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 150 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 200 }), (s, k, j, later) => {
        const back = daysAfter(s, k);
        const relapse = daysAfter(back, j);
        const asOf = daysAfter(relapse, later);
        const r = track([absence(s), resumed(back), absence(relapse, 'a2')], { asOf });
        expect(of(r, 'informal.first-conversation').map((x) => x.due)).toEqual([monthsAfter(s, 2)]);
        expect(r.status).toBe('contact');
      }),
      RUNS,
    );
  });

  it('evaluating at d equals evaluating only the events dated up to d (informal and health parts)', () => {
    fc.assert(
      fc.property(
        validCase('2024-01-01', '2026-10-31').chain((c) =>
          fc.tuple(fc.constant(c), options(dateBetween(c.events[0]!['date'] as string, '2027-12-31'))),
        ),
        ([c, opts]) => {
          const events = c.events as Ev[];
          const upTo = events.filter((e) => e.date <= opts.asOf);
          const all = track(events, opts, employeeOf(c));
          const known = track(upTo, opts, employeeOf(c));
          expect(all.deadlines).toEqual(known.deadlines);
          expect(all.flags).toEqual(known.flags);
          expect(all.actions).toEqual(known.actions);
          expect(all.status).toEqual(known.status);
          const issueKeys = (o: typeof all) =>
            o.issues.filter((i) => i.code !== 'future-event').map((i) => [i.code, i.severity, i.eventId ?? null]);
          expect(issueKeys(all)).toEqual(issueKeys(known));
        },
      ),
      RUNS,
    );
  });

  it('a formal request always clears the formal-trajectory-required flag of its absence', () => {
    fc.assert(
      fc.property(
        start.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.array(informalEvent(s), { maxLength: 10 }),
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 0, max: 100 }),
            fc.constantFrom('worker', 'treating-physician', 'employer'),
          ),
        ),
        ([s, extra, at, after, initiator]) => {
          const requestedOn = daysAfter(s, at);
          const asOf = daysAfter(requestedOn, after);
          const events = withIds([absence(s), ...extra, { type: 'formal.requested', date: requestedOn, initiator }]);
          const r = track(events, { asOf });
          expect(escalationFlags(r)).toEqual([]);
          expect(r.status).toBe('escalated');
          // Without the request the same case may well require it: the request is what clears it.
          for (const d of of(r, 'formal.start-required')) expect(['met', 'met-late']).toContain(d.status);
        },
      ),
      RUNS,
    );
  });

  it('adding later events never makes a met deadline unmet', () => {
    const key = (d: Deadline) => `${d.rule}|${d.because[0] ?? ''}|${d.metOn ?? ''}`;
    const isMet = (d: Deadline) => d.status === 'met' || d.status === 'met-late';
    fc.assert(
      fc.property(
        validCase('2024-01-01', '2026-10-31').chain((c) => {
          const events = c.events as Ev[];
          const last = events.map((e) => e.date).sort().at(-1) as PlainDate;
          return fc.tuple(fc.constant(c), fc.constant(last), validEvent(last), fc.record({ contactEveryDays: fc.integer({ min: 1, max: 30 }), followUpEveryDays: fc.integer({ min: 1, max: 30 }) }));
        }),
        ([c, last, extra, policy]) => {
          fc.pre((extra['date'] as string) >= last);
          const asOf = extra['date'] as PlainDate;
          const events = c.events as Ev[];
          const before = track(events, { asOf, policy }, employeeOf(c));
          const after = track([...events, { ...(extra as Ev), id: 'extra' }], { asOf, policy }, employeeOf(c));
          const metAfter = new Set(after.deadlines.filter(isMet).map(key));
          for (const d of before.deadlines.filter(isMet)) expect(metAfter).toContain(key(d));
        },
      ),
      RUNS,
    );
  });

  it('every deadline has a legal basis and only known citation sources', () => {
    fc.assert(
      fc.property(
        validCase('2024-01-01', '2026-10-31').chain((c) => fc.tuple(fc.constant(c), options(dateBetween('2024-01-01', '2027-12-31')))),
        ([c, opts]) => {
          const r = track(c.events as Ev[], opts, employeeOf(c));
          for (const d of r.deadlines) {
            expect(d.basis.length).toBeGreaterThan(0);
            for (const b of d.basis) expect(['codex', 'omzendbrief', 'ago-guidance']).toContain(b.source);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('the pure reducer (informalTransition)', () => {
  it('changes none of the states it is given', () => {
    fc.assert(
      fc.property(validCase('2024-01-01', '2026-10-31'), (input) => {
        const v = validateCase(input, '2026-12-31' as PlainDate);
        const events = v.events;
        const first = events[0]!;
        if (first.type !== 'absence.started') return;
        // Pure: every intermediate state kept, each frozen deeply as it comes (a change would throw).
        let pure = initialInformalState(first);
        const seen: string[] = [JSON.stringify(pure)];
        const kept = [pure];
        for (let i = 1; i < events.length; i++) {
          deepFreeze(pure);
          pure = informalTransition(pure, events[i]!);
          kept.push(pure);
          seen.push(JSON.stringify(pure));
        }
        kept.forEach((s, i) => expect(JSON.stringify(s)).toBe(seen[i]));
        // The same events again give the same final state.
        expect(events.slice(1).reduce(informalTransition, initialInformalState(first))).toEqual(pure);
      }),
      RUNS,
    );
  });
});
