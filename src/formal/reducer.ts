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
import { compareDates, daysAfter, type PlainDate } from '../calendar/index.js';
import type { FormalEndReason, FormalStatus, FormalTrajectory } from '../case/output.js';
import { kindOf, type ValidatedEvent } from '../case/validate.js';
import { EVENT_KINDS } from '../case/check.js';
import type { Regime } from '../rules/types.js';
import { selectRegime } from './regime.js';
import { appealWindow } from './rules/appeal-window.js';
import { lastOf, plus } from '../case/lists.js';

/** The events of a running trajectory, after its request. */
const TRAJECTORY_EVENT_TYPES = [
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
] as const;

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
    // The optional fields are present (undefined) so that every state has one shape (see `draft`).
    noShow: undefined,
    decisions: [],
    appeal: undefined,
    plan: undefined,
    report: undefined,
    answer: undefined,
    workerContacted: undefined,
    deemedRefused: undefined,
    reviews: [],
    end: undefined,
    setAside: [],
  };
}

/** The decision in force: the last one, unless an appeal overturned it. */
export function currentDecision(state: FormalState): FormalDecision | undefined {
  const last = lastOf(state.decisions);
  return last !== undefined && last.overturned === undefined ? last : undefined;
}

/** True while the trajectory runs (not ended, not outside the supported regimes). */
export const isActive = (state: FormalState): boolean => state.status !== 'ended' && state.status !== 'unsupported';

function narrow<T extends FormalEventType>(e: FormalEvent, type: T): FormalEventOf<T> {
  if (e.type !== type) throw new Error(`reintegratie: formal reducer matched ${type} for ${e.type} (a bug)`);
  return e as FormalEventOf<T>;
}


/** A trajectory under construction: a copy that one transition changes before it returns it. */
type Draft = { -readonly [K in keyof FormalState]: FormalState[K] };

/**
 * A copy of the state to change, built field by field in one fixed order so that every state has the same shape
 * (object spreads, and patches of many shapes, are slow; see bench/README.md). The arrays are shared with `s`:
 * a transition replaces an array, never pushes to it, so `s` is never changed.
 */
function draft(s: FormalState): Draft {
  return {
    status: s.status,
    regime: s.regime,
    requestedOn: s.requestedOn,
    startsOn: s.startsOn,
    initiator: s.initiator,
    workerConsent: s.workerConsent,
    earlyRestartAllowed: s.earlyRestartAllowed,
    request: s.request,
    invitations: s.invitations,
    noShow: s.noShow,
    decisions: s.decisions,
    appeal: s.appeal,
    plan: s.plan,
    report: s.report,
    answer: s.answer,
    workerContacted: s.workerContacted,
    deemedRefused: s.deemedRefused,
    reviews: s.reviews,
    end: s.end,
    setAside: s.setAside,
  };
}

/** Ends the trajectory being built with event `e`. */
function endDraft(n: Draft, reason: FormalEndReason, e: FormalEvent): FormalState {
  n.status = 'ended';
  n.end = { date: e.date, ref: e.ref, reason };
  return n;
}

const fact = (e: FormalEvent): Fact => ({ date: e.date, ref: e.ref });

const ended = (state: FormalState, reason: FormalEndReason, e: FormalEvent): FormalState => endDraft(draft(state), reason, e);

const setAside = (
  state: FormalState,
  e: FormalEvent,
  reason: string,
  code: SetAsideEvent['code'] = 'out-of-sequence',
): FormalState => {
  const n = draft(state);
  n.setAside = plus<SetAsideEvent>(state.setAside, { date: e.date, ref: e.ref, index: e.index, type: e.type, code, reason });
  return n;
};

const ACTIVE = P.union('requested', 'assessing', 'decided-a', 'decided-b', 'appeal-pending', 'plan-offered', 'plan-agreed');
const BEFORE_DECISION = P.union('requested', 'assessing');
const DECIDED = P.union('decided-a', 'decided-b');
const AFTER_DECISION_EVENTS = P.union(
  'formal.appeal-lodged',
  'formal.appeal-decided',
  'formal.plan-offered',
  'formal.report-delivered',
  'formal.plan-answered',
  'formal.worker-contacted',
  'formal.plan-deemed-refused',
  'formal.plan-reviewed',
);
const TRAJECTORY_EVENTS = P.union(...TRAJECTORY_EVENT_TYPES);

function assess(state: FormalState, e: FormalEventOf<'formal.assessed'>): FormalState {
  const decision: FormalDecision = {
    date: e.date,
    ref: e.ref,
    decision: e.decision,
    receivedByEmployer: e.receivedByEmployer ?? e.date,
    receivedByWorker: e.receivedByWorker ?? e.date,
    // Present (undefined) so that every decision has one shape (see `overturn`).
    overturned: undefined,
  };
  const n = draft(state);
  n.decisions = plus(state.decisions, decision);
  switch (e.decision) {
    case 'A':
      n.status = 'decided-a';
      return n;
    case 'B':
      n.status = 'decided-b';
      return n;
    case 'C':
      return endDraft(n, 'decision-c', e);
  }
}

function lodgeAppeal(state: FormalState, e: FormalEventOf<'formal.appeal-lodged'>, env: FormalEnv): FormalState {
  if (state.appeal !== undefined) {
    return setAside(state, e, `the worker already appealed on ${state.appeal.date}; only one appeal per trajectory`);
  }
  const against = state.decisions.length - 1;
  const decision = state.decisions[against]!;
  const windowEnd = (env.deadline ?? ((d: PlainDate) => d))(appealWindow({ receivedByWorker: decision.receivedByWorker }).due);
  const late = compareDates(e.date, windowEnd) > 0;
  const n = draft(state);
  // A late appeal is inadmissible: it is recorded (and flagged) but suspends nothing.
  n.status = late ? 'decided-b' : 'appeal-pending';
  n.appeal = { date: e.date, ref: e.ref, late, against };
  return n;
}

function decideAppeal(state: FormalState, e: FormalEventOf<'formal.appeal-decided'>): FormalState {
  const appeal = state.appeal;
  if (appeal === undefined || appeal.decided !== undefined || appeal.against !== state.decisions.length - 1) {
    return setAside(state, e, 'no appeal is pending');
  }
  const decided = { date: e.date, ref: e.ref, outcome: e.outcome };
  const n = draft(state);
  n.appeal = { date: appeal.date, ref: appeal.ref, late: appeal.late, against: appeal.against, decided };
  if (e.outcome === 'confirmed') {
    n.status = 'decided-b';
    return n;
  }
  // Overturned: decision B no longer stands; the occupational physician must assess again.
  n.status = 'assessing';
  n.decisions = state.decisions.map((d, i) => (i === appeal.against ? overturn(d, fact(e)) : d));
  return n;
}

/**
 * Decision `d`, overturned on appeal by `by`: a literal of the one decision shape. Not `{ ...d, overturned }`:
 * V8 gives each such spread a map of its own, which made every read of a decision field megamorphic
 * (bench/README.md).
 */
const overturn = (d: FormalDecision, by: Fact): FormalDecision => ({
  date: d.date,
  ref: d.ref,
  decision: d.decision,
  receivedByEmployer: d.receivedByEmployer,
  receivedByWorker: d.receivedByWorker,
  overturned: by,
});

function deemRefused(state: FormalState, e: FormalEventOf<'formal.plan-deemed-refused'>): FormalState {
  if (state.workerContacted === undefined) {
    return setAside(state, e, 'the employer must first contact the worker (formal.worker-contacted)');
  }
  const n = draft(state);
  n.deemedRefused = fact(e);
  return endDraft(n, 'plan-deemed-refused', e);
}

/** What one event does to a trajectory, for one combination of status and event type. */
type Step = (state: FormalState, e: FormalEvent, env: FormalEnv) => FormalState;

const unchanged: Step = (state) => state;

/**
 * The transition table: what an event of `type` does in `status`. Every combination of status and event type is
 * listed; an event that does not fit is set aside with the reason, and changes nothing else. The match runs once
 * per combination (see {@link formalTransition}), not once per event.
 */
function stepFor(status: FormalStatus, type: FormalEventType): Step {
  return (
    match<[FormalStatus, FormalEventType], Step>([status, type])
      // Outside the supported regimes the library tracks nothing (issue `regime-not-supported`).
      .with(['unsupported', P.union('formal.requested', 'employment.ended')], () => unchanged)
      .with(['unsupported', TRAJECTORY_EVENTS], () => unchanged)
      // A new request after the end starts a new trajectory (evaluateFormal); employment already ended it or not.
      .with(['ended', P.union('formal.requested', 'employment.ended')], () => unchanged)
      .with(['ended', TRAJECTORY_EVENTS], () => (state, e) =>
        setAside(state, e, `the trajectory ended on ${state.end?.date ?? state.requestedOn} (${state.end?.reason ?? 'ended'})`),
      )
      .with([ACTIVE, 'formal.requested'], () => (state, e) =>
        setAside(
          state,
          e,
          `a trajectory requested on ${state.requestedOn} is still running (${state.status}); one trajectory at a time`,
          'trajectory-already-active',
        ),
      )
      .with([ACTIVE, 'employment.ended'], () => (state, e) => ended(state, 'employment-ended', e))
      // Invitations and the assessment.
      .with([BEFORE_DECISION, 'formal.invited'], () => (state, e): FormalState => {
        const n = draft(state);
        n.status = 'assessing';
        n.invitations = plus(state.invitations, fact(e));
        return n;
      })
      .with([BEFORE_DECISION, 'formal.no-show'], () => (state, e) => {
        const n = draft(state);
        n.noShow = fact(e);
        return endDraft(n, 'no-show', e);
      })
      .with([BEFORE_DECISION, 'formal.assessed'], () => (state, e) => assess(state, narrow(e, 'formal.assessed')))
      .with([BEFORE_DECISION, AFTER_DECISION_EVENTS], () => (state, e) =>
        setAside(state, e, `no decision is in force yet in the trajectory requested on ${state.requestedOn}`),
      )
      // Decision A or B: the employer's plan or motivated report.
      .with([DECIDED, 'formal.plan-offered'], () => (state, e): FormalState => {
        const n = draft(state);
        n.status = 'plan-offered';
        n.plan = { date: e.date, ref: e.ref, after: state.decisions.length - 1 };
        return n;
      })
      .with([DECIDED, 'formal.report-delivered'], () => (state, e) => {
        const r = narrow(e, 'formal.report-delivered');
        const n = draft(state);
        const after = state.decisions.length - 1;
        n.report = r.reasonCode !== undefined ? { date: e.date, ref: e.ref, after, reasonCode: r.reasonCode } : { date: e.date, ref: e.ref, after };
        return endDraft(n, 'report', e);
      })
      .with([DECIDED, P.union('formal.invited', 'formal.no-show', 'formal.assessed')], () => (state, e) =>
        setAside(state, e, `decision ${currentDecision(state)?.decision ?? '?'} is in force; a new assessment follows only an appeal that overturned decision B`),
      )
      .with([DECIDED, P.union('formal.plan-answered', 'formal.worker-contacted', 'formal.plan-deemed-refused')], () => (state, e) =>
        setAside(state, e, 'no re-integration plan was offered'),
      )
      .with([DECIDED, 'formal.plan-reviewed'], () => (state, e) => setAside(state, e, 'no re-integration plan was agreed'))
      // The appeal against decision B (Codex I.4-80).
      .with(['decided-a', 'formal.appeal-lodged'], () => (state, e) => setAside(state, e, 'an appeal is possible only against decision B'))
      .with(['decided-b', 'formal.appeal-lodged'], () => (state, e, env) => lodgeAppeal(state, narrow(e, 'formal.appeal-lodged'), env))
      .with(['decided-a', 'formal.appeal-decided'], () => (state, e) => setAside(state, e, 'no appeal is pending'))
      // A late appeal suspends nothing, but the inspector physician may still decide it.
      .with(['decided-b', 'formal.appeal-decided'], () => (state, e) => decideAppeal(state, narrow(e, 'formal.appeal-decided')))
      .with(['appeal-pending', 'formal.appeal-decided'], () => (state, e) => decideAppeal(state, narrow(e, 'formal.appeal-decided')))
      .with(
        [
          'appeal-pending',
          P.union(
            'formal.invited',
            'formal.no-show',
            'formal.assessed',
            'formal.appeal-lodged',
            'formal.plan-offered',
            'formal.report-delivered',
            'formal.plan-answered',
            'formal.worker-contacted',
            'formal.plan-deemed-refused',
            'formal.plan-reviewed',
          ),
        ],
        () => (state, e) => setAside(state, e, `the trajectory is suspended while the appeal lodged on ${state.appeal?.date ?? '?'} is pending`),
      )
      // The plan offered: the worker's answer, the employer's contact, a deemed refusal.
      .with(['plan-offered', 'formal.plan-answered'], () => (state, e) => {
        const a = narrow(e, 'formal.plan-answered');
        const n = draft(state);
        n.answer =
          a.reasonCode !== undefined ? { date: e.date, ref: e.ref, answer: a.answer, reasonCode: a.reasonCode } : { date: e.date, ref: e.ref, answer: a.answer };
        if (a.answer !== 'agreed') return endDraft(n, 'plan-refused', e);
        n.status = 'plan-agreed';
        return n;
      })
      // The first contact counts; a later one adds nothing.
      .with(['plan-offered', 'formal.worker-contacted'], () => (state, e) => {
        if (state.workerContacted !== undefined) return state;
        const n = draft(state);
        n.workerContacted = fact(e);
        return n;
      })
      .with(['plan-offered', 'formal.plan-deemed-refused'], () => (state, e) => deemRefused(state, narrow(e, 'formal.plan-deemed-refused')))
      .with(
        [
          'plan-offered',
          P.union(
            'formal.invited',
            'formal.no-show',
            'formal.assessed',
            'formal.appeal-lodged',
            'formal.appeal-decided',
            'formal.plan-offered',
            'formal.report-delivered',
            'formal.plan-reviewed',
          ),
        ],
        () => (state, e) => setAside(state, e, `the plan offered on ${state.plan?.date ?? '?'} awaits the worker's answer`),
      )
      // The plan agreed: the occupational physician's follow-up.
      .with(['plan-agreed', 'formal.plan-reviewed'], () => (state, e): FormalState => {
        const n = draft(state);
        n.reviews = plus(state.reviews, fact(e));
        return n;
      })
      .with(
        [
          'plan-agreed',
          P.union(
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
          ),
        ],
        () => (state, e) => setAside(state, e, `the plan was agreed on ${state.answer?.date ?? '?'}`),
      )
      .exhaustive()
  );
}

/**
 * The transition table, filled on first use of each combination (static data, shared by all evaluations): per
 * status (`statusRow`), the step of each event type by its number (`kindOf`).
 */
const STEPS: (Step | undefined)[][] = Array.from({ length: 9 }, () => new Array<Step | undefined>(EVENT_KINDS.length).fill(undefined));

/** The number of a status, for the rows of {@link STEPS} (a switch on the status constants, no hashing). */
function statusRow(status: FormalStatus): number {
  switch (status) {
    case 'requested':
      return 0;
    case 'assessing':
      return 1;
    case 'decided-a':
      return 2;
    case 'decided-b':
      return 3;
    case 'appeal-pending':
      return 4;
    case 'plan-offered':
      return 5;
    case 'plan-agreed':
      return 6;
    case 'ended':
      return 7;
    case 'unsupported':
      return 8;
  }
}

/**
 * The next state of a trajectory after one event. Pure and total: every combination of status and event type is
 * listed (`stepFor`, drawn in docs/diagrams.md); an event that does not fit is set aside with the reason, and changes nothing else.
 *
 * `env.deadline` applies the rollover option to the appeal window, to tell a late appeal (which suspends
 * nothing) from a timely one.
 *
 * @example
 * const s0 = initialFormalState({ type: 'formal.requested', date: '2025-04-16' as PlainDate, initiator: 'worker', ref: 'r1', index: 0 });
 * formalTransition(s0, { type: 'formal.assessed', date: '2025-05-20' as PlainDate, decision: 'A', ref: 'a1', index: 1 }).status //=> 'decided-a'
 */
export function formalTransition(state: FormalState, event: FormalEvent, env: FormalEnv = {}): FormalState {
  const byKind = STEPS[statusRow(state.status)]!;
  const kind = kindOf(event);
  let step = byKind[kind];
  if (step === undefined) byKind[kind] = step = stepFor(state.status, event.type);
  return step(state, event, env);
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
