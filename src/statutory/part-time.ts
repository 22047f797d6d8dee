/**
 * Part-time work for illness (VPS X 22): the granted periods grouped into series, a series being ended by a
 * complete resumption; per series the right of the first 6 months (extended by the days of full-time sickness),
 * per period its end, and the flags for a period over 3 months or granted as a favour.
 *
 * @module
 */
import { daysAfter, maxDate, type PlainDate } from '../calendar/index.js';
import { deadline, type DeadlineDraft } from '../case/engine.js';
import type { Flag, StatutoryPosition } from '../case/output.js';
import type { TrackContext } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import type { SickRange } from './absences.js';
import { partTimePeriod, partTimePeriodRule } from './rules/part-time-period.js';
import { daysWithin, partTimeRightRule, partTimeRightUntil } from './rules/part-time-right.js';

/** A `part-time-illness.granted` event. */
export type Grant = Extract<ValidatedEvent, { type: 'part-time-illness.granted' }>;

/** Grants from one first period up to a complete resumption (or the end of employment). */
export type Series = {
  readonly start: PlainDate;
  readonly grants: Grant[];
  /** The day of the complete resumption (or the end of employment) that ended the series. */
  endedOn?: PlainDate;
  endedRef?: string;
};

/** What ends a series: a complete resumption, or the end of employment. */
type Ending = { readonly date: PlainDate; readonly ref: string };

/** The complete resumptions (`work.resumed`, mode full) and the end of employment, in date order. */
export function endings(ctx: Pick<TrackContext, 'events'>): Ending[] {
  return ctx.events
    .filter((e) => (e.type === 'work.resumed' && e.mode === 'full') || e.type === 'employment.ended')
    .map((e) => ({ date: e.date, ref: e.ref }));
}

/**
 * Groups the grants (in date order) into series: a grant after a complete resumption that followed the series'
 * start begins a new series, with a new right.
 */
export function partTimeSeries(grants: readonly Grant[], ends: readonly Ending[]): Series[] {
  const out: Series[] = [];
  const endAfter = (start: PlainDate) => ends.find((x) => x.date > start);
  for (const g of grants) {
    const current = out.at(-1);
    if (current !== undefined && (current.endedOn === undefined || g.date < current.endedOn)) {
      current.grants.push(g);
      continue;
    }
    const series: Series = { start: g.date, grants: [g] };
    const end = endAfter(g.date);
    if (end !== undefined) {
      series.endedOn = end.date;
      series.endedRef = end.ref;
    }
    out.push(series);
  }
  return out;
}

/** The deadlines and flags of one series, and the last day of its right. */
export type SeriesResult = { deadlines: DeadlineDraft[]; flags: Flag[]; rightUntil: PlainDate };

/** The right of a series, its periods and their flags. */
export function evaluateSeries(series: Series, sick: readonly SickRange[], ctx: TrackContext): SeriesResult {
  // Full-time sickness counts while the series runs: up to the day before it ended.
  const lastDay = series.endedOn !== undefined ? daysAfter(series.endedOn, -1) : ctx.asOf;
  const within = sick.filter((r) => r.from <= lastDay).map((r) => ({ ...r, to: r.to < lastDay ? r.to : lastDay }));
  const rightUntil = partTimeRightUntil({ from: series.start, fullTimeSick: within });
  const extendedBy = within.filter((r) => daysWithin([r], { from: series.start, to: rightUntil }) > 0).map((r) => r.ref);
  const ended = (until: PlainDate) => series.endedOn !== undefined && series.endedOn <= until;
  const closing = series.endedRef !== undefined ? [series.endedRef] : [];
  const first = series.grants[0]!;

  const right = deadline(
    partTimeRightRule,
    {
      from: series.start,
      due: rightUntil,
      because: [first.ref, ...extendedBy, ...(ended(rightUntil) ? closing : [])],
      interpretations: ['part-time-right-from-first-period', 'part-time-right-extended-by-full-time-sick-days', 'part-time-new-right-after-full-resumption'],
      ...(ended(rightUntil) ? { state: 'void' as const } : {}),
    },
    ctx,
  );
  const periods = series.grants.map((g) =>
    deadline(
      partTimePeriodRule,
      {
        from: g.date,
        due: g.until,
        because: ended(g.until) ? [g.ref, ...closing] : [g.ref],
        interpretations: ['part-time-period-3-months-first-day-included'],
        ...(ended(g.until) ? { state: 'void' as const } : {}),
      },
      ctx,
    ),
  );
  const flags = series.grants.flatMap((g) => periodFlags(g, rightUntil, series.endedOn));
  return { deadlines: [right, ...periods], flags, rightUntil };
}

/** The flags of one period: longer than 3 months; (partly) after the right, a favour. */
function periodFlags(g: Grant, rightUntil: PlainDate, endedOn: PlainDate | undefined): Flag[] {
  const out: Flag[] = [];
  const { maxUntil, tooLong } = partTimePeriod({ from: g.date, until: g.until });
  if (tooLong) {
    out.push({
      code: 'part-time-period-too-long',
      severity: 'warning',
      since: g.date,
      rule: partTimePeriodRule.id,
      message: {
        nl: `De periode van deeltijdse prestaties wegens ziekte van ${g.date} tot en met ${g.until} duurt langer dan 3 maanden (ten hoogste tot en met ${maxUntil}; VPS X 22).`,
        en: `The period of part-time work for illness from ${g.date} to ${g.until} lasts longer than 3 months (at most until ${maxUntil}; VPS X 22).`,
        fr: `La période de prestations à temps partiel pour cause de maladie du ${g.date} au ${g.until} inclus dure plus de 3 mois (au plus tard jusqu'au ${maxUntil} inclus ; VPS X 22).`,
      },
    });
  }
  const favourFrom = maxDate(g.date, daysAfter(rightUntil, 1));
  if (favourFrom <= g.until && (endedOn === undefined || favourFrom < endedOn)) {
    out.push({
      code: 'part-time-favour',
      severity: 'info',
      since: g.date,
      rule: partTimeRightRule.id,
      message: {
        nl: `Het recht op deeltijdse prestaties wegens ziekte liep tot en met ${rightUntil}: vanaf ${favourFrom} is de periode tot en met ${g.until} een gunst, waarvoor ook het akkoord van de lijnmanager nodig is (VPS X 22).`,
        en: `The right to part-time work for illness ran until ${rightUntil}: from ${favourFrom} the period until ${g.until} is a favour, which also needs the line manager's agreement (VPS X 22).`,
        fr: `Le droit aux prestations à temps partiel pour cause de maladie courait jusqu'au ${rightUntil} inclus : à partir du ${favourFrom}, la période jusqu'au ${g.until} inclus est une faveur, qui requiert aussi l'accord du supérieur hiérarchique (lijnmanager) (VPS X 22).`,
      },
    });
  }
  return out;
}

/** The part-time position at `asOf`: of the last series, unless a complete resumption ended it. */
export function partTimePosition(series: readonly Series[], results: readonly SeriesResult[], asOf: PlainDate): StatutoryPosition['partTime'] {
  const last = series.at(-1);
  const result = results.at(-1);
  if (last === undefined || result === undefined || last.endedOn !== undefined) return { status: 'none' };
  const periodUntil = last.grants.map((g) => g.until).reduce((a, b) => (a > b ? a : b));
  return { status: asOf <= result.rightUntil ? 'right' : 'favour', rightUntil: result.rightUntil, periodUntil };
}
