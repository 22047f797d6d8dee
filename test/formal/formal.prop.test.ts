/**
 * Legal invariants of the formal trajectory, checked on generated cases (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../freeze.js';
import {
  compareDates,
  daysAfter,
  diffDays,
  fromDayNumber,
  lastedFrom,
  monthsAfter,
  toDayNumber,
  type PlainDate,
} from '../../src/calendar/index.js';
import type { Evaluation } from '../../src/case/output.js';
import { evaluate } from '../../src/evaluate.js';
import { ruleById } from '../../src/rules/registry.js';
import { FORMAL_ISSUES, type Ev } from './scenario.js';
import { buildEpisodes } from '../../src/case/episodes.js';
import type { TrackContext } from '../../src/case/track.js';
import { validateCase, type ValidatedEvent } from '../../src/case/validate.js';
import { reduceTrajectories } from '../../src/formal/index.js';
import { formalTransition, initialFormalState, isActive, isFormalEvent, type FormalState } from '../../src/formal/reducer.js';

const RUNS = { numRuns: 150 };

const dateArb = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from as PlainDate), max: toDayNumber(to as PlainDate) }).map((n) => fromDayNumber(n));

const at = (d: PlainDate, n: number) => daysAfter(d, n);

/** A plausible case: an absence, a request, invitations, a decision, maybe an appeal, a plan, an answer, plus noise. */
const caseArb = fc
  .record({
    absenceStart: dateArb('2022-08-01', '2026-10-31'),
    requestAfter: fc.integer({ min: 0, max: 150 }),
    initiator: fc.constantFrom('worker', 'treating-physician', 'employer'),
    workerConsent: fc.boolean(),
    earlyRestartAllowed: fc.boolean(),
    invitationGaps: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }),
    noShow: fc.boolean(),
    decisionGap: fc.integer({ min: 1, max: 70 }),
    decision: fc.constantFrom('A', 'B', 'C'),
    receiptLag: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    appeal: fc.option(
      fc.record({
        gap: fc.integer({ min: 1, max: 30 }),
        outcome: fc.option(fc.constantFrom('confirmed', 'overturned'), { nil: undefined }),
        outcomeGap: fc.integer({ min: 1, max: 60 }),
        reDecision: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    plan: fc.option(
      fc.record({
        gap: fc.integer({ min: 1, max: 220 }),
        report: fc.boolean(),
        answer: fc.option(fc.constantFrom('agreed', 'refused'), { nil: undefined }),
        answerGap: fc.integer({ min: 1, max: 30 }),
        contact: fc.option(fc.integer({ min: 10, max: 25 }), { nil: undefined }),
        deemed: fc.boolean(),
        reviews: fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 2 }),
      }),
      { nil: undefined },
    ),
    potential: fc.option(fc.record({ offset: fc.integer({ min: 0, max: 200 }), value: fc.boolean() }), { nil: undefined }),
    noise: fc.array(
      fc.record({
        offset: fc.integer({ min: -30, max: 500 }),
        type: fc.constantFrom(
          'formal.requested',
          'formal.invited',
          'formal.assessed',
          'formal.appeal-lodged',
          'formal.plan-offered',
          'formal.plan-answered',
          'formal.worker-contacted',
          'formal.plan-deemed-refused',
          'work.resumed',
          'absence.started',
          'employment.ended',
          'certificate.definitive-unfitness',
          'work-potential.requested',
          'work-potential.waived',
        ),
      }),
      { maxLength: 4 },
    ),
    headcount: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    rollover: fc.constantFrom('none', 'next-working-day'),
    planAfterB: fc.constantFrom('from-appeal-outcome', 'from-form'),
  })
  .map((g) => {
    const evs: Omit<Ev, 'id'>[] = [{ type: 'absence.started', date: g.absenceStart }];
    const req = at(g.absenceStart, g.requestAfter);
    evs.push({
      type: 'formal.requested',
      date: req,
      initiator: g.initiator,
      workerConsent: g.workerConsent,
      earlyRestartAllowed: g.earlyRestartAllowed,
    });
    let t = req;
    for (const gap of g.invitationGaps) {
      t = at(t, gap);
      evs.push({ type: 'formal.invited', date: t });
    }
    if (g.noShow && g.invitationGaps.length > 0) {
      evs.push({ type: 'formal.no-show', date: at(t, 3) });
    } else {
      t = at(t, g.decisionGap);
      const receipts = g.receiptLag === undefined ? {} : { receivedByEmployer: at(t, g.receiptLag), receivedByWorker: at(t, g.receiptLag) };
      evs.push({ type: 'formal.assessed', date: t, decision: g.decision, ...receipts });
      if (g.appeal) {
        t = at(t, g.appeal.gap);
        evs.push({ type: 'formal.appeal-lodged', date: t });
        if (g.appeal.outcome) {
          t = at(t, g.appeal.outcomeGap);
          evs.push({ type: 'formal.appeal-decided', date: t, outcome: g.appeal.outcome });
          if (g.appeal.reDecision) {
            t = at(t, 5);
            evs.push({ type: 'formal.assessed', date: t, decision: g.appeal.reDecision });
          }
        }
      }
      if (g.plan) {
        t = at(t, g.plan.gap);
        if (g.plan.report) {
          evs.push({ type: 'formal.report-delivered', date: t, reasonCode: 'other' });
        } else {
          const offered = t;
          evs.push({ type: 'formal.plan-offered', date: offered });
          if (g.plan.contact !== undefined) evs.push({ type: 'formal.worker-contacted', date: at(offered, g.plan.contact) });
          if (g.plan.answer) {
            t = at(offered, g.plan.answerGap);
            evs.push({ type: 'formal.plan-answered', date: t, answer: g.plan.answer });
            for (const r of g.plan.reviews) {
              t = at(t, r);
              evs.push({ type: 'formal.plan-reviewed', date: t });
            }
          } else if (g.plan.deemed) {
            evs.push({ type: 'formal.plan-deemed-refused', date: at(offered, 30) });
          }
        }
      }
    }
    if (g.potential) {
      evs.push({ type: 'work-potential.assessed', date: at(g.absenceStart, g.potential.offset), potential: g.potential.value });
    }
    for (const n of g.noise) {
      const date = at(g.absenceStart, n.offset);
      const extra: Record<string, unknown> =
        n.type === 'formal.requested'
          ? { initiator: 'worker' }
          : n.type === 'formal.assessed'
            ? { decision: 'A' }
            : n.type === 'formal.plan-answered'
              ? { answer: 'agreed' }
              : n.type === 'work.resumed'
                ? { mode: 'full' }
                : n.type === 'work-potential.waived'
                  ? { reason: 'resumption-expected-within-6-months' }
                  : {};
      evs.push({ type: n.type, date, ...extra });
    }
    // Input in date order (stable), with ids: the events up to any day are then a prefix of the input.
    const sorted = evs
      .map((e, i) => ({ e, i }))
      .sort((a, b) => compareDates(a.e.date as PlainDate, b.e.date as PlainDate) || a.i - b.i)
      .map(({ e }, i) => ({ id: `e${i}`, ...e }) as Ev);
    const options: Record<string, unknown> = {
      rollover: g.rollover,
      interpretations: { planAfterB: g.planAfterB },
      ...(g.headcount !== undefined ? { employerHeadcount: g.headcount } : {}),
    };
    const last = sorted.reduce((m, e) => (compareDates(e.date as PlainDate, m) > 0 ? (e.date as PlainDate) : m), g.absenceStart);
    return { events: sorted, options, last };
  });

const evaluateAt = (events: Ev[], asOf: string, options: Record<string, unknown> = {}): Evaluation =>
  evaluate({ caseId: 'p', events }, { asOf, ...options });

const formalView = (r: Evaluation) => ({
  trajectories: r.trajectories,
  deadlines: r.deadlines.filter((d) => d.rule.startsWith('formal.')),
  flags: r.flags.filter((f) => f.rule?.startsWith('formal.') === true),
  issues: r.issues.filter((i) => FORMAL_ISSUES.has(i.code)),
});

describe('properties of the formal trajectory', () => {
  it('the assessment is due exactly 49 days after the receipt', () => {
    fc.assert(
      fc.property(dateArb('2022-09-30', '2027-12-31'), (receipt) => {
        const r = evaluateAt([{ id: 'r', type: 'formal.requested', date: receipt, initiator: 'worker' }], receipt);
        const d = r.deadlines.filter((x) => x.rule === 'formal.assessment');
        expect(d).toHaveLength(1);
        expect(diffDays(receipt, d[0]!.due!)).toBe(49);
      }),
      RUNS,
    );
  });

  it("plan after A is due 63 days after the employer's receipt", () => {
    fc.assert(
      fc.property(
        dateArb('2022-09-30', '2027-06-30'),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (receipt, k, lag) => {
          const decided = daysAfter(receipt, k);
          const employerReceipt = daysAfter(decided, lag);
          const r = evaluateAt(
            [
              { id: 'r', type: 'formal.requested', date: receipt, initiator: 'worker' },
              { id: 'a', type: 'formal.assessed', date: decided, decision: 'A', receivedByEmployer: employerReceipt },
            ],
            decided,
          );
          const d = r.deadlines.filter((x) => x.rule === 'formal.plan-after-a');
          expect(d).toHaveLength(1);
          expect(diffDays(employerReceipt, d[0]!.due!)).toBe(63);
        },
      ),
      RUNS,
    );
  });

  it('an appeal window exists only after decision B', () => {
    fc.assert(
      fc.property(caseArb, ({ events, options, last }) => {
        const r = evaluateAt(events, last, options);
        const byId = new Map(events.map((e) => [e.id, e]));
        for (const d of r.deadlines.filter((x) => x.rule === 'formal.appeal-window')) {
          expect(byId.get(d.because[0]!)).toMatchObject({ type: 'formal.assessed', decision: 'B' });
        }
        const decisions = events.filter((e) => e.type === 'formal.assessed').map((e) => e['decision']);
        if (!decisions.includes('B')) expect(r.deadlines.map((x) => x.rule)).not.toContain('formal.appeal-window');
      }),
      RUNS,
    );
  });

  it('a missed obligation never changes the state', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 800 }), ({ events, options, last }, later) => {
        const now = evaluateAt(events, last, options);
        const then = evaluateAt(events, daysAfter(last, later), options);
        expect(then.trajectories).toEqual(now.trajectories);
      }),
      RUNS,
    );
  });

  it('evaluating at d equals evaluating the events up to d', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -40, max: 900 }), ({ events, options }, offset) => {
        const d = daysAfter(events[0]!.date as PlainDate, offset);
        const all = formalView(evaluateAt(events, d, options));
        const upTo = formalView(evaluateAt(events.filter((e) => compareDates(e.date as PlainDate, d) <= 0), d, options));
        expect(all).toEqual(upTo);
      }),
      RUNS,
    );
  });

  it('a relapse within 14 days never resets uninterruptedSince (the employer may request 3 months after the first day)', () => {
    fc.assert(
      fc.property(
        dateArb('2022-10-01', '2025-08-01'),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 13 }),
        (start, worked, k) => {
          const resumed = daysAfter(start, worked);
          const relapse = daysAfter(resumed, k);
          const r = evaluateAt(
            [
              { id: 'a1', type: 'absence.started', date: start },
              { id: 'w', type: 'work.resumed', date: resumed, mode: 'part-time' },
              { id: 'a2', type: 'absence.started', date: relapse },
            ],
            relapse,
          );
          expect(r.absence.uninterruptedSince).toBe(start);
          const may = r.deadlines.filter((x) => x.rule === 'formal.employer-may-request');
          expect(may.map((x) => x.due)).toEqual([lastedFrom(start, { months: 3 })]);
          expect(may[0]!.status).not.toBe('void');
        },
      ),
      RUNS,
    );
  });

  it('a relapse after the first 14 days of a resumption starts a new count', () => {
    fc.assert(
      fc.property(dateArb('2022-10-01', '2025-06-01'), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 14, max: 60 }), (start, worked, k) => {
        const resumed = daysAfter(start, worked);
        const relapse = daysAfter(resumed, k);
        const r = evaluateAt(
          [
            { id: 'a1', type: 'absence.started', date: start },
            { id: 'w', type: 'work.resumed', date: resumed, mode: 'full' },
            { id: 'a2', type: 'absence.started', date: relapse },
          ],
          relapse,
        );
        const live = r.deadlines.filter((x) => x.rule === 'formal.employer-may-request' && x.status !== 'void');
        expect(live.map((x) => x.due)).toEqual([lastedFrom(relapse, { months: 3 })]);
      }),
      RUNS,
    );
  });

  it('the regime is R2026 iff start >= 2026-01-01', () => {
    fc.assert(
      fc.property(dateArb('2022-09-30', '2028-12-31'), (receipt) => {
        const r = evaluateAt([{ id: 'r', type: 'formal.requested', date: receipt, initiator: 'worker' }], receipt);
        const start = daysAfter(receipt, 1);
        expect(r.trajectories[0]!.regime === 'R2026').toBe(compareDates(start, '2026-01-01' as PlainDate) >= 0);
        expect(r.trajectories[0]!.regime).not.toBe('R2016');
      }),
      RUNS,
    );
  });

  it('every formal deadline cites at least one Codex article, and only interpretations its rule declares', () => {
    fc.assert(
      fc.property(caseArb, ({ events, options, last }) => {
        const r = evaluateAt(events, last, options);
        for (const d of r.deadlines.filter((x) => x.rule.startsWith('formal.') && x.rule !== 'formal.start-required')) {
          expect(d.basis.some((c) => c.source === 'codex' && /^I\.4-\d+/.test(c.article ?? ''))).toBe(true);
          const declared = (ruleById(d.rule).interpretations ?? []).map((i) => i.id);
          for (const id of d.interpretations ?? []) expect(declared).toContain(id);
        }
      }),
      RUNS,
    );
  });

  it('deadlines are never before the event that created them (except earliest dates)', () => {
    fc.assert(
      fc.property(caseArb, ({ events, options, last }) => {
        const r = evaluateAt(events, daysAfter(last, 30), options);
        const byId = new Map(events.map((e) => [e.id, e]));
        for (const d of r.deadlines) {
          if (!d.rule.startsWith('formal.') || d.rule === 'formal.start-required' || d.kind === 'earliest' || d.due === null) continue;
          const creator = byId.get(d.because[0]!);
          expect(creator).toBeDefined();
          expect(compareDates(d.due, creator!.date as PlainDate)).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('the plan after B never falls before 6 months after the form, whatever the appeal', () => {
    fc.assert(
      fc.property(caseArb, ({ events, options, last }) => {
        const r = evaluateAt(events, last, options);
        const byId = new Map(events.map((e) => [e.id, e]));
        for (const d of r.deadlines.filter((x) => x.rule === 'formal.plan-after-b' && x.due !== null)) {
          const b = byId.get(d.because[0]!)!;
          const form = (b['receivedByEmployer'] ?? b.date) as PlainDate;
          expect(compareDates(d.due!, monthsAfter(form, 6))).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});

describe('reduceTrajectories is the pure reducer run per trajectory; formalTransition changes no state', () => {
  /** The loop of reduceTrajectories written with the pure reducer, every state frozen deeply before its next step. */
  function pureTrajectories(events: readonly ValidatedEvent[]): FormalState[] {
    const states: FormalState[] = [];
    let endedOn: string | undefined;
    for (const e of events) {
      if (!isFormalEvent(e)) continue;
      const last = states[states.length - 1];
      if (e.type === 'formal.requested' && (last === undefined || !isActive(last))) {
        if (endedOn === undefined) states.push(initialFormalState(e));
        continue;
      }
      if (e.type === 'employment.ended') endedOn = e.date;
      if (last === undefined) continue;
      states[states.length - 1] = formalTransition(deepFreeze(last), e, {});
    }
    return states;
  }

  it('the same final states as the pure reducer, on plausible cases', () => {
    fc.assert(
      fc.property(caseArb, ({ events, last }) => {
        const asOf = last as PlainDate;
        const v = validateCase({ caseId: 'p', events }, asOf);
        const { episodes, employmentEndedOn } = buildEpisodes(v.events);
        const ctx: TrackContext = { asOf, options: { asOf }, calendar: {}, deadline: (d) => d, employee: {}, events: v.events, episodes, employmentEndedOn };
        expect(reduceTrajectories(ctx).states).toEqual(pureTrajectories(v.events));
        // A frozen state goes through every event: the reducer copies, it never changes its input.
        const first = v.events.find((e) => e.type === 'formal.requested');
        if (first !== undefined && isFormalEvent(first)) {
          const s0 = deepFreeze(initialFormalState(first as Parameters<typeof initialFormalState>[0]));
          for (const e of v.events) if (isFormalEvent(e)) formalTransition(s0, e, {});
        }
      }),
      RUNS,
    );
  });
});
