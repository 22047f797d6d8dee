/**
 * The 666 working days of sick leave over the career (VPS X 20): the count at `asOf` and the day from which the
 * line manager may refer the official for definitive unfitness.
 *
 * @module
 */
import { workingDaysAfter, type PlainDate } from '../calendar/index.js';
import { deadline, type DeadlineDraft } from '../case/engine.js';
import type { TrackContext } from '../case/track.js';
import { absentAt, fullTimeSickLeave } from './absences.js';
import {
  definitiveUnfitnessReferralRule,
  REFERRAL_WORKING_DAYS,
  referralPossibleFrom,
  sickLeaveWorkingDays,
} from './rules/definitive-unfitness-referral.js';

/** The count of X 20 at `asOf`, the referral deadline (if there is sick leave to count) and the day it was reached. */
export type ReferralResult = { workingDays: number; deadline: DeadlineDraft | null; reachedOn?: PlainDate };

/** The working days of sick leave at `asOf` and the day from which the referral is possible (or would be). */
export function evaluateReferral(ctx: TrackContext): ReferralResult {
  const before = ctx.employee.sickLeaveWorkingDaysBefore ?? 0;
  const absences = fullTimeSickLeave(ctx);
  const workingDays = sickLeaveWorkingDays({ before, absences }, ctx.calendar);
  const absent = absentAt(ctx);
  if (workingDays === 0 && !absent) return { workingDays, deadline: null };

  const caseStart = ctx.events[0]?.date ?? ctx.asOf;
  // Reached before the case: the first day of the case; reached in it: the 666th day; still absent: projected.
  const due =
    before >= REFERRAL_WORKING_DAYS
      ? caseStart
      : (referralPossibleFrom({ before, absences }, ctx.calendar) ??
        (absent ? workingDaysAfter(ctx.asOf, REFERRAL_WORKING_DAYS - workingDays, ctx.calendar) : null));
  const counted = absences.filter((r) => r.from <= (due ?? ctx.asOf));
  const draft = deadline(
    definitiveUnfitnessReferralRule,
    {
      from: counted[0]?.from ?? caseStart,
      due,
      because: counted.map((r) => r.ref),
      interpretations: ['sick-leave-working-days-of-full-absence', 'referral-from-666th-working-day'],
      ...(ctx.employmentEndedOn !== undefined ? { state: 'void' as const } : {}),
    },
    ctx,
  );
  return { workingDays, deadline: draft, ...(due !== null && due <= ctx.asOf ? { reachedOn: due } : {}) };
}
