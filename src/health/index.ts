/**
 * The health-surveillance duties that go with an absence (Codex over het welzijn op het werk, book I, title 4):
 * the employer's notification of an incapacity of 4 weeks (I.4-4 §3), the occupational physician's information
 * of the worker (I.4-71/1), the examination at resumption (I.4-34) and the pre-resumption visit (I.4-36; moved
 * to chapter VI in 2026). Published with the informal track (`reintegratie/informal`).
 *
 * Per absence episode (a relapse within 14 days continues it): the facts of each deadline are read out of the
 * events and the episodes, its date computed by the engine from the rule's declared term (`deadline`,
 * src/case/engine.ts); the statuses are computed centrally.
 *
 * @module
 */
import type { Episode } from '../case/episodes.js';
import { deadline } from '../case/engine.js';
import type { Issue } from '../case/output.js';
import { eventIssue, type DeadlineDraft, type TrackContext, type TrackResult } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import { eventsByEpisode } from '../informal/episode-events.js';
import type { InterpretationId } from '../rules/types.js';
import { INFORM_WORKER_FROM, informWorkerRule } from './rules/inform-worker.js';
import { notifyOccupationalPhysicianRule } from './rules/notify-occupational-physician.js';
import { preResumptionVisitBasis, preResumptionVisitRule, validRequest } from './rules/pre-resumption-visit.js';
import { examRequired, returnToWorkExamRule } from './rules/return-to-work-exam.js';

export {
  healthRules,
  notifyOccupationalPhysicianRule,
  informWorkerRule,
  returnToWorkExamRule,
  preResumptionVisitRule,
} from '../rules/registry.js';
export { notifyOccupationalPhysician, NOTIFY_AFTER_WEEKS } from './rules/notify-occupational-physician.js';
export { informWorker, INFORM_WORKER_FROM } from './rules/inform-worker.js';
export {
  returnToWorkExam,
  RETURN_TO_WORK_EXAM_WORKING_DAYS,
  RETURN_TO_WORK_EXAM_AFTER_DAYS,
} from './rules/return-to-work-exam.js';
export {
  preResumptionVisit,
  preResumptionVisitBasis,
  PRE_RESUMPTION_VISIT_WORKING_DAYS,
  EMPLOYER_REQUEST_FROM,
} from './rules/pre-resumption-visit.js';

/** A health event that does not count for the duties. */
const ignored = (e: ValidatedEvent, why: string): Issue => eventIssue(e, 'out-of-sequence', 'warning', `${why}; ignored`);

/** The events of the occupational physician's duties, which need an absence. */
const isNotification = (e: ValidatedEvent) =>
  e.type === 'occupational-physician.notified' || e.type === 'occupational-physician.informed-worker';

/** The notification of an incapacity of 4 weeks and the information of the worker that follows it. */
function notificationDuties(ep: Episode, events: readonly ValidatedEvent[], ctx: TrackContext): DeadlineDraft[] {
  const startRef = ep.segments[0]!.startRef;
  const last = ep.segments[ep.segments.length - 1]!;
  // The incapacity ended: a resumption without a relapse after it, or the end of employment.
  const resumedRef = last.resumedOn !== undefined ? last.resumeRef : undefined;
  const lapsed = resumedRef !== undefined || ep.employmentEndedOn !== undefined ? { state: 'void' as const } : {};
  const notified = events.find((e) => e.type === 'occupational-physician.notified');
  const informed = events.find((e) => e.type === 'occupational-physician.informed-worker');
  // Resumed before the 4 weeks: the duty never arose; resumed later without a notification: no longer relevant.
  const closedBy = notified?.ref ?? resumedRef ?? ep.employmentEndedRef;
  const notify = deadline(
    notifyOccupationalPhysicianRule,
    {
      from: ep.start,
      because: closedBy !== undefined ? [startRef, closedBy] : [startRef],
      interpretations: ['lasted-from-first-day-included', 'notify-only-if-4-weeks-reached'],
      ...(notified !== undefined ? { metOn: notified.date } : lapsed),
    },
    ctx,
  );
  // The duty arises with the notification, or with the information itself when no notification came first.
  const trigger = notified !== undefined && (informed === undefined || notified.date <= informed.date) ? notified : informed;
  if (trigger === undefined || trigger.date < INFORM_WORKER_FROM) return [notify];
  const inform = deadline(
    informWorkerRule,
    {
      from: trigger.date,
      because: informed !== undefined && informed !== trigger ? [trigger.ref, informed.ref] : [trigger.ref],
      interpretations: ['inform-worker-after-notification'],
      ...(informed !== undefined ? { metOn: informed.date } : lapsed),
    },
    ctx,
  );
  return [notify, inform];
}

/** The examination at each resumption after at least 4 weeks of absence (workers under health surveillance). */
function returnToWorkExams(ep: Episode, events: readonly ValidatedEvent[], ctx: TrackContext): DeadlineDraft[] {
  if (ctx.employee.underHealthSurveillance !== true) return [];
  const exams = events.filter((e) => e.type === 'return-to-work-exam.held');
  const out: DeadlineDraft[] = [];
  // The absence counts from the start of the episode, or from the relapse after an exam.
  let countFrom = ep.start;
  ep.segments.forEach((seg, k) => {
    const { resumedOn: r, resumeRef } = seg;
    if (r === undefined || resumeRef === undefined || !examRequired(countFrom, r)) return;
    const relapse = ep.segments[k + 1];
    const held = exams.find((e) => r <= e.date && (relapse === undefined || e.date < relapse.start));
    const outcome =
      held !== undefined
        ? { metOn: held.date, because: [resumeRef, held.ref] }
        : relapse !== undefined
          ? { state: 'void' as const, because: [resumeRef, relapse.startRef] }
          : ep.employmentEndedOn !== undefined
            ? { state: 'void' as const }
            : {};
    const interpretations: InterpretationId[] = ['working-days-mon-fri', 'ten-working-days-current-text', 'return-exam-absence-counted-from-episode-start'];
    out.push(deadline(returnToWorkExamRule, { from: r, because: [resumeRef], interpretations, ...outcome }, ctx));
    if (held !== undefined && relapse !== undefined) countFrom = relapse.start;
  });
  return out;
}

const EMPLOYER_TOO_EARLY =
  'until 31 December 2025 only the worker can request the pre-resumption visit (the employer may from 1 January 2026, re-integratie 3.0)';

/** The pre-resumption visit for each request (the absence need not be recorded in the case). */
function preResumptionVisits(ctx: TrackContext): { deadlines: DeadlineDraft[]; issues: Issue[] } {
  const ended = ctx.employmentEndedOn;
  const resumptions = ctx.episodes.flatMap((ep) =>
    ep.segments.flatMap(({ resumedOn: on, resumeRef: ref }) => (on !== undefined && ref !== undefined ? [{ on, ref }] : [])),
  );
  const visits = ctx.events.filter((e) => e.type === 'pre-resumption-visit.held');
  const out: { deadlines: DeadlineDraft[]; issues: Issue[] } = { deadlines: [], issues: [] };
  for (const e of ctx.events) {
    if (e.type !== 'pre-resumption-visit.requested') continue;
    if (ended !== undefined && ended < e.date) {
      out.issues.push(ignored(e, `the employment ended on ${ended}`));
      continue;
    }
    if (!validRequest(e.date, e.by)) {
      out.issues.push(ignored(e, EMPLOYER_TOO_EARLY));
      continue;
    }
    const resumption = resumptions.find((x) => e.date <= x.on);
    const limit = resumption?.on ?? ended;
    const visit = visits.find((v) => e.date <= v.date && (limit === undefined || v.date <= limit));
    const outcome =
      visit !== undefined
        ? { metOn: visit.date, because: [e.ref, visit.ref] }
        : resumption !== undefined
          ? { state: 'void' as const, because: [e.ref, resumption.ref] }
          : ended !== undefined
            ? { state: 'void' as const }
            : {};
    const interpretations: InterpretationId[] = ['working-days-mon-fri', 'ten-working-days-current-text', 'pre-resumption-visit-employer-from-2026'];
    const facts = { from: e.date, because: [e.ref], basis: preResumptionVisitBasis(e.date), interpretations, ...outcome };
    out.deadlines.push(deadline(preResumptionVisitRule, facts, ctx));
  }
  return out;
}

/**
 * Evaluates the health-surveillance duties of every absence episode (SPEC section 5), and the pre-resumption
 * visits requested in the case.
 *
 * @example
 * // See `evaluate` (src/evaluate.ts), which builds the context.
 */
export function evaluateHealth(ctx: TrackContext): TrackResult {
  const grouped = eventsByEpisode(ctx.events, ctx.episodes, ctx.employmentEndedOn);
  const ended = ctx.employmentEndedOn;
  /** A health event after the end of employment: it does not count for the duties (an issue). */
  const afterEnd = (e: ValidatedEvent) =>
    ended !== undefined && e.date > ended && (isNotification(e) || e.type === 'return-to-work-exam.held');
  const episodes = grouped.episodes.map(({ episode, events }) => ({
    episode,
    events: events.filter((e) => !afterEnd(e)),
    late: events.filter(afterEnd),
  }));
  const visits = preResumptionVisits(ctx);
  return {
    deadlines: [
      ...episodes.flatMap(({ episode, events }) => [
        ...notificationDuties(episode, events, ctx),
        ...returnToWorkExams(episode, events, ctx),
      ]),
      ...visits.deadlines,
    ],
    flags: [],
    escalations: [],
    issues: [
      ...grouped.before.filter(isNotification).map((e) => ignored(e, 'no absence has started')),
      ...episodes.flatMap(({ late }) => late.map((e) => ignored(e, `the employment ended on ${ended!}`))),
      ...visits.issues,
    ],
  };
}
