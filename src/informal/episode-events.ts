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
  const n = events.length;
  // accepted[i]: events[i] is an absence event that buildEpisodes accepted (a flag per position, no Set).
  const accepted: boolean[] = [];
  for (let i = 0; i < n; i++) accepted.push(false); // packed: faster than fill() on a new Array(n)
  /** The position of the first not yet accepted event of this type, date and reference (-1: none); accepts it. */
  const take = (type: string, date: string, ref: string): number => {
    for (let i = 0; i < n; i++) {
      const x = events[i]!;
      if (x.type === type && x.date === date && x.ref === ref && !accepted[i]) {
        accepted[i] = true;
        return i;
      }
    }
    return -1;
  };
  const starts: number[] = [];
  for (const ep of episodes) {
    const segments = ep.segments;
    for (let k = 0; k < segments.length; k++) {
      const seg = segments[k]!;
      const s = take('absence.started', seg.start, seg.startRef);
      if (k === 0) starts.push(s);
      if (seg.resumedOn !== undefined && seg.resumeRef !== undefined) take('work.resumed', seg.resumedOn, seg.resumeRef);
    }
  }
  if (employmentEndedOn !== undefined) {
    // buildEpisodes keeps the first end of employment (in date order) and reports the others.
    for (let i = 0; i < n; i++) {
      if (events[i]!.type === 'employment.ended') {
        accepted[i] = true;
        break;
      }
    }
  }

  const before: ValidatedEvent[] = [];
  const out: { episode: Episode; events: ValidatedEvent[] }[] = new Array(episodes.length);
  for (let k = 0; k < episodes.length; k++) out[k] = { episode: episodes[k]!, events: [] };
  let k = -1;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    while (k + 1 < starts.length && starts[k + 1] === i) k++;
    if (!accepted[i] && isAbsenceType(e.type)) continue;
    if (k < 0) before.push(e);
    else out[k]!.events.push(e);
  }
  return { before, episodes: out };
}
