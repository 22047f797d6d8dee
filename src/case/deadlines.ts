import { compareDates, daysAfter, maxDate, toDayNumber, type PlainDate } from '../calendar/index.js';
import { RULE_RANK, ruleOutput, type RuleOutput } from '../rules/registry.js';
import type { Citation } from '../rules/types.js';
import type { Action, Deadline, DeadlineStatus, Flag } from './output.js';
import type { DeadlineDraft } from './track.js';

/**
 * The status of a deadline at `asOf` (SPEC section 7).
 * - obligations: `met` (on or before due), `met-late`, `overdue` (unmet, asOf after due), `due-soon` (unmet, due
 *   within `dueSoonDays`), `open`; unmet ones may be `suspended`, `waived` or `void`;
 * - rights: `met` (used), `expired`, `open` (or `void`);
 * - earliest dates: `pending` or `reached`.
 */
export function deadlineStatus(
  kind: 'obligation' | 'right' | 'earliest',
  d: Pick<DeadlineDraft, 'due' | 'metOn' | 'state'>,
  asOf: PlainDate,
  dueSoonDays: number,
): DeadlineStatus {
  return statusByDay(kind, d, d.due === null ? NO_DUE : toDayNumber(d.due), toDayNumber(asOf), dueSoonDays);
}

/** {@link deadlineStatus} with the day numbers of `d.due` (any number when it is null) and of `asOf`. */
function statusByDay(
  kind: 'obligation' | 'right' | 'earliest',
  d: Pick<DeadlineDraft, 'due' | 'metOn' | 'state'>,
  dueDay: number,
  asOfDay: number,
  dueSoonDays: number,
): DeadlineStatus {
  if (kind === 'earliest') {
    if (d.state === 'void') return 'void';
    return d.due !== null && asOfDay >= dueDay ? 'reached' : 'pending';
  }
  if (d.metOn !== undefined) {
    if (kind === 'right') return 'met';
    return d.due === null || compareDates(d.metOn, d.due) <= 0 ? 'met' : 'met-late';
  }
  if (d.state !== undefined) return d.state;
  if (kind === 'right') return d.due !== null && asOfDay > dueDay ? 'expired' : 'open';
  if (d.due === null) return 'open';
  if (asOfDay > dueDay) return 'overdue';
  return dueDay - asOfDay <= dueSoonDays ? 'due-soon' : 'open';
}

const RANKS = RULE_RANK.size;
/** Sorts after every day number: deadlines without a term come last. */
const NO_DUE = 4_000_000;
/** Trajectory numbers below this fit in the one sort key (with room for "none", -1). */
const TRAJECTORIES = 1 << 20;

/**
 * The order of deadlines and actions: by due date (none last), rule id, trajectory; ties keep draft order. One
 * number per draft: day number, rule rank and trajectory (exact below 2^53: at most 4e6 * 64 * 2^20).
 */
function sortKey(d: DeadlineDraft, dueDay: number, def: RuleOutput): number {
  return dueRuleKey(dueDay, def) * TRAJECTORIES + (d.trajectory ?? -1) + 1;
}

/** The due date (its day number, `NO_DUE` for none) and rule (`def`) of a draft as one number. */
function dueRuleKey(dueDay: number, def: RuleOutput): number {
  return dueDay * RANKS + def.rank;
}

/**
 * The draft indices in output order, stably: an insertion sort on the numeric keys, which beats
 * `Array.prototype.sort` on the handful of deadlines of a case; longer lists, and trajectory numbers beyond the
 * key, go to `sort` with the full comparison (also stable).
 */
function outputOrder(drafts: readonly DeadlineDraft[], dueDays: readonly number[], defs: readonly RuleOutput[]): number[] {
  const n = drafts.length;
  const keys: number[] = [];
  const order: number[] = [];
  let fits = true;
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    if (d.trajectory !== undefined && d.trajectory >= TRAJECTORIES - 1) fits = false;
    keys.push(sortKey(d, dueDays[i]!, defs[i]!));
    order.push(i);
  }
  if (n > 24 || !fits) {
    const coarse = drafts.map((_, i) => dueRuleKey(dueDays[i]!, defs[i]!));
    const trajectory = (i: number): number => drafts[i]!.trajectory ?? -1;
    order.sort((a, b) => coarse[a]! - coarse[b]! || trajectory(a) - trajectory(b));
    return order;
  }
  for (let i = 1; i < n; i++) {
    const x = order[i]!;
    const kx = keys[x]!;
    let j = i - 1;
    while (j >= 0 && keys[order[j]!]! > kx) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = x;
  }
  return order;
}

/**
 * The citations of a deadline or action: a new array of the rule's citations. The citations themselves (like
 * the labels) are static rule data, frozen and shared (`src/rules/registry.ts`), not copied per output.
 */
function basisOf(basis: readonly Citation[]): Citation[] {
  return copy(basis);
}

/** A new array with the items of `items`: a loop, not slice(), which takes a slow path on a frozen array. */
function copy<T>(items: readonly T[]): T[] {
  // Exact sizes, packed: most lists hold one or two items.
  const n = items.length;
  if (n === 1) return [items[0]!];
  if (n === 2) return [items[0]!, items[1]!];
  const out: T[] = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = items[i]!;
  return out;
}

/** An `overdue` or `due-soon` flag, with the key order code, severity, since, rule, trajectory, message. */
function dueFlag(
  code: 'overdue' | 'due-soon',
  severity: 'warning' | 'info',
  since: PlainDate,
  rule: DeadlineDraft['rule'],
  trajectory: number | undefined,
  message: Flag['message'],
): Flag {
  return trajectory !== undefined ? { code, severity, since, rule, trajectory, message } : { code, severity, since, rule, message };
}

/** Turns the drafts of all tracks into deadlines, `overdue` / `due-soon` flags and the actions due now. */
export function finalizeDeadlines(
  drafts: readonly DeadlineDraft[],
  asOf: PlainDate,
  dueSoonDays: number,
): { deadlines: Deadline[]; flags: Flag[]; actions: Action[] } {
  const n = drafts.length;
  // Deadlines and actions by due date (none last), rule id, trajectory; ties keep draft order. The flags keep
  // the draft order (they are sorted by severity and date later, stably): each is noted with its draft.
  // The rule and the due day number of each draft, found once.
  const defs: RuleOutput[] = new Array<RuleOutput>(n);
  const dueDays: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    defs[i] = ruleOutput(d.rule);
    dueDays[i] = d.due === null ? NO_DUE : toDayNumber(d.due);
  }
  const asOfDay = toDayNumber(asOf);
  const order = outputOrder(drafts, dueDays, defs);
  const deadlines: Deadline[] = [];
  const actions: Action[] = [];
  const flags: Flag[] = [];
  const flagDrafts: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    const d = drafts[k]!;
    const def = defs[k]!;
    const status = statusByDay(def.kind, d, dueDays[k]!, asOfDay, dueSoonDays);
    const out: Deadline = {
      rule: d.rule,
      actor: d.actor ?? def.actor,
      kind: def.kind,
      due: d.due,
      status,
      basis: basisOf(d.basis ?? def.basis),
      // The draft's own lists (each draft is built with lists of its own; checked by the property that no two
      // parts of evaluations share one, test/robustness): handed on, not copied.
      because: d.because,
      label: def.label,
    };
    if (d.metOn !== undefined) out.metOn = d.metOn;
    if (d.trajectory !== undefined) out.trajectory = d.trajectory;
    if (d.interpretations !== undefined && d.interpretations.length > 0) out.interpretations = d.interpretations;
    if (d.reason !== undefined) out.reason = d.reason;
    deadlines.push(out);

    if (def.kind !== 'obligation') continue;
    if (status === 'overdue' && d.due !== null) {
      flags.push(
        dueFlag('overdue', 'warning', daysAfter(d.due, 1), d.rule, d.trajectory, {
          nl: `Termijn verstreken: ${def.label.nl} (uiterlijk ${d.due}).`,
          en: `Deadline passed: ${def.label.en} (due ${d.due}).`,
        }),
      );
      flagDrafts.push(k);
    } else if (status === 'due-soon' && d.due !== null) {
      flags.push(
        dueFlag('due-soon', 'info', maxDate(d.from, daysAfter(d.due, -dueSoonDays)), d.rule, d.trajectory, {
          nl: `Binnenkort te doen: ${def.label.nl} (uiterlijk ${d.due}).`,
          en: `Due soon: ${def.label.en} (due ${d.due}).`,
        }),
      );
      flagDrafts.push(k);
    }
    if (status === 'open' || status === 'due-soon' || status === 'overdue') {
      const basis = basisOf(out.basis);
      const actor = out.actor;
      const rule = d.rule;
      const due = d.due;
      const label = def.label;
      const trajectory = d.trajectory;
      // Literals, not a conditional spread of `{ trajectory }`: the key order rule, actor, due, status,
      // trajectory, basis, label.
      actions.push(
        trajectory !== undefined ? { rule, actor, due, status, trajectory, basis, label } : { rule, actor, due, status, basis, label },
      );
    }
  }
  // Back to draft order (an insertion sort: few flags, and the draft numbers are distinct).
  for (let i = 1; i < flags.length; i++) {
    const f = flags[i]!;
    const k = flagDrafts[i]!;
    let j = i - 1;
    while (j >= 0 && flagDrafts[j]! > k) {
      flags[j + 1] = flags[j]!;
      flagDrafts[j + 1] = flagDrafts[j]!;
      j--;
    }
    flags[j + 1] = f;
    flagDrafts[j + 1] = k;
  }
  return { deadlines, flags, actions };
}
