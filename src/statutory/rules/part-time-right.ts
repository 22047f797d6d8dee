import { daysAfter, diffDays, lastedFrom, maxDate, minDate, type Duration, type PlainDate } from '../../calendar/index.js';
import type { Citation, RuleProse, RuleSpec } from '../../rules/types.js';
import {
  NEW_RIGHT_AFTER_FULL_RESUMPTION,
  RIGHT_EXTENDED_BY_SICK_DAYS,
  RIGHT_FROM_FIRST_PERIOD,
  STATUTORY_STAFF_ONLY,
  VPS_URLS,
} from '../interpretations.js';
import { AGO_PART_TIME, VPS_X22 } from './part-time-period.js';

/** How long part-time work for illness is a right, from the first day of the first period (VPS X 22). */
export const PART_TIME_RIGHT: Duration = { months: 6 };

/** The staff page on part-time work for illness, with the example of the extension. */
export const AGO_PART_TIME_STAFF: Citation = {
  source: 'ago-guidance',
  article: 'deeltijdse prestaties wegens ziekte: doelgroep en duur',
  url: VPS_URLS.partTimeIntern,
};

/** A stretch of days, both included. */
export type DayRange = { readonly from: PlainDate; readonly to: PlainDate };

/**
 * The right to part-time work for illness during the first 6 months; from the 7th month it is a favour that
 * also needs the line manager's agreement. Full-time sick days during the right extend it by as many calendar
 * days; after a complete resumption, a new illness gives a new right.
 *
 * VPS X 22, as the AgO page states it: "Tijdens de 1ste 6 maanden is deze afwezigheid een recht en heb je
 * enkel het akkoord van de controlearts nodig. Vanaf de 7de maand wordt de afwezigheid een gunst en heb je
 * daarnaast een bijkomend akkoord van je lijnmanager nodig." and "je hebt opnieuw recht op deeltijdse prestaties
 * als je na een volledige re-integratie terug ziek valt". The staff page: "Ben je tijdens deze periode van recht
 * voltijds afwezig wegens ziekte? Dan kan/mag je periode van recht aangevuld worden met het aantal
 * kalenderdagen voltijdse ziekte" (1 July - 30 September with full-time sickness from 1 to 15 August: "nog
 * recht op 3 maanden en 15 kalenderdagen"). The right's last day is the day before `lastedFrom(first day, 6
 * months)`, plus the days of full-time sickness.
 */
export const partTimeRightRule: RuleSpec = {
  id: 'statutory.part-time-right',
  track: 'statutory',
  actor: 'employee',
  kind: 'right',
  label: {
    nl: 'Recht op deeltijdse prestaties wegens ziekte (eerste 6 maanden)',
    en: 'Right to part-time work for illness (first 6 months)',
    fr: 'Droit aux prestations à temps partiel pour cause de maladie (6 premiers mois)',
  },
  counts: {
    from: 'part-time-illness.granted',
    term: { lastedFrom: PART_TIME_RIGHT },
    rollover: false,
    voidWhen: ['the staff member resumes work completely (work.resumed, mode full) before the right ends', 'the employment ends before the right ends'],
  },
  basis: [VPS_X22, AGO_PART_TIME, AGO_PART_TIME_STAFF],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const partTimeRightProse: RuleProse = {
  term: {
    nl: '6 maanden (1 juli tot en met 31 december), verlengd met de kalenderdagen voltijdse ziekte; vanaf de 7de maand een gunst',
    en: '6 months (1 July to 31 December), extended by the calendar days of full-time sickness; from the 7th month a favour',
    fr: '6 mois (du 1er juillet au 31 décembre inclus), prolongés des jours calendrier de maladie à temps plein ; à partir du 7e mois, une faveur',
  },
  countedFrom: {
    nl: 'de eerste dag van de eerste periode van deeltijdse prestaties wegens ziekte na een volledige hervatting (dag 1)',
    en: 'the first day of the first period of part-time work for illness after a complete resumption (day 1)',
    fr: 'le premier jour de la première période de prestations à temps partiel pour cause de maladie après une reprise complète du travail (jour 1)',
  },
  interpretations: [RIGHT_FROM_FIRST_PERIOD, RIGHT_EXTENDED_BY_SICK_DAYS, NEW_RIGHT_AFTER_FULL_RESUMPTION, STATUTORY_STAFF_ONLY],
};

/** The calendar days of `ranges` that fall within `window` (the ranges do not overlap). */
export function daysWithin(ranges: readonly DayRange[], window: DayRange): number {
  let days = 0;
  for (const r of ranges) {
    const from = maxDate(r.from, window.from);
    const to = minDate(r.to, window.to);
    if (from <= to) days += diffDays(from, to) + 1;
  }
  return days;
}

/**
 * The last day of the right to part-time work for illness that began on `from`, extended by the calendar days
 * of full-time sickness (`fullTimeSick`, ranges that do not overlap) within it, the extension included.
 *
 * @example
 * partTimeRightUntil({ from: '2025-07-01', fullTimeSick: [] }) //=> '2025-12-31'
 * partTimeRightUntil({ from: '2025-07-01', fullTimeSick: [{ from: '2025-08-01', to: '2025-08-15' }] }) //=> '2026-01-15'
 * partTimeRightUntil({ from: '2023-08-31', fullTimeSick: [] }) //=> '2024-02-29'
 * partTimeRightUntil({ from: '2025-07-01', fullTimeSick: [{ from: '2025-12-20', to: '2026-01-20' }] }) //=> '2026-02-01'
 * partTimeRightUntil({ from: '2025-07-01', fullTimeSick: [{ from: '2025-03-01', to: '2025-06-30' }] }) //=> '2025-12-31'
 */
export function partTimeRightUntil(input: { from: PlainDate; fullTimeSick: readonly DayRange[] }): PlainDate {
  const base = daysAfter(lastedFrom(input.from, PART_TIME_RIGHT), -1);
  // Sick days in the extension extend it again: iterate up to the least end that holds them all.
  let until = base;
  for (;;) {
    const next = daysAfter(base, daysWithin(input.fullTimeSick, { from: input.from, to: until }));
    if (next === until) return until;
    until = next;
  }
}
