/**
 * What one evaluated case adds to a report. Every legal judgement (on time or late, overdue, escalated, which
 * trajectory, which regime, which event is out of sequence) is read from the library's own evaluation: this file
 * only counts, it never applies a term itself.
 *
 * @module
 */
import { compareDates, daysAfter, diffDays, type PlainDate } from '../calendar/index.js';
import { buildEpisodes, type Episode } from '../case/episodes.js';
import type { Deadline, EscalationReason, Evaluation } from '../case/output.js';
import type { ValidatedCase, ValidatedEvent } from '../case/validate.js';
import { bump, type Figures } from './figures.js';
import { addToHistogram } from './histogram.js';

/** The period of a report: events dated in [from, to] count; the evaluation is at `asOf`. */
export type Period = { readonly from: PlainDate; readonly to: PlainDate; readonly asOf: PlainDate };

const within = (d: PlainDate, p: Period): boolean => compareDates(d, p.from) >= 0 && compareDates(d, p.to) <= 0;

/**
 * Issue codes by which the evaluation rejects an event that is otherwise well-formed: it "does not change state"
 * (SPEC section 3), so the report does not count it either.
 */
const REJECTING_ISSUES = new Set<string>(['out-of-sequence', 'trajectory-already-active']);

/** The events the evaluation accepted: valid, dated up to `asOf`, and not rejected as out of sequence. */
function acceptedEvents(validated: ValidatedCase, evaluation: Evaluation): ValidatedEvent[] {
  const rejected = new Set<number>();
  for (const i of evaluation.issues) if (REJECTING_ISSUES.has(i.code) && i.eventIndex !== undefined) rejected.add(i.eventIndex);
  return rejected.size === 0 ? validated.events : validated.events.filter((e) => !rejected.has(e.index));
}

const ESCALATION_REASONS: readonly EscalationReason[] = [
  'mandatory-start-6-months',
  'no-arrangements-within-2-months',
  'no-conversation-within-4-months',
];
const isEscalationReason = (x: unknown): x is EscalationReason => ESCALATION_REASONS.includes(x as EscalationReason);

/**
 * Why an escalation (`formal.start-required`, due on the day the first reason arose) happened.
 *
 * The deadline itself does not name its reason (core `case/escalation.ts`); in order:
 * 1. a `reason` on the deadline, should the core add one;
 * 2. while the escalation is unanswered, the `formal-trajectory-required` flag raised on that same day (two
 *    reasons on one day: the one the core puts first, i.e. alphabetical);
 * 3. once a trajectory was requested the flags are gone: the missed term that set the day, read from the
 *    evaluation's own deadlines: `formal.mandatory-start` (missed, day after its due date), then
 *    `informal.resumption-arrangements` (missed, not waived, day after its due date); otherwise the only reason
 *    left, no conversation within 4 months (it has no deadline of its own).
 */
export function escalationReason(d: Deadline, evaluation: Evaluation): EscalationReason {
  const own = (d as { reason?: unknown }).reason;
  if (isEscalationReason(own)) return own;
  const flagged = evaluation.flags
    .filter((f) => f.code === 'formal-trajectory-required' && f.since === d.due && isEscalationReason(f.reason))
    .map((f) => f.reason as EscalationReason)
    .sort();
  if (flagged[0] !== undefined) return flagged[0];
  const missedDayAfter = (rule: Deadline['rule'], missed: ReadonlySet<string>): boolean =>
    evaluation.deadlines.some((x) => x.rule === rule && x.due !== null && missed.has(x.status) && daysAfter(x.due, 1) === d.due);
  if (missedDayAfter('formal.mandatory-start', new Set(['overdue', 'met-late']))) return 'mandatory-start-6-months';
  if (missedDayAfter('informal.resumption-arrangements', new Set(['overdue', 'met-late', 'void']))) {
    return 'no-arrangements-within-2-months';
  }
  return 'no-conversation-within-4-months';
}

/** The episode a day belongs to: the latest one that started on or before it (episodes never overlap). */
function episodeOf(episodes: readonly Episode[], date: PlainDate): Episode | undefined {
  for (let i = episodes.length - 1; i >= 0; i--) if (compareDates(episodes[i]!.start, date) <= 0) return episodes[i];
  return undefined;
}

/**
 * Adds one valid case to every figure set in `targets` (its group and the total). `validated` is the library's
 * own boundary validation at `asOf`, `evaluation` its own evaluation at `asOf`.
 */
export function countCase(validated: ValidatedCase, evaluation: Evaluation, period: Period, targets: readonly Figures[]): void {
  const add = (fn: (f: Figures) => void): void => {
    for (const t of targets) fn(t);
  };
  add((f) => f.cases++);

  const events = acceptedEvents(validated, evaluation);
  const { episodes } = buildEpisodes(events);

  for (const ep of episodes) if (within(ep.start, period)) add((f) => f.informal.episodesStarted++);

  for (const e of events) {
    if (!within(e.date, period)) continue;
    switch (e.type) {
      case 'conversation.held':
        if (e.outcome === 'resumption-possible') {
          // attentionPoints is required with this outcome (SPEC section 3); absent is read as "no attention points".
          const withPoints = e.attentionPoints === true;
          add((f) => {
            f.informal.resumptionPossible++;
            if (withPoints) f.informal.resumptionPossibleWithAttentionPoints++;
            else f.informal.resumptionPossibleWithoutAttentionPoints++;
          });
        }
        break;
      case 'arrangements.agreed':
        add((f) => f.informal.arrangementsAgreed++);
        break;
      case 'deviation.recorded':
        add((f) => f.informal.deviations++);
        break;
      case 'smt.referred':
        add((f) => f.informal.smtReferrals++);
        break;
      case 'formal.assessed': {
        const decision = e.decision;
        add((f) => f.formal.decisions[decision]++);
        break;
      }
      case 'formal.appeal-lodged':
        add((f) => f.formal.appeals.lodged++);
        break;
      case 'formal.appeal-decided': {
        const outcome = e.outcome;
        add((f) => f.formal.appeals[outcome]++);
        break;
      }
      case 'formal.plan-offered':
        add((f) => f.formal.plans.offered++);
        break;
      case 'formal.plan-answered': {
        const { answer } = e;
        const reason = e.reasonCode ?? 'unspecified';
        add((f) => {
          f.formal.plans[answer]++;
          if (answer === 'refused') bump(f.formal.plans.refusedByReason, reason);
        });
        break;
      }
      case 'formal.plan-deemed-refused':
        add((f) => f.formal.plans.deemedRefused++);
        break;
      case 'formal.report-delivered': {
        const reason = e.reasonCode ?? 'unspecified';
        add((f) => {
          f.formal.reports.total++;
          bump(f.formal.reports.byReason, reason);
        });
        break;
      }
      case 'formal.no-show':
        add((f) => f.formal.noShows++);
        break;
      case 'work.resumed': {
        const mode = e.mode === 'part-time' ? 'partTime' : e.mode === 'other-work' ? 'otherWork' : e.mode;
        add((f) => f.resumptions[mode]++);
        break;
      }
      case 'pre-resumption-visit.requested':
        add((f) => f.health.preResumptionVisitsRequested++);
        break;
      case 'pre-resumption-visit.held':
        add((f) => f.health.preResumptionVisitsHeld++);
        break;
      case 'return-to-work-exam.held':
        add((f) => f.health.returnToWorkExams++);
        break;
      default:
        break;
    }
  }

  for (const t of evaluation.trajectories) {
    if (!within(t.requestedOn, period)) continue;
    const initiator =
      t.initiator === 'worker' ? 'worker' : t.initiator === 'treating-physician' ? 'treatingPhysician' : t.initiator === 'employer' ? 'employer' : null;
    const regime = t.regime === 'R2022' || t.regime === 'R2026' ? t.regime : 'unsupported';
    add((f) => {
      f.formal.requested.total++;
      if (initiator !== null) f.formal.requested[initiator]++;
      f.formal.byRegime[regime]++;
    });
  }

  for (const d of evaluation.deadlines) {
    if (d.status === 'overdue') add((f) => bump(f.overdueAtAsOf, d.rule));
    const met = d.status === 'met' || d.status === 'met-late';
    const metInPeriod = met && d.metOn !== undefined && within(d.metOn, period);
    const onTime = d.status === 'met';
    switch (d.rule) {
      case 'informal.first-conversation':
        if (metInPeriod) {
          const start = episodeOf(episodes, d.metOn!)?.start;
          add((f) => {
            f.informal.firstConversations++;
            if (onTime) f.informal.firstConversationsOnTime++;
            else f.informal.firstConversationsLate++;
            if (start !== undefined) addToHistogram(f.informal.daysToFirstConversation, diffDays(start, d.metOn!));
          });
        }
        break;
      case 'informal.resumption-arrangements':
        if (metInPeriod) add((f) => (onTime ? f.informal.arrangementsOnTime++ : f.informal.arrangementsLate++));
        break;
      case 'formal.assessment':
        if (metInPeriod) add((f) => (onTime ? f.formal.assessmentsOnTime++ : f.formal.assessmentsLate++));
        break;
      case 'formal.plan-after-a':
      case 'formal.plan-after-b':
        if (metInPeriod) add((f) => (onTime ? f.formal.plansOnTime++ : f.formal.plansLate++));
        break;
      case 'formal.plan-response':
        if (metInPeriod && !onTime) add((f) => f.formal.plans.answeredLate++);
        break;
      case 'formal.start-required':
        if (d.due !== null && within(d.due, period) && compareDates(d.due, period.asOf) <= 0) {
          const reason = escalationReason(d, evaluation);
          const key = reason === 'mandatory-start-6-months' ? 'mandatoryStart' : reason === 'no-arrangements-within-2-months' ? 'noArrangements' : 'noConversation';
          add((f) => f.informal.escalations[key]++);
        }
        break;
      default:
        break;
    }
  }
}
