import { describe, expect, it } from 'vitest';
import { belgianHolidays, easterSunday } from '../../src/calendar/index';

describe('easterSunday follows the Gregorian computus', () => {
  // From the published tables of Gregorian Easter dates.
  it.each([
    [1900, '1900-04-15'],
    [1943, '1943-04-25'], // the latest possible date
    [1961, '1961-04-02'],
    [1990, '1990-04-15'],
    [1999, '1999-04-04'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2016, '2016-03-27'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [1818, '1818-03-22'], // the earliest possible date
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('rejects years the Gregorian computus does not cover', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2025.5)).toThrow(RangeError);
    expect(() => easterSunday(10000)).toThrow(RangeError);
  });
});

describe('belgianHolidays lists the ten legal holidays, sorted by date', () => {
  it('2025 (Easter 20 April)', () => {
    expect(belgianHolidays(2025)).toEqual([
      { id: 'new-year', date: '2025-01-01', name: { nl: 'Nieuwjaar', en: "New Year's Day" } },
      { id: 'easter-monday', date: '2025-04-21', name: { nl: 'Paasmaandag', en: 'Easter Monday' } },
      { id: 'labour-day', date: '2025-05-01', name: { nl: 'Feest van de Arbeid', en: 'Labour Day' } },
      { id: 'ascension-day', date: '2025-05-29', name: { nl: 'Onze-Lieve-Heer-Hemelvaart', en: 'Ascension Day' } },
      { id: 'whit-monday', date: '2025-06-09', name: { nl: 'Pinkstermaandag', en: 'Whit Monday' } },
      { id: 'national-day', date: '2025-07-21', name: { nl: 'Nationale feestdag', en: 'National Day' } },
      { id: 'assumption', date: '2025-08-15', name: { nl: 'Onze-Lieve-Vrouw-Hemelvaart', en: 'Assumption Day' } },
      { id: 'all-saints', date: '2025-11-01', name: { nl: 'Allerheiligen', en: "All Saints' Day" } },
      { id: 'armistice', date: '2025-11-11', name: { nl: 'Wapenstilstand', en: 'Armistice Day' } },
      { id: 'christmas', date: '2025-12-25', name: { nl: 'Kerstmis', en: 'Christmas Day' } },
    ]);
  });

  it('2026 (Easter 5 April)', () => {
    expect(belgianHolidays(2026).map((h) => [h.id, h.date])).toEqual([
      ['new-year', '2026-01-01'],
      ['easter-monday', '2026-04-06'],
      ['labour-day', '2026-05-01'],
      ['ascension-day', '2026-05-14'],
      ['whit-monday', '2026-05-25'],
      ['national-day', '2026-07-21'],
      ['assumption', '2026-08-15'],
      ['all-saints', '2026-11-01'],
      ['armistice', '2026-11-11'],
      ['christmas', '2026-12-25'],
    ]);
  });

  it('2019 (Easter 21 April; research E-16)', () => {
    const byId = Object.fromEntries(belgianHolidays(2019).map((h) => [h.id, h.date]));
    expect(byId['easter-monday']).toBe('2019-04-22');
    expect(byId['ascension-day']).toBe('2019-05-30');
    expect(byId['whit-monday']).toBe('2019-06-10');
  });

  it('2008: Ascension Day fell on Labour Day; both are listed, in legal order', () => {
    expect(belgianHolidays(2008).map((h) => [h.id, h.date])).toEqual([
      ['new-year', '2008-01-01'],
      ['easter-monday', '2008-03-24'],
      ['labour-day', '2008-05-01'],
      ['ascension-day', '2008-05-01'],
      ['whit-monday', '2008-05-12'],
      ['national-day', '2008-07-21'],
      ['assumption', '2008-08-15'],
      ['all-saints', '2008-11-01'],
      ['armistice', '2008-11-11'],
      ['christmas', '2008-12-25'],
    ]);
  });

  it('is memoised and frozen', () => {
    const a = belgianHolidays(2030);
    expect(belgianHolidays(2030)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(Object.isFrozen(a[0]?.name)).toBe(true);
  });
});
