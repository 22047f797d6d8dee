import { daysAfter, lastedFrom, type Duration, type PlainDate } from '../../calendar/index.js';
import type { Citation, RuleProse, RuleSpec } from '../../rules/types.js';
import { PERIOD_OF_THREE_MONTHS, STATUTORY_STAFF_ONLY, VPS_URLS } from '../interpretations.js';

/** The longest period of part-time work for illness the control physician grants at a time (VPS X 22). */
export const PART_TIME_PERIOD_MAX: Duration = { months: 3 };

/** VPS article X 22 (part-time work for illness), in part X, title 4 of the VPS. */
export const VPS_X22: Citation = { source: 'vps', article: 'X 22', url: VPS_URLS.partX };

/** The AgO page on part-time work for illness, which states the terms of X 22 for staff and HR. */
export const AGO_PART_TIME: Citation = { source: 'ago-guidance', article: 'deeltijdse prestaties wegens ziekte', url: VPS_URLS.partTime };

/**
 * One granted period of part-time work for illness (deeltijdse prestaties wegens ziekte) of a statutory staff
 * member: the staff member works part-time from `date` to `until` (both included), as the control physician
 * decided.
 *
 * VPS X 22, as the AgO page states it: "De controlearts legt de duur van de afwezigheid vast, voor maximaal 3
 * maanden. Na afloop van die periode kan de controlearts de afwezigheid telkens verlengen voor een
 * maximumperiode van 3 maanden." A right (of the employee) until the granted `until`; a period that lasts longer
 * than 3 months keeps its `until` and gets the flag `part-time-period-too-long`. The 3 months with the first day
 * as day 1 (`lastedFrom(date, 3 months)` is the first day beyond them): 1 July to 30 September.
 */
export const partTimePeriodRule: RuleSpec = {
  id: 'statutory.part-time-period',
  track: 'statutory',
  actor: 'employee',
  kind: 'right',
  label: {
    nl: 'Periode van deeltijdse prestaties wegens ziekte',
    en: 'Period of part-time work for illness',
    fr: 'Période de prestations à temps partiel pour cause de maladie',
  },
  counts: {
    from: 'part-time-illness.granted',
    term: { lastedFrom: PART_TIME_PERIOD_MAX },
    rollover: false,
    voidWhen: ['the staff member resumes work completely (work.resumed, mode full) before the end of the period', 'the employment ends before the end of the period'],
  },
  basis: [VPS_X22, AGO_PART_TIME],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const partTimePeriodProse: RuleProse = {
  term: {
    nl: 'tot de toegekende einddatum; ten hoogste 3 maanden (1 juli tot en met 30 september), telkens verlengbaar',
    en: 'until the granted end; at most 3 months (1 July to 30 September), renewable each time',
    fr: "jusqu'à la date de fin accordée ; au maximum 3 mois (du 1er juillet au 30 septembre inclus), chaque fois prolongeable",
  },
  countedFrom: {
    nl: 'de eerste dag van de periode die de controlearts toekent (dag 1)',
    en: 'the first day of the period the control physician grants (day 1)',
    fr: 'le premier jour de la période accordée par le médecin contrôleur (jour 1)',
  },
  interpretations: [PERIOD_OF_THREE_MONTHS, STATUTORY_STAFF_ONLY],
};

/** The last day a period of part-time work for illness that starts on `from` may last: 3 months, `from` being day 1. */
export const partTimePeriodMaxUntil = (from: PlainDate): PlainDate => daysAfter(lastedFrom(from, PART_TIME_PERIOD_MAX), -1);

/**
 * A granted period checked against the 3 months: its last allowed day and whether it lasts longer.
 *
 * @example
 * partTimePeriod({ from: '2025-07-01', until: '2025-09-30' }) //=> { until: '2025-09-30', maxUntil: '2025-09-30', tooLong: false }
 * partTimePeriod({ from: '2025-07-01', until: '2025-10-01' }) //=> { until: '2025-10-01', maxUntil: '2025-09-30', tooLong: true }
 * partTimePeriod({ from: '2025-01-31', until: '2025-04-30' }) //=> { maxUntil: '2025-04-30', tooLong: false }
 * partTimePeriod({ from: '2023-11-30', until: '2024-02-29' }) //=> { maxUntil: '2024-02-29', tooLong: false }
 * partTimePeriod({ from: '2027-12-01', until: '2028-03-01' }) //=> { maxUntil: '2028-02-29', tooLong: true }
 * partTimePeriod({ from: '2025-11-15', until: '2026-02-14' }) //=> { maxUntil: '2026-02-14', tooLong: false }
 */
export function partTimePeriod(input: { from: PlainDate; until: PlainDate }): { until: PlainDate; maxUntil: PlainDate; tooLong: boolean } {
  const maxUntil = partTimePeriodMaxUntil(input.from);
  return { until: input.until, maxUntil, tooLong: input.until > maxUntil };
}
