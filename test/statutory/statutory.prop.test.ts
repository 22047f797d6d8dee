/**
 * Invariants of the VPS rules (X 22 part-time work for illness, X 20 the 666 working days) on generated dates
 * and absences, each checked against a brute-force count day by day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, diffDays, isWorkingDay, lastedFrom, workingDaysAfter, type CalendarOptions, type PlainDate } from '../../src/calendar/index.js';
import { dateBetween } from '../arbitraries.js';
import { absence, grant, of, partTimeBack, run, STATUTORY, type Ev } from './harness.js';

const RUNS = { numRuns: Number(process.env['PROP_RUNS'] ?? 150) };
const referral = 'statutory.definitive-unfitness-referral' as const;

/** A working-day calendar as the options take it. */
type Calendar = { workweek?: 'mon-fri' | 'mon-sat'; extraHolidays?: PlainDate[] };

const calendar: fc.Arbitrary<Calendar> = fc.record(
  {
    workweek: fc.constantFrom('mon-fri' as const, 'mon-sat' as const),
    extraHolidays: fc.constant(['2023-07-11', '2024-07-11', '2025-07-11', '2026-07-11', '2027-07-11', '2028-07-11'] as PlainDate[]),
  },
  { requiredKeys: [] },
);

/** Stretches of full-time sickness after `from`: each `gap` days after the previous resumption, `len` days long. */
const stretches = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 60 }), len: fc.integer({ min: 1, max: 90 }) }), { maxLength: 5 });

type Built = { events: Ev[]; sick: Set<PlainDate>; last: PlainDate };

/**
 * The absence events of the stretches from `from` (resumed part-time, or alternately part-time and full), the
 * last one open up to `asOf` when `openLast`, and the set of their sick days.
 */
function build(
  from: PlainDate,
  parts: ReadonlyArray<{ gap: number; len: number }>,
  openLast: boolean,
  asOf?: PlainDate,
  alternate = true,
): Built {
  const events: Ev[] = [];
  const sick = new Set<PlainDate>();
  let cursor = from;
  parts.forEach(({ gap, len }, k) => {
    const start = daysAfter(cursor, gap);
    const back = daysAfter(start, len);
    const open = openLast && k === parts.length - 1;
    events.push(absence(start, `a${k + 1}`));
    const full = alternate && k % 2 === 1;
    if (!open) events.push(full ? { id: `w${k + 1}`, type: 'work.resumed', date: back, mode: 'full' } : partTimeBack(back, `w${k + 1}`));
    const end = open ? (asOf ?? back) : daysAfter(back, -1);
    for (let d = start; d <= end; d = daysAfter(d, 1)) sick.add(d);
    cursor = back;
  });
  return { events, sick, last: cursor };
}

/** Brute force: the working days of `sick` on or before `upTo`. */
const countUpTo = (sick: Set<PlainDate>, upTo: PlainDate, cal: CalendarOptions) => [...sick].filter((d) => d <= upTo && isWorkingDay(d, cal)).length;

describe('X 22: properties of part-time work for illness', () => {
  it('a period is flagged too long exactly when it lasts past the day before start + 3 months', () => {
    fc.assert(
      fc.property(dateBetween('2023-01-01', '2029-12-31'), fc.integer({ min: 1, max: 120 }), (s, len) => {
        const until = daysAfter(s, len - 1);
        const r = run([grant(s, until)], { asOf: s });
        const limit = lastedFrom(s, { months: 3 });
        // 3 months hold 89 (February) to 92 days.
        expect(diffDays(s, limit)).toBeGreaterThanOrEqual(89);
        expect(diffDays(s, limit)).toBeLessThanOrEqual(92);
        expect(r.flags.some((f) => f.code === 'part-time-period-too-long')).toBe(until >= limit);
        expect(of(r, 'statutory.part-time-period').map((d) => d.due)).toEqual([until]);
      }),
      RUNS,
    );
  });

  it('the right ends exactly on the day the staff member has as many days outside full-time sickness as the 6 months have days', () => {
    fc.assert(
      fc.property(dateBetween('2023-01-01', '2029-06-30'), stretches, (s, parts) => {
        // Part-time from s after an illness; the stretches are resumed part-time, so the series runs on.
        const { events: stretchEvents, sick, last } = build(s, parts, false, undefined, false);
        const events = [absence(daysAfter(s, -30), 'a0'), partTimeBack(s, 'w0'), grant(s, daysAfter(s, 30)), ...stretchEvents];
        const r = run(events, { asOf: daysAfter(last, 30) });
        const days = diffDays(s, lastedFrom(s, { months: 6 }));
        expect(days).toBeGreaterThanOrEqual(181);
        expect(days).toBeLessThanOrEqual(184);
        let counted = 0;
        let end = s;
        for (let d = s; ; d = daysAfter(d, 1)) {
          if (!sick.has(d)) counted += 1;
          if (counted === days) {
            end = d;
            break;
          }
        }
        const due = of(r, 'statutory.part-time-right').map((d) => d.due);
        expect(due).toEqual([end]);
        expect(sick.has(end)).toBe(false);
      }),
      RUNS,
    );
  });

  it('a later period is a favour exactly when it runs past the end of the right', () => {
    fc.assert(
      fc.property(dateBetween('2023-01-01', '2029-06-30'), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 80 }), (s, offset, len) => {
        const from = daysAfter(s, offset);
        const until = daysAfter(from, len);
        const r = run([grant(s, daysAfter(s, 30)), grant(from, until, 'g2')], { asOf: from });
        const rightUntil = r.statutory?.partTime.rightUntil;
        expect(rightUntil).toBe(daysAfter(lastedFrom(s, { months: 6 }), -1));
        expect(r.flags.filter((f) => f.code === 'part-time-favour').length).toBe(until > rightUntil! ? 1 : 0);
        expect(r.statutory?.partTime.status).toBe(from <= rightUntil! ? 'right' : 'favour');
      }),
      RUNS,
    );
  });
});

describe('X 20: properties of the 666 working days', () => {
  it('the count equals a day-by-day count of the working days of full absence, and never decreases with asOf', () => {
    fc.assert(
      fc.property(
        dateBetween('2023-01-01', '2028-06-30'),
        stretches,
        fc.boolean(),
        calendar,
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 300 }),
        (b, parts, openLast, cal, x, y, before) => {
          const [early, late] = [daysAfter(b, Math.min(x, y)), daysAfter(b, Math.max(x, y))];
          const employee = { ...STATUTORY, sickLeaveWorkingDaysBefore: before };
          const count = (asOf: PlainDate) => {
            const built = build(b, parts, openLast, asOf);
            const events = built.events.filter((e) => e.date <= asOf);
            return { got: run(events, { asOf, calendar: cal }, employee).statutory!.sickLeaveWorkingDays, brute: before + countUpTo(built.sick, asOf, cal) };
          };
          const first = count(early);
          const second = count(late);
          expect(first.got).toBe(first.brute);
          expect(second.got).toBe(second.brute);
          expect(second.got).toBeGreaterThanOrEqual(first.got);
          expect(second.got - first.got).toBeLessThanOrEqual(diffDays(early, late));
        },
      ),
      RUNS,
    );
  });

  it('the referral date is the 666th working day of sick leave (or, still absent, where it will fall)', () => {
    fc.assert(
      fc.property(dateBetween('2023-01-01', '2028-06-30'), stretches, fc.boolean(), calendar, fc.integer({ min: 560, max: 665 }), (b, parts, openLast, cal, before) => {
        const built = build(b, parts, openLast);
        const asOf = daysAfter(built.last, 1);
        const sickUpTo = build(b, parts, openLast, asOf).sick;
        const employee = { ...STATUTORY, sickLeaveWorkingDaysBefore: before };
        const r = run(built.events, { asOf, calendar: cal }, employee);
        const found = of(r, referral);
        const count = before + countUpTo(sickUpTo, asOf, cal);
        expect(found).toHaveLength(1);
        const due = found[0]!.due;
        if (count >= 666) {
          expect(due).not.toBeNull();
          expect(isWorkingDay(due!, cal)).toBe(true);
          expect(before + countUpTo(sickUpTo, due!, cal)).toBe(666);
          expect(before + countUpTo(sickUpTo, daysAfter(due!, -1), cal)).toBe(665);
          expect(r.statutory?.referralPossibleFrom).toBe(due);
        } else if (openLast && parts.length > 0) {
          expect(due).toBe(workingDaysAfter(asOf, 666 - count, cal));
          const then = run(built.events, { asOf: due!, calendar: cal }, employee);
          expect(then.statutory?.referralPossibleFrom).toBe(due);
          expect(then.statutory?.sickLeaveWorkingDays).toBe(666);
        } else {
          expect(due).toBeNull();
          expect(found[0]!.status).toBe('pending');
        }
      }),
      RUNS,
    );
  });
});
