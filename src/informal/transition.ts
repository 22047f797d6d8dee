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
 * Events of the other tracks are ignored.
 *
 * @module
 */
import { match, P } from 'ts-pattern';
import { lookupTable } from '../case/table.js';
import { relapseBridgeEnd } from '../case/episodes.js';
import type { InformalStatus, Issue } from '../case/output.js';
import { refOf, type ActiveStatus, type Dated, type InformalState, type ResumptionPhase, type TrackEvent } from './state.js';

/** The initial state of a track, next to its reducer (as xstate offers `initialState` with `transition`). */
export { initialInformalState } from './state.js';

type With<T extends TrackEvent['type']> = Extract<TrackEvent, { readonly type: T }>;

/** The staff member is absent and the track runs. */
const ACTIVE = P.union('contact', 'exploring', 'preparing-resumption', 'resumption-agreed');
/** No conversation has found resumption possible (yet, or any more). */
const NOT_POSSIBLE_YET = P.union('contact', 'exploring');
/** The track is over or handed over: informal events are recorded elsewhere or not at all. */
const DONE = P.union('escalated', 'closed');

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

/** The events the track reads: its steps, the absence, the end of employment and the formal request. */
const OWN_TYPES = [...INFORMAL_STEP_TYPES, 'absence.started', 'work.resumed', 'employment.ended', 'formal.requested'] as const;
type OwnEvent = With<(typeof OWN_TYPES)[number]>;
const OWN: ReadonlySet<string> = new Set(OWN_TYPES);
const isOwn = (e: TrackEvent): e is OwnEvent => OWN.has(e.type);

/** Context events (Social Medical Team, second line): counted in reports, no effect on the track. */
const ADVICE = P.union('smt.referred', 'smt.advised', 'second-line.consulted');

const dated = (e: TrackEvent): Dated => ({ on: e.date, ref: refOf(e) });

/** `items` with the last item replaced. */
const withLast = <T>(items: readonly T[], item: T): T[] => [...items.slice(0, -1), item];

const lastSegment = (s: InformalState) => s.segments[s.segments.length - 1]!;
const lastPhase = (s: InformalState): ResumptionPhase => s.phases[s.phases.length - 1]!;

function issue(e: TrackEvent, code: 'out-of-sequence' | 'invalid-event', message: string, field?: string): Issue {
  const label = e.index !== undefined ? `event ${e.index}` : 'event';
  return {
    code,
    severity: code === 'invalid-event' ? 'error' : 'warning',
    path: e.index !== undefined ? ['events', e.index, ...(field !== undefined ? [field] : [])] : [],
    message: `${e.id !== undefined ? `${label} (id "${e.id}")` : label} (${e.type}) on ${e.date}: ${message}`,
    ...(e.id !== undefined ? { eventId: e.id } : {}),
    ...(e.index !== undefined ? { eventIndex: e.index } : {}),
  };
}

const reject = (s: InformalState, e: TrackEvent, why: string): InformalState => ({
  ...s,
  issues: [...s.issues, issue(e, 'out-of-sequence', `${why}; ignored`)],
});

const inStatus = (s: InformalState) => `(informal status ${s.status})`;
const backAtWork = (s: InformalState, e: TrackEvent) =>
  reject(s, e, `the staff member is back at work since ${lastSegment(s).resumed?.on ?? '?'}`);

// ---------------------------------------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------------------------------------

function resume(s: InformalState, e: With<'work.resumed'>, from: ActiveStatus): InformalState {
  const seg = lastSegment(s);
  if (e.date <= seg.start.on) return reject(s, e, `resumption on or before the day the absence started (${seg.start.on})`);
  const resumed = dated(e);
  const segments = withLast(s.segments, { start: seg.start, resumed });
  return { ...s, status: 'resumed', beforeResumption: from, segments, end: { ...resumed, by: 'resumed' } };
}

function relapse(s: InformalState, e: With<'absence.started'>): InformalState {
  const resumedOn = lastSegment(s).resumed?.on;
  if (resumedOn === undefined || e.date > relapseBridgeEnd(resumedOn)) {
    const why = `more than 14 days after the resumption on ${resumedOn ?? '?'}: a new absence episode starts a new informal track`;
    return reject(s, e, why);
  }
  const segments = [...s.segments, { start: dated(e) }];
  return { ...s, status: s.beforeResumption ?? 'contact', beforeResumption: undefined, end: undefined, segments };
}

/** The track ends by a formal request (`escalated`) or the end of employment (`closed`); the first end stays. */
function end(s: InformalState, e: TrackEvent, by: 'escalated' | 'closed'): InformalState {
  const at = dated(e);
  return { ...s, status: by, ...(by === 'escalated' ? { escalated: at } : { closed: at }), end: s.end ?? { ...at, by } };
}

function converse(s: InformalState, e: With<'conversation.held'>, from: ActiveStatus): InformalState {
  if (e.outcome === 'resumption-possible' && e.attentionPoints === undefined) {
    const why =
      'field "attentionPoints" is required with outcome "resumption-possible" (true when welfare actors are involved or a progressive resumption is wanted); ignored';
    return { ...s, issues: [...s.issues, issue(e, 'invalid-event', why, 'attentionPoints')] };
  }
  const at = dated(e);
  const conversation = { ...at, outcome: e.outcome, ...(e.attentionPoints !== undefined ? { attentionPoints: e.attentionPoints } : {}) };
  const held = { ...s, conversations: [...s.conversations, conversation] };
  const open = s.phases.at(-1);
  if (e.outcome === 'not-yet-possible') {
    // Resumption no longer judged possible: an unmet arrangements term lapses (a new judgement starts a new one).
    const lapsed = from === 'preparing-resumption' && open !== undefined;
    return { ...held, status: 'exploring', ...(lapsed ? { phases: withLast(s.phases, { ...open, lapsed: at }) } : {}) };
  }
  const attentionPoints = e.attentionPoints === true;
  if (from === 'contact' || from === 'exploring' || open === undefined) {
    return { ...held, status: 'preparing-resumption', phases: [...s.phases, { possible: { ...at, attentionPoints }, deviations: [] }] };
  }
  // A further conversation that confirms resumption is possible keeps the term of the first judgement; the
  // latest view on attention points decides who coordinates (manager or return-to-work coach).
  if (from !== 'preparing-resumption') return held;
  return { ...held, phases: withLast(s.phases, { ...open, possible: { ...open.possible, attentionPoints } }) };
}

function agree(s: InformalState, e: With<'arrangements.agreed'>): InformalState {
  const arrangements = { ...dated(e), by: e.by };
  return { ...s, status: 'resumption-agreed', phases: withLast(s.phases, { ...lastPhase(s), arrangements }) };
}

function deviate(s: InformalState, e: With<'deviation.recorded'>): InformalState {
  const open = lastPhase(s);
  const deviation = { ...dated(e), ...(e.until !== undefined ? { until: e.until } : {}) };
  return { ...s, phases: withLast(s.phases, { ...open, deviations: [...open.deviations, deviation] }) };
}

const plan = (s: InformalState, e: With<'conversation.planned'>): InformalState => ({
  ...s,
  planned: [...s.planned, { ...dated(e), for: e.on }],
});

function agreeContact(s: InformalState, e: With<'contact.agreed'>): InformalState {
  const agreement = { ...dated(e), ...(e.disconnectUntil !== undefined ? { disconnectUntil: e.disconnectUntil } : {}) };
  return { ...s, contactAgreements: [...s.contactAgreements, agreement] };
}

/** What one event does to the track, for one combination of status and event type. */
type Step = (s: InformalState, e: OwnEvent) => InformalState;
type OwnType = OwnEvent['type'];
/** A step for events of one type: the table hands it only events of that type. */
const on = <T extends OwnType>(_type: T, f: (s: InformalState, e: With<T>) => InformalState): Step => f as Step;
const unchanged: Step = (s) => s;
/** The event is refused with the reason `why` gives for the state. */
const refuse = (why: (s: InformalState) => string): Step => (s, e) => reject(s, e, why(s));
/** The status before this event, in a row of the table where the track is active. */
const activeFrom = (s: InformalState) => s.status as ActiveStatus;

/**
 * The transition table: what an event of `type` does in `status`. Every combination is listed, the ignored
 * ones by name (drawn in docs/diagrams.md).
 */
const stepFor = (status: InformalStatus, type: OwnType): Step =>
  match<[InformalStatus, OwnType], Step>([status, type])
    // The absence: resumption, relapse, end of employment, hand-over to the formal track.
    .with(['resumed', 'absence.started'], () => on('absence.started', relapse))
    .with([ACTIVE, 'absence.started'], () => refuse((s) => `the staff member is already absent since ${lastSegment(s).start.on}`))
    .with(['escalated', 'absence.started'], () => unchanged)
    .with([ACTIVE, 'work.resumed'], () => on('work.resumed', (s, e) => resume(s, e, activeFrom(s))))
    .with(['resumed', 'work.resumed'], () => refuse(() => 'no absence is open'))
    .with(['escalated', 'work.resumed'], () => unchanged)
    .with([P.union(ACTIVE, 'resumed', 'escalated'), 'employment.ended'], () => (s, e) => end(s, e, 'closed'))
    .with([P.union(ACTIVE, 'resumed'), 'formal.requested'], () => (s, e) => end(s, e, 'escalated'))
    .with([DONE, 'formal.requested'], () => unchanged)

    // Step 1: contact arrangement and contact moments.
    .with([ACTIVE, 'contact.agreed'], () => on('contact.agreed', agreeContact))
    .with([ACTIVE, 'contact.made'], () => (s, e) => ({ ...s, contacts: [...s.contacts, dated(e)] }))
    .with([P.union('resumed', 'escalated'), P.union('contact.agreed', 'contact.made')], () => unchanged)

    // Step 2: conversations with the return-to-work coach.
    .with([ACTIVE, 'conversation.planned'], () => on('conversation.planned', plan))
    .with([ACTIVE, 'conversation.held'], () => on('conversation.held', (s, e) => converse(s, e, activeFrom(s))))
    .with(['resumed', P.union('conversation.planned', 'conversation.held')], () => backAtWork)
    .with(['escalated', P.union('conversation.planned', 'conversation.held')], () => unchanged)

    // Step 3: arrangements or a step plan, deviation for a complex case.
    .with(['preparing-resumption', 'arrangements.agreed'], () => on('arrangements.agreed', agree))
    .with(['resumption-agreed', 'arrangements.agreed'], () => unchanged)
    .with([NOT_POSSIBLE_YET, P.union('arrangements.agreed', 'deviation.recorded')], () =>
      refuse((s) => `no conversation has found resumption possible ${inStatus(s)}`),
    )
    .with(['preparing-resumption', 'deviation.recorded'], () => on('deviation.recorded', deviate))
    .with(['resumption-agreed', 'deviation.recorded'], () => refuse(() => 'the arrangements or step plan are already agreed'))
    .with(['resumed', P.union('arrangements.agreed', 'deviation.recorded')], () => backAtWork)
    .with(['escalated', P.union('arrangements.agreed', 'deviation.recorded')], () => unchanged)
    .with([P.union(ACTIVE, 'resumed', 'escalated'), ADVICE], () => unchanged)

    // Step 4: follow-up after the resumption.
    .with(['resumed', 'follow-up.held'], () => (s, e) => ({ ...s, followUps: [...s.followUps, dated(e)] }))
    .with([ACTIVE, 'follow-up.held'], () => refuse((s) => `work has not resumed ${inStatus(s)}`))
    .with(['escalated', 'follow-up.held'], () => unchanged)

    // After the end of employment nothing more happens in the track.
    .with(['closed', P._], () => refuse((s) => `the employment ended on ${s.closed?.on ?? '?'}`))
    .exhaustive();

const steps = lookupTable(stepFor);

/**
 * The informal track's reducer: the state after one more event. Pure; events must come in date order (ties in
 * input order), as `evaluate` sorts them. The table (`stepFor`) lists every combination of status and event type.
 *
 * @example
 * const s0 = initialInformalState({ type: 'absence.started', date: '2025-03-10' });
 * const s1 = informalTransition(s0, { type: 'conversation.held', date: '2025-04-20', outcome: 'resumption-possible', attentionPoints: false });
 * s1.status //=> 'preparing-resumption'
 * informalTransition(s1, { type: 'arrangements.agreed', date: '2025-05-02', by: 'manager' }).status //=> 'resumption-agreed'
 * informalTransition(s0, { type: 'arrangements.agreed', date: '2025-03-20', by: 'manager' }).issues[0].code //=> 'out-of-sequence'
 */
export function informalTransition(s: InformalState, event: TrackEvent): InformalState {
  // The events of the health duties and the formal trajectory (their own modules) change nothing here.
  if (!isOwn(event)) return s;
  return steps(s.status, event.type)(s, event);
}
