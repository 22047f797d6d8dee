import { compareDates, daysAfter, type PlainDate } from '../calendar/index.js';
import type { Issue } from './output.js';
import { eventIssue } from './track.js';
import type { ValidatedEvent } from './validate.js';

/** One stretch of incapacity: from an `absence.started` to the `work.resumed` that ends it (if any). */
export type AbsenceSegment = {
  start: PlainDate;
  startRef: string;
  cause?: 'illness' | 'accident' | 'work-accident' | 'occupational-disease';
  resumedOn?: PlainDate;
  resumeRef?: string;
  resumeMode?: 'full' | 'part-time' | 'adapted' | 'other-work';
  /** The day a resumption in another mode went on to the full job (a later `work.resumed` with mode `full`). */
  fullFrom?: PlainDate;
};

/**
 * An uninterrupted incapacity in the sense of the Codex (I.4-73 §1): one or more segments, where each relapse
 * came within the first 14 days of the resumption attempt before it.
 */
export type Episode = {
  /** 0-based, in date order. */
  index: number;
  /** First day of the uninterrupted incapacity (`uninterruptedSince`); also the start of its informal track. */
  start: PlainDate;
  segments: AbsenceSegment[];
  /** Day on which `employment.ended` closed the episode, if it did. */
  employmentEndedOn?: PlainDate;
  employmentEndedRef?: string;
};

/**
 * The last day on which a new incapacity still continues the same uninterrupted incapacity: the resumption day
 * is day 1 of the attempt, so a relapse on day 14 (resumption + 13) still counts (SPEC section 4).
 */
export const relapseBridgeEnd = (resumedOn: PlainDate): PlainDate => daysAfter(resumedOn, RELAPSE_BRIDGE_DAYS);

/** The days after the resumption day up to {@link relapseBridgeEnd}: day 1 is the resumption, day 14 is 13 days later. */
const RELAPSE_BRIDGE_DAYS = 13;

/** Whether event `e` falls on or before {@link relapseBridgeEnd} of `resumedOn`. */
const withinBridge = (e: ValidatedEvent, resumedOn: PlainDate): boolean => e.date <= relapseBridgeEnd(resumedOn);

export type Episodes = {
  episodes: Episode[];
  /** Day on which employment ended (also when no absence was open then). */
  employmentEndedOn?: PlainDate;
  issues: Issue[];
};

const issueFor = (e: ValidatedEvent, message: string): Issue => eventIssue(e, 'out-of-sequence', 'warning', message);

/**
 * Builds the absence episodes from the sorted events, applying the 14-day relapse rule (Codex I.4-73 §1, R2022;
 * research A-5: the days of a short resumption stay inside the span, `uninterruptedSince` keeps the first start).
 */
export function buildEpisodes(events: readonly ValidatedEvent[]): Episodes {
  const episodes: Episode[] = [];
  const issues: Issue[] = [];
  let employmentEndedOn: PlainDate | undefined;
  let current: Episode | undefined;

  for (const e of events) {
    if (employmentEndedOn !== undefined) {
      if (e.type === 'absence.started' || e.type === 'work.resumed' || e.type === 'employment.ended') {
        issues.push(issueFor(e, `employment already ended on ${employmentEndedOn}; ignored`));
      }
      continue;
    }
    const last = current?.segments.at(-1);
    switch (e.type) {
      case 'absence.started': {
        const seg: AbsenceSegment = { start: e.date, startRef: e.ref, ...(e.cause !== undefined ? { cause: e.cause } : {}) };
        if (current && last && last.resumedOn === undefined) {
          issues.push(issueFor(e, `the worker is already absent since ${last.start}; ignored`));
        } else if (current && last?.resumedOn !== undefined && withinBridge(e, last.resumedOn)) {
          current.segments.push(seg);
        } else {
          current = { index: episodes.length, start: e.date, segments: [seg] };
          episodes.push(current);
        }
        break;
      }
      case 'work.resumed': {
        // From part-time, adapted or other work to the full job (e.g. after part-time work for illness, VPS X 22):
        // a step of a resumption already made, not a new one; the episodes stay as they are.
        const stepToFull =
          last?.resumedOn !== undefined && last.resumeMode !== 'full' && last.fullFrom === undefined && e.mode === 'full' && compareDates(e.date, last.resumedOn) > 0;
        if (stepToFull) {
          last.fullFrom = e.date;
          break;
        }
        if (!last || last.resumedOn !== undefined) {
          issues.push(issueFor(e, 'no absence is open; ignored'));
        } else if (compareDates(e.date, last.start) <= 0) {
          issues.push(issueFor(e, `resumption on or before the absence started (${last.start}); ignored`));
        } else {
          last.resumedOn = e.date;
          last.resumeRef = e.ref;
          last.resumeMode = e.mode;
        }
        break;
      }
      case 'employment.ended': {
        employmentEndedOn = e.date;
        if (current && last && (last.resumedOn === undefined || withinBridge(e, last.resumedOn))) {
          current.employmentEndedOn = e.date;
          current.employmentEndedRef = e.ref;
        }
        break;
      }
    }
  }
  return { episodes, issues, ...(employmentEndedOn !== undefined ? { employmentEndedOn } : {}) };
}

/** The episode a date falls in: from its start up to the end of the relapse bridge of its last resumption. */
export function episodeAt(episodes: readonly Episode[], date: PlainDate): Episode | undefined {
  for (let i = episodes.length - 1; i >= 0; i--) {
    const ep = episodes[i]!;
    if (compareDates(ep.start, date) > 0) continue;
    const last = ep.segments.at(-1)!;
    if (last.resumedOn === undefined || compareDates(date, last.resumedOn) < 0) return ep;
    return undefined;
  }
  return undefined;
}

/** The day the episode's incapacity ended (last resumption), if it has. */
export const episodeResumedOn = (ep: Episode): PlainDate | undefined => ep.segments.at(-1)?.resumedOn;
