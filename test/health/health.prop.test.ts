/**
 * Legal invariants of the health-surveillance duties (Codex I.4-4 §3, I.4-34, I.4-36), on generated dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, diffDays, isWorkingDay, workingDaysAfter, type PlainDate } from '../../src/calendar/index.js';
import { dateBetween } from '../arbitraries.js';
import { absence, of, resumed, track } from '../informal/harness.js';

const RUNS = { numRuns: Number(process.env['PROP_RUNS'] ?? 150) };
const date = dateBetween('2022-10-01', '2030-12-31');
const calendar = fc.record(
  {
    workweek: fc.constantFrom('mon-fri' as const, 'mon-sat' as const),
    extraHolidays: fc.constant(['2025-07-11', '2026-07-11', '2027-07-11'] as PlainDate[]),
  },
  { requiredKeys: [] },
);

describe('health duties: properties', () => {
  it('the notification is always due on the 29th day of the absence (start + 28), never moved without rollover', () => {
    fc.assert(
      fc.property(date, (s) => {
        expect(of(track([absence(s)], { asOf: s }), 'health.notify-occupational-physician').map((x) => x.due)).toEqual([daysAfter(s, 28)]);
      }),
      RUNS,
    );
  });

  it('the return-to-work exam is owed exactly when the absence lasted 28 days or more, due on the 10th working day after', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 90 }), calendar, (s, days, cal) => {
        const back = daysAfter(s, days);
        const r = track([absence(s), resumed(back)], { asOf: back, calendar: cal }, { underHealthSurveillance: true });
        const exams = of(r, 'health.return-to-work-exam');
        if (days < 28) {
          expect(exams).toEqual([]);
          return;
        }
        expect(exams.map((x) => x.due)).toEqual([workingDaysAfter(back, 10, cal)]);
        const due = exams[0]!.due!;
        expect(isWorkingDay(due, cal)).toBe(true);
        // 10 working days take at least 10 (Monday to Saturday) and, around Christmas and Easter, under 20 days.
        expect(diffDays(back, due)).toBeGreaterThanOrEqual(10);
        expect(diffDays(back, due)).toBeLessThan(20);
      }),
      RUNS,
    );
  });

  it('the pre-resumption visit is due on a working day, 10 working days after the request; employer requests count from 2026', () => {
    fc.assert(
      fc.property(date, fc.constantFrom('worker' as const, 'employer' as const), calendar, (on, by, cal) => {
        const r = track([{ id: 'r', type: 'pre-resumption-visit.requested', date: on, by }], { asOf: on, calendar: cal });
        const visits = of(r, 'health.pre-resumption-visit');
        if (by === 'employer' && on < '2026-01-01') {
          expect(visits).toEqual([]);
          expect(r.issues.map((i) => i.code)).toEqual(['out-of-sequence']);
          return;
        }
        expect(visits.map((x) => x.due)).toEqual([workingDaysAfter(on, 10, cal)]);
        expect(isWorkingDay(visits[0]!.due!, cal)).toBe(true);
      }),
      RUNS,
    );
  });
});
