import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEpisodes, relapseBridgeEnd, type EpisodeGroups } from '../../src/case/episodes.js';
import { validateCase, type ValidatedEvent } from '../../src/case/validate.js';
import type { PlainDate } from '../../src/calendar/index.js';
import { eventsByEpisode } from '../../src/informal/episode-events.js';
import { FUZZ_RUNS, validCase } from '../arbitraries.js';

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

describe('the events of each episode, grouped while the episodes are built (evaluate)', () => {
  /** The grouping as the lists of event references, with the episode each belongs to. */
  const refs = (g: { before: readonly ValidatedEvent[]; episodes: readonly { episode: { index: number }; events: readonly ValidatedEvent[] }[] }) => ({
    before: g.before.map((e) => e.ref),
    episodes: g.episodes.map((x) => ({ index: x.episode.index, events: x.events.map((e) => e.ref) })),
  });

  it('equals eventsByEpisode, event for event, including rejected and duplicate absence events', () => {
    const dup = fc.constantFrom('absence.started', 'work.resumed', 'employment.ended');
    fc.assert(
      fc.property(validCase(), fc.array(fc.tuple(fc.nat(40), dup), { maxLength: 4 }), (c, copies) => {
        // Copies of absence events (same id, date and type) put elsewhere: the grouping must leave out the same ones.
        const events = [...c.events];
        for (const [at, type] of copies) {
          const source = events.find((e) => e['type'] === type);
          if (source !== undefined) events.splice(Math.min(at, events.length), 0, { ...source });
        }
        const v = validateCase({ ...c, events }, '2027-12-31' as PlainDate).events;
        const groups: EpisodeGroups = { before: [], episodes: [] };
        const built = buildEpisodes(v, groups);
        const grouped = eventsByEpisode(v, built.episodes, built.employmentEndedOn);
        expect(refs(groups)).toEqual(refs(grouped));
        // The same event objects, and the same episode objects.
        expect(groups.before).toEqual(grouped.before);
        groups.episodes.forEach((x, k) => {
          expect(x.episode).toBe(grouped.episodes[k]!.episode);
          x.events.forEach((e, j) => expect(e).toBe(grouped.episodes[k]!.events[j]));
        });
        // Without groups, the episodes are the same.
        expect(buildEpisodes(v)).toEqual(built);
      }),
      { numRuns: FUZZ_RUNS ?? 300 },
    );
  });
});
