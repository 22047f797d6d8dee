/**
 * One medical force majeure procedure as a pure reducer (art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1).
 *
 * The state holds facts only: the notification, the invitations, the finding and its receipt, the appeal, the
 * request for adapted or other work, the form, the plan or report, the worker's answer, the end. The status
 * follows from the facts (`statusOf`); deadlines and flags are derived from the final state (`derive.ts`). A missed
 * term never changes the state (research A-17). An event that does not fit is set aside with the reason (an
 * `out-of-sequence` issue) and changes nothing else.
 *
 * @module
 */
import { match, P } from 'ts-pattern';
import { compareDates, type PlainDate } from '../calendar/index.js';
import type { ForceMajeureEndReason, ForceMajeureStatus } from '../case/output.js';
import { lookupTable } from '../case/table.js';
import type { ValidatedEvent } from '../case/validate.js';
import { adaptedWorkRequest } from './rules/adapted-work-request.js';
import { fmAppealWindow } from './rules/appeal-window.js';
import { forceMajeureRegime, type ForceMajeureRegime } from './rules/may-start.js';

/** The events of the examination, and those that need a finding of definitive unfitness. */
const EXAM_EVENT_TYPES = ['force-majeure.invited', 'force-majeure.no-show', 'force-majeure.finding'] as const;
const AFTER_FINDING_EVENT_TYPES = [
  'force-majeure.appeal-lodged',
  'force-majeure.appeal-decided',
  'force-majeure.adapted-work-requested',
  'force-majeure.form-delivered',
  'force-majeure.plan-offered',
  'force-majeure.report-delivered',
  'force-majeure.plan-answered',
] as const;
const PROCEDURE_EVENT_TYPES = [...EXAM_EVENT_TYPES, ...AFTER_FINDING_EVENT_TYPES] as const;

/** The event types the reducer of one procedure reads. */
export const FORCE_MAJEURE_EVENT_TYPES = ['force-majeure.notified', ...PROCEDURE_EVENT_TYPES, 'employment.ended'] as const;
export type ForceMajeureEventType = (typeof FORCE_MAJEURE_EVENT_TYPES)[number];
export type ForceMajeureEvent = Extract<ValidatedEvent, { type: ForceMajeureEventType }>;
type EventOf<T extends ForceMajeureEventType> = Extract<ForceMajeureEvent, { type: T }>;

const TYPES: ReadonlySet<string> = new Set(FORCE_MAJEURE_EVENT_TYPES);
export const isForceMajeureEvent = (e: ValidatedEvent): e is ForceMajeureEvent => TYPES.has(e.type);

/** A dated fact with the reference (`id` or `#index`) of the event that recorded it. */
export type Fact = { readonly date: PlainDate; readonly ref: string };

/** The status the reducer keeps; `may-end` is read at `asOf` (`toProcedure`). */
export type ReducerStatus = Exclude<ForceMajeureStatus, 'may-end'>;

export type SetAside = Fact & { readonly index: number; readonly type: ForceMajeureEventType; readonly reason: string };

export type ForceMajeureState = {
  readonly status: ReducerStatus;
  readonly regime: ForceMajeureRegime;
  readonly notice: Fact & { readonly index: number; readonly by: 'employer' | 'worker'; readonly rightsMentioned?: boolean | undefined };
  readonly invitations: readonly Fact[];
  readonly noShow?: Fact | undefined;
  /** `date`: received by the employer. */
  readonly finding?: (Fact & { readonly definitiveUnfitness: boolean; readonly askedAtExamination: boolean; readonly receivedByWorker: PlainDate }) | undefined;
  readonly appeal?: (Fact & { readonly late: boolean; readonly decided?: (Fact & { readonly outcome: 'confirmed' | 'overturned' }) | undefined }) | undefined;
  readonly request?: Fact | undefined;
  readonly form?: Fact | undefined;
  readonly plan?: Fact | undefined;
  readonly report?: Fact | undefined;
  readonly answer?: (Fact & { readonly answer: 'agreed' | 'refused' }) | undefined;
  readonly end?: (Fact & { readonly reason: ForceMajeureEndReason }) | undefined;
  readonly setAside: readonly SetAside[];
};

/** What the reducer needs from the evaluation: the rollover of deadlines (to tell a late appeal or request). */
export type ForceMajeureEnv = { readonly deadline?: (due: PlainDate) => PlainDate };

const fact = (e: ForceMajeureEvent): Fact => ({ date: e.date, ref: e.ref });

/** The worker asked for adapted or other work: at the examination, or by a timely request. */
export const adaptedWorkAsked = (s: ForceMajeureState): boolean => s.finding?.askedAtExamination === true || s.request !== undefined;

/** The status that follows from the facts. */
export function statusOf(s: ForceMajeureState): ReducerStatus {
  if (s.end !== undefined) return 'ended';
  if (s.appeal !== undefined && !s.appeal.late && s.appeal.decided === undefined) return 'appeal-pending';
  if (s.plan !== undefined && s.answer === undefined) return 'plan-offered';
  if (s.finding !== undefined) return adaptedWorkAsked(s) && s.report === undefined && s.answer === undefined ? 'adapted-work' : 'unfit';
  return s.invitations.length > 0 ? 'invited' : 'notified';
}

/** The facts changed by an event, with the status that follows. */
const settle = (s: ForceMajeureState, changes: Partial<ForceMajeureState>): ForceMajeureState => {
  const next = { ...s, ...changes };
  return { ...next, status: statusOf(next) };
};
const ended = (s: ForceMajeureState, reason: ForceMajeureEndReason, e: ForceMajeureEvent, also: Partial<ForceMajeureState> = {}) =>
  settle(s, { ...also, end: { ...fact(e), reason } });
const setAside = (s: ForceMajeureState, e: ForceMajeureEvent, reason: string): ForceMajeureState => ({
  ...s,
  setAside: [...s.setAside, { ...fact(e), index: e.index, type: e.type, reason }],
});

/**
 * The state of a procedure on the day the occupational physician received the notification.
 *
 * @example
 * initialForceMajeureState({ type: 'force-majeure.notified', date: '2025-11-12' as PlainDate, by: 'employer', ref: 'n', index: 0 }).regime //=> 'FM2022'
 */
export function initialForceMajeureState(e: EventOf<'force-majeure.notified'>): ForceMajeureState {
  return {
    status: 'notified',
    regime: forceMajeureRegime(e.date),
    notice: { ...fact(e), index: e.index, by: e.by, rightsMentioned: e.rightsMentioned },
    invitations: [],
    setAside: [],
  };
}

function find(s: ForceMajeureState, e: EventOf<'force-majeure.finding'>): ForceMajeureState {
  const finding = {
    ...fact(e),
    definitiveUnfitness: e.definitiveUnfitness,
    askedAtExamination: e.adaptedWorkAsked === true,
    receivedByWorker: e.receivedByWorker ?? e.date,
  };
  return e.definitiveUnfitness ? settle(s, { finding }) : ended(s, 'not-unfit', e, { finding });
}

function lodgeAppeal(s: ForceMajeureState, e: EventOf<'force-majeure.appeal-lodged'>, env: ForceMajeureEnv): ForceMajeureState {
  if (s.appeal !== undefined) return setAside(s, e, `the worker already appealed on ${s.appeal.date}`);
  const windowEnd = (env.deadline ?? ((d: PlainDate) => d))(fmAppealWindow(s.finding!).due);
  return settle(s, { appeal: { ...fact(e), late: compareDates(e.date, windowEnd) > 0 } });
}

function decideAppeal(s: ForceMajeureState, e: EventOf<'force-majeure.appeal-decided'>): ForceMajeureState {
  const appeal = s.appeal;
  if (appeal === undefined || appeal.decided !== undefined) return setAside(s, e, 'no appeal is pending');
  const decided = { ...appeal, decided: { ...fact(e), outcome: e.outcome } };
  // Overturned: the agreed work is not definitively impossible; the procedure ends.
  return e.outcome === 'confirmed' ? settle(s, { appeal: decided }) : ended(s, 'appeal-overturned', e, { appeal: decided });
}

function requestAdaptedWork(s: ForceMajeureState, e: EventOf<'force-majeure.adapted-work-requested'>, env: ForceMajeureEnv): ForceMajeureState {
  const finding = s.finding!;
  if (adaptedWorkAsked(s)) return setAside(s, e, 'the worker already asked to examine adapted or other work');
  const due = (env.deadline ?? ((d: PlainDate) => d))(adaptedWorkRequest(finding).due);
  if (compareDates(e.date, due) > 0) return setAside(s, e, `the 7 days to ask ended on ${due} (finding received ${finding.receivedByWorker}); the right had expired`);
  return settle(s, { request: fact(e) });
}

/** The occupational physician's form, the plan or the report: only after the worker asked for adapted work. */
const afterRequest = (field: 'form' | 'plan' | 'report') => (s: ForceMajeureState, e: ForceMajeureEvent): ForceMajeureState => {
  if (!adaptedWorkAsked(s)) return setAside(s, e, 'the worker did not ask to examine adapted or other work');
  if (field === 'form' && s.form !== undefined) return setAside(s, e, `the form was already delivered on ${s.form.date}`);
  const earlier = s.plan ?? s.report;
  if (field !== 'form' && earlier !== undefined) return setAside(s, e, `the employer's plan or report was already delivered on ${earlier.date}`);
  return settle(s, { [field]: fact(e) });
};

function answerPlan(s: ForceMajeureState, e: EventOf<'force-majeure.plan-answered'>): ForceMajeureState {
  if (s.plan === undefined || s.answer !== undefined) return setAside(s, e, 'no plan awaits an answer');
  const answer = { ...fact(e), answer: e.answer };
  return e.answer === 'agreed' ? ended(s, 'plan-agreed', e, { answer }) : settle(s, { answer });
}

type Step = (s: ForceMajeureState, e: ForceMajeureEvent, env: ForceMajeureEnv) => ForceMajeureState;
const on = <T extends ForceMajeureEventType>(_type: T, f: (s: ForceMajeureState, e: EventOf<T>, env: ForceMajeureEnv) => ForceMajeureState): Step => f as Step;
const unchanged: Step = (s) => s;
const refuse = (why: (s: ForceMajeureState) => string): Step => (s, e) => setAside(s, e, why(s));

const ACTIVE = P.union('notified', 'invited', 'unfit', 'appeal-pending', 'adapted-work', 'plan-offered');
const BEFORE_FINDING = P.union('notified', 'invited');
const AFTER_FINDING = P.union('unfit', 'appeal-pending', 'adapted-work', 'plan-offered');
const EXAM_EVENTS = P.union(...EXAM_EVENT_TYPES);
const AFTER_FINDING_EVENTS = P.union(...AFTER_FINDING_EVENT_TYPES);
const PROCEDURE_EVENTS = P.union(...PROCEDURE_EVENT_TYPES);

/**
 * The transition table: what an event of `type` does in `status`. The handlers of the part after the finding
 * check the facts themselves (an appeal pending suspends nothing of the adapted-work part, research A-14).
 */
const stepFor = (status: ReducerStatus, type: ForceMajeureEventType): Step =>
  match<[ReducerStatus, ForceMajeureEventType], Step>([status, type])
    // A new notification after the end starts a new procedure (`evaluateForceMajeure`).
    .with(['ended', P.union('force-majeure.notified', 'employment.ended')], () => unchanged)
    .with(['ended', PROCEDURE_EVENTS], () => refuse((s) => `the procedure ended on ${s.end?.date ?? '?'} (${s.end?.reason ?? 'ended'})`))
    .with([ACTIVE, 'force-majeure.notified'], () => refuse((s) => `a procedure notified on ${s.notice.date} is still running (${s.status}); one procedure at a time`))
    .with([ACTIVE, 'employment.ended'], () =>
      on('employment.ended', (s, e) => ended(s, e.reason === 'medical-force-majeure' ? 'contract-ended' : 'employment-ended', e)),
    )
    // The examination: invitations, three unaccepted ones, the finding.
    .with([BEFORE_FINDING, 'force-majeure.invited'], () => (s, e) => settle(s, { invitations: [...s.invitations, fact(e)] }))
    .with([BEFORE_FINDING, 'force-majeure.no-show'], () => (s, e) => ended(s, 'no-show', e, { noShow: fact(e) }))
    .with([BEFORE_FINDING, 'force-majeure.finding'], () => on('force-majeure.finding', find))
    .with([BEFORE_FINDING, AFTER_FINDING_EVENTS], () => refuse((s) => `no finding of definitive unfitness yet in the procedure notified on ${s.notice.date}`))
    .with([AFTER_FINDING, EXAM_EVENTS], () => refuse((s) => `the finding of ${s.finding?.date ?? '?'} was made; the examination is over`))
    // The appeal against the finding (Codex I.4-80), once.
    .with([AFTER_FINDING, 'force-majeure.appeal-lodged'], () => on('force-majeure.appeal-lodged', lodgeAppeal))
    .with([AFTER_FINDING, 'force-majeure.appeal-decided'], () => on('force-majeure.appeal-decided', decideAppeal))
    // Adapted or other work: the request, the form, the plan or report, the answer.
    .with([P.union('unfit', 'appeal-pending'), 'force-majeure.adapted-work-requested'], () =>
      on('force-majeure.adapted-work-requested', requestAdaptedWork),
    )
    .with([P.union('adapted-work', 'plan-offered'), 'force-majeure.adapted-work-requested'], () =>
      refuse(() => 'the worker already asked to examine adapted or other work'),
    )
    .with([AFTER_FINDING, 'force-majeure.form-delivered'], () => afterRequest('form'))
    .with([AFTER_FINDING, 'force-majeure.plan-offered'], () => afterRequest('plan'))
    .with([AFTER_FINDING, 'force-majeure.report-delivered'], () => afterRequest('report'))
    .with([AFTER_FINDING, 'force-majeure.plan-answered'], () => on('force-majeure.plan-answered', answerPlan))
    .exhaustive();

const steps = lookupTable(stepFor);

/**
 * The next state of a procedure after one event. Pure and total: every combination of status and event type is
 * listed (`stepFor`); an event that does not fit is set aside with the reason, and changes nothing else.
 *
 * @example
 * const s0 = initialForceMajeureState({ type: 'force-majeure.notified', date: '2025-11-12' as PlainDate, by: 'employer', ref: 'n', index: 0 });
 * forceMajeureTransition(s0, { type: 'force-majeure.invited', date: '2025-11-24' as PlainDate, ref: 'i', index: 1 }).status //=> 'invited'
 */
export function forceMajeureTransition(state: ForceMajeureState, event: ForceMajeureEvent, env: ForceMajeureEnv = {}): ForceMajeureState {
  return steps(state.status, event.type)(state, event, env);
}
