/**
 * `reintegratie/informal`: the informal re-integration track of the Flemish government (omzendbrief
 * re-integratie, in force 1 January 2024; AgO guidance, informal track steps 1-4) and the related
 * health-surveillance duties of the Codex over het welzijn op het werk.
 *
 * - `evaluateInformal(ctx)`: the track of every absence episode, its deadlines and escalations; the status of
 *   the latest episode's track.
 * - `initialInformalState` / `informalTransition`: the track as a pure reducer; `deriveInformal`: its deadlines.
 * - `informalRules` / `healthRules`: the rules as data; one compute function per rule.
 *
 * @module
 */
import { compareDates } from '../calendar/index.js';
import type { InformalStatus, Issue } from '../case/output.js';
import type { TrackContext, TrackResult } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import { append } from '../case/lists.js';
import { deriveInformal } from './derive.js';
import { eventsByEpisode } from './episode-events.js';
import { INFORMAL_IN_FORCE_FROM } from './rules.js';
import { initialInformalState, type InformalState } from './state.js';
import { foldInformal } from './transition.js';

export { informalRules, INFORMAL_IN_FORCE_FROM } from './rules.js';
export { initialInformalState, type InformalState, type TrackEvent, type ResumptionPhase, type Conversation, type TrackSegment, type TrackEnd, type Dated, type ActiveStatus } from './state.js';
export { informalTransition } from './transition.js';
export { deriveInformal, type InformalDeriveOptions, type InformalDerivation } from './derive.js';
export { noConversationEscalation, noArrangementsEscalation, NO_CONVERSATION_MONTHS } from './escalation.js';
export { contactArrangement, contactArrangementRule, contactBasis } from './rules/contact-arrangement.js';
export { keepContact, keepContactRule } from './rules/keep-contact.js';
export { firstConversation, firstConversationRule, FIRST_CONVERSATION_MONTHS } from './rules/first-conversation.js';
export { nextConversation, nextConversationRule } from './rules/next-conversation.js';
export { resumptionArrangements, resumptionArrangementsRule, ARRANGEMENTS_MONTHS } from './rules/resumption-arrangements.js';
export { followUp, followUpRule } from './rules/follow-up.js';
export {
  evaluateHealth,
  healthRules,
  notifyOccupationalPhysician,
  notifyOccupationalPhysicianRule,
  informWorker,
  informWorkerRule,
  returnToWorkExam,
  returnToWorkExamRule,
  preResumptionVisit,
  preResumptionVisitRule,
} from '../health/index.js';
export type { InformalStatus } from '../case/output.js';

/** Event types of the informal track that need an absence episode. */
const INFORMAL_EVENT_TYPES = new Set<string>([
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
]);

function eventIssue(e: ValidatedEvent, code: 'out-of-sequence' | 'informal-not-in-force', severity: Issue['severity'], message: string): Issue {
  const named = e.ref.startsWith('#') ? `event ${e.index}` : `event ${e.index} (id "${e.ref}")`;
  return {
    code,
    severity,
    path: ['events', e.index],
    message: `${named} (${e.type}) on ${e.date}: ${message}`,
    ...(e.ref.startsWith('#') ? { eventIndex: e.index } : { eventId: e.ref, eventIndex: e.index }),
  };
}

/**
 * Evaluates the informal track of every absence episode (SPEC section 5): one track per episode, a relapse
 * within 14 days continuing it. Episodes that started before 1 January 2024 are not evaluated (issue
 * `informal-not-in-force`). `status` is the status of the latest episode's track (null without an evaluated
 * episode).
 *
 * @example
 * // See `evaluate` (src/evaluate.ts), which builds the context.
 */
export function evaluateInformal(ctx: TrackContext): TrackResult & { status: InformalStatus | null } {
  const result: TrackResult & { status: InformalStatus | null } = {
    deadlines: [],
    flags: [],
    escalations: [],
    issues: [],
    status: null,
  };
  const grouped = ctx.byEpisode ?? eventsByEpisode(ctx.events, ctx.episodes, ctx.employmentEndedOn);
  for (const e of grouped.before) {
    if (INFORMAL_EVENT_TYPES.has(e.type)) {
      result.issues.push(
        eventIssue(e, 'out-of-sequence', 'warning', 'no absence has started: the informal track starts with absence.started; ignored'),
      );
    }
  }
  for (let index = 0; index < grouped.episodes.length; index++) {
    const { episode, events } = grouped.episodes[index]!;
    const first = events[0];
    const isLatest = index === grouped.episodes.length - 1;
    if (first === undefined || first.type !== 'absence.started') continue;
    if (compareDates(episode.start, INFORMAL_IN_FORCE_FROM) < 0) {
      result.issues.push(
        eventIssue(
          first,
          'informal-not-in-force',
          'info',
          `the absence episode started before the omzendbrief re-integratie came into force on ${INFORMAL_IN_FORCE_FROM}: its informal track is not evaluated`,
        ),
      );
      if (isLatest) result.status = null;
      continue;
    }
    // A fresh state, owned by this fold: the transitions change it in place (see foldInformal).
    const state: InformalState = foldInformal(initialInformalState(first), events, 1);
    const derived = deriveInformal(state, {
      asOf: ctx.asOf,
      policy: ctx.options.policy,
      deadline: ctx.deadline,
      episode: episode.index,
    });
    append(result.deadlines, derived.deadlines);
    append(result.escalations, derived.escalations);
    append(result.issues, state.issues);
    if (isLatest) result.status = state.status;
  }
  return result;
}
