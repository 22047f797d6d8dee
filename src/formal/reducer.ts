/**
 * The formal re-integration trajectory as a pure reducer, one state per trajectory (Codex over het welzijn op het
 * werk, book I, title 4, chapter VI).
 *
 * The state holds facts only: who asked and when, the invitations, the decisions and their receipt, the appeal,
 * the plan or report, the worker's answer, the end. Deadlines, flags and issues are derived from the final state
 * and `asOf` (`derive.ts`); a missed term never changes the state, because the law attaches no automatic
 * consequence to it (research A-17). An event that does not fit the state is set aside (`setAside`, reported as
 * an `out-of-sequence` or `trajectory-already-active` issue) and changes nothing else.
 *
 * @module
 */
import { match, P } from 'ts-pattern';
import { lookupTable } from '../case/table.js';
import { compareDates, daysAfter, type PlainDate } from '../calendar/index.js';
import type { FormalEndReason, FormalStatus, FormalTrajectory } from '../case/output.js';
import type { ValidatedEvent } from '../case/validate.js';
import type { Regime } from '../rules/types.js';
import { selectRegime } from './regime.js';
import { appealWindow } from './rules/appeal-window.js';

/** The events of the assessment (invitations and the decision). */
const ASSESSMENT_EVENT_TYPES = ['formal.invited', 'formal.no-show', 'formal.assessed'] as const;
/** The events that need a decision in force: the appeal, the plan or report, the answer, the follow-up. */
const AFTER_DECISION_EVENT_TYPES = [
  'formal.appeal-lodged',
  'formal.appeal-decided',
  'formal.plan-offered',
  'formal.report-delivered',
  'formal.plan-answered',
  'formal.worker-contacted',
  'formal.plan-deemed-refused',
  'formal.plan-reviewed',
] as const;
/** The events of a running trajectory, after its request. */
const TRAJECTORY_EVENT_TYPES = [...ASSESSMENT_EVENT_TYPES, ...AFTER_DECISION_EVENT_TYPES] as const;

/** The event types the reducer of one trajectory reads. */
export const FORMAL_EVENT_TYPES = ['formal.requested', ...TRAJECTORY_EVENT_TYPES, 'employment.ended'] as const;
export type FormalEventType = (typeof FORMAL_EVENT_TYPES)[number];
/** A validated event the formal reducer reads. */
export type FormalEvent = Extract<ValidatedEvent, { type: FormalEventType }>;
type FormalEventOf<T extends FormalEventType> = Extract<FormalEvent, { type: T }>;

const FORMAL_TYPES: ReadonlySet<string> = new Set(FORMAL_EVENT_TYPES);
export const isFormalEvent = (e: ValidatedEvent): e is FormalEvent => FORMAL_TYPES.has(e.type);

/** A dated fact with the reference (`id` or `#index`) of the event that recorded it. */
export type Fact = { readonly date: PlainDate; readonly ref: string };

/** A re-integration assessment (decision form) and its receipt by both parties. */
export type FormalDecision = Fact & {
  readonly decision: 'A' | 'B' | 'C';
  readonly receivedByEmployer: PlainDate;
  readonly receivedByWorker: PlainDate;
  /** Set when an appeal overturned this decision B: it no longer stands. */
  readonly overturned?: Fact | undefined;
};

/** The one appeal of the trajectory (Codex I.4-80). */
export type FormalAppeal = Fact & {
  /** Lodged after the 21 days: flagged, and it suspends nothing. */
  readonly late: boolean;
  /** Index in `decisions` of the decision B appealed against. */
  readonly against: number;
  readonly decided?: Fact & { readonly outcome: 'confirmed' | 'overturned' };
};

/** An event the reducer could not apply to the state. */
export type SetAsideEvent = Fact & {
  readonly index: number;
  readonly type: FormalEventType;
  readonly code: 'out-of-sequence' | 'trajectory-already-active';
  readonly reason: string;
};

export type Initiator = 'worker' | 'treating-physician' | 'employer';

/** The facts of one formal trajectory. */
export type FormalState = {
  readonly status: FormalStatus;
  /** `R2016` only with status `unsupported`. */
  readonly regime: Regime | 'R2016';
  /** Day the occupational physician received the request. */
  readonly requestedOn: PlainDate;
  /** Day the trajectory starts: the day after the receipt. */
  readonly startsOn: PlainDate;
  readonly initiator: Initiator;
  readonly workerConsent: boolean;
  readonly earlyRestartAllowed: boolean;
  readonly request: Fact & { readonly index: number };
  readonly invitations: readonly Fact[];
  readonly noShow?: Fact | undefined;
  /** Every assessment, oldest first; the one in force is the last unless it was overturned. */
  readonly decisions: readonly FormalDecision[];
  readonly appeal?: FormalAppeal | undefined;
  /** The plan, with the index of the decision it answers. */
  readonly plan?: Fact & { readonly after: number } | undefined;
  readonly report?: Fact & { readonly after: number; readonly reasonCode?: string } | undefined;
  readonly answer?: Fact & { readonly answer: 'agreed' | 'refused'; readonly reasonCode?: string } | undefined;
  readonly workerContacted?: Fact | undefined;
  readonly deemedRefused?: Fact | undefined;
  readonly reviews: readonly Fact[];
  readonly end?: Fact & { readonly reason: FormalEndReason } | undefined;
  readonly setAside: readonly SetAsideEvent[];
};

/** What the reducer needs from the evaluation: the rollover of deadlines (to tell whether an appeal is late). */
export type FormalEnv = { readonly deadline?: (due: PlainDate) => PlainDate };

/**
 * The state of a trajectory on the day its request was received: `requested`, or `unsupported` when it starts
 * before 1 October 2022.
 *
 * @example
 * initialFormalState({ type: 'formal.requested', date: '2025-04-16' as PlainDate, initiator: 'worker', ref: 'r1', index: 0 }).status //=> 'requested'
 */
export function initialFormalState(request: FormalEventOf<'formal.requested'>): FormalState {
  const startsOn = daysAfter(request.date, 1);
  const regime = selectRegime(startsOn);
  return {
    status: regime === 'R2016' ? 'unsupported' : 'requested',
    regime,
    requestedOn: request.date,
    startsOn,
    initiator: request.initiator,
    workerConsent: request.workerConsent === true,
    earlyRestartAllowed: request.earlyRestartAllowed === true,
    request: { date: request.date, ref: request.ref, index: request.index },
    invitations: [],
    decisions: [],
    reviews: [],
    setAside: [],
  };
}

/** The decision in force: the last one, unless an appeal overturned it. */
export function currentDecision(state: FormalState): FormalDecision | undefined {
  const last = state.decisions.at(-1);
  return last !== undefined && last.overturned === undefined ? last : undefined;
}

/** True while the trajectory runs (not ended, not outside the supported regimes). */
export const isActive = (state: FormalState): boolean => state.status !== 'ended' && state.status !== 'unsupported';

const fact = (e: FormalEvent): Fact => ({ date: e.date, ref: e.ref });

/** The trajectory ended by event `e`, with the changes `also`. */
const ended = (state: FormalState, reason: FormalEndReason, e: FormalEvent, also: Partial<FormalState> = {}): FormalState => ({
  ...state,
  ...also,
  status: 'ended',
  end: { ...fact(e), reason },
});

/** Event `e` does not fit the state: it is set aside with the reason, and changes nothing else. */
const setAside = (state: FormalState, e: FormalEvent, reason: string, code: SetAsideEvent['code'] = 'out-of-sequence'): FormalState => ({
  ...state,
  setAside: [...state.setAside, { ...fact(e), index: e.index, type: e.type, code, reason }],
});

function assess(state: FormalState, e: FormalEventOf<'formal.assessed'>): FormalState {
  const decision: FormalDecision = {
    ...fact(e),
    decision: e.decision,
    receivedByEmployer: e.receivedByEmployer ?? e.date,
    receivedByWorker: e.receivedByWorker ?? e.date,
  };
  const decisions = [...state.decisions, decision];
  return match(e.decision)
    .with('A', (): FormalState => ({ ...state, decisions, status: 'decided-a' }))
    .with('B', (): FormalState => ({ ...state, decisions, status: 'decided-b' }))
    .with('C', () => ended(state, 'decision-c', e, { decisions }))
    .exhaustive();
}

function lodgeAppeal(state: FormalState, e: FormalEventOf<'formal.appeal-lodged'>, env: FormalEnv): FormalState {
  if (state.appeal !== undefined) {
    return setAside(state, e, `the worker already appealed on ${state.appeal.date}; only one appeal per trajectory`);
  }
  const against = state.decisions.length - 1;
  const decision = state.decisions[against]!;
  const windowEnd = (env.deadline ?? ((d: PlainDate) => d))(appealWindow({ receivedByWorker: decision.receivedByWorker }).due);
  const late = compareDates(e.date, windowEnd) > 0;
  // A late appeal is inadmissible: it is recorded (and flagged) but suspends nothing.
  return { ...state, status: late ? 'decided-b' : 'appeal-pending', appeal: { ...fact(e), late, against } };
}

function decideAppeal(state: FormalState, e: FormalEventOf<'formal.appeal-decided'>): FormalState {
  const appeal = state.appeal;
  if (appeal === undefined || appeal.decided !== undefined || appeal.against !== state.decisions.length - 1) {
    return setAside(state, e, 'no appeal is pending');
  }
  const decided = { ...state, appeal: { ...appeal, decided: { ...fact(e), outcome: e.outcome } } };
  if (e.outcome === 'confirmed') return { ...decided, status: 'decided-b' };
  // Overturned: decision B no longer stands; the occupational physician must assess again.
  const decisions = state.decisions.map((d, i) => (i === appeal.against ? { ...d, overturned: fact(e) } : d));
  return { ...decided, status: 'assessing', decisions };
}

function answerPlan(state: FormalState, e: FormalEventOf<'formal.plan-answered'>): FormalState {
  const answer = { ...fact(e), answer: e.answer, ...(e.reasonCode !== undefined ? { reasonCode: e.reasonCode } : {}) };
  return e.answer === 'agreed' ? { ...state, answer, status: 'plan-agreed' } : ended(state, 'plan-refused', e, { answer });
}

const ACTIVE = P.union('requested', 'assessing', 'decided-a', 'decided-b', 'appeal-pending', 'plan-offered', 'plan-agreed');
const BEFORE_DECISION = P.union('requested', 'assessing');
const DECIDED = P.union('decided-a', 'decided-b');
const ASSESSMENT_EVENTS = P.union(...ASSESSMENT_EVENT_TYPES);
const PLAN_EVENTS = P.union('formal.plan-answered', 'formal.worker-contacted', 'formal.plan-deemed-refused');
const AFTER_DECISION_EVENTS = P.union(...AFTER_DECISION_EVENT_TYPES);
const TRAJECTORY_EVENTS = P.union(...TRAJECTORY_EVENT_TYPES);

/** What one event does to a trajectory, for one combination of status and event type. */
type Step = (state: FormalState, e: FormalEvent, env: FormalEnv) => FormalState;
/** A step for events of one type: the table hands it only events of that type. */
const on = <T extends FormalEventType>(_type: T, f: (state: FormalState, e: FormalEventOf<T>, env: FormalEnv) => FormalState): Step =>
  f as Step;
const unchanged: Step = (state) => state;
/** The event is set aside with the reason `why` gives for the state. */
const refuse = (why: (state: FormalState) => string): Step => (state, e) => setAside(state, e, why(state));

/**
 * The transition table: what an event of `type` does in `status`. Every combination of status and event type is
 * listed (drawn in docs/diagrams.md); an event that does not fit is set aside with the reason, and changes
 * nothing else.
 */
const stepFor = (status: FormalStatus, type: FormalEventType): Step =>
  match<[FormalStatus, FormalEventType], Step>([status, type])
    // Outside the supported regimes the library tracks nothing (issue `regime-not-supported`).
    .with(['unsupported', P._], () => unchanged)
    // A new request after the end starts a new trajectory (evaluateFormal); employment already ended it or not.
    .with(['ended', P.union('formal.requested', 'employment.ended')], () => unchanged)
    .with(['ended', TRAJECTORY_EVENTS], () => refuse((s) => `the trajectory ended on ${s.end?.date ?? s.requestedOn} (${s.end?.reason ?? 'ended'})`))
    .with([ACTIVE, 'formal.requested'], () => (state, e) =>
      setAside(state, e, `a trajectory requested on ${state.requestedOn} is still running (${state.status}); one trajectory at a time`, 'trajectory-already-active'),
    )
    .with([ACTIVE, 'employment.ended'], () => (state, e) => ended(state, 'employment-ended', e))
    // Invitations and the assessment.
    .with([BEFORE_DECISION, 'formal.invited'], () => (state, e) => ({ ...state, status: 'assessing', invitations: [...state.invitations, fact(e)] }))
    .with([BEFORE_DECISION, 'formal.no-show'], () => (state, e) => ended(state, 'no-show', e, { noShow: fact(e) }))
    .with([BEFORE_DECISION, 'formal.assessed'], () => on('formal.assessed', assess))
    .with([BEFORE_DECISION, AFTER_DECISION_EVENTS], () => refuse((s) => `no decision is in force yet in the trajectory requested on ${s.requestedOn}`))
    // Decision A or B: the employer's plan or motivated report.
    .with([DECIDED, 'formal.plan-offered'], () => (state, e) => ({
      ...state,
      status: 'plan-offered',
      plan: { ...fact(e), after: state.decisions.length - 1 },
    }))
    .with([DECIDED, 'formal.report-delivered'], () =>
      on('formal.report-delivered', (state, e) => {
        const report = { ...fact(e), after: state.decisions.length - 1, ...(e.reasonCode !== undefined ? { reasonCode: e.reasonCode } : {}) };
        return ended(state, 'report', e, { report });
      }),
    )
    .with([DECIDED, ASSESSMENT_EVENTS], () =>
      refuse((s) => `decision ${currentDecision(s)?.decision ?? '?'} is in force; a new assessment follows only an appeal that overturned decision B`),
    )
    .with([DECIDED, PLAN_EVENTS], () => refuse(() => 'no re-integration plan was offered'))
    .with([DECIDED, 'formal.plan-reviewed'], () => refuse(() => 'no re-integration plan was agreed'))
    // The appeal against decision B (Codex I.4-80).
    .with(['decided-a', 'formal.appeal-lodged'], () => refuse(() => 'an appeal is possible only against decision B'))
    .with(['decided-b', 'formal.appeal-lodged'], () => on('formal.appeal-lodged', lodgeAppeal))
    .with(['decided-a', 'formal.appeal-decided'], () => refuse(() => 'no appeal is pending'))
    // A late appeal suspends nothing, but the inspector physician may still decide it.
    .with([P.union('decided-b', 'appeal-pending'), 'formal.appeal-decided'], () => on('formal.appeal-decided', decideAppeal))
    .with(['appeal-pending', TRAJECTORY_EVENTS], () =>
      refuse((s) => `the trajectory is suspended while the appeal lodged on ${s.appeal?.date ?? '?'} is pending`),
    )
    // The plan offered: the worker's answer, the employer's contact, a deemed refusal.
    .with(['plan-offered', 'formal.plan-answered'], () => on('formal.plan-answered', answerPlan))
    // The first contact counts; a later one adds nothing.
    .with(['plan-offered', 'formal.worker-contacted'], () => (state, e) =>
      state.workerContacted !== undefined ? state : { ...state, workerContacted: fact(e) },
    )
    .with(['plan-offered', 'formal.plan-deemed-refused'], () => (state, e) =>
      state.workerContacted === undefined
        ? setAside(state, e, 'the employer must first contact the worker (formal.worker-contacted)')
        : ended(state, 'plan-deemed-refused', e, { deemedRefused: fact(e) }),
    )
    .with(['plan-offered', TRAJECTORY_EVENTS], () => refuse((s) => `the plan offered on ${s.plan?.date ?? '?'} awaits the worker's answer`))
    // The plan agreed: the occupational physician's follow-up.
    .with(['plan-agreed', 'formal.plan-reviewed'], () => (state, e) => ({ ...state, reviews: [...state.reviews, fact(e)] }))
    .with(['plan-agreed', TRAJECTORY_EVENTS], () => refuse((s) => `the plan was agreed on ${s.answer?.date ?? '?'}`))
    .exhaustive();

const steps = lookupTable(stepFor);

/**
 * The next state of a trajectory after one event. Pure and total: every combination of status and event type is
 * listed (`stepFor`); an event that does not fit is set aside with the reason, and changes nothing else.
 *
 * `env.deadline` applies the rollover option to the appeal window, to tell a late appeal (which suspends
 * nothing) from a timely one.
 *
 * @example
 * const s0 = initialFormalState({ type: 'formal.requested', date: '2025-04-16' as PlainDate, initiator: 'worker', ref: 'r1', index: 0 });
 * formalTransition(s0, { type: 'formal.assessed', date: '2025-05-20' as PlainDate, decision: 'A', ref: 'a1', index: 1 }).status //=> 'decided-a'
 */
export function formalTransition(state: FormalState, event: FormalEvent, env: FormalEnv = {}): FormalState {
  return steps(state.status, event.type)(state, event, env);
}

/** The public view of a trajectory (`Evaluation.trajectories`). */
export function toTrajectory(state: FormalState): FormalTrajectory {
  const out: FormalTrajectory = {
    status: state.status,
    regime: state.regime,
    requestedOn: state.requestedOn,
    initiator: state.initiator,
  };
  const decision = currentDecision(state);
  if (decision !== undefined) out.decision = decision.decision;
  if (state.end !== undefined) {
    out.endReason = state.end.reason;
    out.endedOn = state.end.date;
  }
  return out;
}
