/**
 * fast-check arbitraries for cases: valid but adversarial event streams (every event type, duplicates, same-day
 * events, any order) and arbitrary JSON. Shared by the robustness properties and the fuzz run.
 */
import fc from 'fast-check';
import { daysAfter, fromDayNumber, toDayNumber, type PlainDate } from '../src/calendar/index.js';

export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 0) || undefined;

/** A date between two dates (inclusive). */
export const dateBetween = (from: string, to: string): fc.Arbitrary<PlainDate> =>
  fc.integer({ min: toDayNumber(from as PlainDate), max: toDayNumber(to as PlainDate) }).map(fromDayNumber);

const oneOf = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** One valid event of any type, dated `offset` days after `base`. */
export const validEvent = (base: PlainDate): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(fc.integer({ min: -30, max: 420 }), fc.integer({ min: 0, max: 60 }), fc.nat(1_000_000))
    .chain(([offset, extra, seed]) => {
      const date = daysAfter(base, offset);
      const later = daysAfter(date, extra);
      return fc.oneof(
        fc.record({ type: fc.constant('absence.started'), date: fc.constant(date), cause: oneOf(['illness', 'accident', 'work-accident', 'occupational-disease']) }),
        fc.record({ type: fc.constant('work.resumed'), date: fc.constant(date), mode: oneOf(['full', 'part-time', 'adapted', 'other-work']) }),
        fc.constant({ type: 'employment.ended', date }),
        fc.constant({ type: 'certificate.definitive-unfitness', date }),
        fc.constant({ type: 'contact.agreed', date }),
        fc.constant({ type: 'contact.agreed', date, disconnectUntil: later }),
        fc.record({ type: fc.constant('contact.made'), date: fc.constant(date), by: oneOf(['manager', 'coach', 'colleague', 'hr']) }),
        fc.constant({ type: 'occupational-physician.notified', date }),
        fc.constant({ type: 'occupational-physician.informed-worker', date }),
        fc.constant({ type: 'conversation.planned', date, on: later }),
        fc.constant({ type: 'conversation.held', date, outcome: 'not-yet-possible' }),
        fc.record({ type: fc.constant('conversation.held'), date: fc.constant(date), outcome: fc.constant('resumption-possible'), attentionPoints: fc.boolean() }),
        fc.record({ type: fc.constant('arrangements.agreed'), date: fc.constant(date), by: oneOf(['manager', 'coach']) }),
        fc.constant({ type: 'deviation.recorded', date, reason: 'complex case' }),
        fc.constant({ type: 'deviation.recorded', date, reason: 'complex case', until: later }),
        fc.constant({ type: 'smt.referred', date }),
        fc.constant({ type: 'smt.advised', date }),
        fc.constant({ type: 'second-line.consulted', date }),
        fc.constant({ type: 'follow-up.held', date }),
        fc.record({ type: fc.constant('pre-resumption-visit.requested'), date: fc.constant(date), by: oneOf(['worker', 'employer']) }),
        fc.constant({ type: 'pre-resumption-visit.held', date }),
        fc.constant({ type: 'return-to-work-exam.held', date }),
        fc.constant({ type: 'work-potential.requested', date }),
        fc.constant({ type: 'work-potential.waived', date, reason: 'resumption-expected-within-6-months' }),
        fc.record({ type: fc.constant('work-potential.assessed'), date: fc.constant(date), potential: fc.boolean() }),
        fc.record({
          type: fc.constant('formal.requested'),
          date: fc.constant(date),
          initiator: oneOf(['worker', 'treating-physician', 'employer']),
          workerConsent: fc.boolean(),
          earlyRestartAllowed: fc.boolean(),
        }),
        fc.constant({ type: 'formal.invited', date }),
        fc.constant({ type: 'formal.no-show', date }),
        fc.record({
          type: fc.constant('formal.assessed'),
          date: fc.constant(date),
          decision: oneOf(['A', 'B', 'C']),
          receivedByEmployer: fc.constant(seed % 2 ? later : date),
          receivedByWorker: fc.constant(seed % 3 ? date : later),
        }),
        fc.constant({ type: 'formal.appeal-lodged', date }),
        fc.record({ type: fc.constant('formal.appeal-decided'), date: fc.constant(date), outcome: oneOf(['confirmed', 'overturned']) }),
        fc.constant({ type: 'formal.plan-offered', date }),
        fc.record({ type: fc.constant('formal.report-delivered'), date: fc.constant(date), reasonCode: oneOf(['no-adapted-work', 'technically-impossible', 'not-reasonably-required', 'other']) }),
        fc.record({ type: fc.constant('formal.plan-answered'), date: fc.constant(date), answer: oneOf(['agreed', 'refused']) }),
        fc.constant({ type: 'formal.worker-contacted', date }),
        fc.constant({ type: 'formal.plan-deemed-refused', date }),
        fc.constant({ type: 'formal.plan-reviewed', date }),
        fc.record({ type: fc.constant('employment.ended'), date: fc.constant(date), reason: oneOf(['medical-force-majeure', 'other']) }),
        fc.record({ type: fc.constant('force-majeure.notified'), date: fc.constant(date), by: oneOf(['employer', 'worker']), rightsMentioned: fc.boolean() }),
        fc.constant({ type: 'force-majeure.invited', date }),
        fc.constant({ type: 'force-majeure.no-show', date }),
        fc.record({
          type: fc.constant('force-majeure.finding'),
          date: fc.constant(date),
          definitiveUnfitness: fc.boolean(),
          adaptedWorkAsked: fc.boolean(),
          receivedByWorker: fc.constant(seed % 2 ? later : date),
        }),
        fc.constant({ type: 'force-majeure.appeal-lodged', date }),
        fc.record({ type: fc.constant('force-majeure.appeal-decided'), date: fc.constant(date), outcome: oneOf(['confirmed', 'overturned']) }),
        fc.constant({ type: 'force-majeure.adapted-work-requested', date }),
        fc.constant({ type: 'force-majeure.form-delivered', date }),
        fc.constant({ type: 'force-majeure.plan-offered', date }),
        fc.constant({ type: 'force-majeure.report-delivered', date }),
        fc.record({ type: fc.constant('force-majeure.plan-answered'), date: fc.constant(date), answer: oneOf(['agreed', 'refused']) }),
        fc.constant({ type: 'force-majeure.riziv-notified', date }),
        fc.record({ type: fc.constant('part-time-illness.granted'), date: fc.constant(date), until: fc.constant(daysAfter(later, 30)), percentage: fc.integer({ min: 1, max: 99 }) }),
      );
    });

/** A valid case: an absence start and 0..40 events of any type around it, each with a unique id. */
export const validCase = (from = '2023-06-01', to = '2026-10-31'): fc.Arbitrary<{ caseId: string; entity?: string; events: Record<string, unknown>[] }> =>
  dateBetween(from, to).chain((start) =>
    fc
      .record({
        events: fc.array(validEvent(start), { maxLength: 40 }),
        entity: fc.option(oneOf(['A', 'B', 'C']), { nil: undefined }),
        underHealthSurveillance: fc.boolean(),
        status: fc.option(oneOf(['statutory', 'contractual']), { nil: undefined }),
        sickLeaveWorkingDaysBefore: fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined }),
      })
      .map(({ events, entity, underHealthSurveillance, status, sickLeaveWorkingDaysBefore }) => ({
        caseId: `case-${start}`,
        ...(entity !== undefined ? { entity } : {}),
        employee: {
          underHealthSurveillance,
          ...(status !== undefined ? { status } : {}),
          ...(sickLeaveWorkingDaysBefore !== undefined ? { sickLeaveWorkingDaysBefore } : {}),
        },
        events: [{ type: 'absence.started', date: start }, ...events].map((e, i) => ({ id: `e${i}`, ...e })),
      })),
  );

/** Realistic evaluation options, including the interpretation and rollover switches. */
export const options = (asOf: fc.Arbitrary<PlainDate>) =>
  fc.record(
    {
      asOf,
      employerHeadcount: fc.integer({ min: 0, max: 500 }),
      dueSoonDays: fc.integer({ min: 0, max: 30 }),
      rollover: oneOf(['none', 'next-working-day'] as const),
      calendar: fc.record({ workweek: oneOf(['mon-fri', 'mon-sat'] as const) }),
      policy: fc.record({
        contactEveryDays: fc.integer({ min: 1, max: 60 }),
        nextConversationWithinDays: fc.integer({ min: 1, max: 90 }),
        followUpEveryDays: fc.integer({ min: 1, max: 90 }),
      }, { requiredKeys: [] }),
      interpretations: fc.record({ planAfterB: oneOf(['from-appeal-outcome', 'from-form'] as const) }),
    },
    { requiredKeys: ['asOf'] },
  );
