/**
 * What one evaluated case adds to a report. Every legal judgement (on time or late, overdue, escalated and why,
 * which trajectory, which regime, which event is out of sequence) is read from the library's own evaluation: this
 * file only counts, it never applies a term itself.
 *
 * @module
 */
import { compareDates, diffDays, type PlainDate } from '../calendar/index.js';
import { buildEpisodes, type Episode } from '../case/episodes.js';
import type { Deadline, EscalationReason, Evaluation } from '../case/output.js';
import type { ValidatedCase, ValidatedEvent } from '../case/validate.js';
import { bump, type Figures } from './figures.js';
import { addToHistogram } from './histogram.js';

/** The period of a report: events dated in [from, to] count; the evaluation is at `asOf`. */
export type Period = { readonly from: PlainDate; readonly to: PlainDate; readonly asOf: PlainDate };

const within = (d: PlainDate, p: Period): boolean => compareDates(d, p.from) >= 0 && compareDates(d, p.to) <= 0;

/**
 * The events the evaluation accepted: valid, dated up to `asOf`, and not rejected as `out-of-sequence` or
 * `trajectory-already-active` (such an event "does not change state", SPEC section 3, so it does not count).
 */
function acceptedEvents(validated: ValidatedCase, evaluation: Evaluation): ValidatedEvent[] {
  const rejected = new Set(
    evaluation.issues.filter((i) => i.code === 'out-of-sequence' || i.code === 'trajectory-already-active').map((i) => i.eventIndex),
  );
  return validated.events.filter((e) => !rejected.has(e.index));
}

/** The escalation figure of a `formal.start-required` deadline, by its reason (the first that arose, which set its due date). */
const ESCALATIONS: Record<EscalationReason, keyof Figures['informal']['escalations']> = {
  'mandatory-start-6-months': 'mandatoryStart',
  'no-arrangements-within-2-months': 'noArrangements',
  'no-conversation-within-4-months': 'noConversation',
};

const RESUMPTIONS = { full: 'full', 'part-time': 'partTime', adapted: 'adapted', 'other-work': 'otherWork' } as const;

/** An accepted event dated in the period. */
function countEvent(f: Figures, e: ValidatedEvent): void {
  switch (e.type) {
    case 'conversation.held':
      if (e.outcome !== 'resumption-possible') break;
      f.informal.resumptionPossible++;
      // attentionPoints is required with this outcome (SPEC section 3); absent is read as "no attention points".
      if (e.attentionPoints === true) f.informal.resumptionPossibleWithAttentionPoints++;
      else f.informal.resumptionPossibleWithoutAttentionPoints++;
      break;
    case 'formal.plan-answered':
      f.formal.plans[e.answer]++;
      if (e.answer === 'refused') bump(f.formal.plans.refusedByReason, e.reasonCode ?? 'unspecified');
      break;
    case 'formal.report-delivered':
      f.formal.reports.total++;
      bump(f.formal.reports.byReason, e.reasonCode ?? 'unspecified');
      break;
    case 'arrangements.agreed': f.informal.arrangementsAgreed++; break;
    case 'deviation.recorded': f.informal.deviations++; break;
    case 'smt.referred': f.informal.smtReferrals++; break;
    case 'formal.assessed': f.formal.decisions[e.decision]++; break;
    case 'formal.appeal-lodged': f.formal.appeals.lodged++; break;
    case 'formal.appeal-decided': f.formal.appeals[e.outcome]++; break;
    case 'formal.plan-offered': f.formal.plans.offered++; break;
    case 'formal.plan-deemed-refused': f.formal.plans.deemedRefused++; break;
    case 'formal.no-show': f.formal.noShows++; break;
    case 'work.resumed': f.resumptions[RESUMPTIONS[e.mode]]++; break;
    case 'pre-resumption-visit.requested': f.health.preResumptionVisitsRequested++; break;
    case 'pre-resumption-visit.held': f.health.preResumptionVisitsHeld++; break;
    case 'return-to-work-exam.held': f.health.returnToWorkExams++; break;
    case 'force-majeure.finding': f.forceMajeure.findings[e.definitiveUnfitness ? 'unfit' : 'notUnfit']++; break;
    case 'force-majeure.appeal-lodged': f.forceMajeure.appeals.lodged++; break;
    case 'force-majeure.appeal-decided': f.forceMajeure.appeals[e.outcome]++; break;
    case 'part-time-illness.granted': f.statutory.partTimePeriods++; break;
    default: break;
  }
}

/** A deadline of the evaluation: overdue at `asOf`, met in the period (on time or late), or an escalation. */
function countDeadline(f: Figures, d: Deadline, period: Period, episodes: readonly Episode[]): void {
  if (d.status === 'overdue') bump(f.overdueAtAsOf, d.rule);
  if (d.rule === 'statutory.definitive-unfitness-referral') {
    if (d.status === 'reached' && d.due !== null && within(d.due, period)) f.statutory.referralThresholdsReached++;
    return;
  }
  if (d.rule === 'formal.start-required') {
    if (d.due !== null && within(d.due, period) && compareDates(d.due, period.asOf) <= 0) {
      f.informal.escalations[ESCALATIONS[d.reason as EscalationReason] ?? 'noConversation']++;
    }
    return;
  }
  const metOn = d.status === 'met' || d.status === 'met-late' ? d.metOn : undefined;
  if (metOn === undefined || !within(metOn, period)) return;
  const onTime = d.status === 'met';
  switch (d.rule) {
    case 'informal.first-conversation': {
      f.informal.firstConversations++;
      if (onTime) f.informal.firstConversationsOnTime++;
      else f.informal.firstConversationsLate++;
      // The episode of the conversation: the latest one that started on or before it (episodes never overlap).
      const start = episodes.filter((ep) => compareDates(ep.start, metOn) <= 0).at(-1)?.start;
      if (start !== undefined) addToHistogram(f.informal.daysToFirstConversation, diffDays(start, metOn));
      break;
    }
    case 'informal.resumption-arrangements': if (onTime) f.informal.arrangementsOnTime++; else f.informal.arrangementsLate++; break;
    case 'formal.assessment': if (onTime) f.formal.assessmentsOnTime++; else f.formal.assessmentsLate++; break;
    case 'formal.plan-after-a':
    case 'formal.plan-after-b': if (onTime) f.formal.plansOnTime++; else f.formal.plansLate++; break;
    case 'formal.plan-response': if (!onTime) f.formal.plans.answeredLate++; break;
    default:
      if (d.kind === 'obligation' && d.rule.startsWith('force-majeure.')) f.forceMajeure[onTime ? 'onTime' : 'late']++;
      break;
  }
}

/** Counts one valid case into `f` (its group's figures), from the library's own validation and evaluation at `asOf`. */
export function countCase(f: Figures, validated: ValidatedCase, evaluation: Evaluation, period: Period): void {
  const events = acceptedEvents(validated, evaluation);
  const { episodes } = buildEpisodes(events);
  f.cases++;
  for (const ep of episodes) if (within(ep.start, period)) f.informal.episodesStarted++;
  for (const e of events) if (within(e.date, period)) countEvent(f, e);
  for (const t of evaluation.trajectories) {
    if (!within(t.requestedOn, period)) continue;
    f.formal.requested.total++;
    if (t.initiator === 'worker' || t.initiator === 'employer') f.formal.requested[t.initiator]++;
    else if (t.initiator === 'treating-physician') f.formal.requested.treatingPhysician++;
    f.formal.byRegime[t.regime === 'R2022' || t.regime === 'R2026' ? t.regime : 'unsupported']++;
  }
  for (const d of evaluation.deadlines) countDeadline(f, d, period, episodes);
  for (const p of evaluation.forceMajeure) {
    if (within(p.notifiedOn, period)) {
      f.forceMajeure.started.total++;
      f.forceMajeure.started[p.by]++;
      f.forceMajeure.byRegime[p.regime]++;
    }
    if (p.endReason !== undefined && p.endedOn !== undefined && within(p.endedOn, period)) bump(f.forceMajeure.endedByReason, p.endReason);
  }
  for (const flag of evaluation.flags) if (flag.code === 'part-time-favour' && within(flag.since, period)) f.statutory.partTimeFavours++;
}
