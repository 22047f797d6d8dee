/**
 * The informal track as a pure reducer: `informalTransition(state, event) => state`, one absence episode at a
 * time (omzendbrief re-integratie, in force 1 January 2024; AgO guidance, informal track steps 1-4).
 *
 * Status flow: `contact` (step 1: keep in touch) -> `exploring` (step 2: a conversation found steps towards
 * work not yet possible) -> `preparing-resumption` (step 3: resumption judged possible; arrangements or a step
 * plan within 2 months) -> `resumption-agreed` -> `resumed` (work resumed; step 4: follow-up) -> `closed`
 * (employment ended); `escalated` once a formal trajectory is requested. A relapse within 14 days of the
 * resumption continues the same track (SPEC section 4).
 *
 * An event that does not fit the state changes nothing and is kept in `issues` (code `out-of-sequence`).
 * Events of the other tracks are listed by name and ignored.
 *
 * @module
 */
import { match, P } from 'ts-pattern';
import { compareDates } from '../calendar/index.js';
import { EVENT_KINDS } from '../case/check.js';
import { relapseBridgeEnd } from '../case/episodes.js';
import { kindOf } from '../case/validate.js';
import type { InformalStatus, Issue } from '../case/output.js';
import type { EventOf } from '../case/schema.js';
import { refOf, type ActiveStatus, type Conversation, type Dated, type InformalState, type ResumptionPhase, type TrackEvent } from './state.js';
import { lastOf, plus } from '../case/lists.js';

/** The initial state of a track, next to its reducer (as xstate offers `initialState` with `transition`). */
export { initialInformalState } from './state.js';

type With<T extends TrackEvent['type']> = EventOf<T> & { readonly ref?: string; readonly index?: number };

/** The staff member is absent and the track runs. */
const ACTIVE = P.union('contact', 'exploring', 'preparing-resumption', 'resumption-agreed');
/** No conversation has found resumption possible (yet, or any more). */
const NOT_POSSIBLE_YET = P.union('contact', 'exploring');
/** The track is over or handed over: informal events are recorded elsewhere or not at all. */
const DONE = P.union('escalated', 'closed');

/** Events of the health duties and the formal trajectory: not part of the informal track. */
const OTHER_TRACKS = P.union(
  'certificate.definitive-unfitness',
  'occupational-physician.notified',
  'occupational-physician.informed-worker',
  'pre-resumption-visit.requested',
  'pre-resumption-visit.held',
  'return-to-work-exam.held',
  'work-potential.requested',
  'work-potential.waived',
  'work-potential.assessed',
  'formal.invited',
  'formal.no-show',
  'formal.assessed',
  'formal.appeal-lodged',
  'formal.appeal-decided',
  'formal.plan-offered',
  'formal.report-delivered',
  'formal.plan-answered',
  'formal.worker-contacted',
  'formal.plan-deemed-refused',
  'formal.plan-reviewed',
);

/**
 * The events of the informal track's steps (contact, conversations, arrangements, follow-up, and the context
 * events): they need an absence episode (`evaluateInformal` reports them before the first one).
 */
export const INFORMAL_STEP_TYPES = [
  'contact.agreed',
  'contact.made',
  'conversation.planned',
  'conversation.held',
  'arrangements.agreed',
  'deviation.recorded',
  'smt.referred',
  'smt.advised',
  'second-line.consulted',
  'follow-up.held',
] as const;

/** Context events (Social Medical Team, second line): counted in reports, no effect on the track. */
const ADVICE = P.union('smt.referred', 'smt.advised', 'second-line.consulted');

/** A state under construction: a copy that one transition changes before it returns it. */
type Draft = { -readonly [K in keyof InformalState]: InformalState[K] };

/**
 * A copy of the state to change, built field by field in one fixed order so that every state has the same shape
 * (object spreads of states of many shapes, and patches of many shapes, are slow; see bench/README.md). Optional
 * fields that are not set are present as `undefined`. The arrays are shared with `s`: a transition replaces an
 * array, never pushes to it, so `s` is never changed.
 */
function next(s: InformalState): Draft {
  if (owned) return s as Draft;
  return {
    status: s.status,
    start: s.start,
    startRef: s.startRef,
    segments: s.segments,
    beforeResumption: s.beforeResumption,
    contactAgreements: s.contactAgreements,
    contacts: s.contacts,
    planned: s.planned,
    conversations: s.conversations,
    phases: s.phases,
    followUps: s.followUps,
    end: s.end,
    escalated: s.escalated,
    closed: s.closed,
    issues: s.issues,
  };
}

/**
 * A resumption phase, in one fixed shape (the optional `arrangements` and `lapsed` present, maybe `undefined`).
 */
function phase(
  possible: ResumptionPhase['possible'],
  arrangements: ResumptionPhase['arrangements'],
  deviations: ResumptionPhase['deviations'],
  lapsed: ResumptionPhase['lapsed'],
): ResumptionPhase {
  return { possible, arrangements, deviations, lapsed };
}

/** `items` with `item` appended: a new array, or (in a fold that owns its state) `items` itself. */
function add<T>(items: readonly T[], item: T): T[] {
  if (owned) {
    const list = items as T[];
    list.push(item);
    return list;
  }
  return plus(items, item);
}

/** `items` with its last item replaced (a new array, or in a fold that owns its state `items` itself). */
function withLast<T>(items: readonly T[], item: T): T[] {
  if (owned) {
    const list = items as T[];
    list[list.length - 1] = item;
    return list;
  }
  const out = items.slice();
  out[out.length - 1] = item;
  return out;
}

const dated = (e: TrackEvent): Dated => ({ on: e.date, ref: refOf(e) });

function issue(e: TrackEvent, code: 'out-of-sequence' | 'invalid-event', message: string, field?: string): Issue {
  const label = e.index !== undefined ? `event ${e.index}` : 'event';
  const named = e.id !== undefined ? `${label} (id "${e.id}")` : label;
  const out: Issue = {
    code,
    severity: code === 'invalid-event' ? 'error' : 'warning',
    path: e.index !== undefined ? ['events', e.index, ...(field !== undefined ? [field] : [])] : [],
    message: `${named} (${e.type}) on ${e.date}: ${message}`,
  };
  if (e.id !== undefined) out.eventId = e.id;
  if (e.index !== undefined) out.eventIndex = e.index;
  return out;
}

function reject(s: InformalState, e: TrackEvent, why: string): InformalState {
  const n = next(s);
  n.issues = add(s.issues, issue(e, 'out-of-sequence', `${why}; ignored`));
  return n;
}

const ignore = (s: InformalState): InformalState => s;

const lastSegment = (s: InformalState) => s.segments[s.segments.length - 1]!;

const inStatus = (s: InformalState) => `(informal status ${s.status})`;

// ---------------------------------------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------------------------------------

function resume(s: InformalState, e: With<'work.resumed'>, from: ActiveStatus): InformalState {
  const seg = lastSegment(s);
  if (compareDates(e.date, seg.start.on) <= 0) {
    return reject(s, e, `resumption on or before the day the absence started (${seg.start.on})`);
  }
  const resumed = dated(e);
  const n = next(s);
  n.status = 'resumed';
  n.beforeResumption = from;
  n.segments = withLast(s.segments, { start: seg.start, resumed });
  n.end = { on: resumed.on, ref: resumed.ref, by: 'resumed' };
  return n;
}

function relapse(s: InformalState, e: With<'absence.started'>): InformalState {
  const resumedOn = lastSegment(s).resumed?.on;
  if (resumedOn === undefined || compareDates(e.date, relapseBridgeEnd(resumedOn)) > 0) {
    return reject(
      s,
      e,
      `more than 14 days after the resumption on ${resumedOn ?? '?'}: a new absence episode starts a new informal track`,
    );
  }
  const n = next(s);
  n.status = s.beforeResumption ?? 'contact';
  n.beforeResumption = undefined;
  n.end = undefined;
  n.segments = add<InformalState['segments'][number]>(s.segments, { start: dated(e) });
  return n;
}

function escalate(s: InformalState, e: TrackEvent): InformalState {
  const at = dated(e);
  const n = next(s);
  n.status = 'escalated';
  n.escalated = at;
  n.end = s.end ?? { on: at.on, ref: at.ref, by: 'escalated' };
  return n;
}

function close(s: InformalState, e: TrackEvent): InformalState {
  const at = dated(e);
  const n = next(s);
  n.status = 'closed';
  n.closed = at;
  n.end = s.end ?? { on: at.on, ref: at.ref, by: 'closed' };
  return n;
}

function converse(s: InformalState, e: With<'conversation.held'>, from: ActiveStatus): InformalState {
  if (e.outcome === 'resumption-possible' && e.attentionPoints === undefined) {
    const n = next(s);
    n.issues = add(
      s.issues,
      issue(
        e,
        'invalid-event',
        'field "attentionPoints" is required with outcome "resumption-possible" (true when welfare actors are involved or a progressive resumption is wanted); ignored',
        'attentionPoints',
      ),
    );
    return n;
  }
  const at = dated(e);
  const n = next(s);
  n.conversations = add<Conversation>(
    s.conversations,
    e.attentionPoints === undefined
      ? { on: at.on, ref: at.ref, outcome: e.outcome }
      : { on: at.on, ref: at.ref, outcome: e.outcome, attentionPoints: e.attentionPoints },
  );
  const open = lastOf(s.phases);
  if (e.outcome === 'not-yet-possible') {
    // Resumption no longer judged possible: an unmet arrangements term lapses (a new judgement starts a new one).
    n.status = 'exploring';
    if (from === 'preparing-resumption' && open !== undefined) {
      n.phases = withLast(s.phases, phase(open.possible, open.arrangements, open.deviations, at));
    }
    return n;
  }
  const attentionPoints = e.attentionPoints === true;
  if (from === 'contact' || from === 'exploring' || open === undefined) {
    n.status = 'preparing-resumption';
    n.phases = add(s.phases, phase({ on: at.on, ref: at.ref, attentionPoints }, undefined, [], undefined));
    return n;
  }
  // A further conversation that confirms resumption is possible keeps the term of the first judgement; the
  // latest view on attention points decides who coordinates (manager or return-to-work coach).
  if (from === 'preparing-resumption') {
    const possible = { on: open.possible.on, ref: open.possible.ref, attentionPoints };
    n.phases = withLast(s.phases, phase(possible, open.arrangements, open.deviations, open.lapsed));
  }
  return n;
}

function agree(s: InformalState, e: With<'arrangements.agreed'>): InformalState {
  const open = s.phases[s.phases.length - 1]!;
  const n = next(s);
  n.status = 'resumption-agreed';
  n.phases = withLast(s.phases, phase(open.possible, { on: e.date, ref: refOf(e), by: e.by }, open.deviations, open.lapsed));
  return n;
}

function deviate(s: InformalState, e: With<'deviation.recorded'>): InformalState {
  const open = s.phases[s.phases.length - 1]!;
  const deviation = e.until === undefined ? dated(e) : { on: e.date, ref: refOf(e), until: e.until };
  const n = next(s);
  n.phases = withLast(s.phases, phase(open.possible, open.arrangements, add<ResumptionPhase['deviations'][number]>(open.deviations, deviation), open.lapsed));
  return n;
}

function plan(s: InformalState, e: With<'conversation.planned'>): InformalState {
  const n = next(s);
  n.planned = add<InformalState['planned'][number]>(s.planned, { on: e.date, ref: refOf(e), for: e.on });
  return n;
}

function agreeContact(s: InformalState, e: With<'contact.agreed'>): InformalState {
  const n = next(s);
  n.contactAgreements = add<InformalState['contactAgreements'][number]>(
    s.contactAgreements,
    e.disconnectUntil === undefined ? dated(e) : { on: e.date, ref: refOf(e), disconnectUntil: e.disconnectUntil },
  );
  return n;
}

/** Appends a dated item to one list of the state. */
function record(s: InformalState, list: 'contacts' | 'followUps', item: Dated): InformalState {
  const n = next(s);
  if (list === 'contacts') n.contacts = add(s.contacts, item);
  else n.followUps = add(s.followUps, item);
  return n;
}

/** The event, typed by the event type a pattern matched (a mismatch is a bug, not a legal outcome). */
function typed<T extends TrackEvent['type']>(e: TrackEvent, type: T): With<T> {
  if (e.type !== type) throw new Error(`reintegratie: informal reducer expected ${type}, got ${e.type} (a bug)`);
  return e as With<T>;
}

/** What one event does to the state, for one combination of status and event type. */
type Step = (s: InformalState, e: TrackEvent) => InformalState;

const backAtWork: Step = (s, e) => reject(s, e, `the staff member is back at work since ${lastSegment(s).resumed?.on ?? '?'}`);

/**
 * The transition table: what an event of `type` does in `status`. Matches on `[status, event type]`; every
 * combination is listed, the ignored ones by name. The match runs once per combination (see
 * {@link informalTransition}), not once per event.
 */
function stepFor(status: InformalStatus, type: TrackEvent['type']): Step {
  return (
    match<[InformalStatus, TrackEvent['type']], Step>([status, type])
      // The absence: resumption, relapse, end of employment, hand-over to the formal track.
      .with(['resumed', 'absence.started'], () => (s, e) => relapse(s, typed(e, 'absence.started')))
      .with([ACTIVE, 'absence.started'], () => (s, e) => reject(s, e, `the staff member is already absent since ${lastSegment(s).start.on}`))
      .with(['escalated', 'absence.started'], () => ignore)
      .with([ACTIVE, 'work.resumed'], ([from]) => (s, e) => resume(s, typed(e, 'work.resumed'), from))
      .with(['resumed', 'work.resumed'], () => (s, e) => reject(s, e, 'no absence is open'))
      .with(['escalated', 'work.resumed'], () => ignore)
      .with([P.union(ACTIVE, 'resumed', 'escalated'), 'employment.ended'], () => close)
      .with([P.union(ACTIVE, 'resumed'), 'formal.requested'], () => escalate)
      .with([DONE, 'formal.requested'], () => ignore)

      // Step 1: contact arrangement and contact moments.
      .with([ACTIVE, 'contact.agreed'], () => (s, e) => agreeContact(s, typed(e, 'contact.agreed')))
      .with([ACTIVE, 'contact.made'], () => (s, e) => record(s, 'contacts', dated(e)))
      .with([P.union('resumed', 'escalated'), P.union('contact.agreed', 'contact.made')], () => ignore)

      // Step 2: conversations with the return-to-work coach.
      .with([ACTIVE, 'conversation.planned'], () => (s, e) => plan(s, typed(e, 'conversation.planned')))
      .with([ACTIVE, 'conversation.held'], ([from]) => (s, e) => converse(s, typed(e, 'conversation.held'), from))
      .with(['resumed', P.union('conversation.planned', 'conversation.held')], () => backAtWork)
      .with(['escalated', P.union('conversation.planned', 'conversation.held')], () => ignore)

      // Step 3: arrangements or a step plan, deviation for a complex case.
      .with(['preparing-resumption', 'arrangements.agreed'], () => (s, e) => agree(s, typed(e, 'arrangements.agreed')))
      .with(['resumption-agreed', 'arrangements.agreed'], () => ignore)
      .with([NOT_POSSIBLE_YET, P.union('arrangements.agreed', 'deviation.recorded')], () => (s, e) =>
        reject(s, e, `no conversation has found resumption possible ${inStatus(s)}`),
      )
      .with(['preparing-resumption', 'deviation.recorded'], () => (s, e) => deviate(s, typed(e, 'deviation.recorded')))
      .with(['resumption-agreed', 'deviation.recorded'], () => (s, e) => reject(s, e, 'the arrangements or step plan are already agreed'))
      .with(['resumed', P.union('arrangements.agreed', 'deviation.recorded')], () => backAtWork)
      .with(['escalated', P.union('arrangements.agreed', 'deviation.recorded')], () => ignore)
      .with([P.union(ACTIVE, 'resumed', 'escalated'), ADVICE], () => ignore)

      // Step 4: follow-up after the resumption.
      .with(['resumed', 'follow-up.held'], () => (s, e) => record(s, 'followUps', dated(e)))
      .with([ACTIVE, 'follow-up.held'], () => (s, e) => reject(s, e, `work has not resumed ${inStatus(s)}`))
      .with(['escalated', 'follow-up.held'], () => ignore)

      // After the end of employment nothing more happens in the track.
      .with(
        [
          'closed',
          P.union('absence.started', 'work.resumed', 'employment.ended', ...INFORMAL_STEP_TYPES),
        ],
        () => (s, e) => reject(s, e, `the employment ended on ${s.closed?.on ?? '?'}`),
      )

      // Health duties and the formal trajectory have their own modules.
      .with([P.union(ACTIVE, 'resumed', 'escalated', 'closed'), OTHER_TRACKS], () => ignore)
      .exhaustive()
  );
}

/**
 * The transition table, filled on first use of each combination (static data, shared by all evaluations): per
 * status, the step of each event type by its number (`kindOf`).
 */
const STEPS: (Step | undefined)[][] = Array.from({ length: 7 }, () => new Array<Step | undefined>(EVENT_KINDS.length).fill(undefined));

/** The number of a status, for the rows of {@link STEPS} (a switch on the status constants, no hashing). */
function statusRow(status: InformalStatus): number {
  switch (status) {
    case 'contact':
      return 0;
    case 'exploring':
      return 1;
    case 'preparing-resumption':
      return 2;
    case 'resumption-agreed':
      return 3;
    case 'resumed':
      return 4;
    case 'escalated':
      return 5;
    case 'closed':
      return 6;
  }
}

/**
 * Whether the running transitions belong to {@link foldInformal}, which owns its state: then a transition
 * changes the state and its lists in place instead of copying them (every other caller gets new objects).
 */
let owned = false;

/**
 * The state after all of `events` from position `from` on, as repeated {@link informalTransition} calls give
 * it, without the copies of the intermediate states: `state` and every list in it must belong to the caller
 * alone (fresh from `initialInformalState`), as they are changed in place. Transitions still never change an
 * item of a list (an event's record, a phase): they replace it.
 *
 * @internal
 */
export function foldInformal(state: InformalState, events: readonly TrackEvent[], from: number): InformalState {
  owned = true;
  try {
    let s = state;
    for (let i = from; i < events.length; i++) s = informalTransition(s, events[i]!);
    return s;
  } finally {
    owned = false;
  }
}

/**
 * The informal track's reducer: the state after one more event. Pure; events must come in date order (ties in
 * input order), as `evaluate` sorts them. What each event does in each status is the table `stepFor` (drawn in docs/diagrams.md).
 *
 * @example
 * const s0 = initialInformalState({ type: 'absence.started', date: '2025-03-10' });
 * const s1 = informalTransition(s0, { type: 'conversation.held', date: '2025-04-20', outcome: 'resumption-possible', attentionPoints: false });
 * s1.status //=> 'preparing-resumption'
 * informalTransition(s1, { type: 'arrangements.agreed', date: '2025-05-02', by: 'manager' }).status //=> 'resumption-agreed'
 * informalTransition(s0, { type: 'arrangements.agreed', date: '2025-03-20', by: 'manager' }).issues[0].code //=> 'out-of-sequence'
 */
export function informalTransition(state: InformalState, event: TrackEvent): InformalState {
  const byKind = STEPS[statusRow(state.status)]!;
  const kind = kindOf(event);
  let step = byKind[kind];
  if (step === undefined) byKind[kind] = step = stepFor(state.status, event.type);
  return step(state, event);
}
