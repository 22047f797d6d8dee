import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index';

describe('reintegratie/calendar exports a small, fixed surface', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(calendar).sort()).toEqual(
      [
        'belgianHolidays',
        'compareDates',
        'dayOfWeek',
        'daysAfter',
        'diffDays',
        'easterSunday',
        'fromDayNumber',
        'isPlainDate',
        'isWorkingDay',
        'lastedFrom',
        'maxDate',
        'minDate',
        'monthsAfter',
        'monthsAfterDetailed',
        'nextWorkingDay',
        'parsePlainDate',
        'rollDeadline',
        'toDayNumber',
        'unsafePlainDate',
        'workingDaysAfter',
        'workingDaysBetween',
      ].sort(),
    );
  });
});
