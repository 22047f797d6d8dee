/**
 * The days of full-time sickness of a case, as the VPS rules count them: each absence segment from its first day
 * to the day before the resumption (an open absence up to `asOf`, or up to the end of employment).
 *
 * @module
 */
import { daysAfter, minDate, type PlainDate } from '../calendar/index.js';
import type { AbsenceSegment } from '../case/episodes.js';
import type { TrackContext } from '../case/track.js';
import type { DayRange } from './rules/part-time-right.js';

/** A stretch of full-time sickness and the event that started it. */
export type SickRange = DayRange & { readonly ref: string };

/** Sick leave in the VPS sense: illness or a private accident (X 17), not a work accident or occupational disease. */
const isSickLeave = (seg: AbsenceSegment): boolean => seg.cause !== 'work-accident' && seg.cause !== 'occupational-disease';

/** The stretches of full-time sick leave up to `asOf`, in date order. */
export function fullTimeSickLeave(ctx: Pick<TrackContext, 'asOf' | 'episodes' | 'employmentEndedOn'>): SickRange[] {
  const out: SickRange[] = [];
  for (const seg of ctx.episodes.flatMap((ep) => ep.segments)) {
    if (!isSickLeave(seg)) continue;
    const open = seg.resumedOn === undefined ? minDate(ctx.asOf, ctx.employmentEndedOn ?? ctx.asOf) : daysAfter(seg.resumedOn, -1);
    const to = minDate(open, ctx.asOf);
    if (seg.start <= to) out.push({ from: seg.start, to, ref: seg.startRef });
  }
  return out;
}

/** Whether the staff member is on full-time sick leave at `asOf` (an open absence, employment not ended). */
export function absentAt(ctx: Pick<TrackContext, 'episodes' | 'employmentEndedOn'>): boolean {
  const last = ctx.episodes.at(-1)?.segments.at(-1);
  return last !== undefined && last.resumedOn === undefined && isSickLeave(last) && ctx.employmentEndedOn === undefined;
}

/** The absence segment open on `day` (started before it, not yet resumed), if any. */
export function openOn(ctx: Pick<TrackContext, 'episodes'>, day: PlainDate): AbsenceSegment | undefined {
  return ctx.episodes
    .flatMap((ep) => ep.segments)
    .find((seg) => seg.start < day && (seg.resumedOn === undefined || seg.resumedOn > day));
}
