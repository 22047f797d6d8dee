/**
 * The one derivation engine of every track: a rule's declared computation (`counts`: the fact it counts from,
 * its term, whether it rolls over) plus the facts a track read from its state become a deadline draft. The
 * status, the `overdue` / `due-soon` flags and the actions follow from the drafts alike for every track
 * (`finalizeDeadlines` in `deadlines.ts`).
 *
 * @module
 */
import { daysAfter, lastedFrom, monthsAfterDetailed, workingDaysAfter, type CalendarOptions, type PlainDate } from '../calendar/index.js';
import type { Actor, Citation, InterpretationId, RuleId, RuleSpec, Term } from '../rules/types.js';
import type { Policy } from './schema.js';

/** What a term needs besides its start: the working-day calendar and the entity's own rhythms. */
export type TermContext = { readonly calendar?: CalendarOptions; readonly policy?: Policy | undefined };

/** The end of a term counted from `from`, and whether a month term was clamped to a shorter month's end. */
export type TermEnd = { readonly date: PlainDate; readonly clamped: boolean };

/**
 * The end of a declared term counted from `from` (no rollover): null for a term without a date (`none`, or an
 * `everyDays` rhythm the entity did not set).
 *
 * @example
 * termEnd({ days: 49 }, '2025-04-16' as PlainDate) //=> { date: '2025-06-04', clamped: false }
 * termEnd({ months: 6 }, '2025-08-31' as PlainDate) //=> { date: '2026-02-28', clamped: true }
 * termEnd({ lastedFrom: { weeks: 4 } }, '2025-03-10' as PlainDate) //=> { date: '2025-04-07', clamped: false }
 * termEnd({ workingDays: 10 }, '2025-04-14' as PlainDate) //=> { date: '2025-04-29', clamped: false }
 * termEnd({ none: true }, '2025-03-10' as PlainDate) //=> null
 */
export function termEnd(term: Term, from: PlainDate, env: TermContext = {}): TermEnd | null {
  if ('days' in term) return { date: daysAfter(from, term.days), clamped: false };
  if ('months' in term) return monthsAfterDetailed(from, term.months);
  if ('workingDays' in term) return { date: workingDaysAfter(from, term.workingDays, env.calendar), clamped: false };
  if ('lastedFrom' in term) return { date: lastedFrom(from, term.lastedFrom), clamped: false };
  if ('everyDays' in term) {
    const every = env.policy?.[term.everyDays];
    return every === undefined ? null : { date: daysAfter(from, every), clamped: false };
  }
  return null;
}

/**
 * A deadline as a track derives it. The status (open, due-soon, overdue, met, ...) is computed afterwards, the
 * same way for every track (`finalizeDeadlines`).
 */
export type DeadlineDraft = {
  readonly rule: RuleId;
  /** The due (or earliest, or until) date; null when the rule sets no term. */
  readonly due: PlainDate | null;
  /** Day the deadline came into being (the fact counted from); used for `due-soon` flags. */
  readonly from: PlainDate;
  readonly metOn?: PlainDate | undefined;
  /** When unmet: the trajectory is suspended, the duty waived, or no longer relevant. */
  readonly state?: 'suspended' | 'waived' | 'void' | undefined;
  /** Overrides the registry's actor (e.g. manager or return-to-work coach). */
  readonly actor?: Actor | undefined;
  /** Overrides the registry's citations (e.g. per regime). */
  readonly basis?: readonly Citation[] | undefined;
  readonly trajectory?: number | undefined;
  readonly because: readonly string[];
  readonly interpretations?: readonly string[] | undefined;
  /** Why the deadline exists, where a rule has several reasons (`formal.start-required`: the escalation reason). */
  readonly reason?: string | undefined;
};

/** The facts a track found for one deadline of a rule. */
export type DeadlineFacts = Omit<DeadlineDraft, 'rule' | 'due' | 'interpretations'> & {
  readonly interpretations?: readonly InterpretationId[] | undefined;
  /**
   * The date, where the rule's term alone does not give it (a suspended term, a later of two dates, a planned
   * day). Rolled over like a computed one when the rule rolls, unless `roll` is false.
   */
  readonly due?: PlainDate | null;
  readonly roll?: boolean;
};

/**
 * What the engine reads of a track's context (`TrackContext` fits): the calendar, the entity's policy, and how
 * the `rollover` option moves a deadline (never an earliest date or a threshold).
 */
export type DeadlineContext = {
  readonly calendar: CalendarOptions;
  readonly options: { readonly policy?: Policy | undefined };
  readonly deadline: (due: PlainDate) => PlainDate;
};

/**
 * The draft of one deadline of `rule`: its due date from the rule's declared term counted from `facts.from`
 * (or `facts.due`), rolled over to a working day when the rule rolls (`counts.rollover`) and the option asks it.
 */
export function deadline(rule: RuleSpec, facts: DeadlineFacts, ctx: DeadlineContext): DeadlineDraft {
  const { due: given, roll, ...rest } = facts;
  const raw = given !== undefined ? given : (termEnd(rule.counts.term, facts.from, { calendar: ctx.calendar, policy: ctx.options.policy })?.date ?? null);
  const due = raw !== null && rule.counts.rollover && roll !== false ? ctx.deadline(raw) : raw;
  return { rule: rule.id, due, ...rest };
}
