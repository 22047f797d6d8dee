import { daysAfter, workingDaysAfter, workingDaysBetween, type CalendarOptions, type PlainDate } from '../../calendar/index.js';
import type { Citation, RuleProse, RuleSpec } from '../../rules/types.js';
import { REFERRAL_FROM_666TH_DAY, SICK_LEAVE_WORKING_DAYS, STATUTORY_STAFF_ONLY, VPS_URLS } from '../interpretations.js';
import type { DayRange } from './part-time-right.js';

/** The working days of sick leave over the career after which the line manager may refer the official (VPS X 20). */
export const REFERRAL_WORKING_DAYS = 666;

/** VPS article X 20 (666 working days of sick leave). */
export const VPS_X20: Citation = { source: 'vps', article: 'X 20', url: VPS_URLS.partX };

/**
 * From the day a statutory official (ambtenaar) reaches 666 working days of sick leave over the career, the line
 * manager may refer the official to the federal medical service (Medex) that decides on definitive unfitness.
 *
 * VPS X 20: "Indien de ambtenaar tijdens de loopbaan 666 werkdagen afwezig is geweest wegens ziekte, kan de
 * lijnmanager de ambtenaar doorverwijzen voor onderzoek naar de federale medische dienst bevoegd voor de
 * definitieve ongeschiktverklaring van de ambtenaar. De vakantiedagen die de ambtenaar niet heeft kunnen opnemen
 * ingevolge langdurige ziekte, worden in mindering gebracht op het in het eerste lid vermelde aantal werkdagen."
 * An earliest date, never rolled: the 666th working day of full absence for illness, counted in the official's
 * calendar (the day an absence starts is its first day; the day of resumption is not a day of absence), added to
 * `employee.sickLeaveWorkingDaysBefore`. The term is a count over the career, not one span: `{ workingDays: 666
 * }` names the count.
 */
export const definitiveUnfitnessReferralRule: RuleSpec = {
  id: 'statutory.definitive-unfitness-referral',
  track: 'statutory',
  actor: 'manager',
  kind: 'earliest',
  label: {
    nl: 'Doorverwijzing naar Medex voor definitieve ongeschiktheid (666 werkdagen ziekte)',
    en: 'Referral to Medex for definitive unfitness (666 working days of sickness)',
    fr: "Renvoi vers Medex pour constat d'incapacité définitive (666 jours ouvrables de congé de maladie)",
  },
  counts: {
    from: 'absence.started',
    term: { workingDays: REFERRAL_WORKING_DAYS },
    rollover: false,
    voidWhen: ['the employment ends'],
  },
  basis: [VPS_X20],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const definitiveUnfitnessReferralProse: RuleProse = {
  term: {
    nl: 'vanaf de 666ste werkdag afwezigheid wegens ziekte over de loopbaan',
    en: 'from the 666th working day of absence for illness over the career',
    fr: "à partir du 666e jour ouvrable d'absence pour cause de maladie sur l'ensemble de la carrière",
  },
  countedFrom: {
    nl: 'elke werkdag van voltijdse afwezigheid wegens ziekte (absence.started tot de hervatting), plus de werkdagen ziekte vóór de zaak (sickLeaveWorkingDaysBefore)',
    en: 'each working day of full absence for illness (absence.started to the resumption), plus the working days of sickness before the case (sickLeaveWorkingDaysBefore)',
    fr: "chaque jour ouvrable d'absence à temps plein pour cause de maladie (de absence.started à la reprise du travail), plus les jours ouvrables de congé de maladie antérieurs au dossier (sickLeaveWorkingDaysBefore)",
  },
  interpretations: [SICK_LEAVE_WORKING_DAYS, REFERRAL_FROM_666TH_DAY, STATUTORY_STAFF_ONLY],
};

/** `absences` in date order. */
const inDateOrder = (absences: readonly DayRange[]): DayRange[] =>
  [...absences].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

/**
 * The working days of sick leave: `before`, plus the working days of `absences` (ranges that do not overlap,
 * both ends included) in the calendar `cal`.
 *
 * @example
 * sickLeaveWorkingDays({ absences: [{ from: '2025-04-14', to: '2025-04-25' }] }) //=> 9
 * sickLeaveWorkingDays({ absences: [{ from: '2025-07-07', to: '2025-07-18' }] }) //=> 10
 * sickLeaveWorkingDays({ absences: [{ from: '2025-07-07', to: '2025-07-18' }] }, { extraHolidays: ['2025-07-11'] }) //=> 9
 * sickLeaveWorkingDays({ before: 660, absences: [{ from: '2025-03-03', to: '2025-03-31' }] }) //=> 681
 */
export function sickLeaveWorkingDays(input: { before?: number; absences: readonly DayRange[] }, cal?: CalendarOptions): number {
  return input.absences.reduce((count, r) => count + workingDaysBetween(r.from, r.to, cal), input.before ?? 0);
}

/**
 * The day the line manager may refer the official: the working day of `absences` on which `before` plus the
 * working days counted reach 666. Null when the absences do not reach it, or when `before` alone reaches it (the
 * day lies before the absences given).
 *
 * @example
 * referralPossibleFrom({ before: 660, absences: [{ from: '2025-03-03', to: '2025-03-31' }] }) //=> '2025-03-10'
 * referralPossibleFrom({ before: 662, absences: [{ from: '2025-12-23', to: '2026-01-09' }] }) //=> '2025-12-29'
 * referralPossibleFrom({ before: 660, absences: [{ from: '2025-07-07', to: '2025-07-31' }] }, { extraHolidays: ['2025-07-11'] }) //=> '2025-07-15'
 * referralPossibleFrom({ before: 0, absences: [{ from: '2025-03-03', to: '2025-03-31' }] }) //=> null
 * referralPossibleFrom({ before: 666, absences: [] }) //=> null
 */
export function referralPossibleFrom(input: { before?: number; absences: readonly DayRange[] }, cal?: CalendarOptions): PlainDate | null {
  let left = REFERRAL_WORKING_DAYS - (input.before ?? 0);
  if (left <= 0) return null;
  for (const r of inDateOrder(input.absences)) {
    const inRange = workingDaysBetween(r.from, r.to, cal);
    // The left-th working day from r.from on: the left-th working day after the day before it.
    if (inRange >= left) return workingDaysAfter(daysAfter(r.from, -1), left, cal);
    left -= inRange;
  }
  return null;
}
