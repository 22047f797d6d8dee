/**
 * The employer's duties of the formal track per absence episode, outside any trajectory: the earliest day of an
 * employer request (R2022), the work-potential estimate at 8 weeks and the mandatory start within 6 months
 * (R2026). Facts read out of the episode's events; dates by the engine (`deadline`, src/case/engine.ts).
 *
 * @module
 */
import { daysAfter } from '../calendar/index.js';
import { deadline } from '../case/engine.js';
import { episodeResumedOn, type Episode } from '../case/episodes.js';
import type { DeadlineDraft, EscalationTrigger, TrackContext } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import type { InterpretationId } from '../rules/types.js';
import { eventsOf, refs } from './derive-trajectory.js';
import { R2022_FROM, R2026_FROM } from './regime.js';
import { employerMayRequest, employerMayRequestRule } from './rules/employer-may-request.js';
import { MANDATORY_START_HEADCOUNT, mandatoryStart, mandatoryStartRule } from './rules/mandatory-start.js';
import { workPotentialRequest, workPotentialRequestRule } from './rules/work-potential-request.js';

/** The receipts of a request that start an R2022 trajectory (the trajectory starts the day after). */
const R2022_FIRST_RECEIPT = daysAfter(R2022_FROM, -1);
const R2022_LAST_RECEIPT = daysAfter(R2026_FROM, -2);

type Estimate = Extract<ValidatedEvent, { type: 'work-potential.assessed' }>;
const isEstimate = (e: ValidatedEvent): e is Estimate => e.type === 'work-potential.assessed';

export type EpisodeDuties = { deadlines: DeadlineDraft[]; escalations: EscalationTrigger[]; headcountUnknown: boolean };

/** The deadlines (and the escalation of an overdue mandatory start) of one absence episode. */
export function deriveEpisode(ep: Episode, ctx: TrackContext): EpisodeDuties {
  const startRef = ep.segments[0]!.startRef;
  const resumed = episodeResumedOn(ep);
  const employmentEnded = ep.employmentEndedOn ?? ctx.employmentEndedOn;
  const events = eventsOf(ctx, ep);
  const first = (...types: string[]) => events.find((e) => types.includes(e.type));
  const cert = first('certificate.definitive-unfitness');
  // An estimate received shows it was asked for, also when the request itself was not recorded.
  const requested = first('work-potential.requested', 'work-potential.assessed');
  const waived = first('work-potential.waived');
  const request = first('formal.requested');
  const estimates = events.filter(isEstimate).filter((e) => e.date >= R2026_FROM);
  const deadlines: DeadlineDraft[] = [];
  const escalations: EscalationTrigger[] = [];

  // R2022: the earliest day of an employer request (shown when a request on it starts an R2022 trajectory).
  const may = employerMayRequest({ uninterruptedSince: ep.start, ...(cert !== undefined ? { certificateOn: cert.date } : {}) });
  if (R2022_FIRST_RECEIPT <= may.due && may.due <= R2022_LAST_RECEIPT) {
    const irrelevant = (resumed !== undefined && resumed <= may.due) || (employmentEnded !== undefined && employmentEnded <= may.due);
    const interpretations: InterpretationId[] = [
      'lasted-from-first-day-included',
      ...(ep.segments.length > 1 ? ['short-resumption-days-count' as const] : []),
      'employer-may-request-scope',
    ];
    const because = refs(startRef, may.by === 'certificate' ? cert?.ref : undefined);
    const state = irrelevant ? 'void' : undefined;
    deadlines.push(deadline(employerMayRequestRule, { from: ep.start, due: may.due, because, interpretations, state }, ctx));
  }

  // R2026: ask the occupational physician for the work-potential estimate once the incapacity lasted 8 weeks.
  if (workPotentialRequest({ uninterruptedSince: ep.start }).applies) {
    const unmet = waived !== undefined ? 'waived' : resumed !== undefined || employmentEnded !== undefined ? 'void' : undefined;
    deadlines.push(
      deadline(
        workPotentialRequestRule,
        {
          from: ep.start,
          because: refs(startRef, requested?.ref ?? waived?.ref),
          metOn: requested?.date,
          state: requested === undefined ? unmet : undefined,
          interpretations: ['work-potential-due-at-8-weeks'],
        },
        ctx,
      ),
    );
  }

  // R2026: an employer with 20 or more workers starts the trajectory within 6 months once potential is found.
  const headcount = ctx.options.employerHeadcount;
  const potential = estimates.find((e) => e.potential);
  if (potential === undefined || (headcount !== undefined && headcount < MANDATORY_START_HEADCOUNT)) {
    return { deadlines, escalations, headcountUnknown: false };
  }
  const r = mandatoryStart({ uninterruptedSince: ep.start, potentialAssessedOn: potential.date });
  const noLongerRelevant = !estimates.at(-1)!.potential || resumed !== undefined || employmentEnded !== undefined;
  const start = deadline(
    mandatoryStartRule,
    {
      from: potential.date,
      due: r.due,
      because: refs(potential.ref, request?.ref),
      metOn: request?.date,
      state: request === undefined && noLongerRelevant ? 'void' : undefined,
      interpretations: [
        'mandatory-start-met-by-receipt',
        ...(r.deferred ? ['mandatory-start-not-before-potential' as const] : []),
        ...(r.clamped ? ['month-end-clamped' as const] : []),
        ...(headcount === undefined ? ['headcount-unknown-applies' as const] : []),
      ],
    },
    ctx,
  );
  deadlines.push(start);
  // Overdue without a timely request: the employer must start the trajectory (flag formal-trajectory-required).
  const due = start.due!;
  const timely = request !== undefined && request.date <= due;
  if (!timely && start.state === undefined && ctx.asOf > due) {
    escalations.push({ reason: 'mandatory-start-6-months', since: daysAfter(due, 1), episode: ep.index, rule: 'formal.mandatory-start', because: [potential.ref] });
  }
  return { deadlines, escalations, headcountUnknown: headcount === undefined };
}
