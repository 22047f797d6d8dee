/**
 * The examination at resumption for workers under health surveillance after an absence of at least 4 weeks:
 * at the latest on the 10th working day after the resumption (Codex I.4-34; research H-03, A-8, E-13).
 * Working days: Monday to Friday without the Belgian legal holidays, unless the options say otherwise.
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, of, one, resumed, track, type Ev } from '../informal/harness.js';

const surveilled = { underHealthSurveillance: true };
const exam = (date: string, id = 'x1'): Ev => ({ id, type: 'return-to-work-exam.held', date });

describe('the return-to-work exam is due on the 10th working day after the resumption', () => {
  it.each([
    [
      'resumption Mon 14 April 2025 after 5 weeks: Tue 29 April (Easter Monday 21 April is not a working day)',
      '2025-03-10', '2025-04-14', {}, '2025-04-29',
    ],
    ['the same with a Monday-to-Saturday week: Sat 26 April 2025', '2025-03-10', '2025-04-14', { workweek: 'mon-sat' as const }, '2025-04-26'],
    [
      'resumption Mon 7 July 2025: Tue 22 July (21 July, the national holiday, skipped)',
      '2025-06-02', '2025-07-07', {}, '2025-07-22',
    ],
    [
      'with 11 July as an extra holiday (Flemish government): Wed 23 July 2025',
      '2025-06-02', '2025-07-07', { extraHolidays: ['2025-07-11'] }, '2025-07-23',
    ],
    [
      'resumption Wed 24 December 2025: Fri 9 January 2026 (Christmas and New Year skipped)',
      '2025-11-03', '2025-12-24', {}, '2026-01-09',
    ],
    ['an absence of exactly 28 days (17 March to 14 April 2025) is enough', '2025-03-17', '2025-04-14', {}, '2025-04-29'],
  ])('%s', (_name, start, back, calendar, due) => {
    const r = track([absence(start), resumed(back)], { asOf: back, calendar }, surveilled);
    const x = one(r, 'health.return-to-work-exam');
    expect(x).toMatchObject({ due, status: 'open', actor: 'occupational-physician', because: ['w1'] });
    expect(x.basis).toEqual([CITE.codex('I.4-34'), CITE.step(3)]);
    expect(x.interpretations).toEqual(['working-days-mon-fri', 'ten-working-days-current-text', 'return-exam-absence-counted-from-episode-start']);
  });

  it('is not required after 27 days of absence (18 March to 14 April 2025)', () => {
    expect(of(track([absence('2025-03-18'), resumed('2025-04-14')], { asOf: '2025-04-14' }, surveilled), 'health.return-to-work-exam')).toEqual([]);
  });

  it('is not required for a worker who is not under health surveillance (or when that is not recorded)', () => {
    const events = [absence('2025-03-10'), resumed('2025-04-14')];
    expect(of(track(events, { asOf: '2025-04-14' }, { underHealthSurveillance: false }), 'health.return-to-work-exam')).toEqual([]);
    expect(of(track(events, { asOf: '2025-04-14' }), 'health.return-to-work-exam')).toEqual([]);
  });

  it('is met by an exam on the day of resumption, and late after the 10th working day', () => {
    expect(one(track([absence('2025-03-10'), resumed('2025-04-14'), exam('2025-04-14')], { asOf: '2025-05-01' }, surveilled), 'health.return-to-work-exam'))
      .toMatchObject({ status: 'met', metOn: '2025-04-14' });
    expect(one(track([absence('2025-03-10'), resumed('2025-04-14'), exam('2025-04-30')], { asOf: '2025-05-01' }, surveilled), 'health.return-to-work-exam'))
      .toMatchObject({ status: 'met-late' });
  });

  it('is overdue the day after the 10th working day', () => {
    expect(one(track([absence('2025-03-10'), resumed('2025-04-14')], { asOf: '2025-04-30' }, surveilled), 'health.return-to-work-exam').status).toBe('overdue');
  });

  it('lapses (void) when the worker falls ill again before the exam; the next resumption owes it (absence counted from the first start)', () => {
    // 10 March .. resumed 14 April .. relapse 16 April .. resumed Mon 5 May 2025: 10th working day Mon 19 May
    // (6, 7, 8, 9, 12, 13, 14, 15, 16, 19 May).
    const r = track(
      [absence('2025-03-10'), resumed('2025-04-14'), absence('2025-04-16', 'a2'), resumed('2025-05-05', 'w2')],
      { asOf: '2025-05-05' },
      surveilled,
    );
    expect(of(r, 'health.return-to-work-exam').map((x) => [x.due, x.status])).toEqual([
      ['2025-04-29', 'void'],
      ['2025-05-19', 'open'],
    ]);
  });

  it('after an exam was held, a short relapse (under 4 weeks) needs no new exam', () => {
    const r = track(
      [absence('2025-03-10'), resumed('2025-04-14'), exam('2025-04-15'), absence('2025-04-18', 'a2'), resumed('2025-05-05', 'w2')],
      { asOf: '2025-05-05' },
      surveilled,
    );
    expect(of(r, 'health.return-to-work-exam').map((x) => [x.due, x.status])).toEqual([['2025-04-29', 'met']]);
  });
});
