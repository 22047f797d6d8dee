/**
 * Which events belong to which absence episode, for the informal track and the health duties.
 *
 * An episode's events run from its `absence.started` up to (not including) the `absence.started` of the next
 * episode: events after a resumption (follow-up, a late notification) still belong to the episode that ended.
 * Only the `absence.started`, `work.resumed` and `employment.ended` events that `buildEpisodes` accepted are kept;
 * it already reported the others (`out-of-sequence`), so they are not reported twice.
 *
 * @module
 */
import type { Episode } from '../case/episodes.js';
import type { ValidatedEvent } from '../case/validate.js';

export type EpisodeEvents = {
  /** Events before the first absence started. */
  readonly before: readonly ValidatedEvent[];
  /** Per episode (same order as `episodes`): its events, the first being its `absence.started`. */
  readonly episodes: readonly { readonly episode: Episode; readonly events: readonly ValidatedEvent[] }[];
};

/** The event types that make and end absence episodes. */
const isAbsenceType = (type: string): boolean => type === 'absence.started' || type === 'work.resumed' || type === 'employment.ended';

/** The events of each episode, in date order (ties in input order). */
export function eventsByEpisode(
  events: readonly ValidatedEvent[],
  episodes: readonly Episode[],
  employmentEndedOn?: string,
): EpisodeEvents {
  // The positions of the absence events that buildEpisodes accepted.
  const accepted = new Set<number>();
  /** The position of the first not yet accepted event of this type, date and reference (-1: none); accepts it. */
  const take = (type: string, date: string, ref: string): number => {
    const i = events.findIndex((x, j) => x.type === type && x.date === date && x.ref === ref && !accepted.has(j));
    if (i >= 0) accepted.add(i);
    return i;
  };
  const starts = episodes.map((ep) =>
    ep.segments
      .map((seg) => {
        const start = take('absence.started', seg.start, seg.startRef);
        if (seg.resumedOn !== undefined && seg.resumeRef !== undefined) take('work.resumed', seg.resumedOn, seg.resumeRef);
        return start;
      })
      .at(0),
  );
  // buildEpisodes keeps the first end of employment (in date order) and reports the others.
  if (employmentEndedOn !== undefined) accepted.add(events.findIndex((e) => e.type === 'employment.ended'));

  const before: ValidatedEvent[] = [];
  const grouped = episodes.map((episode) => ({ episode, events: [] as ValidatedEvent[] }));
  let k = -1;
  events.forEach((e, i) => {
    while (k + 1 < starts.length && starts[k + 1] === i) k++;
    if (isAbsenceType(e.type) && !accepted.has(i)) return;
    (k < 0 ? before : grouped[k]!.events).push(e);
  });
  return { before, episodes: grouped };
}
