/**
 * The health-surveillance duties that go with an absence (Codex over het welzijn op het werk, book I, title 4):
 * the employer's notification of an incapacity of 4 weeks (I.4-4 §3), the occupational physician's information
 * of the worker (I.4-71/1), the examination at resumption (I.4-34) and the pre-resumption visit (I.4-36; moved
 * to chapter VI in 2026). Published with the informal track (`reintegratie/informal`).
 *
 * Per absence episode (a relapse within 14 days continues it); deadlines are derived from the events and the
 * episodes, their statuses computed centrally.
 *
 * @module
 */
import { compareDates, toDayNumber, type PlainDate } from '../calendar/index.js';
import type { Episode } from '../case/episodes.js';
import type { Issue } from '../case/output.js';
import { newDraft, type DeadlineDraft, type TrackContext, type TrackResult } from '../case/track.js';
import { dayOf, type ValidatedEvent } from '../case/validate.js';
import { eventsByEpisode } from '../informal/episode-events.js';
import {
  EMPLOYER_VISIT_FROM_2026,
  EXAM_ABSENCE_FROM_EPISODE,
  INFORM_AFTER_NOTIFICATION,
  LASTED_FROM_FIRST_DAY,
  NOTIFY_ONLY_WHEN_REACHED,
  TEN_WORKING_DAYS_CURRENT_TEXT,
  WORKING_DAYS_MON_FRI,
} from './interpretations.js';
import { INFORM_WORKER_FROM, informWorker } from './rules/inform-worker.js';
import { notifyOccupationalPhysician } from './rules/notify-occupational-physician.js';
import { preResumptionVisit, preResumptionVisitBasis } from './rules/pre-resumption-visit.js';
import { returnToWorkExam } from './rules/return-to-work-exam.js';

export { healthRules } from './rules.js';
export { notifyOccupationalPhysician, notifyOccupationalPhysicianRule, NOTIFY_AFTER_WEEKS } from './rules/notify-occupational-physician.js';
export { informWorker, informWorkerRule, INFORM_WORKER_FROM } from './rules/inform-worker.js';
export {
  returnToWorkExam,
  returnToWorkExamRule,
  RETURN_TO_WORK_EXAM_WORKING_DAYS,
  RETURN_TO_WORK_EXAM_AFTER_DAYS,
} from './rules/return-to-work-exam.js';
export {
  preResumptionVisit,
  preResumptionVisitBasis,
  preResumptionVisitRule,
  PRE_RESUMPTION_VISIT_WORKING_DAYS,
  EMPLOYER_REQUEST_FROM,
} from './rules/pre-resumption-visit.js';

const lte = (a: PlainDate, b: PlainDate) => compareDates(a, b) <= 0;
const lt = (a: PlainDate, b: PlainDate) => compareDates(a, b) < 0;

function eventIssue(e: ValidatedEvent, message: string): Issue {
  const named = e.ref.startsWith('#') ? `event ${e.index}` : `event ${e.index} (id "${e.ref}")`;
  return {
    code: 'out-of-sequence',
    severity: 'warning',
    path: ['events', e.index],
    message: `${named} (${e.type}) on ${e.date}: ${message}; ignored`,
    ...(e.ref.startsWith('#') ? { eventIndex: e.index } : { eventId: e.ref, eventIndex: e.index }),
  };
}

/** The last resumption of an episode, if the incapacity has ended (no relapse after it). */
const finalResumption = (ep: Episode): { on: PlainDate; ref: string } | undefined => {
  const last = ep.segments[ep.segments.length - 1]!;
  return last.resumedOn !== undefined && last.resumeRef !== undefined ? { on: last.resumedOn, ref: last.resumeRef } : undefined;
};

/** The notification of an incapacity of 4 weeks and the information of the worker that follows it. */
function notificationDuties(ep: Episode, events: readonly ValidatedEvent[], ctx: TrackContext, out: DeadlineDraft[]): void {
  const startRef = ep.segments[0]!.startRef;
  const threshold = notifyOccupationalPhysician({ start: ep.start }).due;
  const resumed = finalResumption(ep);
  const endedOn = ep.employmentEndedOn;
  // The first notification and the first information of the worker, in one pass.
  let notified: ValidatedEvent | undefined;
  let informed: ValidatedEvent | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'occupational-physician.notified') notified ??= e;
    else if (e.type === 'occupational-physician.informed-worker') informed ??= e;
  }
  // Resumed before the 4 weeks: the duty never arose; resumed later without a notification: no longer relevant.
  const closedBy =
    notified !== undefined ? notified.ref : resumed !== undefined ? resumed.ref : endedOn !== undefined ? ep.employmentEndedRef : undefined;
  const notify = newDraft(
    'health.notify-occupational-physician',
    ep.start,
    ctx.deadline(threshold),
    closedBy !== undefined ? [startRef, closedBy] : [startRef],
  );
  notify.interpretations = [LASTED_FROM_FIRST_DAY.id, NOTIFY_ONLY_WHEN_REACHED.id];
  if (notified !== undefined) notify.metOn = notified.date;
  else if (resumed !== undefined || endedOn !== undefined) notify.state = 'void';
  out.push(notify);

  // The duty arises with the notification, or with the information itself when no notification came first.
  const trigger = notified !== undefined && (informed === undefined || lte(notified.date, informed.date)) ? notified : informed;
  if (trigger !== undefined && lte(INFORM_WORKER_FROM, trigger.date)) {
    const inform = newDraft(
      'health.inform-worker',
      trigger.date,
      informWorker({ notifiedOn: trigger.date }).due,
      informed !== undefined && informed !== trigger ? [trigger.ref, informed.ref] : [trigger.ref],
    );
    inform.interpretations = [INFORM_AFTER_NOTIFICATION.id];
    if (informed !== undefined) {
      inform.metOn = informed.date;
    } else if (resumed !== undefined || endedOn !== undefined) {
      inform.state = 'void';
    }
    out.push(inform);
  }
}

/** The examination at each resumption after at least 4 weeks of absence (workers under health surveillance). */
function returnToWorkExams(ep: Episode, events: readonly ValidatedEvent[], ctx: TrackContext, out: DeadlineDraft[]): void {
  if (ctx.employee.underHealthSurveillance !== true) return;
  const exams = events.filter((e) => e.type === 'return-to-work-exam.held');
  let countFrom = ep.start;
  ep.segments.forEach((seg, k) => {
    if (seg.resumedOn === undefined || seg.resumeRef === undefined) return;
    const r = seg.resumedOn;
    const relapse = ep.segments[k + 1];
    const exam = returnToWorkExam({ absentSince: countFrom, resumedOn: r, underHealthSurveillance: true }, ctx.calendar);
    if (exam === null) return;
    const held = exams.find((e) => lte(r, e.date) && (relapse === undefined || lt(e.date, relapse.start)));
    // A working-day term already ends on a working day: no rollover.
    const d = newDraft('health.return-to-work-exam', r, exam.due, [seg.resumeRef]);
    d.interpretations = [WORKING_DAYS_MON_FRI.id, TEN_WORKING_DAYS_CURRENT_TEXT.id, EXAM_ABSENCE_FROM_EPISODE.id];
    if (held !== undefined) {
      d.metOn = held.date;
      d.because.push(held.ref);
      if (relapse !== undefined) countFrom = relapse.start;
    } else if (relapse !== undefined) {
      d.state = 'void';
      d.because.push(relapse.startRef);
    } else if (ep.employmentEndedOn !== undefined) {
      d.state = 'void';
    }
    out.push(d);
  });
}

/** The pre-resumption visit for each request (the absence need not be recorded in the case). */
function preResumptionVisits(ctx: TrackContext, issues: Issue[], out: DeadlineDraft[]): void {
  if (!ctx.events.some((e) => e.type === 'pre-resumption-visit.requested')) return;
  const resumptions: { on: PlainDate; ref: string }[] = [];
  for (const ep of ctx.episodes) {
    for (const g of ep.segments) if (g.resumedOn !== undefined && g.resumeRef !== undefined) resumptions.push({ on: g.resumedOn, ref: g.resumeRef });
  }
  const visits = ctx.events.filter((e) => e.type === 'pre-resumption-visit.held');
  for (const e of ctx.events) {
    if (e.type !== 'pre-resumption-visit.requested') continue;
    if (ctx.employmentEndedOn !== undefined && lt(ctx.employmentEndedOn, e.date)) {
      issues.push(eventIssue(e, `the employment ended on ${ctx.employmentEndedOn}`));
      continue;
    }
    const r = preResumptionVisit({ requestedOn: e.date, by: e.by }, ctx.calendar);
    if (!r.valid) {
      issues.push(
        eventIssue(
          e,
          'until 31 December 2025 only the worker can request the pre-resumption visit (the employer may from 1 January 2026, re-integratie 3.0)',
        ),
      );
      continue;
    }
    const resumption = resumptions.find((x) => lte(e.date, x.on));
    const limit = resumption?.on ?? ctx.employmentEndedOn;
    const visit = visits.find((v) => lte(e.date, v.date) && (limit === undefined || lte(v.date, limit)));
    const d = newDraft('health.pre-resumption-visit', e.date, r.due, [e.ref]);
    d.basis = preResumptionVisitBasis(e.date);
    d.interpretations = [WORKING_DAYS_MON_FRI.id, TEN_WORKING_DAYS_CURRENT_TEXT.id, EMPLOYER_VISIT_FROM_2026.id];
    if (visit !== undefined) {
      d.metOn = visit.date;
      d.because.push(visit.ref);
    } else if (resumption !== undefined) {
      d.state = 'void';
      d.because.push(resumption.ref);
    } else if (ctx.employmentEndedOn !== undefined) {
      d.state = 'void';
    }
    out.push(d);
  }
}

/**
 * Evaluates the health-surveillance duties of every absence episode (SPEC section 5), and the pre-resumption
 * visits requested in the case.
 *
 * @example
 * // See `evaluate` (src/evaluate.ts), which builds the context.
 */
export function evaluateHealth(ctx: TrackContext): TrackResult {
  const result: TrackResult = { deadlines: [], flags: [], escalations: [], issues: [] };
  evaluateHealthInto(ctx, result);
  return result;
}

/**
 * {@link evaluateHealth}, pushing onto the lists of `result` (which may hold other tracks' items before). For
 * `evaluate`, which collects every track's outputs in one set of lists.
 *
 * @internal
 */
export function evaluateHealthInto(ctx: TrackContext, result: TrackResult): void {
  const deadlines = result.deadlines;
  const issues = result.issues;
  const grouped = ctx.byEpisode ?? eventsByEpisode(ctx.events, ctx.episodes, ctx.employmentEndedOn);
  for (const e of grouped.before) {
    if (e.type === 'occupational-physician.notified' || e.type === 'occupational-physician.informed-worker') {
      issues.push(eventIssue(e, 'no absence has started'));
    }
  }
  const ended = ctx.employmentEndedOn;
  const endedDay = ended === undefined ? Infinity : toDayNumber(ended);
  /** Whether an event counts for the duties: not a health event after the end of employment (an issue). */
  const relevant = (e: ValidatedEvent): boolean => {
    if (
      dayOf(e) > endedDay &&
      (e.type === 'occupational-physician.notified' ||
        e.type === 'occupational-physician.informed-worker' ||
        e.type === 'return-to-work-exam.held')
    ) {
      issues.push(eventIssue(e, `the employment ended on ${ended!}`));
      return false;
    }
    return true;
  };
  for (const { episode, events: all } of grouped.episodes) {
    // Without an end of employment every event is relevant: no copy.
    const events = ended === undefined ? all : all.filter(relevant);
    notificationDuties(episode, events, ctx, deadlines);
    returnToWorkExams(episode, events, ctx, deadlines);
  }
  preResumptionVisits(ctx, issues, deadlines);
}
