/**
 * The second half of the engine (`engine.ts`): the drafts of every track become deadlines with a status at
 * `asOf`, the `overdue` / `due-soon` flags and the actions due now, the same way for every rule.
 *
 * @module
 */
import { daysAfter, diffDays, maxDate, type PlainDate } from '../calendar/index.js';
import { specById } from '../rules/specs.js';
import type { RuleKind } from '../rules/types.js';
import type { DeadlineDraft } from './engine.js';
import type { Action, Deadline, DeadlineStatus, Flag } from './output.js';

/**
 * The status of a deadline at `asOf` (SPEC section 7).
 * - obligations: `met` (on or before due), `met-late`, `overdue` (unmet, asOf after due), `due-soon` (unmet, due
 *   within `dueSoonDays`), `open`; unmet ones may be `suspended`, `waived` or `void`;
 * - rights: `met` (used), `expired`, `open` (or `void`);
 * - earliest dates: `pending` or `reached`.
 */
export function deadlineStatus(
  kind: RuleKind,
  d: Pick<DeadlineDraft, 'due' | 'metOn' | 'state'>,
  asOf: PlainDate,
  dueSoonDays: number,
): DeadlineStatus {
  if (kind === 'earliest') {
    if (d.state === 'void') return 'void';
    return d.due !== null && asOf >= d.due ? 'reached' : 'pending';
  }
  if (d.metOn !== undefined) {
    if (kind === 'right') return 'met';
    return d.due === null || d.metOn <= d.due ? 'met' : 'met-late';
  }
  if (d.state !== undefined) return d.state;
  if (kind === 'right') return d.due !== null && asOf > d.due ? 'expired' : 'open';
  if (d.due === null) return 'open';
  if (asOf > d.due) return 'overdue';
  return diffDays(asOf, d.due) <= dueSoonDays ? 'due-soon' : 'open';
}

/** The order of deadlines and actions: by due date (none last), rule id, trajectory; ties keep draft order. */
function byDueRuleTrajectory(a: DeadlineDraft, b: DeadlineDraft): number {
  if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return (a.trajectory ?? -1) - (b.trajectory ?? -1);
}

/** The fields of a deadline, flag or action that only some have. */
const trajectoryOf = (d: DeadlineDraft) => (d.trajectory !== undefined ? { trajectory: d.trajectory } : {});

/** The `overdue` or `due-soon` flag of an unmet obligation, if any. */
function dueFlag(d: DeadlineDraft, status: DeadlineStatus, label: Deadline['label'], dueSoonDays: number): Flag | undefined {
  if (d.due === null) return undefined;
  if (status === 'overdue') {
    return {
      code: 'overdue',
      severity: 'warning',
      since: daysAfter(d.due, 1),
      rule: d.rule,
      ...trajectoryOf(d),
      message: { nl: `Termijn verstreken: ${label.nl} (uiterlijk ${d.due}).`, en: `Deadline passed: ${label.en} (due ${d.due}).`, fr: `Délai dépassé : ${label.fr} (au plus tard le ${d.due}).` },
    };
  }
  if (status === 'due-soon') {
    return {
      code: 'due-soon',
      severity: 'info',
      since: maxDate(d.from, daysAfter(d.due, -dueSoonDays)),
      rule: d.rule,
      ...trajectoryOf(d),
      message: { nl: `Binnenkort te doen: ${label.nl} (uiterlijk ${d.due}).`, en: `Due soon: ${label.en} (due ${d.due}).`, fr: `À faire bientôt : ${label.fr} (au plus tard le ${d.due}).` },
    };
  }
  return undefined;
}

type ActionStatus = Action['status'];
const isActionable = (s: DeadlineStatus): s is ActionStatus => s === 'open' || s === 'due-soon' || s === 'overdue';

/**
 * Turns the drafts of all tracks into deadlines, `overdue` / `due-soon` flags (in draft order) and the actions
 * due now (in deadline order). Labels and citations are the registry's frozen rule data, shared, not copied.
 */
export function finalizeDeadlines(
  drafts: readonly DeadlineDraft[],
  asOf: PlainDate,
  dueSoonDays: number,
): { deadlines: Deadline[]; flags: Flag[]; actions: Action[] } {
  const rows = drafts.map((d) => {
    const rule = specById(d.rule);
    return { d, rule, status: deadlineStatus(rule.kind, d, asOf, dueSoonDays) };
  });
  const flags: Flag[] = [];
  for (const { d, rule, status } of rows) {
    const flag = rule.kind === 'obligation' ? dueFlag(d, status, rule.label, dueSoonDays) : undefined;
    if (flag !== undefined) flags.push(flag);
  }
  const deadlines: Deadline[] = [];
  const actions: Action[] = [];
  for (const { d, rule, status } of rows.sort((a, b) => byDueRuleTrajectory(a.d, b.d))) {
    const actor = d.actor ?? rule.actor;
    const basis = d.basis ?? rule.basis;
    deadlines.push({
      rule: d.rule,
      actor,
      kind: rule.kind,
      due: d.due,
      status,
      basis: [...basis],
      because: [...d.because],
      label: rule.label,
      ...(d.metOn !== undefined ? { metOn: d.metOn } : {}),
      ...trajectoryOf(d),
      ...(d.interpretations !== undefined && d.interpretations.length > 0 ? { interpretations: [...d.interpretations] } : {}),
      ...(d.reason !== undefined ? { reason: d.reason } : {}),
    });
    if (rule.kind === 'obligation' && isActionable(status)) {
      actions.push({ rule: d.rule, actor, due: d.due, status, ...trajectoryOf(d), basis: [...basis], because: [...d.because], label: rule.label });
    }
  }
  return { deadlines, flags, actions };
}
