/**
 * Deadlines, flags and issues of the formal trajectory, derived from the final states of the reducer and `asOf`
 * (never accumulated while reducing). Statuses (open, overdue, met, ...) and the `overdue` / `due-soon` flags are
 * computed centrally from these drafts (`src/case/deadlines.ts`).
 *
 * @module
 */
import { compareDates, daysAfter, toDayNumber, type PlainDate } from '../calendar/index.js';
import type { Episode } from '../case/episodes.js';
import type { Flag, Issue } from '../case/output.js';
import { newDraft, type DeadlineDraft, type EscalationTrigger, type TrackContext } from '../case/track.js';
import { append, lastOf } from '../case/lists.js';
import { dayOf, type ValidatedEvent } from '../case/validate.js';
import type { RuleId } from '../rules/types.js';
import type { FormalDecision, FormalState, SetAsideEvent } from './reducer.js';
import { R2022_FROM, R2026_FROM } from './regime.js';
import { appealDecision } from './rules/appeal-decision.js';
import { appealWindow } from './rules/appeal-window.js';
import { assessment } from './rules/assessment.js';
import { contactWorker } from './rules/contact-worker.js';
import { employerMayRequest } from './rules/employer-may-request.js';
import { MANDATORY_START_HEADCOUNT, mandatoryStart } from './rules/mandatory-start.js';
import { nextInvitation, noShowEndValid } from './rules/next-invitation.js';
import { planAfterA } from './rules/plan-after-decision-a.js';
import { planAfterB } from './rules/plan-after-decision-b.js';
import { planFollowUp } from './rules/plan-follow-up.js';
import { planResponse } from './rules/plan-response.js';
import { restartBar } from './rules/restart-bar.js';
import { workPotentialRequest } from './rules/work-potential-request.js';

/**
 * Where the derivation puts what it finds: the lists of the formal track's result, filled in order (each
 * function pushes into the lists it is given, rather than returning lists to be joined).
 */
/** A draft being filled in (the formal derivation still sets `state` after building it). */
type Draft = ReturnType<typeof newDraft>;

export type Derived = { deadlines: DeadlineDraft[]; flags: Flag[]; issues: Issue[]; escalations: EscalationTrigger[] };

/** The references given, without the missing ones. */
function refs(a: string, b?: string, c?: string, d?: string): string[] {
  const out = [a];
  if (b !== undefined) out.push(b);
  if (c !== undefined) out.push(c);
  if (d !== undefined) out.push(d);
  return out;
}

const before = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) < 0;
const after = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) > 0;

/** The issue for an event, in the wording of the shared core (`episodes.ts`). */
function eventIssue(
  code: Issue['code'],
  severity: Issue['severity'],
  e: { ref: string; index: number; type: string; date: PlainDate },
  message: string,
): Issue {
  const named = !e.ref.startsWith('#');
  return {
    code,
    severity,
    path: ['events', e.index],
    message: `event ${e.index}${named ? ` (id "${e.ref}")` : ''} (${e.type}) on ${e.date}: ${message}`,
    ...(named ? { eventId: e.ref, eventIndex: e.index } : { eventIndex: e.index }),
  };
}

const setAsideIssue = (s: SetAsideEvent): Issue =>
  eventIssue(s.code, 'warning', s, `${s.reason}; ignored`);

function flag(
  code: Flag['code'],
  severity: Flag['severity'],
  since: PlainDate,
  rule: RuleId,
  trajectory: number | undefined,
  message: Flag['message'],
): Flag {
  return trajectory !== undefined ? { code, severity, since, rule, trajectory, message } : { code, severity, since, rule, message };
}

/**
 * A formal draft (the shared draft shape): met on `metOn` when given, with `interpretations` when there are any.
 */
function formalDraft(
  rule: RuleId,
  from: PlainDate,
  due: PlainDate | null,
  because: string[],
  trajectory: number | undefined,
  metOn: PlainDate | undefined,
  interpretations: string[] | undefined,
): Draft {
  const d = newDraft(rule, from, due, because, trajectory);
  d.metOn = metOn;
  if (interpretations !== undefined && interpretations.length > 0) d.interpretations = interpretations;
  return d;
}

/** Marks an unmet draft as no longer relevant once the trajectory ended (obligations; rights still open). */
function closeOnEnd(d: Draft, s: FormalState, kind: 'obligation' | 'right'): Draft {
  if (d.metOn !== undefined || s.end === undefined) return d;
  if (kind === 'right' && d.due !== null && after(s.end.date, d.due)) return d; // it had expired already
  d.state = 'void'; // a draft is built for one deadline and changed only here, before anyone reads it
  return d;
}

/** The span of an episode in day numbers: from its start up to (not including) the start of the next one. */
function spanDays(episodes: readonly Episode[], ep: Episode): { from: number; until: number } {
  const next = episodes[ep.index + 1];
  return { from: toDayNumber(ep.start), until: next === undefined ? Infinity : toDayNumber(next.start) };
}

/** The events between the start of an episode and the start of the next one. */
function inSpan(events: readonly ValidatedEvent[], episodes: readonly Episode[], ep: Episode): ValidatedEvent[] {
  // Day numbers: the events of `evaluate` carry theirs.
  const { from, until } = spanDays(episodes, ep);
  const out: ValidatedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const day = dayOf(e);
    if (day >= from && day < until) out.push(e);
  }
  return out;
}

const episodeOf = (episodes: readonly Episode[], date: PlainDate): Episode | undefined => {
  for (let i = episodes.length - 1; i >= 0; i--) if (!after(episodes[i]!.start, date)) return episodes[i];
  return undefined;
};

const resumedOn = (ep: Episode): PlainDate | undefined => ep.segments[ep.segments.length - 1]?.resumedOn;

// ---------------------------------------------------------------------------------------------------------------
// One trajectory
// ---------------------------------------------------------------------------------------------------------------

/** The plan or report `x` when it answers decision number `k`. */
const answering = <T extends { after: number }>(x: T | undefined, k: number): T | undefined => (x !== undefined && x.after === k ? x : undefined);

function decisionDeadlines(
  s: FormalState,
  i: number,
  k: number,
  dec: FormalDecision,
  ctx: TrackContext,
  base: string[],
  next: FormalState | undefined,
  out: Derived,
): void {
  const answer = answering(s.plan, k) ?? answering(s.report, k);

  if (dec.decision === 'A') {
    out.deadlines.push(
      closeOnEnd(
        formalDraft(
          'formal.plan-after-a',
          dec.receivedByEmployer,
          ctx.deadline(planAfterA({ receivedByEmployer: dec.receivedByEmployer }).due),
          refs(dec.ref, answer?.ref),
          i,
          answer?.date,
          base.slice(),
        ),
        s,
        'obligation',
      ),
    );
  } else if (dec.decision === 'B') {
    const appeal = s.appeal !== undefined && s.appeal.against === k ? s.appeal : undefined;
    // Once per trajectory: a decision B after an appeal against an earlier B opens no new window.
    if (s.appeal === undefined || appeal !== undefined) {
      out.deadlines.push(
        closeOnEnd(
          formalDraft(
            'formal.appeal-window',
            dec.receivedByWorker,
            ctx.deadline(appealWindow({ receivedByWorker: dec.receivedByWorker }).due),
            refs(dec.ref, appeal?.ref),
            i,
            appeal?.date,
            base.slice(),
          ),
          s,
          'right',
        ),
      );
    }
    if (appeal?.late === true) {
      out.flags.push(
        flag('appeal-late', 'warning', appeal.date, 'formal.appeal-window', i, {
          nl: `Het beroep van ${appeal.date} kwam na de termijn van 21 kalenderdagen na de ontvangst van beslissing B (${dec.receivedByWorker}): het schorst het traject niet.`,
          en: `The appeal of ${appeal.date} came after the 21 calendar days from the receipt of decision B (${dec.receivedByWorker}): it does not suspend the trajectory.`,
        }),
      );
    }
    const timely = appeal !== undefined && !appeal.late ? appeal : undefined;
    if (timely !== undefined) {
      out.deadlines.push(
        closeOnEnd(
          formalDraft(
            'formal.appeal-decision',
            timely.date,
            ctx.deadline(appealDecision({ appealReceived: timely.date }).due),
            refs(timely.ref, timely.decided?.ref),
            i,
            timely.decided?.date,
            base.slice(),
          ),
          s,
          'obligation',
        ),
      );
    }
    const interpretation = ctx.options.interpretations?.planAfterB ?? 'from-appeal-outcome';
    const r = planAfterB(
      timely === undefined
        ? { receivedByEmployer: dec.receivedByEmployer, interpretation }
        : {
            receivedByEmployer: dec.receivedByEmployer,
            appeal: timely.decided !== undefined ? { outcome: timely.decided.outcome, decidedOn: timely.decided.date } : {},
            interpretation,
          },
    );
    const interpretations: string[] = [];
    if (timely !== undefined) interpretations.push(interpretation);
    if (r.clamped) interpretations.push('month-end-clamped');
    append(interpretations, base);
    let draft = formalDraft(
      'formal.plan-after-b',
      r.countedFrom,
      r.due === null ? null : ctx.deadline(r.due),
      refs(dec.ref, timely?.ref, timely?.decided?.ref, answer?.ref),
      i,
      answer?.date,
      interpretations,
    );
    if (answer === undefined && r.status === 'suspended') draft.state = 'suspended';
    // Overturned on appeal (also on a late appeal the inspector physician still decided): B no longer stands.
    if (answer === undefined && (r.status === 'lapsed' || dec.overturned !== undefined)) draft.state = 'void';
    draft = closeOnEnd(draft, s, 'obligation');
    out.deadlines.push(draft);

    const lastDecision = s.decisions.length - 1 === k;
    if (dec.overturned !== undefined && lastDecision && s.end === undefined) {
      out.flags.push(
        flag('appeal-overturned-needs-decision', 'info', dec.overturned.date, 'formal.appeal-decision', i, {
          nl: `Beslissing B werd in beroep niet bevestigd (${dec.overturned.date}): ze geldt niet meer, en het traject wacht op een nieuwe re-integratiebeoordeling door de preventieadviseur-arbeidsarts.`,
          en: `Decision B was not confirmed on appeal (${dec.overturned.date}): it no longer stands, and the trajectory waits for a new re-integration assessment by the occupational physician.`,
        }),
      );
    }
  } else {
    const r = restartBar({ receivedByEmployer: dec.receivedByEmployer, receivedByWorker: dec.receivedByWorker });
    const endedEmployment = ctx.employmentEndedOn !== undefined && !after(ctx.employmentEndedOn, r.due);
    const interpretations = ['restart-bar-from-last-receipt'];
    if (r.clamped) interpretations.push('month-end-clamped');
    const d = formalDraft('formal.restart-bar', r.countedFrom, r.due, refs(dec.ref, next?.request.ref), i, next?.requestedOn, append(interpretations, base));
    if (endedEmployment && next === undefined) d.state = 'void';
    out.deadlines.push(d);
  }
}

function planDeadlines(s: FormalState, i: number, ctx: TrackContext, base: string[], out: Derived): void {
  const plan = s.plan;
  if (plan === undefined) return;
  const answer = s.answer;
  const responseDue = ctx.deadline(planResponse({ planReceived: plan.date }).due);
  out.deadlines.push(
    closeOnEnd(formalDraft('formal.plan-response', plan.date, responseDue, refs(plan.ref, answer?.ref), i, answer?.date, base.slice()), s, 'obligation'),
  );
  // The employer's contact is due once the worker's 14 days passed without an answer (research A-11).
  const unansweredInTime = answer === undefined || after(answer.date, responseDue);
  if (unansweredInTime && after(ctx.asOf, responseDue)) {
    const from = daysAfter(responseDue, 1);
    const contact = s.workerContacted;
    let draft = formalDraft(
      'formal.contact-worker',
      from,
      ctx.deadline(contactWorker({ responseDue }).due),
      refs(plan.ref, contact?.ref),
      i,
      contact?.date,
      append(['contact-due-day-after-response-term'], base),
    );
    if (contact === undefined && answer !== undefined) draft.state = 'void'; // the worker answered late
    draft = closeOnEnd(draft, s, 'obligation');
    out.deadlines.push(draft);
  }
  if (answer?.answer === 'agreed') {
    const last = lastOf(s.reviews);
    out.deadlines.push(
      closeOnEnd(
        formalDraft(
          'formal.plan-follow-up',
          answer.date,
          planFollowUp({ agreedOn: answer.date }).due,
          refs(answer.ref, last?.ref),
          i,
          last?.date,
          append(['follow-up-latest-review'], base),
        ),
        s,
        'obligation',
      ),
    );
  }
}

/** Start checks: a premature employer request, a restart before the bar after decision C (flags, warnings). */
function startFlags(s: FormalState, i: number, states: readonly FormalState[], ctx: TrackContext, flags: Flag[]): void {
  const request = s.request;
  if (s.initiator === 'employer') {
    const ep = episodeOf(ctx.episodes, request.date);
    const span = ep !== undefined ? inSpan(ctx.events, ctx.episodes, ep) : ctx.events;
    const prior = span.filter((e) => !after(e.date, request.date) && e.index !== request.index);
    if (s.regime === 'R2022' && ep !== undefined) {
      const cert = prior.find((e) => e.type === 'certificate.definitive-unfitness');
      const may = employerMayRequest(cert !== undefined ? { uninterruptedSince: ep.start, certificateOn: cert.date } : { uninterruptedSince: ep.start });
      if (before(request.date, may.due)) {
        flags.push(
          flag('premature-employer-request', 'warning', request.date, 'formal.employer-may-request', i, {
            nl: `De werkgever vroeg het traject aan op ${request.date}, vóór drie maanden onafgebroken arbeidsongeschiktheid (vanaf ${may.due}) en zonder attest van definitieve ongeschiktheid.`,
            en: `The employer requested the trajectory on ${request.date}, before three months of uninterrupted incapacity (from ${may.due}) and without a certificate of definitive unfitness.`,
          }),
        );
      }
    }
    if (s.regime === 'R2026' && !s.workerConsent) {
      const estimates = prior.filter((e) => e.type === 'work-potential.assessed');
      const latest = lastOf(estimates);
      if (latest === undefined || latest.type !== 'work-potential.assessed' || !latest.potential) {
        flags.push(
          flag('premature-employer-request', 'warning', request.date, 'formal.employer-may-request', i, {
            nl: `De werkgever vroeg het traject aan op ${request.date} zonder instemming van de werknemer en zonder een eerdere inschatting die arbeidspotentieel vaststelt.`,
            en: `The employer requested the trajectory on ${request.date} without the worker's consent and without an earlier estimate finding work potential.`,
          }),
        );
      }
    }
  }
  if (!s.earlyRestartAllowed) {
    for (let j = i - 1; j >= 0; j--) {
      const prev = states[j]!;
      if (prev.status === 'unsupported' || prev.end?.reason !== 'decision-c') continue;
      const c = prev.decisions[prev.decisions.length - 1]!;
      const bar = restartBar({ receivedByEmployer: c.receivedByEmployer, receivedByWorker: c.receivedByWorker });
      if (before(request.date, bar.due)) {
        flags.push(
          flag('restart-before-bar', 'warning', request.date, 'formal.restart-bar', i, {
            nl: `Nieuwe aanvraag op ${request.date}, minder dan drie maanden na beslissing C (ten vroegste ${bar.due}), zonder dat de preventieadviseur-arbeidsarts een vroegere herstart toestond.`,
            en: `New request on ${request.date}, less than three months after decision C (at the earliest ${bar.due}), without the occupational physician allowing an earlier restart.`,
          }),
        );
      }
      break;
    }
  }
}

/**
 * Everything one trajectory produces: its deadlines (with `trajectory` = its index), its flags and issues.
 * An unsupported trajectory (before 1 October 2022) produces only the issue `regime-not-supported`.
 */
export function deriveTrajectory(states: readonly FormalState[], i: number, ctx: TrackContext, out: Derived): void {
  const s = states[i]!;
  if (s.regime === 'R2016') {
    out.issues.push(
      eventIssue(
        'regime-not-supported',
        'warning',
        { ...s.request, type: 'formal.requested' },
        `the trajectory starts on ${s.startsOn}, before ${R2022_FROM}: the rules of the KB of 28 October 2016 apply (working-day terms, decisions A-E), which this library does not compute; no deadlines are given`,
      ),
    );
  }
  for (const x of s.setAside) out.issues.push(setAsideIssue(x));
  if (s.regime === 'R2016') return;
  const base = s.regime === 'R2026' ? ['r2026-terms-as-r2022'] : [];
  startFlags(s, i, states, ctx, out.flags);

  // The assessment (49 days) and the invitations.
  const first = s.decisions[0];
  out.deadlines.push(
    closeOnEnd(
      formalDraft(
        'formal.assessment',
        s.requestedOn,
        ctx.deadline(assessment({ requestedOn: s.requestedOn }).due),
        refs(s.request.ref, first?.ref),
        i,
        first?.date,
        base.slice(),
      ),
      s,
      'obligation',
    ),
  );
  const assessing = s.decisions.length === 0 && s.end === undefined;
  for (let k = 0; k < s.invitations.length && k < 2; k++) {
    const inv = s.invitations[k]!;
    const nextInv = s.invitations[k + 1];
    const d = formalDraft(
      'formal.next-invitation',
      inv.date,
      nextInvitation({ previousInvitation: inv.date }).due,
      refs(inv.ref, nextInv?.ref),
      i,
      nextInv?.date,
      append(['invitation-gap-between-sending-dates'], base),
    );
    if (nextInv === undefined && !assessing) d.state = 'void';
    out.deadlines.push(d);
  }
  if (s.noShow !== undefined) {
    const noShow = s.noShow;
    const invitations = s.invitations.filter((x) => !after(x.date, noShow.date)).map((x) => x.date);
    if (!noShowEndValid(invitations)) {
      out.flags.push(
        flag('no-show-end-invalid', 'warning', noShow.date, 'formal.next-invitation', i, {
          nl: `Het traject werd op ${noShow.date} beëindigd omdat de werknemer niet inging op de uitnodigingen, maar er waren geen 3 uitnodigingen met telkens minstens 14 kalenderdagen ertussen (${invitations.length} uitnodiging(en)).`,
          en: `The trajectory was ended on ${noShow.date} because the worker did not accept the invitations, but there were not 3 invitations each at least 14 calendar days apart (${invitations.length} invitation(s)).`,
        }),
      );
    }
  }

  // Each decision, then the plan.
  for (let k = 0; k < s.decisions.length; k++) decisionDeadlines(s, i, k, s.decisions[k]!, ctx, base, states[i + 1], out);
  planDeadlines(s, i, ctx, base, out);
}

// ---------------------------------------------------------------------------------------------------------------
// Per absence episode: the employer's earliest request (R2022), the work-potential estimate and the mandatory
// start (R2026)
// ---------------------------------------------------------------------------------------------------------------

/** Last receipt of a request that still starts an R2022 trajectory. */
const R2022_LAST_RECEIPT = daysAfter(R2026_FROM, -2);
const R2022_FIRST_RECEIPT = daysAfter(R2022_FROM, -1);

/** The deadlines of one absence episode that do not belong to a trajectory. */
export function deriveEpisode(ep: Episode, ctx: TrackContext, out: Derived): { headcountUnknown: boolean } {
  let headcountUnknown = false;
  const startRef = ep.segments[0]!.startRef;
  const resumed = resumedOn(ep);
  const employmentEnded = ep.employmentEndedOn ?? ctx.employmentEndedOn;

  // The events of the episode's span that the duties read, in one pass (no list of the span's events).
  let cert: ValidatedEvent | undefined; // the first certificate of definitive unfitness
  let requested: ValidatedEvent | undefined; // the first work-potential request or estimate
  let waived: ValidatedEvent | undefined; // the first waiver of the estimate
  let request: ValidatedEvent | undefined; // the first formal request
  // The estimates from 1 January 2026: the first that found potential, and the latest.
  let potential: Extract<ValidatedEvent, { type: 'work-potential.assessed' }> | undefined;
  let latest: Extract<ValidatedEvent, { type: 'work-potential.assessed' }> | undefined;
  const events = ctx.events;
  const { from, until } = spanDays(ctx.episodes, ep);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const day = dayOf(e);
    if (day < from || day >= until) continue;
    switch (e.type) {
      case 'certificate.definitive-unfitness':
        cert ??= e;
        break;
      case 'work-potential.requested':
        requested ??= e;
        break;
      case 'work-potential.assessed':
        requested ??= e;
        if (!before(e.date, R2026_FROM)) {
          if (e.potential && potential === undefined) potential = e;
          latest = e;
        }
        break;
      case 'work-potential.waived':
        waived ??= e;
        break;
      case 'formal.requested':
        request ??= e;
        break;
    }
  }

  // R2022: the earliest day of an employer request (shown when a request on it starts an R2022 trajectory).
  const may = employerMayRequest(cert !== undefined ? { uninterruptedSince: ep.start, certificateOn: cert.date } : { uninterruptedSince: ep.start });
  if (!before(may.due, R2022_FIRST_RECEIPT) && !after(may.due, R2022_LAST_RECEIPT)) {
    const irrelevant =
      (resumed !== undefined && !after(resumed, may.due)) || (employmentEnded !== undefined && !after(employmentEnded, may.due));
    const interpretations = ['lasted-from-first-day-included'];
    if (ep.segments.length > 1) interpretations.push('short-resumption-days-count');
    interpretations.push('employer-may-request-scope');
    const d = formalDraft(
      'formal.employer-may-request',
      ep.start,
      may.due,
      refs(startRef, may.by === 'certificate' ? cert?.ref : undefined),
      undefined,
      undefined,
      interpretations,
    );
    if (irrelevant) d.state = 'void';
    out.deadlines.push(d);
  }

  // R2026: ask the occupational physician for the work-potential estimate once the incapacity lasted 8 weeks.
  const wp = workPotentialRequest({ uninterruptedSince: ep.start });
  if (wp.applies) {
    // An estimate received shows it was asked for, also when the request itself was not recorded.
    const draft = formalDraft(
      'formal.work-potential-request',
      ep.start,
      wp.due, // a threshold: never rolled over
      refs(startRef, requested?.ref ?? waived?.ref),
      undefined,
      requested?.date,
      ['work-potential-due-at-8-weeks'],
    );
    if (requested === undefined) {
      if (waived !== undefined) draft.state = 'waived';
      else if (resumed !== undefined || employmentEnded !== undefined) draft.state = 'void';
    }
    out.deadlines.push(draft);
  }

  // R2026: an employer with 20 or more workers starts the trajectory within 6 months once potential is found.
  const headcount = ctx.options.employerHeadcount;
  if (potential !== undefined && (headcount === undefined || headcount >= MANDATORY_START_HEADCOUNT)) {
    headcountUnknown = headcount === undefined;
    const r = mandatoryStart({ uninterruptedSince: ep.start, potentialAssessedOn: potential.date });
    const due = ctx.deadline(r.due);
    const noLongerRelevant =
      !latest!.potential || resumed !== undefined || employmentEnded !== undefined;
    const interpretations = ['mandatory-start-met-by-receipt'];
    if (r.deferred) interpretations.push('mandatory-start-not-before-potential');
    if (r.clamped) interpretations.push('month-end-clamped');
    if (headcount === undefined) interpretations.push('headcount-unknown-applies');
    const draft = formalDraft('formal.mandatory-start', potential.date, due, refs(potential.ref, request?.ref), undefined, request?.date, interpretations);
    if (request === undefined && noLongerRelevant) draft.state = 'void';
    out.deadlines.push(draft);
    // Overdue without a timely request: the employer must start the trajectory (flag formal-trajectory-required).
    const timely = request !== undefined && !after(request.date, due);
    if (!timely && draft.state === undefined && after(ctx.asOf, due)) {
      out.escalations.push({
        reason: 'mandatory-start-6-months',
        since: daysAfter(due, 1),
        episode: ep.index,
        rule: 'formal.mandatory-start',
        because: [potential.ref],
      });
    }
  }
  return { headcountUnknown };
}
