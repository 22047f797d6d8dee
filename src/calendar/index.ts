/**
 * `reintegratie/calendar`: dates, legal terms and Belgian working days (SPEC section 2).
 *
 * Dates are `YYYY-MM-DD` strings ({@link PlainDate}) with no time and no time zone; nothing here reads the
 * clock or depends on the process time zone.
 *
 * - Dates: {@link parsePlainDate} / {@link isPlainDate} for input, {@link unsafePlainDate} for constants
 *   in code and tests only; {@link compareDates}, {@link diffDays}, {@link minDate}, {@link maxDate},
 *   {@link dayOfWeek}, {@link toDayNumber} / {@link fromDayNumber}.
 * - Terms: {@link daysAfter}, {@link monthsAfter} (and {@link monthsAfterDetailed}), {@link lastedFrom},
 *   {@link workingDaysAfter}.
 * - Working days: {@link isWorkingDay}, {@link nextWorkingDay}, {@link belgianHolidays},
 *   {@link easterSunday}, {@link rollDeadline}.
 *
 * @module
 */
export type { PlainDate } from './plain-date';
export {
  compareDates,
  dayOfWeek,
  diffDays,
  fromDayNumber,
  isPlainDate,
  maxDate,
  minDate,
  parsePlainDate,
  toDayNumber,
  unsafePlainDate,
} from './plain-date';
export type { Duration } from './terms';
export { daysAfter, lastedFrom, monthsAfter, monthsAfterDetailed } from './terms';
export type { BelgianHoliday } from './holidays';
export { belgianHolidays, easterSunday } from './holidays';
export type { CalendarOptions } from './working-days';
export { isWorkingDay, nextWorkingDay, workingDaysAfter, workingDaysBetween } from './working-days';
export type { Rollover } from './rollover';
export { rollDeadline } from './rollover';
