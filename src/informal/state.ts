/**
 * The state of one informal re-integration track (one absence episode), as the reducer builds it. It records
 * what happened, so that the deadlines can be derived from it afterwards (`deriveInformal`).
 *
 * @module
 */
import type { PlainDate } from '../calendar/index.js';
import type { InformalStatus, Issue } from '../case/output.js';
import type { CaseEvent, EventOf } from '../case/schema.js';

/**
 * An event as the reducer takes it: a case event, with the reference (`id` or `#index`) and the input index
 * that `evaluate` adds after validation (both optional when the reducer is used on its own).
 */
export type TrackEvent = CaseEvent & { readonly ref?: string; readonly index?: number };

/** Something that happened on a day, with the reference of the event that says so. */
export type Dated = { readonly on: PlainDate; readonly ref: string };

/** The statuses in which the staff member is absent and the track runs. */
export type ActiveStatus = 'contact' | 'exploring' | 'preparing-resumption' | 'resumption-agreed';

/** One stretch of absence within the track; a relapse within 14 days adds one. */
export type TrackSegment = { readonly start: Dated; readonly resumed?: Dated };

/**
 * One judgement that resumption is possible (a `conversation.held` with outcome `resumption-possible`), with
 * what followed it: arrangements or a step plan, deviations for a complex case, or a later conversation that
 * found resumption not yet possible after all (`lapsed`).
 */
export type ResumptionPhase = {
  readonly possible: Dated & { readonly attentionPoints: boolean };
  readonly arrangements?: (Dated & { readonly by: 'manager' | 'coach' }) | undefined;
  readonly deviations: readonly (Dated & { readonly until?: PlainDate })[];
  readonly lapsed?: Dated | undefined;
};

/** A conversation with the return-to-work coach. */
export type Conversation = Dated & {
  readonly outcome: 'not-yet-possible' | 'resumption-possible';
  readonly attentionPoints?: boolean;
};

/** How the track ended (a relapse within 14 days undoes an end by resumption). */
export type TrackEnd = Dated & { readonly by: 'resumed' | 'escalated' | 'closed' };

export type InformalState = {
  readonly status: InformalStatus;
  /** First day of the track: the first day of absence of the episode (terms count from here). */
  readonly start: PlainDate;
  readonly startRef: string;
  readonly segments: readonly TrackSegment[];
  /** The status before the last resumption, restored by a relapse within 14 days. */
  readonly beforeResumption?: ActiveStatus | undefined;
  readonly contactAgreements: readonly (Dated & { readonly disconnectUntil?: PlainDate })[];
  /** Contact moments during the absence. */
  readonly contacts: readonly Dated[];
  /** `conversation.planned` events: `on` is the day of planning, `for` the planned day. */
  readonly planned: readonly (Dated & { readonly for: PlainDate })[];
  readonly conversations: readonly Conversation[];
  readonly phases: readonly ResumptionPhase[];
  /** Follow-ups after a resumption. */
  readonly followUps: readonly Dated[];
  /** The first end of the track: resumption (undone by a relapse), formal request or end of employment. */
  readonly end?: TrackEnd | undefined;
  readonly escalated?: Dated | undefined;
  readonly closed?: Dated | undefined;
  /** Events that did not fit the state (out of sequence or incomplete): they changed nothing. */
  readonly issues: readonly Issue[];
};

/** The reference of an event: its `ref` (from `evaluate`), else its `id`, else `#index` or `#?`. */
export const refOf = (e: TrackEvent): string => e.ref ?? e.id ?? (e.index !== undefined ? `#${e.index}` : '#?');

/**
 * The state of a track that starts with an absence.
 *
 * @example
 * initialInformalState({ type: 'absence.started', date: '2025-03-10', id: 'a1' }).status //=> 'contact'
 */
export function initialInformalState(event: EventOf<'absence.started'> & { readonly ref?: string; readonly index?: number }): InformalState {
  const ref = refOf(event);
  return {
    status: 'contact',
    start: event.date,
    startRef: ref,
    segments: [{ start: { on: event.date, ref } }],
    contactAgreements: [],
    contacts: [],
    planned: [],
    conversations: [],
    phases: [],
    followUps: [],
    issues: [],
  };
}
