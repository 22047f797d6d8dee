/**
 * Properties of the medical force majeure time rules (fast-check): each term is exactly its number of days from
 * its fact, the earliest start is monotone and never before its threshold, the day the contract may end never
 * comes before the appeal window closed, and the evaluation holds its invariants on generated procedures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysAfter, diffDays, lastedFrom, maxDate, monthsAfter, type PlainDate } from '../../src/calendar/index.js';
import {
  adaptedWorkForm,
  adaptedWorkRequest,
  FM2022_FROM,
  FM2026_FROM,
  fmAppealDecision,
  fmAppealWindow,
  fmNextInvitation,
  fmNoShowEndValid,
  forceMajeureRegime,
  invitation,
  mayEnd,
  mayStart,
  rizivNotification,
} from '../../src/force-majeure/index.js';
import { dateBetween } from '../arbitraries.js';
import { fmDeadlines, fmFlags, run, type Ev } from './scenario.js';

const RUNS = { numRuns: 200 };
const date = dateBetween('2022-01-01', '2027-12-31');

describe('every calendar-day term is exactly its number of days after the fact it counts from', () => {
  const terms: [string, number, (x: PlainDate) => PlainDate][] = [
    ['invitation (at the earliest)', 10, (x) => invitation({ notifiedOn: x }).due],
    ['next invitation (at the earliest)', 14, (x) => fmNextInvitation({ previousInvitation: x }).due],
    ['appeal window', 21, (x) => fmAppealWindow({ receivedByWorker: x }).due],
    ['appeal decision', 42, (x) => fmAppealDecision({ appealReceived: x }).due],
    ['adapted-work request', 7, (x) => adaptedWorkRequest({ receivedByWorker: x }).due],
    ['adapted-work form', 30, (x) => adaptedWorkForm({ requestReceived: x }).due],
    ['RIZIV notification', 45, (x) => rizivNotification({ endedOn: x }).due],
  ];
  it.each(terms)('%s: %i days', (_n, days, f) => {
    fc.assert(fc.property(date, (x) => diffDays(x, f(x)) === days), RUNS);
  });
});

describe('the earliest start (art. 34, Codex I.4-82/1)', () => {
  it('is monotone in the first day of the incapacity', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [s, t] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        return compareDates(mayStart({ uninterruptedSince: s }).due, mayStart({ uninterruptedSince: t }).due) <= 0;
      }),
      RUNS,
    );
  });

  it('is never before 6 months; before 2026 never before 9 months nor 28 November 2022; its regime is that of its date', () => {
    fc.assert(
      fc.property(date, (s) => {
        const r = mayStart({ uninterruptedSince: s });
        expect(compareDates(r.due, lastedFrom(s, { months: 6 }))).toBeGreaterThanOrEqual(0);
        expect(r.regime).toBe(forceMajeureRegime(r.due));
        if (r.regime === 'FM2022') {
          expect(compareDates(r.due, lastedFrom(s, { months: 9 }))).toBeGreaterThanOrEqual(0);
          expect(compareDates(r.due, FM2022_FROM)).toBeGreaterThanOrEqual(0);
        } else {
          expect(compareDates(r.due, FM2026_FROM)).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('is the first day allowed: the day before is not (unless it is 28 November 2022)', () => {
    const allowed = (s: PlainDate, d: PlainDate) =>
      compareDates(d, FM2026_FROM) < 0
        ? compareDates(d, maxDate(FM2022_FROM, lastedFrom(s, { months: 9 }))) >= 0
        : compareDates(d, lastedFrom(s, { months: 6 })) >= 0;
    fc.assert(
      fc.property(date, (s) => {
        const due = mayStart({ uninterruptedSince: s }).due;
        return allowed(s, due) && (due === FM2022_FROM || !allowed(s, daysAfter(due, -1)));
      }),
      RUNS,
    );
  });

  it('after a no-show is never earlier, and never before 6 months from the end of that procedure', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 900 }), (s, k) => {
        const abandonedOn = daysAfter(s, k);
        const plain = mayStart({ uninterruptedSince: s }).due;
        const after = mayStart({ uninterruptedSince: s, abandonedOn }).due;
        return compareDates(after, plain) >= 0 && compareDates(after, monthsAfter(abandonedOn, 6)) >= 0;
      }),
      RUNS,
    );
  });
});

describe('the day the contract may end (art. 34)', () => {
  it('is never before the day after the appeal window, and is the later of that day and the report', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 200 }), (receipt, k) => {
        const windowClosed = daysAfter(fmAppealWindow({ receivedByWorker: receipt }).due, 1);
        const reportOn = daysAfter(receipt, k);
        const r = mayEnd({ receivedByWorker: receipt, adaptedWork: { asked: true, reportOn } });
        expect(r.due).toBe(maxDate(windowClosed, reportOn));
        expect(mayEnd({ receivedByWorker: receipt, adaptedWork: { asked: false } }).due).toBe(windowClosed);
        expect(mayEnd({ receivedByWorker: receipt, appeal: {}, adaptedWork: { asked: false } }).due).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('three unaccepted invitations', () => {
  it('end the procedure lawfully exactly when there are 3 or more, each at least 14 days after the one before', () => {
    fc.assert(
      fc.property(date, fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 0, maxLength: 5 }), (first, gaps) => {
        const dates = gaps.reduce<PlainDate[]>((acc, g) => [...acc, daysAfter(acc.at(-1)!, g)], [first]);
        return fmNoShowEndValid(dates) === (dates.length >= 3 && gaps.every((g) => g >= 14));
      }),
      RUNS,
    );
  });
});

/** A generated procedure: an absence, a notification, invitations, a finding, and any of the later steps. */
const procedureArb = fc
  .record({
    start: dateBetween('2023-01-01', '2026-06-30'),
    notifyAfter: fc.integer({ min: 120, max: 400 }),
    steps: fc.array(
      fc.record({
        after: fc.integer({ min: 0, max: 40 }),
        type: fc.constantFrom(
          'force-majeure.invited',
          'force-majeure.no-show',
          'force-majeure.finding',
          'force-majeure.appeal-lodged',
          'force-majeure.appeal-decided',
          'force-majeure.adapted-work-requested',
          'force-majeure.form-delivered',
          'force-majeure.plan-offered',
          'force-majeure.report-delivered',
          'force-majeure.plan-answered',
          'employment.ended',
          'force-majeure.riziv-notified',
        ),
        flag: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
    asOfAfter: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ start, notifyAfter, steps, asOfAfter }) => {
    const notifiedOn = daysAfter(start, notifyAfter);
    let at = notifiedOn;
    const events: Ev[] = [
      { id: 'a', type: 'absence.started', date: start },
      { id: 'n', type: 'force-majeure.notified', date: notifiedOn, by: 'employer', rightsMentioned: true },
    ];
    steps.forEach((s, i) => {
      at = daysAfter(at, s.after);
      const extra =
        s.type === 'force-majeure.finding'
          ? { definitiveUnfitness: s.flag || i % 3 !== 0, adaptedWorkAsked: !s.flag }
          : s.type === 'force-majeure.appeal-decided'
            ? { outcome: s.flag ? 'confirmed' : 'overturned' }
            : s.type === 'force-majeure.plan-answered'
              ? { answer: s.flag ? 'agreed' : 'refused' }
              : s.type === 'employment.ended'
                ? { reason: s.flag ? 'medical-force-majeure' : 'other' }
                : {};
      events.push({ id: `e${i}`, type: s.type, date: at, ...extra });
    });
    return { events, notifiedOn, asOf: daysAfter(at, asOfAfter) };
  });

describe('the evaluation of generated procedures', () => {
  it('starts the procedure in the regime of its notification and flags a start exactly when it is before the earliest day', () => {
    fc.assert(
      fc.property(procedureArb, ({ events, notifiedOn, asOf }) => {
        const r = run(events, asOf);
        expect(r.forceMajeure[0]?.regime).toBe(forceMajeureRegime(notifiedOn));
        const early = compareDates(notifiedOn, mayStart({ uninterruptedSince: events[0]!.date as PlainDate }).due) < 0;
        expect(fmFlags(r).some((f) => f.reason === 'before-threshold')).toBe(early);
      }),
      RUNS,
    );
  });

  it('never says the contract may end before the may-end day, and flags every end for medical force majeure before it', () => {
    fc.assert(
      fc.property(procedureArb, ({ events, asOf }) => {
        const r = run(events, asOf);
        const end = fmDeadlines(r).find((d) => d.rule === 'force-majeure.may-end');
        if (r.forceMajeure[0]?.status === 'may-end') expect(end?.due !== null && end !== undefined && asOf >= end.due).toBe(true);
        const endedFm = r.forceMajeure[0]?.endReason === 'contract-ended' ? r.forceMajeure[0].endedOn : undefined;
        if (endedFm !== undefined && (end?.due == null || endedFm < end.due)) {
          expect(fmFlags(r).some((f) => f.code === 'force-majeure-end-premature')).toBe(true);
        }
        // After the end of employment nothing of the procedure is still to be done, but the RIZIV notification.
        if (r.absence.status === 'ended') {
          for (const d of fmDeadlines(r)) if (d.rule !== 'force-majeure.riziv-notification') expect(['open', 'due-soon', 'overdue']).not.toContain(d.status);
        }
      }),
      RUNS,
    );
  });

  it('cites its legal basis on every deadline, and gives the same output twice', () => {
    fc.assert(
      fc.property(procedureArb, ({ events, asOf }) => {
        const r = run(events, asOf);
        for (const d of fmDeadlines(r)) {
          expect(d.basis.length).toBeGreaterThan(0);
          if (d.rule === 'force-majeure.appeal-window' || d.rule === 'force-majeure.appeal-decision') {
            expect(d.basis.map((c) => c.article)).toEqual(['I.4-82/1', 'I.4-80']);
          }
        }
        expect(run(events, asOf)).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
