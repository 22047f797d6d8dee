import { toDayNumber, type PlainDate } from '../calendar/index.js';
import { checkEnvelope, checkEventOf, checkOptions, eventTypeInfo, kindOfType, type CheckIssue } from './check.js';
import type { CaseEvent, EvaluateOptions } from './schema.js';
import type { Issue } from './output.js';
import { lastOf } from './lists.js';

/**
 * A validated event with its reference (its `id`, or `#index` in the input) and its input index. At run time
 * every validated event has every field of every event type (`undefined` where absent), one shape for all
 * (`checkValidatedEvent`): read fields, do not test them with `in`.
 */
export type ValidatedEvent = CaseEvent & { readonly ref: string; readonly index: number };

/**
 * A validated event as `validateCase` returns it: with the day number of its `date` (`toDayNumber`), so that
 * dates compare as numbers, and the number of its type (`kind`, see `EVENT_KINDS` in check.ts). The tracks also
 * take events without them (their public functions accept any `ValidatedEvent`): read them with
 * {@link dayOf} and {@link kindOf}.
 *
 * @internal
 */
export type DayEvent = ValidatedEvent & { readonly day: number; readonly kind: number };

/** The day number of an event's date: the one `validateCase` stored, or computed. @internal */
export const dayOf = (e: ValidatedEvent): number => (e as Partial<DayEvent>).day ?? toDayNumber(e.date);

/** The number of an event's type in `EVENT_KINDS`: the one `validateCase` stored, or looked up. @internal */
export const kindOf = (e: { readonly type: CaseEvent['type'] }): number => (e as Partial<DayEvent>).kind ?? kindOfType(e.type);

export type ValidatedCase = {
  caseId: string;
  entity?: string;
  employee: { underHealthSurveillance?: boolean; status?: 'statutory' | 'contractual' };
  /** Valid events dated on or before `asOf`, sorted by date; ties keep input order. */
  events: DayEvent[];
  issues: Issue[];
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Whether the `id` that was read from an event is its own property (an inherited one does not name the event in
 * issues). A plain object (its prototype `Object.prototype`) whose read gave an `id` has one of its own unless
 * `Object.prototype` has one (`idInherited`): then no property lookup is needed, the common case.
 */
const ownId = (raw: object, idInherited: boolean): boolean =>
  (!idInherited && Object.getPrototypeOf(raw) === Object.prototype) || hasOwn(raw, 'id');

/**
 * Validates the options. Bad options are an issue; the evaluation then cannot run (there is no `asOf`), so
 * `evaluate` returns an empty evaluation with the issues.
 */
export function validateOptions(
  input: unknown,
): { success: true; data: EvaluateOptions } | { success: false; issues: Issue[] } {
  const r = checkOptions(input);
  if (r.success) return { success: true, data: r.data };
  return {
    success: false,
    issues: r.issues.map((i: CheckIssue) => ({
      code: 'invalid-options',
      severity: 'error',
      path: ['options', ...i.path],
      message: `options.${i.path.join('.') || '(root)'}: ${i.message}`,
    })),
  };
}

/** How an issue names an event: `event 3`, or `event 3 (id "a1")`. Built only for an issue. */
const label = (eventId: string | undefined, index: number): string =>
  eventId !== undefined ? `event ${index} (id "${eventId}")` : `event ${index}`;

/** The event fields of an issue. */
const at = (eventId: string | undefined, index: number): { eventId?: string; eventIndex: number } =>
  eventId !== undefined ? { eventId, eventIndex: index } : { eventIndex: index };

/** The ids of a case's events seen so far, for {@link seenBefore}. */
type SeenIds = { ids: string[]; low: number; high: number; set: Set<string> | undefined };

/** Whether an earlier event had this id; records it. A plain function on plain state (no closure). */
function seenBefore(seen: SeenIds, eventId: string): boolean {
  if (seen.set !== undefined) {
    if (seen.set.has(eventId)) return true;
    seen.set.add(eventId);
    return false;
  }
  const ids = seen.ids;
  const n = eventId.length;
  const hash = (n * 31 + eventId.charCodeAt(0) * 7 + eventId.charCodeAt(n - 1)) & 63;
  const bit = 1 << (hash & 31);
  if (hash < 32 ? (seen.low & bit) !== 0 : (seen.high & bit) !== 0) {
    for (let i = 0; i < ids.length; i++) if (ids[i] === eventId) return true;
  } else if (hash < 32) seen.low |= bit;
  else seen.high |= bit;
  ids.push(eventId);
  if (ids.length > 32) seen.set = new Set(ids);
  return false;
}

/**
 * Validates a case at the boundary: one issue per problem, naming the event and the field; every valid event
 * is kept. Never throws, whatever the input.
 */
export function validateCase(input: unknown, asOf: PlainDate): ValidatedCase {
  const issues: Issue[] = [];
  let caseId = '';
  let entity: string | undefined;
  let employee: ValidatedCase['employee'] = {};
  let rawEvents: readonly unknown[] = [];

  if (!isRecord(input)) {
    issues.push({ code: 'invalid-case', severity: 'error', path: [], message: 'the case must be an object' });
  } else {
    const env = checkEnvelope(input);
    if (env.success) {
      caseId = env.data.caseId;
      if (env.data.entity !== undefined) entity = env.data.entity;
      const emp = env.data.employee;
      if (emp?.underHealthSurveillance !== undefined) employee.underHealthSurveillance = emp.underHealthSurveillance;
      if (emp?.status !== undefined) employee.status = emp.status;
      rawEvents = env.data.events;
    } else {
      for (const i of env.issues) {
        issues.push({
          code: 'invalid-case',
          severity: 'error',
          path: i.path,
          message: `${i.path.join('.') || 'case'}: ${i.message}`,
        });
      }
      // Keep what can be kept: a valid caseId, entity and events array stand on their own.
      if (typeof input['caseId'] === 'string') caseId = input['caseId'];
      if (typeof input['entity'] === 'string' && input['entity'].length > 0) entity = input['entity'];
      if (Array.isArray(input['events'])) rawEvents = input['events'];
    }
  }

  // The ids seen so far (`ids`): a short list scanned in place (cases hold a few dozen events), behind a 64-bit
  // filter of a cheap hash of each id (length, first and last character): a new id whose bit is clear needs no
  // scan. A Set beyond 32 ids. See `seenBefore`.
  const seen: SeenIds = { ids: [], low: 0, high: 0, set: undefined };
  const asOfDay = toDayNumber(asOf);
  const events: DayEvent[] = [];
  const found: CheckIssue[] = [];
  let sorted = true;
  // Whether a plain object can inherit an `id` (someone gave Object.prototype one): only then does `ownId` look
  // the property up.
  const idInherited = 'id' in Object.prototype;
  for (let index = 0; index < rawEvents.length; index++) {
    const raw = rawEvents[index];
    if (raw === undefined && !(index in rawEvents)) continue; // a hole in a sparse array, as forEach skips it
    if (!isRecord(raw)) {
      issues.push({ code: 'invalid-event', severity: 'error', path: ['events', index], message: `${label(undefined, index)}: must be an object`, ...at(undefined, index) });
      continue;
    }
    const rawId = raw['id'];
    const eventId = typeof rawId === 'string' && rawId.length > 0 && ownId(raw, idInherited) ? rawId : undefined;
    const rawType = raw['type'];
    // The library's own constant for the type (later comparisons with type names succeed on identity), its
    // number and its fields.
    const info = eventTypeInfo(rawType);
    if (info === undefined) {
      issues.push({
        code: 'unknown-event-type',
        severity: 'error',
        path: ['events', index, 'type'],
        message:
          typeof rawType === 'string'
            ? `${label(eventId, index)}: unknown event type "${rawType.slice(0, 100)}"`
            : `${label(eventId, index)}: field "type" is missing or not a string`,
        ...at(eventId, index),
      });
      continue;
    }
    const type = info.type;
    const event = checkEventOf(raw, rawId, info, found, eventId ?? `#${index}`, index);
    if (event === undefined) {
      for (const i of found) {
        const field = i.path.join('.');
        issues.push({
          code: 'invalid-event',
          severity: 'error',
          path: ['events', index, ...i.path],
          message: `${label(eventId, index)} (${type}): ${field ? `field "${field}"` : 'event'}: ${i.message}`,
          ...at(eventId, index),
        });
      }
      found.length = 0;
      continue;
    }
    if (eventId !== undefined) {
      if (seenBefore(seen, eventId)) {
        issues.push({
          code: 'duplicate-event-id',
          severity: 'warning',
          path: ['events', index, 'id'],
          message: `${label(eventId, index)}: the id "${eventId}" is used by an earlier event; both are evaluated`,
          ...at(eventId, index),
        });
      }
    }
    if (event.day > asOfDay) {
      issues.push({
        code: 'future-event',
        severity: 'info',
        path: ['events', index, 'date'],
        message: `${label(eventId, index)} (${type}) is dated ${event.date}, after asOf ${asOf}: not yet known, left out`,
        ...at(eventId, index),
      });
      continue;
    }
    const last = lastOf(events);
    if (last !== undefined && last.day > event.day) sorted = false;
    events.push(event);
  }

  // Sort by date; Array.prototype.sort is stable, so ties keep input order.
  if (!sorted) events.sort((a, b) => a.day - b.day);

  const out: ValidatedCase = { caseId, employee, events, issues };
  if (entity !== undefined) out.entity = entity;
  return out;
}
