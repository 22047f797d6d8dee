import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEpisodes, relapseBridgeEnd } from '../../src/case/episodes.js';
import { validateCase } from '../../src/case/validate.js';
import { daysAfter, diffDays, type PlainDate } from '../../src/calendar/index.js';
import { dateBetween, FUZZ_RUNS } from '../arbitraries.js';

const episodesOf = (events: unknown[]) => buildEpisodes(validateCase({ caseId: 'x', events }, '2027-12-31' as PlainDate).events);

describe('absence episodes and the 14-day relapse rule (Codex I.4-73 §1; SPEC section 4)', () => {
  it('the resumption day is day 1 of the attempt, so day 14 is the resumption + 13 days', () => {
    expect(relapseBridgeEnd('2025-03-03' as PlainDate)).toBe('2025-03-16');
    expect(relapseBridgeEnd('2025-12-25' as PlainDate)).toBe('2026-01-07');
  });

  it('a relapse on day 10 of a resumption attempt continues the same incapacity (research E-9)', () => {
    const r = episodesOf([
      { type: 'absence.started', date: '2025-01-06' },
      { type: 'work.resumed', date: '2025-03-03', mode: 'full' },
      { type: 'absence.started', date: '2025-03-12' },
    ]);
    expect(r.episodes).toHaveLength(1);
    expect(r.episodes[0]!.start).toBe('2025-01-06');
    expect(r.episodes[0]!.segments.map((s) => s.start)).toEqual(['2025-01-06', '2025-03-12']);
  });

  it('a relapse on day 14 (resumption + 13) still continues it; on day 15 a new episode starts', () => {
    const day14 = episodesOf([
      { type: 'absence.started', date: '2025-01-06' },
      { type: 'work.resumed', date: '2025-03-03', mode: 'part-time' },
      { type: 'absence.started', date: '2025-03-16' },
    ]);
    expect(day14.episodes.map((e) => e.start)).toEqual(['2025-01-06']);
    const day15 = episodesOf([
      { type: 'absence.started', date: '2025-01-06' },
      { type: 'work.resumed', date: '2025-03-03', mode: 'part-time' },
      { type: 'absence.started', date: '2025-03-17' },
    ]);
    expect(day15.episodes.map((e) => e.start)).toEqual(['2025-01-06', '2025-03-17']);
  });

  it('a relapse on day 18 restarts the count (research E-9: 20 March 2025)', () => {
    const r = episodesOf([
      { type: 'absence.started', date: '2025-01-06' },
      { type: 'work.resumed', date: '2025-03-03', mode: 'full' },
      { type: 'absence.started', date: '2025-03-20' },
    ]);
    expect(r.episodes.map((e) => e.start)).toEqual(['2025-01-06', '2025-03-20']);
  });

  it('the bridge runs over a year end', () => {
    const r = episodesOf([
      { type: 'absence.started', date: '2025-10-01' },
      { type: 'work.resumed', date: '2025-12-24', mode: 'full' },
      { type: 'absence.started', date: '2026-01-06' },
    ]);
    expect(r.episodes.map((e) => e.start)).toEqual(['2025-10-01']);
  });

  it('reports out-of-sequence absence events and ignores them', () => {
    const r = episodesOf([
      { id: 'r', type: 'work.resumed', date: '2025-01-02', mode: 'full' },
      { id: 'a', type: 'absence.started', date: '2025-01-06' },
      { id: 'b', type: 'absence.started', date: '2025-01-08' },
    ]);
    expect(r.episodes).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([
      ['out-of-sequence', 'r'],
      ['out-of-sequence', 'b'],
    ]);
  });


  it('a step from part-time work to the full job is no new resumption and no issue; a second full resumption is', () => {
    const r = episodesOf([
      { id: 'a', type: 'absence.started', date: '2025-01-06' },
      { id: 'p', type: 'work.resumed', date: '2025-04-01', mode: 'part-time' },
      { id: 'f', type: 'work.resumed', date: '2025-10-01', mode: 'full' },
      { id: 'g', type: 'work.resumed', date: '2025-11-03', mode: 'full' },
    ]);
    expect(r.episodes).toHaveLength(1);
    expect(r.episodes[0]!.segments).toMatchObject([{ start: '2025-01-06', resumedOn: '2025-04-01', resumeMode: 'part-time', fullFrom: '2025-10-01' }]);
    expect(r.issues.map((i) => [i.code, i.eventId])).toEqual([['out-of-sequence', 'g']]);
  });
  it('employment ended closes the open episode and everything after it is ignored', () => {
    const r = episodesOf([
      { type: 'absence.started', date: '2025-01-06' },
      { type: 'employment.ended', date: '2025-06-30' },
      { id: 'z', type: 'absence.started', date: '2025-07-10' },
    ]);
    expect(r.employmentEndedOn).toBe('2025-06-30');
    expect(r.episodes[0]!.employmentEndedOn).toBe('2025-06-30');
    expect(r.issues.map((i) => i.eventId)).toEqual(['z']);
  });
});

describe('the relapse bridge, as a property', () => {
  it('a new incapacity continues the episode exactly when it starts within 14 days of the resumption (day 1 = resumption)', () => {
    fc.assert(
      fc.property(dateBetween('2023-12-01', '2026-12-31'), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 40 }), (start, worked, gap) => {
        const resumed = daysAfter(start, worked);
        const relapse = daysAfter(resumed, gap);
        const { episodes } = episodesOf([
          { type: 'absence.started', date: start },
          { type: 'work.resumed', date: resumed, mode: 'full' },
          { type: 'absence.started', date: relapse },
        ]);
        const sameEpisode = diffDays(resumed, relapse) + 1 <= 14;
        expect(episodes.length).toBe(sameEpisode ? 1 : 2);
        expect(episodes.at(-1)!.start).toBe(sameEpisode ? start : relapse);
        expect(relapseBridgeEnd(resumed)).toBe(daysAfter(resumed, 13));
      }),
      { numRuns: FUZZ_RUNS ?? 300 },
    );
  });
});
