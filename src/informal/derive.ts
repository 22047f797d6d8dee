/**
 * The deadlines and escalation triggers of one informal track, derived from its final state and `asOf`
 * (never accumulated while reducing). Statuses (open, due-soon, overdue, met, ...) and the `overdue` /
 * `due-soon` flags are computed centrally from these drafts (`src/case/deadlines.ts`).
 *
 * @module
 */
import { compareDates, type PlainDate } from '../calendar/index.js';
import type { Policy } from '../case/schema.js';
import { newDraft, type DeadlineDraft, type EscalationTrigger } from '../case/track.js';
import { noArrangementsEscalation, noConversationEscalation, runningOn } from './escalation.js';
import {
  ARRANGEMENTS_FROM_CONVERSATION,
  CONVERSATION_HELD_NOT_PLANNED,
  DEVIATION_MOVES_OR_WAIVES,
  DISCONNECTION_INCLUSIVE,
  ESCALATION_WHEN_TERM_RAN_OUT,
  FOLLOW_UP_RHYTHM,
  FOUR_MONTHS_IS_THRESHOLD,
  INFORMAL_MONTHS_CLAMPED,
  NEXT_CONVERSATION_DUE,
  RELAPSE_CONTINUES_TRACK,
  VOID_WHEN_TRACK_ENDS,
} from './interpretations.js';
import { contactArrangement, contactBasis } from './rules/contact-arrangement.js';
import { firstConversation } from './rules/first-conversation.js';
import { followUp } from './rules/follow-up.js';
import { keepContact } from './rules/keep-contact.js';
import { nextConversation } from './rules/next-conversation.js';
import { resumptionArrangements } from './rules/resumption-arrangements.js';
import type { Dated, InformalState } from './state.js';
import { lastOf } from '../case/lists.js';

/** What the derivation needs besides the state. */
export type InformalDeriveOptions = {
  readonly asOf: PlainDate;
  /** The entity's own draaiboek rhythms (all optional). */
  readonly policy?: Policy | undefined;
  /** Applies the `rollover` option to a calendar-day or month deadline; identity by default. */
  readonly deadline?: ((due: PlainDate) => PlainDate) | undefined;
  /** Index of the absence episode, for the escalation triggers (default 0). */
  readonly episode?: number | undefined;
};

export type InformalDerivation = { deadlines: DeadlineDraft[]; escalations: EscalationTrigger[] };

const lte = (a: PlainDate, b: PlainDate) => compareDates(a, b) <= 0;
const lt = (a: PlainDate, b: PlainDate) => compareDates(a, b) < 0;

/**
 * Splits dated items over consecutive windows `[start_k, start_k+1)`; items before the first window are dropped.
 */
function byWindow<T extends Dated>(items: readonly T[], starts: readonly PlainDate[]): T[][] {
  return starts.map((start, k) => {
    const next = starts[k + 1];
    return items.filter((x) => lte(start, x.on) && (next === undefined || lt(x.on, next)));
  });
}

/**
 * A chain of recurring obligations (keep contact, follow-up): each meeting event meets the open link and starts
 * the next one; the last link stays open, or is void when its period ended.
 */
function chain(
  rule: 'informal.keep-contact' | 'informal.follow-up',
  start: Dated,
  meetings: readonly Dated[],
  dueFrom: (from: PlainDate, metOn: PlainDate | undefined) => PlainDate,
  ended: boolean,
  extra: (d: DeadlineDraft) => void,
): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  let from = start.on;
  let because = [start.ref];
  let opened = false;
  for (const m of meetings) {
    // A second meeting on the day a link started adds nothing: the rhythm runs from that day anyway.
    if (opened && m.on === from) continue;
    because.push(m.ref);
    const d = newDraft(rule, from, dueFrom(from, m.on), because);
    d.metOn = m.on;
    extra(d);
    out.push(d);
    from = m.on;
    because = [m.ref];
    opened = true;
  }
  const last = newDraft(rule, from, dueFrom(from, undefined), because);
  extra(last);
  if (ended) last.state = 'void';
  out.push(last);
  return out;
}

/** The interpretation ids `ids`, and the relapse reading when the track continued after a relapse. */
function withRelapse(ids: string[], relapse: boolean): string[] {
  if (relapse) ids.push(RELAPSE_CONTINUES_TRACK.id);
  return ids;
}

/** Step 1: keeping contact every `everyDays` days (the entity's draaiboek); one chain per stretch of absence. */
function keepContactChains(state: InformalState, everyDays: number, deadline: (d: PlainDate) => PlainDate, deadlines: DeadlineDraft[]): void {
  const ended = state.end !== undefined;
  const relapse = state.segments.length > 1;
  const contacts = byWindow(state.contacts, state.segments.map((g) => g.start.on));
  state.segments.forEach((seg, k) => {
    const disconnectUntil = (metOn: PlainDate | undefined): PlainDate | undefined => {
      const agreements = state.contactAgreements.filter((a) => metOn === undefined || lte(a.on, metOn));
      return lastOf(agreements)?.disconnectUntil;
    };
    const due = (from: PlainDate, metOn: PlainDate | undefined): PlainDate => {
      const until = disconnectUntil(metOn);
      return deadline(keepContact(until === undefined ? { from, everyDays } : { from, everyDays, disconnectUntil: until }).due);
    };
    const segmentEnded = seg.resumed !== undefined || (k === state.segments.length - 1 && ended);
    deadlines.push(
      ...chain('informal.keep-contact', seg.start, contacts[k] ?? [], due, segmentEnded, (d) => {
        d.basis = contactBasis(d.from);
        const ids = withRelapse([DISCONNECTION_INCLUSIVE.id], relapse);
        if (segmentEnded) ids.push(VOID_WHEN_TRACK_ENDS.id);
        d.interpretations = ids;
      }),
    );
  });
}

/** Step 4: follow-up every `everyDays` days after each resumption (the entity's draaiboek). */
function followUpChains(state: InformalState, everyDays: number, deadline: (d: PlainDate) => PlainDate, deadlines: DeadlineDraft[]): void {
  const stop = state.escalated?.on ?? state.closed?.on;
  const resumptions = state.segments.flatMap((g) => (g.resumed === undefined ? [] : [g.resumed]));
  const followUps = byWindow(state.followUps, resumptions.map((x) => x.on));
  state.segments.forEach((seg, k) => {
    if (seg.resumed === undefined) return;
    const relapse = state.segments[k + 1];
    const periodEnded = relapse !== undefined || stop !== undefined;
    const i = resumptions.indexOf(seg.resumed);
    deadlines.push(
      ...chain(
        'informal.follow-up',
        seg.resumed,
        followUps[i] ?? [],
        (from) => deadline(followUp({ from, everyDays }).due),
        periodEnded,
        (d) => {
          d.interpretations = [FOLLOW_UP_RHYTHM.id];
        },
      ),
    );
  });
}

/**
 * The deadlines (drafts) and escalation triggers of an informal track, from its final state. For a track that
 * started on 10 March 2025 with nothing else, at 5 May 2025: the contact arrangement (no due date) and the first
 * conversation (due 10 May 2025); at 11 July 2025 also the escalation `no-conversation-within-4-months` since
 * that day (see test/informal/transition.test.ts).
 */
export function deriveInformal(state: InformalState, options: InformalDeriveOptions): InformalDerivation {
  const out: InformalDerivation = { deadlines: [], escalations: [] };
  deriveInformalInto(state, options, out);
  return out;
}

/**
 * {@link deriveInformal}, pushing the drafts and triggers onto the lists of `out` (which may already hold those
 * of other tracks or episodes: they are left as they are). For `evaluate`, which collects every track's drafts
 * in one list.
 *
 * @internal
 */
export function deriveInformalInto(state: InformalState, options: InformalDeriveOptions, out: InformalDerivation): void {
  const deadline = options.deadline ?? ((d: PlainDate) => d);
  const policy = options.policy ?? {};
  const episode = options.episode ?? 0;
  const { asOf } = options;
  const ended = state.end !== undefined;
  const deadlines = out.deadlines;
  const escalations = out.escalations;
  // This track's part of the lists.
  const firstDeadline = deadlines.length;
  const firstEscalation = escalations.length;
  const start: Dated = { on: state.start, ref: state.startRef };
  const relapse = state.segments.length > 1;
  // No closures in this function (their captured variables would live in a context object, slower to read):
  // the rhythm chains, which need callbacks, are helpers of their own.

  // Step 1: the contact arrangement (no term).
  {
    const agreed = state.contactAgreements[0];
    const d = newDraft(
      'informal.contact-arrangement',
      start.on,
      contactArrangement({ start: start.on }).due,
      agreed !== undefined ? [start.ref, agreed.ref] : [start.ref],
    );
    d.basis = contactBasis(start.on);
    if (agreed !== undefined) {
      d.metOn = agreed.on;
    } else if (ended) {
      d.state = 'void';
      d.interpretations = [VOID_WHEN_TRACK_ENDS.id];
    }
    deadlines.push(d);
  }

  // Step 1: keeping contact, only in the rhythm of the entity's draaiboek; one chain per stretch of absence.
  if (policy.contactEveryDays !== undefined) keepContactChains(state, policy.contactEveryDays, deadline, deadlines);

  // Step 2: the first conversation with the return-to-work coach, within 2 months.
  {
    const first = state.conversations[0];
    const d = newDraft(
      'informal.first-conversation',
      start.on,
      deadline(firstConversation({ start: start.on }).due),
      first !== undefined ? [start.ref, first.ref] : [start.ref],
    );
    d.interpretations = withRelapse([CONVERSATION_HELD_NOT_PLANNED.id, INFORMAL_MONTHS_CLAMPED.id], relapse);
    if (first !== undefined) {
      d.metOn = first.on;
    } else if (ended) {
      d.state = 'void';
      d.interpretations!.push(VOID_WHEN_TRACK_ENDS.id);
    }
    deadlines.push(d);

    // Escalation: no conversation by the 4-month mark while the track was still running.
    const mark = noConversationEscalation({ start: start.on });
    const heldInTime = first !== undefined && lte(first.on, mark.lastDay);
    if (!heldInTime && lte(mark.since, asOf) && runningOn(state.end, mark.since)) {
      escalations.push({
        reason: 'no-conversation-within-4-months',
        since: mark.since,
        episode,
        rule: 'informal.first-conversation',
        because: [start.ref],
      });
    }
  }

  // Step 2: a next conversation after each conversation in which steps towards work were not yet possible.
  for (let i = 0; i < state.conversations.length; i++) {
    const c = state.conversations[i]!;
    if (c.outcome !== 'not-yet-possible') continue;
    const next = state.conversations[i + 1];
    // The last conversation planned after this one (and before the next) for a later day.
    let plan: InformalState['planned'][number] | undefined;
    for (const p of state.planned) if (lte(c.on, p.on) && (next === undefined || lt(p.on, next.on)) && lt(c.on, p.for)) plan = p;
    const within = policy.nextConversationWithinDays;
    const computed = nextConversation(
      plan !== undefined ? { heldOn: c.on, plannedFor: plan.for } : within !== undefined ? { heldOn: c.on, withinDays: within } : { heldOn: c.on },
    ).due;
    const d = newDraft(
      'informal.next-conversation',
      c.on,
      // A planned date is a date, not a term: only the policy term is subject to the rollover option.
      computed !== null && plan === undefined ? deadline(computed) : computed,
      plan !== undefined ? [c.ref, plan.ref] : [c.ref],
    );
    d.interpretations = [NEXT_CONVERSATION_DUE.id];
    if (next !== undefined) {
      d.metOn = next.on;
      d.because.push(next.ref);
    } else if (ended) {
      d.state = 'void';
      d.interpretations!.push(VOID_WHEN_TRACK_ENDS.id);
    }
    deadlines.push(d);
  }

  // Step 3: arrangements (manager) or a step plan (coach) within 2 months after resumption was judged possible.
  for (const phase of state.phases) {
    const p = phase.possible;
    const deviation = lastOf(phase.deviations);
    const r = resumptionArrangements(
      deviation === undefined
        ? { possibleOn: p.on, attentionPoints: p.attentionPoints }
        : {
            possibleOn: p.on,
            attentionPoints: p.attentionPoints,
            deviation: deviation.until === undefined ? {} : { until: deviation.until },
          },
    );
    const d = newDraft(
      'informal.resumption-arrangements',
      p.on,
      // A deviation's `until` is a date chosen by the entity: no rollover.
      r.due !== null && deviation === undefined ? deadline(r.due) : r.due,
      [p.ref, ...phase.deviations.map((x) => x.ref)],
    );
    d.actor = r.actor;
    d.interpretations = withRelapse(
      [ARRANGEMENTS_FROM_CONVERSATION.id, deviation === undefined ? INFORMAL_MONTHS_CLAMPED.id : DEVIATION_MOVES_OR_WAIVES.id],
      relapse,
    );
    if (phase.arrangements !== undefined) {
      d.metOn = phase.arrangements.on;
      d.because.push(phase.arrangements.ref);
    } else if (r.waived) {
      d.state = 'waived';
    } else if (phase.lapsed !== undefined) {
      d.state = 'void';
      d.because.push(phase.lapsed.ref);
    } else if (ended) {
      d.state = 'void';
      d.interpretations!.push(VOID_WHEN_TRACK_ENDS.id);
    }
    deadlines.push(d);

    // Escalation: the term ran out without arrangements (and without a deviation setting it aside).
    if (d.due !== null && !r.waived) {
      const { since } = noArrangementsEscalation({ due: d.due });
      const metInTime = d.metOn !== undefined && lte(d.metOn, d.due);
      const stillJudgedPossible = phase.lapsed === undefined || lt(since, phase.lapsed.on);
      if (!metInTime && lte(since, asOf) && stillJudgedPossible && runningOn(state.end, since)) {
        escalations.push({
          reason: 'no-arrangements-within-2-months',
          since,
          episode,
          rule: 'informal.resumption-arrangements',
          because: [p.ref, ...phase.deviations.map((x) => x.ref)],
        });
      }
    }
  }

  // Step 4: follow-up after each resumption, only in the rhythm of the entity's draaiboek.
  if (policy.followUpEveryDays !== undefined) followUpChains(state, policy.followUpEveryDays, deadline, deadlines);

  for (let k = firstEscalation; k < escalations.length; k++) {
    const t = escalations[k]!;
    // Name the reading behind each escalation on the deadline (of this track) that caused it.
    let cause: DeadlineDraft | undefined;
    for (let j = firstDeadline; j < deadlines.length && cause === undefined; j++) {
      const d = deadlines[j]!;
      if (d.rule === t.rule && (t.because[0] === undefined || d.because[0] === t.because[0])) cause = d;
    }
    if (cause !== undefined) {
      const ids = t.reason === 'no-conversation-within-4-months' ? [FOUR_MONTHS_IS_THRESHOLD.id] : [];
      cause.interpretations = [...(cause.interpretations ?? []), ...ids, ESCALATION_WHEN_TERM_RAN_OUT.id];
    }
  }
}
