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

const ABSENCE_TYPES = new Set(['absence.started', 'work.resumed', 'employment.ended']);

/** The events of each episode, in date order (ties in input order). */
export function eventsByEpisode(
  events: readonly ValidatedEvent[],
  episodes: readonly Episode[],
  employmentEndedOn?: string,
): EpisodeEvents {
  const accepted = new Set<ValidatedEvent>();
  const take = (type: string, date: string, ref: string): ValidatedEvent | undefined => {
    const e = events.find((x) => x.type === type && x.date === date && x.ref === ref && !accepted.has(x));
    if (e !== undefined) accepted.add(e);
    return e;
  };
  const starts: (ValidatedEvent | undefined)[] = [];
  for (const ep of episodes) {
    ep.segments.forEach((seg, k) => {
      const s = take('absence.started', seg.start, seg.startRef);
      if (k === 0) starts.push(s);
      if (seg.resumedOn !== undefined && seg.resumeRef !== undefined) take('work.resumed', seg.resumedOn, seg.resumeRef);
    });
  }
  if (employmentEndedOn !== undefined) {
    // buildEpisodes keeps the first end of employment (in date order) and reports the others.
    const end = events.find((x) => x.type === 'employment.ended');
    if (end !== undefined) accepted.add(end);
  }

  const before: ValidatedEvent[] = [];
  const out = episodes.map((episode) => ({ episode, events: [] as ValidatedEvent[] }));
  let k = -1;
  for (const e of events) {
    while (k + 1 < starts.length && starts[k + 1] === e) k++;
    if (ABSENCE_TYPES.has(e.type) && !accepted.has(e)) continue;
    if (k < 0) before.push(e);
    else out[k]!.events.push(e);
  }
  return { before, episodes: out };
}
