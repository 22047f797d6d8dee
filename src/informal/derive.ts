/**
 * The deadlines and escalation triggers of one informal track, derived from its final state and `asOf`
 * (never accumulated while reducing): the facts of each deadline read out of the state, its date computed by
 * the engine from the rule's declared term (`deadline`, src/case/engine.ts). Statuses (open, due-soon, overdue,
 * met, ...) and the `overdue` / `due-soon` flags are computed centrally from these drafts (`src/case/deadlines.ts`).
 *
 * @module
 */
import type { PlainDate } from '../calendar/index.js';
import { deadline, type DeadlineContext } from '../case/engine.js';
import type { Policy } from '../case/schema.js';
import type { DeadlineDraft, EscalationTrigger } from '../case/track.js';
import type { InterpretationId } from '../rules/types.js';
import { noArrangementsEscalation, noConversationEscalation, runningOn } from './escalation.js';
import { contactArrangementRule, contactBasis } from './rules/contact-arrangement.js';
import { firstConversationRule } from './rules/first-conversation.js';
import { followUpRule } from './rules/follow-up.js';
import { keepContact, keepContactRule } from './rules/keep-contact.js';
import { nextConversationRule } from './rules/next-conversation.js';
import { arrangementsActor, resumptionArrangementsRule } from './rules/resumption-arrangements.js';
import type { Dated, InformalState, ResumptionPhase } from './state.js';

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

/** What every deadline of one track reads: its state, the engine's context, and two facts of the whole track. */
type Track = {
  readonly state: InformalState;
  readonly ctx: DeadlineContext;
  /** The track ended (resumption, formal request, end of employment): an unmet deadline is void. */
  readonly ended: boolean;
  /** The track continued after a relapse within 14 days. */
  readonly relapse: boolean;
};

/** The interpretation ids `ids`, and the relapse reading when the track continued after a relapse. */
const withRelapse = (t: Track, ...ids: InterpretationId[]): InterpretationId[] => (t.relapse ? [...ids, 'relapse-continues-informal-track'] : ids);

/** An unmet deadline: void when the track ended, with the reading that says so. */
const unmet = (t: Track, ids: InterpretationId[]) =>
  t.ended ? { state: 'void' as const, interpretations: [...ids, 'informal-obligations-void-when-track-ends' as const] } : { interpretations: ids };

/** Splits dated items over consecutive windows `[start_k, start_k+1)`; items before the first window are dropped. */
function byWindow<T extends Dated>(items: readonly T[], starts: readonly PlainDate[]): T[][] {
  return starts.map((start, k) => {
    const next = starts[k + 1];
    return items.filter((x) => start <= x.on && (next === undefined || x.on < next));
  });
}

/** One link of a chain of recurring obligations: counted from `from`, met by the next meeting (if any). */
type Link = { readonly from: PlainDate; readonly because: string[]; readonly metOn?: PlainDate };

/**
 * A chain of recurring obligations (keep contact, follow-up): each meeting meets the open link and starts the
 * next one; the last link stays open. A second meeting on the day a link started adds nothing: the rhythm runs
 * from that day anyway.
 */
function links(start: Dated, meetings: readonly Dated[]): Link[] {
  const out: Link[] = [];
  let open = start;
  for (const m of meetings) {
    if (out.length > 0 && m.on === open.on) continue;
    out.push({ from: open.on, because: [open.ref, m.ref], metOn: m.on });
    open = m;
  }
  return [...out, { from: open.on, because: [open.ref] }];
}

/** Step 1: the contact arrangement (no term). */
function contactArrangementDraft(t: Track): DeadlineDraft {
  const { start, startRef } = t.state;
  const agreed = t.state.contactAgreements[0];
  const facts = { from: start, because: [startRef], basis: contactBasis(start) };
  if (agreed !== undefined) {
    return deadline(contactArrangementRule, { ...facts, because: [startRef, agreed.ref], metOn: agreed.on }, t.ctx);
  }
  return deadline(contactArrangementRule, t.ended ? { ...facts, ...unmet(t, []) } : facts, t.ctx);
}

/** Step 1: keeping contact in the rhythm of the entity's draaiboek; one chain per stretch of absence. */
function keepContactDrafts(t: Track, everyDays: number): DeadlineDraft[] {
  const { segments, contacts, contactAgreements } = t.state;
  const windows = byWindow(contacts, segments.map((g) => g.start.on));
  /** The disconnection agreed last (by the day of the contact, for a met link). */
  const disconnectUntil = (metOn: PlainDate | undefined) =>
    contactAgreements.filter((a) => metOn === undefined || a.on <= metOn).at(-1)?.disconnectUntil;
  return segments.flatMap((seg, k) => {
    const ended = seg.resumed !== undefined || (k === segments.length - 1 && t.ended);
    const ids = withRelapse(t, 'disconnection-until-inclusive');
    const interpretations: InterpretationId[] = ended ? [...ids, 'informal-obligations-void-when-track-ends'] : ids;
    return links(seg.start, windows[k] ?? []).map((link) => {
      const until = disconnectUntil(link.metOn);
      // Not before the day after the disconnection: the later of two dates, rolled over like the term.
      const due = until === undefined ? {} : { due: keepContact({ from: link.from, everyDays, disconnectUntil: until }).due };
      const state = ended && link.metOn === undefined ? { state: 'void' as const } : {};
      const facts = { ...link, ...due, ...state, basis: contactBasis(link.from), interpretations };
      return deadline(keepContactRule, facts, t.ctx);
    });
  });
}

type WithEscalation = { readonly draft: DeadlineDraft; readonly escalation?: EscalationTrigger };

/** Step 2: the first conversation with the return-to-work coach, and the escalation at the 4-month mark. */
function firstConversation(t: Track, asOf: PlainDate, episode: number): WithEscalation {
  const { start, startRef } = t.state;
  const first = t.state.conversations[0];
  const ids = withRelapse(t, 'first-conversation-held-not-planned', 'month-end-clamped');
  const facts =
    first !== undefined
      ? { from: start, because: [startRef, first.ref], metOn: first.on, interpretations: ids }
      : { from: start, because: [startRef], ...unmet(t, ids) };
  const draft = deadline(firstConversationRule, facts, t.ctx);
  // No conversation by the 4-month mark while the track was still running.
  const mark = noConversationEscalation({ start });
  const heldInTime = first !== undefined && first.on <= mark.lastDay;
  if (heldInTime || mark.since > asOf || !runningOn(t.state.end, mark.since)) return { draft };
  const escalation: EscalationTrigger = {
    reason: 'no-conversation-within-4-months',
    since: mark.since,
    episode,
    rule: firstConversationRule.id,
    because: [startRef],
  };
  return { draft, escalation };
}

/** Step 2: a next conversation after each conversation in which steps towards work were not yet possible. */
function nextConversationDrafts(t: Track): DeadlineDraft[] {
  const { conversations, planned } = t.state;
  return conversations.flatMap((c, i) => {
    if (c.outcome !== 'not-yet-possible') return [];
    const next = conversations[i + 1];
    // The last conversation planned after this one (and before the next) for a later day: a date, not a term.
    const plan = planned.filter((p) => c.on <= p.on && (next === undefined || p.on < next.on) && c.on < p.for).at(-1);
    const facts = {
      from: c.on,
      because: [c.ref, ...(plan !== undefined ? [plan.ref] : [])],
      ...(plan !== undefined ? { due: plan.for, roll: false } : {}),
    };
    const ids: InterpretationId[] = ['next-conversation-planned-or-policy'];
    const outcome =
      next !== undefined ? { because: [...facts.because, next.ref], metOn: next.on, interpretations: ids } : unmet(t, ids);
    return [deadline(nextConversationRule, { ...facts, ...outcome }, t.ctx)];
  });
}

/** Step 3: arrangements or a step plan within 2 months after resumption was judged possible, and its escalation. */
function arrangements(t: Track, phase: ResumptionPhase, asOf: PlainDate, episode: number): WithEscalation {
  const { possible: p, arrangements: agreed, lapsed } = phase;
  const deviation = phase.deviations.at(-1);
  const because = [p.ref, ...phase.deviations.map((x) => x.ref)];
  const term: InterpretationId = deviation === undefined ? 'month-end-clamped' : 'deviation-moves-or-waives-term';
  const ids = withRelapse(t, 'arrangements-term-from-conversation', term);
  // A deviation moves the date to its `until` (chosen by the entity: no rollover) or, without one, waives the term.
  const facts = {
    from: p.on,
    because,
    actor: arrangementsActor(p.attentionPoints),
    interpretations: ids,
    ...(deviation !== undefined ? { due: deviation.until ?? null, roll: false } : {}),
  };
  const outcome =
    agreed !== undefined
      ? { metOn: agreed.on, because: [...because, agreed.ref] }
      : deviation !== undefined && deviation.until === undefined
        ? { state: 'waived' as const }
        : lapsed !== undefined
          ? { state: 'void' as const, because: [...because, lapsed.ref] }
          : unmet(t, ids);
  const draft = deadline(resumptionArrangementsRule, { ...facts, ...outcome }, t.ctx);
  // The term ran out without arrangements (and without a deviation setting it aside), while resumption was still
  // judged possible and the track still running.
  if (draft.due === null) return { draft };
  const { since } = noArrangementsEscalation({ due: draft.due });
  const metInTime = draft.metOn !== undefined && draft.metOn <= draft.due;
  const stillJudgedPossible = lapsed === undefined || since < lapsed.on;
  if (metInTime || since > asOf || !stillJudgedPossible || !runningOn(t.state.end, since)) return { draft };
  const escalation: EscalationTrigger = {
    reason: 'no-arrangements-within-2-months',
    since,
    episode,
    rule: resumptionArrangementsRule.id,
    because,
  };
  return { draft, escalation };
}

/** Step 4: follow-up in the rhythm of the entity's draaiboek after each resumption, until a relapse or the end. */
function followUpDrafts(t: Track): DeadlineDraft[] {
  const { segments, escalated, closed } = t.state;
  const resumptions = segments.flatMap((g) => (g.resumed === undefined ? [] : [g.resumed]));
  const windows = byWindow(t.state.followUps, resumptions.map((x) => x.on));
  return resumptions.flatMap((resumed, i) => {
    const relapse = segments[segments.findIndex((g) => g.resumed === resumed) + 1];
    const periodEnded = relapse !== undefined || escalated !== undefined || closed !== undefined;
    return links(resumed, windows[i] ?? []).map((link) => {
      const state = periodEnded && link.metOn === undefined ? { state: 'void' as const } : {};
      return deadline(followUpRule, { ...link, ...state, interpretations: ['follow-up-rhythm-from-policy'] }, t.ctx);
    });
  });
}

/** The readings behind an escalation, named on the deadline that caused it. */
const escalationReadings = (e: EscalationTrigger): InterpretationId[] =>
  e.reason === 'no-conversation-within-4-months'
    ? ['four-month-mark-is-threshold', 'escalation-when-term-ran-out']
    : ['escalation-when-term-ran-out'];

/** The drafts with each escalation's readings on its cause: the first draft of its rule counted from the same fact. */
function withEscalationReadings(
  drafts: readonly DeadlineDraft[],
  escalations: readonly EscalationTrigger[],
): DeadlineDraft[] {
  const causes = escalations.map((e) => drafts.findIndex((d) => d.rule === e.rule && d.because[0] === e.because[0]));
  return drafts.map((d, j) => {
    const readings = escalations.flatMap((e, k) => (causes[k] === j ? escalationReadings(e) : []));
    return readings.length === 0 ? d : { ...d, interpretations: [...(d.interpretations ?? []), ...readings] };
  });
}

/**
 * The deadlines (drafts) and escalation triggers of an informal track, from its final state. For a track that
 * started on 10 March 2025 with nothing else, at 5 May 2025: the contact arrangement (no due date) and the first
 * conversation (due 10 May 2025); at 11 July 2025 also the escalation `no-conversation-within-4-months` since
 * that day (see test/informal/transition.test.ts).
 */
export function deriveInformal(state: InformalState, options: InformalDeriveOptions): InformalDerivation {
  const { asOf, policy = {}, episode = 0 } = options;
  const ctx: DeadlineContext = { calendar: {}, options: { policy }, deadline: options.deadline ?? ((d) => d) };
  const t: Track = { state, ctx, ended: state.end !== undefined, relapse: state.segments.length > 1 };
  const first = firstConversation(t, asOf, episode);
  const phases = state.phases.map((phase) => arrangements(t, phase, asOf, episode));
  const drafts = [
    contactArrangementDraft(t),
    ...(policy.contactEveryDays !== undefined ? keepContactDrafts(t, policy.contactEveryDays) : []),
    first.draft,
    ...nextConversationDrafts(t),
    ...phases.map((x) => x.draft),
    ...(policy.followUpEveryDays !== undefined ? followUpDrafts(t) : []),
  ];
  const escalations = [first, ...phases].flatMap((x) => (x.escalation !== undefined ? [x.escalation] : []));
  return { deadlines: withEscalationReadings(drafts, escalations), escalations };
}
