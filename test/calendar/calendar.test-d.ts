import { describe, expectTypeOf, it } from 'vitest';
import type { BelgianHoliday, CalendarOptions, Duration, PlainDate, Rollover } from '../../src/calendar/index';
import {
  belgianHolidays,
  daysAfter,
  isPlainDate,
  lastedFrom,
  monthsAfterDetailed,
  parsePlainDate,
  rollDeadline,
  workingDaysAfter,
} from '../../src/calendar/index';

declare const someDate: PlainDate;

describe('PlainDate is a branded string', () => {
  it('a plain string is not a PlainDate, a PlainDate is a string', () => {
    expectTypeOf<string>().not.toExtend<PlainDate>();
    expectTypeOf<'2025-03-10'>().not.toExtend<PlainDate>();
    expectTypeOf<PlainDate>().toExtend<string>();
  });

  it('term functions take and return PlainDate', () => {
    expectTypeOf(daysAfter).parameter(0).toEqualTypeOf<PlainDate>();
    expectTypeOf(daysAfter(someDate, 1)).toEqualTypeOf<PlainDate>();
    expectTypeOf(workingDaysAfter(someDate, 1)).toEqualTypeOf<PlainDate>();
    expectTypeOf(monthsAfterDetailed(someDate, 1)).toEqualTypeOf<{ readonly date: PlainDate; readonly clamped: boolean }>();
    // @ts-expect-error a plain string is not accepted where a PlainDate is required
    daysAfter('2025-03-10', 1);
  });

  it('parsePlainDate narrows to PlainDate on success', () => {
    const r = parsePlainDate('2025-03-10' as unknown);
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<PlainDate>();
    } else {
      expectTypeOf(r.error).toEqualTypeOf<{ message: string }>();
    }
  });

  it('isPlainDate is a type guard', () => {
    const x: unknown = '2025-03-10';
    if (isPlainDate(x)) expectTypeOf(x).toEqualTypeOf<PlainDate>();
  });
});

describe('Duration is one of days, weeks or months', () => {
  it('accepts each unit', () => {
    expectTypeOf<{ days: number }>().toExtend<Duration>();
    expectTypeOf<{ weeks: number }>().toExtend<Duration>();
    expectTypeOf<{ months: number }>().toExtend<Duration>();
  });

  it('rejects anything else', () => {
    expectTypeOf<{ years: number }>().not.toExtend<Duration>();
    expectTypeOf<{ days: string }>().not.toExtend<Duration>();
    expectTypeOf<{ days: number; weeks: number }>().not.toExtend<Duration>();
    expectTypeOf<{ months: number; days: number }>().not.toExtend<Duration>();
    expectTypeOf<Record<string, never>>().not.toExtend<Duration>();
    // @ts-expect-error two units at once
    lastedFrom(someDate, { days: 1, weeks: 2 });
    // @ts-expect-error an unknown unit
    lastedFrom(someDate, { years: 1 });
  });
});

describe('options and holidays', () => {
  it('CalendarOptions accepts the SPEC option shape, also with explicit undefined (zod output)', () => {
    expectTypeOf<{ workweek?: 'mon-fri' | 'mon-sat'; extraHolidays?: PlainDate[] }>().toExtend<CalendarOptions>();
    expectTypeOf<{ workweek?: 'mon-sat' | undefined; extraHolidays?: PlainDate[] | undefined }>().toExtend<CalendarOptions>();
    expectTypeOf<{ workweek: 'sun-thu' }>().not.toExtend<CalendarOptions>();
    expectTypeOf<{ extraHolidays: string[] }>().not.toExtend<CalendarOptions>();
  });

  it('Rollover is none or next-working-day', () => {
    expectTypeOf<Rollover>().toEqualTypeOf<'none' | 'next-working-day'>();
    expectTypeOf(rollDeadline).parameter(1).toEqualTypeOf<Rollover | undefined>();
  });

  it('belgianHolidays returns read-only BelgianHoliday records', () => {
    expectTypeOf(belgianHolidays(2025)).toEqualTypeOf<readonly BelgianHoliday[]>();
    expectTypeOf<BelgianHoliday['date']>().toEqualTypeOf<PlainDate>();
    expectTypeOf<BelgianHoliday['name']>().toEqualTypeOf<{ readonly nl: string; readonly en: string }>();
    expectTypeOf<BelgianHoliday['id']>().toExtend<string>();
  });
});
