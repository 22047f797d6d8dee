/**
 * The visit to the occupational physician before the resumption of work: within 10 working days following
 * receipt of the request (Codex I.4-36 until 2025; moved to chapter VI in the 2026 reform). Employer requests
 * only from 1 January 2026 (research H-04, N-03, E-14).
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, of, one, resumed, track, type Ev } from '../informal/harness.js';

const request = (date: string, by: 'worker' | 'employer', id = 'r1'): Ev => ({ id, type: 'pre-resumption-visit.requested', date, by });
const held = (date: string, id = 'v1'): Ev => ({ id, type: 'pre-resumption-visit.held', date });
const R2026 = CITE.codex('boek I, titel 4, hoofdstuk VI (R2026; voorheen I.4-36)');

describe('the pre-resumption visit is due on the 10th working day after the request', () => {
  it.each([
    ['a request on Fri 19 December 2025: Tue 6 January 2026', '2025-12-19', {}, '2026-01-06', CITE.codex('I.4-36')],
    ['the same with a Monday-to-Saturday week: Fri 2 January 2026', '2025-12-19', { workweek: 'mon-sat' as const }, '2026-01-02', CITE.codex('I.4-36')],
    ['a request on Wed 24 December 2025: Fri 9 January 2026', '2025-12-24', {}, '2026-01-09', CITE.codex('I.4-36')],
    ['a request on Thu 10 July 2025 with 11 July as an extra holiday: Mon 28 July (14-18, 22-25 and 28 July; 21 July skipped too)', '2025-07-10', { extraHolidays: ['2025-07-11'] }, '2025-07-28', CITE.codex('I.4-36')],
    ['a request by the worker on Mon 5 January 2026: Mon 19 January, under the moved article', '2026-01-05', {}, '2026-01-19', R2026],
  ])('%s', (_name, on, calendar, due, citation) => {
    const r = track([absence('2025-06-02'), request(on, 'worker')], { asOf: on, calendar });
    const v = one(r, 'health.pre-resumption-visit');
    expect(v).toMatchObject({ due, status: 'open', actor: 'occupational-physician', because: ['r1'] });
    expect(v.basis).toEqual([citation]);
  });

  it('an employer request before 1 January 2026 is out of sequence and creates no deadline', () => {
    const r = track([absence('2025-11-03'), request('2025-12-10', 'employer')], { asOf: '2025-12-11' });
    expect(of(r, 'health.pre-resumption-visit')).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'out-of-sequence', eventId: 'r1', path: ['events', 1] })]);
  });

  it('an employer request from 1 January 2026 counts: Fri 2 January 2026 gives Fri 16 January', () => {
    const r = track([absence('2025-11-03'), request('2026-01-02', 'employer')], { asOf: '2026-01-02' });
    expect(one(r, 'health.pre-resumption-visit')).toMatchObject({ due: '2026-01-16', status: 'open' });
    expect(one(r, 'health.pre-resumption-visit').basis).toEqual([R2026]);
    expect(r.issues).toEqual([]);
  });

  it('is met by the visit, and void when the worker resumes before it', () => {
    expect(one(track([absence('2025-11-03'), request('2025-12-19', 'worker'), held('2025-12-30')], { asOf: '2026-01-10' }), 'health.pre-resumption-visit'))
      .toMatchObject({ status: 'met', metOn: '2025-12-30', because: ['r1', 'v1'] });
    expect(one(track([absence('2025-11-03'), request('2025-12-19', 'worker'), resumed('2025-12-22')], { asOf: '2026-01-10' }), 'health.pre-resumption-visit'))
      .toMatchObject({ status: 'void', because: ['r1', 'w1'] });
  });

  it('is overdue the day after the 10th working day', () => {
    expect(one(track([absence('2025-11-03'), request('2025-12-19', 'worker')], { asOf: '2026-01-07' }), 'health.pre-resumption-visit').status).toBe('overdue');
  });
});
