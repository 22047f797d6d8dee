/**
 * The deadlines, flags and issues of one formal trajectory, read out of the reducer's final state: each deadline's
 * facts (the day it counts from, what met it, what voids it) go to the engine (`deadline`, src/case/engine.ts),
 * which computes the date from the rule's declared term. Statuses and the `overdue` / `due-soon` flags follow
 * centrally (`src/case/deadlines.ts`).
 *
 * @module
 */
import { daysAfter, type PlainDate } from '../calendar/index.js';
import { deadline, type DeadlineFacts } from '../case/engine.js';
import type { Episode } from '../case/episodes.js';
import type { Flag, Issue } from '../case/output.js';
import { eventIssue, type DeadlineDraft, type TrackContext } from '../case/track.js';
import type { ValidatedEvent } from '../case/validate.js';
import type { InterpretationId, RuleId, RuleSpec } from '../rules/types.js';
import type { FormalDecision, FormalState } from './reducer.js';
import { R2022_FROM } from './regime.js';
import { appealDecisionRule } from './rules/appeal-decision.js';
import { appealWindowRule } from './rules/appeal-window.js';
import { assessmentRule } from './rules/assessment.js';
import { contactWorkerRule } from './rules/contact-worker.js';
import { employerMayRequest } from './rules/employer-may-request.js';
import { nextInvitationRule, noShowEndValid } from './rules/next-invitation.js';
import { planAfterARule } from './rules/plan-after-decision-a.js';
import { planAfterB, planAfterBRule } from './rules/plan-after-decision-b.js';
import { planFollowUpRule } from './rules/plan-follow-up.js';
import { planResponseRule } from './rules/plan-response.js';
import { restartBar, restartBarRule } from './rules/restart-bar.js';

/** What a trajectory (or an absence episode) yields. */
export type Derived = { deadlines: DeadlineDraft[]; flags: Flag[]; issues: Issue[] };

/** The references given, without the missing ones. */
export const refs = (...xs: (string | undefined)[]): string[] => xs.filter((x): x is string => x !== undefined);

/** The events of an episode: from its start up to (not including) the start of the next episode. */
export function eventsOf(ctx: TrackContext, ep: Episode): ValidatedEvent[] {
  const next = ctx.episodes[ep.index + 1];
  return ctx.events.filter((e) => ep.start <= e.date && (next === undefined || e.date < next.start));
}

/** One trajectory as the derivation reads it: its state, its number, and the readings every deadline shares. */
type Trajectory = { readonly s: FormalState; readonly i: number; readonly ctx: TrackContext; readonly base: readonly InterpretationId[] };

/**
 * The draft of a deadline of trajectory `t`: the engine's date, the readings named for it followed by those of
 * the regime; an unmet obligation (or a right not yet expired) is void once the trajectory ended.
 */
function draft(t: Trajectory, rule: RuleSpec, facts: Omit<DeadlineFacts, 'trajectory'> & { readings?: InterpretationId[] }): DeadlineDraft {
  const { readings = [], ...rest } = facts;
  const d = deadline(rule, { ...rest, trajectory: t.i, interpretations: [...readings, ...t.base] }, t.ctx);
  const end = t.s.end;
  if (d.metOn !== undefined || end === undefined || rule.kind === 'earliest') return d;
  if (rule.kind === 'right' && d.due !== null && end.date > d.due) return d; // it had expired already
  return { ...d, state: 'void' };
}

const flag = (t: Trajectory, code: Flag['code'], severity: Flag['severity'], since: PlainDate, rule: RuleId, message: Flag['message']): Flag => ({
  code,
  severity,
  since,
  rule,
  trajectory: t.i,
  message,
});

/** The plan or report `x` when it answers decision number `k`. */
const answering = <T extends { after: number }>(x: T | undefined, k: number): T | undefined => (x?.after === k ? x : undefined);

/** Decision B: the appeal (window, decision, a late one flagged) and the plan or report within 6 months. */
function afterDecisionB(t: Trajectory, k: number, dec: FormalDecision): Omit<Derived, 'issues'> {
  const { s, ctx } = t;
  const answer = answering(s.plan, k) ?? answering(s.report, k);
  const appeal = s.appeal?.against === k ? s.appeal : undefined;
  const timely = appeal?.late === false ? appeal : undefined;
  const deadlines: DeadlineDraft[] = [];
  const flags: Flag[] = [];
  // Once per trajectory: a decision B after an appeal against an earlier B opens no new window.
  if (s.appeal === undefined || appeal !== undefined) {
    deadlines.push(draft(t, appealWindowRule, { from: dec.receivedByWorker, because: refs(dec.ref, appeal?.ref), metOn: appeal?.date }));
  }
  if (appeal?.late === true) {
    flags.push(
      flag(t, 'appeal-late', 'warning', appeal.date, 'formal.appeal-window', {
        nl: `Het beroep van ${appeal.date} kwam na de termijn van 21 kalenderdagen na de ontvangst van beslissing B (${dec.receivedByWorker}): het schorst het traject niet.`,
        en: `The appeal of ${appeal.date} came after the 21 calendar days from the receipt of decision B (${dec.receivedByWorker}): it does not suspend the trajectory.`,
        fr: `Le recours du ${appeal.date} a été introduit après le délai de 21 jours calendrier suivant la réception de la décision B (${dec.receivedByWorker}) : il ne suspend pas le trajet.`,
      }),
    );
  }
  if (timely !== undefined) {
    const decided = timely.decided;
    deadlines.push(draft(t, appealDecisionRule, { from: timely.date, because: refs(timely.ref, decided?.ref), metOn: decided?.date }));
  }
  const interpretation = ctx.options.interpretations?.planAfterB ?? 'from-appeal-outcome';
  const decided = timely?.decided;
  const r = planAfterB({
    receivedByEmployer: dec.receivedByEmployer,
    interpretation,
    ...(timely !== undefined ? { appeal: decided !== undefined ? { outcome: decided.outcome, decidedOn: decided.date } : {} } : {}),
  });
  // Unmet: suspended while a timely appeal is pending; void once B no longer stands (overturned on appeal, also
  // on a late appeal the inspector physician still decided).
  const state = answer !== undefined ? undefined : r.status === 'lapsed' || dec.overturned !== undefined ? 'void' : r.status === 'suspended' ? 'suspended' : undefined;
  deadlines.push(
    draft(t, planAfterBRule, {
      from: r.countedFrom,
      due: r.due,
      because: refs(dec.ref, timely?.ref, decided?.ref, answer?.ref),
      metOn: answer?.date,
      state,
      readings: [...(timely !== undefined ? [interpretation] : []), ...(r.clamped ? ['month-end-clamped' as const] : [])],
    }),
  );
  const lastDecision = s.decisions.length - 1 === k;
  if (dec.overturned !== undefined && lastDecision && s.end === undefined) {
    flags.push(
      flag(t, 'appeal-overturned-needs-decision', 'info', dec.overturned.date, 'formal.appeal-decision', {
        nl: `Beslissing B werd in beroep niet bevestigd (${dec.overturned.date}): ze geldt niet meer, en het traject wacht op een nieuwe re-integratiebeoordeling door de preventieadviseur-arbeidsarts.`,
        en: `Decision B was not confirmed on appeal (${dec.overturned.date}): it no longer stands, and the trajectory waits for a new re-integration assessment by the occupational physician.`,
        fr: `La décision B n'a pas été confirmée en recours (${dec.overturned.date}) : elle ne s'applique plus, et le trajet attend une nouvelle évaluation de réintégration par le conseiller en prévention-médecin du travail.`,
      }),
    );
  }
  return { deadlines, flags };
}

/** What decision number `k` opens: the plan after A, the appeal and plan after B, the restart bar after C. */
function afterDecision(t: Trajectory, k: number, dec: FormalDecision, next: FormalState | undefined): Omit<Derived, 'issues'> {
  const { s, ctx } = t;
  if (dec.decision === 'B') return afterDecisionB(t, k, dec);
  if (dec.decision === 'A') {
    const answer = answering(s.plan, k) ?? answering(s.report, k);
    const plan = draft(t, planAfterARule, { from: dec.receivedByEmployer, because: refs(dec.ref, answer?.ref), metOn: answer?.date });
    return { deadlines: [plan], flags: [] };
  }
  const r = restartBar({ receivedByEmployer: dec.receivedByEmployer, receivedByWorker: dec.receivedByWorker });
  const employmentEnded = ctx.employmentEndedOn !== undefined && ctx.employmentEndedOn <= r.due;
  const bar = draft(t, restartBarRule, {
    from: r.countedFrom,
    due: r.due,
    because: refs(dec.ref, next?.request.ref),
    metOn: next?.requestedOn,
    state: employmentEnded && next === undefined ? 'void' : undefined,
    readings: ['restart-bar-from-last-receipt', ...(r.clamped ? ['month-end-clamped' as const] : [])],
  });
  return { deadlines: [bar], flags: [] };
}

/** The plan offered: the worker's 14 days, the employer's contact after them, the follow-up of an agreed plan. */
function planDeadlines(t: Trajectory): DeadlineDraft[] {
  const { s, ctx } = t;
  const { plan, answer } = s;
  if (plan === undefined) return [];
  const response = draft(t, planResponseRule, { from: plan.date, because: refs(plan.ref, answer?.ref), metOn: answer?.date });
  const out = [response];
  const responseDue = response.due!;
  // The employer's contact is due once the worker's 14 days passed without an answer (research A-11).
  const unansweredInTime = answer === undefined || answer.date > responseDue;
  if (unansweredInTime && ctx.asOf > responseDue) {
    const contact = s.workerContacted;
    out.push(
      draft(t, contactWorkerRule, {
        from: daysAfter(responseDue, 1),
        because: refs(plan.ref, contact?.ref),
        metOn: contact?.date,
        state: contact === undefined && answer !== undefined ? 'void' : undefined, // the worker answered late
        readings: ['contact-due-day-after-response-term'],
      }),
    );
  }
  if (answer?.answer === 'agreed') {
    const last = s.reviews.at(-1);
    out.push(
      draft(t, planFollowUpRule, {
        from: answer.date,
        because: refs(answer.ref, last?.ref),
        metOn: last?.date,
        readings: ['follow-up-latest-review'],
      }),
    );
  }
  return out;
}

/** The latest episode that started on or before `date`. */
const episodeFrom = (episodes: readonly Episode[], date: PlainDate): Episode | undefined => episodes.filter((ep) => ep.start <= date).at(-1);

/** Start checks: a premature employer request, a restart before the bar after decision C (warnings). */
function startFlags(t: Trajectory, states: readonly FormalState[]): Flag[] {
  const { s, ctx } = t;
  const request = s.request;
  const flags: Flag[] = [];
  if (s.initiator === 'employer') {
    const ep = episodeFrom(ctx.episodes, request.date);
    const prior = (ep !== undefined ? eventsOf(ctx, ep) : ctx.events).filter((e) => e.date <= request.date && e.index !== request.index);
    if (s.regime === 'R2022' && ep !== undefined) {
      const cert = prior.find((e) => e.type === 'certificate.definitive-unfitness');
      const may = employerMayRequest({ uninterruptedSince: ep.start, ...(cert !== undefined ? { certificateOn: cert.date } : {}) });
      if (request.date < may.due) {
        flags.push(
          flag(t, 'premature-employer-request', 'warning', request.date, 'formal.employer-may-request', {
            nl: `De werkgever vroeg het traject aan op ${request.date}, vóór drie maanden onafgebroken arbeidsongeschiktheid (vanaf ${may.due}) en zonder attest van definitieve ongeschiktheid.`,
            en: `The employer requested the trajectory on ${request.date}, before three months of uninterrupted incapacity (from ${may.due}) and without a certificate of definitive unfitness.`,
            fr: `L'employeur a demandé le trajet le ${request.date}, avant trois mois d'incapacité de travail ininterrompue (à partir du ${may.due}) et sans attestation d'incapacité définitive.`,
          }),
        );
      }
    }
    if (s.regime === 'R2026' && !s.workerConsent) {
      const latest = prior.filter((e) => e.type === 'work-potential.assessed').at(-1);
      if (latest?.type !== 'work-potential.assessed' || !latest.potential) {
        flags.push(
          flag(t, 'premature-employer-request', 'warning', request.date, 'formal.employer-may-request', {
            nl: `De werkgever vroeg het traject aan op ${request.date} zonder instemming van de werknemer en zonder een eerdere inschatting die arbeidspotentieel vaststelt.`,
            en: `The employer requested the trajectory on ${request.date} without the worker's consent and without an earlier estimate finding work potential.`,
            fr: `L'employeur a demandé le trajet le ${request.date} sans l'accord du travailleur et sans estimation préalable constatant un potentiel de travail.`,
          }),
        );
      }
    }
  }
  // The last earlier trajectory that ended with decision C bars a new request for 3 months.
  const lastC = states.slice(0, t.i).filter((p) => p.status !== 'unsupported' && p.end?.reason === 'decision-c').at(-1);
  if (!s.earlyRestartAllowed && lastC !== undefined) {
    const c = lastC.decisions.at(-1)!;
    const bar = restartBar({ receivedByEmployer: c.receivedByEmployer, receivedByWorker: c.receivedByWorker });
    if (request.date < bar.due) {
      flags.push(
        flag(t, 'restart-before-bar', 'warning', request.date, 'formal.restart-bar', {
          nl: `Nieuwe aanvraag op ${request.date}, minder dan drie maanden na beslissing C (ten vroegste ${bar.due}), zonder dat de preventieadviseur-arbeidsarts een vroegere herstart toestond.`,
          en: `New request on ${request.date}, less than three months after decision C (at the earliest ${bar.due}), without the occupational physician allowing an earlier restart.`,
          fr: `Nouvelle demande le ${request.date}, moins de trois mois après la décision C (au plus tôt le ${bar.due}), sans que le conseiller en prévention-médecin du travail ait autorisé un redémarrage anticipé.`,
        }),
      );
    }
  }
  return flags;
}

/** The assessment within 49 days, the invitations 14 days apart, and a no-show ending checked. */
function assessmentPart(t: Trajectory): Omit<Derived, 'issues'> {
  const { s } = t;
  const first = s.decisions[0];
  const assessing = s.decisions.length === 0 && s.end === undefined;
  const deadlines = [draft(t, assessmentRule, { from: s.requestedOn, because: refs(s.request.ref, first?.ref), metOn: first?.date })];
  // The earliest day of the second and third invitation; void once no next invitation is needed.
  for (const [k, inv] of s.invitations.slice(0, 2).entries()) {
    const next = s.invitations[k + 1];
    deadlines.push(
      draft(t, nextInvitationRule, {
        from: inv.date,
        because: refs(inv.ref, next?.ref),
        metOn: next?.date,
        state: next === undefined && !assessing ? 'void' : undefined,
        readings: ['invitation-gap-between-sending-dates'],
      }),
    );
  }
  const flags: Flag[] = [];
  const noShow = s.noShow;
  if (noShow !== undefined) {
    const invitations = s.invitations.filter((x) => x.date <= noShow.date).map((x) => x.date);
    if (!noShowEndValid(invitations)) {
      flags.push(
        flag(t, 'no-show-end-invalid', 'warning', noShow.date, 'formal.next-invitation', {
          nl: `Het traject werd op ${noShow.date} beëindigd omdat de werknemer niet inging op de uitnodigingen, maar er waren geen 3 uitnodigingen met telkens minstens 14 kalenderdagen ertussen (${invitations.length} uitnodiging(en)).`,
          en: `The trajectory was ended on ${noShow.date} because the worker did not accept the invitations, but there were not 3 invitations each at least 14 calendar days apart (${invitations.length} invitation(s)).`,
          fr: `Le trajet a pris fin le ${noShow.date} parce que le travailleur n'a pas donné suite aux invitations, mais il n'y a pas eu 3 invitations espacées chacune d'au moins 14 jours calendrier (${invitations.length} invitation(s)).`,
        }),
      );
    }
  }
  return { deadlines, flags };
}

/**
 * Everything trajectory `i` of `states` produces: its deadlines (with `trajectory` = its index), flags and
 * issues. An unsupported trajectory (before 1 October 2022) produces only the issue `regime-not-supported`.
 */
export function deriveTrajectory(states: readonly FormalState[], i: number, ctx: TrackContext): Derived {
  const s = states[i]!;
  const setAside = s.setAside.map((x) => eventIssue(x, x.code, 'warning', `${x.reason}; ignored`));
  if (s.regime === 'R2016') {
    const unsupported = eventIssue(
      { ...s.request, type: 'formal.requested' },
      'regime-not-supported',
      'warning',
      `the trajectory starts on ${s.startsOn}, before ${R2022_FROM}: the rules of the KB of 28 October 2016 apply (working-day terms, decisions A-E), which this library does not compute; no deadlines are given`,
    );
    return { deadlines: [], flags: [], issues: [unsupported, ...setAside] };
  }
  const t: Trajectory = { s, i, ctx, base: s.regime === 'R2026' ? ['r2026-terms-as-r2022'] : [] };
  const parts = [assessmentPart(t), ...s.decisions.map((dec, k) => afterDecision(t, k, dec, states[i + 1]))];
  return {
    deadlines: [...parts.flatMap((p) => p.deadlines), ...planDeadlines(t)],
    flags: [...startFlags(t, states), ...parts.flatMap((p) => p.flags)],
    issues: setAside,
  };
}
