import { compareDates, daysAfter, diffDays, maxDate, type PlainDate } from '../calendar/index.js';
import { ruleById } from '../rules/registry.js';
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
  if (kind === 'earliest') {
    if (d.state === 'void') return 'void';
    return d.due !== null && compareDates(asOf, d.due) >= 0 ? 'reached' : 'pending';
  }
  if (d.metOn !== undefined) {
    if (kind === 'right') return 'met';
    return d.due === null || compareDates(d.metOn, d.due) <= 0 ? 'met' : 'met-late';
  }
  if (d.state !== undefined) return d.state;
  if (kind === 'right') return d.due !== null && compareDates(asOf, d.due) > 0 ? 'expired' : 'open';
  if (d.due === null) return 'open';
  if (compareDates(asOf, d.due) > 0) return 'overdue';
  return diffDays(asOf, d.due) <= dueSoonDays ? 'due-soon' : 'open';
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byDue = (a: { due: PlainDate | null }, b: { due: PlainDate | null }): number =>
  a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : compareDates(a.due, b.due);

/** Deadlines and actions: by due date (none last), rule id, trajectory. One static comparator. */
const byDueRuleTrajectory = (a: Deadline | Action, b: Deadline | Action): number =>
  byDue(a, b) || cmp(a.rule, b.rule) || (a.trajectory ?? -1) - (b.trajectory ?? -1);

/**
 * The citations of a deadline or action: a new array of the rule's citations. The citations themselves (like
 * the labels) are static rule data, frozen and shared (`src/rules/registry.ts`), not copied per output.
 */
function basisOf(basis: readonly Citation[]): Citation[] {
  // A loop, not slice(): slice of a frozen array takes a slow path.
  const out: Citation[] = new Array<Citation>(basis.length);
  for (let i = 0; i < basis.length; i++) out[i] = basis[i]!;
  return out;
}

/**
 * Sorts in place, stably: insertion sort, which beats `Array.prototype.sort` on the handful of deadlines of a
 * case; longer arrays go to `sort` (also stable).
 */
function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): void {
  const n = items.length;
  if (n > 24) {
    items.sort(compare);
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, x) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = x;
  }
}

/** Turns the drafts of all tracks into deadlines, `overdue` / `due-soon` flags and the actions due now. */
export function finalizeDeadlines(
  drafts: readonly DeadlineDraft[],
  asOf: PlainDate,
  dueSoonDays: number,
): { deadlines: Deadline[]; flags: Flag[]; actions: Action[] } {
  const deadlines: Deadline[] = [];
  const flags: Flag[] = [];
  const actions: Action[] = [];
  for (const d of drafts) {
    const def = ruleById(d.rule);
    const status = deadlineStatus(def.kind, d, asOf, dueSoonDays);
    const out: Deadline = {
      rule: d.rule,
      actor: d.actor ?? def.actor,
      kind: def.kind,
      due: d.due,
      status,
      basis: basisOf(d.basis ?? def.basis),
      because: d.because.slice(),
      label: def.label,
    };
    if (d.metOn !== undefined) out.metOn = d.metOn;
    if (d.trajectory !== undefined) out.trajectory = d.trajectory;
    if (d.interpretations !== undefined && d.interpretations.length > 0) out.interpretations = d.interpretations.slice();
    if (d.reason !== undefined) out.reason = d.reason;
    deadlines.push(out);

    if (def.kind !== 'obligation') continue;
    if (status === 'overdue' && d.due !== null) {
      flags.push({
        code: 'overdue',
        severity: 'warning',
        since: daysAfter(d.due, 1),
        rule: d.rule,
        ...(d.trajectory !== undefined ? { trajectory: d.trajectory } : {}),
        message: {
          nl: `Termijn verstreken: ${def.label.nl} (uiterlijk ${d.due}).`,
          en: `Deadline passed: ${def.label.en} (due ${d.due}).`,
        },
      });
    } else if (status === 'due-soon' && d.due !== null) {
      flags.push({
        code: 'due-soon',
        severity: 'info',
        since: maxDate(d.from, daysAfter(d.due, -dueSoonDays)),
        rule: d.rule,
        ...(d.trajectory !== undefined ? { trajectory: d.trajectory } : {}),
        message: {
          nl: `Binnenkort te doen: ${def.label.nl} (uiterlijk ${d.due}).`,
          en: `Due soon: ${def.label.en} (due ${d.due}).`,
        },
      });
    }
    if (status === 'open' || status === 'due-soon' || status === 'overdue') {
      actions.push({
        rule: d.rule,
        actor: out.actor,
        due: d.due,
        status,
        ...(d.trajectory !== undefined ? { trajectory: d.trajectory } : {}),
        basis: basisOf(out.basis),
        label: def.label,
      });
    }
  }
  sortSmall(deadlines, byDueRuleTrajectory);
  sortSmall(actions, byDueRuleTrajectory);
  return { deadlines, flags, actions };
}
