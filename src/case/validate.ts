import { compareDates, type PlainDate } from '../calendar/index.js';
import {
  caseEnvelopeSchema,
  eventSchemas,
  evaluateOptionsSchema,
  type CaseEvent,
  type EvaluateOptions,
  type EventType,
} from './schema.js';
import type { Issue } from './output.js';

/** A validated event with its reference (its `id`, or `#index` in the input) and its input index. */
export type ValidatedEvent = CaseEvent & { readonly ref: string; readonly index: number };

export type ValidatedCase = {
  caseId: string;
  entity?: string;
  employee: { underHealthSurveillance?: boolean; status?: 'statutory' | 'contractual' };
  /** Valid events dated on or before `asOf`, sorted by date; ties keep input order. */
  events: ValidatedEvent[];
  issues: Issue[];
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

type ZodLikeIssue = { path: PropertyKey[]; message: string };

const toPath = (path: PropertyKey[]): (string | number)[] =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

/**
 * Validates the options. Bad options are an issue; the evaluation then cannot run (there is no `asOf`), so
 * `evaluate` returns an empty evaluation with the issues.
 */
export function validateOptions(
  input: unknown,
): { success: true; data: EvaluateOptions } | { success: false; issues: Issue[] } {
  const r = evaluateOptionsSchema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  return {
    success: false,
    issues: r.error.issues.map((i: ZodLikeIssue) => ({
      code: 'invalid-options',
      severity: 'error',
      path: ['options', ...toPath(i.path)],
      message: `options.${toPath(i.path).join('.') || '(root)'}: ${i.message}`,
    })),
  };
}

function eventRef(raw: unknown, index: number): { ref: string; eventId?: string } {
  if (isRecord(raw) && hasOwn(raw, 'id') && typeof raw['id'] === 'string' && raw['id'].length > 0) {
    return { ref: raw['id'], eventId: raw['id'] };
  }
  return { ref: `#${index}` };
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
    const env = caseEnvelopeSchema.safeParse(input);
    if (env.success) {
      caseId = env.data.caseId;
      if (env.data.entity !== undefined) entity = env.data.entity;
      const emp = env.data.employee;
      if (emp?.underHealthSurveillance !== undefined) employee.underHealthSurveillance = emp.underHealthSurveillance;
      if (emp?.status !== undefined) employee.status = emp.status;
      rawEvents = env.data.events;
    } else {
      for (const i of env.error.issues as ZodLikeIssue[]) {
        issues.push({
          code: 'invalid-case',
          severity: 'error',
          path: toPath(i.path),
          message: `${toPath(i.path).join('.') || 'case'}: ${i.message}`,
        });
      }
      // Keep what can be kept: a valid caseId, entity and events array stand on their own.
      if (typeof input['caseId'] === 'string') caseId = input['caseId'];
      if (typeof input['entity'] === 'string' && input['entity'].length > 0) entity = input['entity'];
      if (Array.isArray(input['events'])) rawEvents = input['events'];
    }
  }

  const seen = new Set<string>();
  const events: ValidatedEvent[] = [];
  rawEvents.forEach((raw, index) => {
    const { ref, eventId } = eventRef(raw, index);
    const at = eventId !== undefined ? { eventId, eventIndex: index } : { eventIndex: index };
    const label = eventId !== undefined ? `event ${index} (id "${eventId}")` : `event ${index}`;
    if (!isRecord(raw)) {
      issues.push({ code: 'invalid-event', severity: 'error', path: ['events', index], message: `${label}: must be an object`, ...at });
      return;
    }
    const type = raw['type'];
    if (typeof type !== 'string' || !hasOwn(eventSchemas, type)) {
      issues.push({
        code: 'unknown-event-type',
        severity: 'error',
        path: ['events', index, 'type'],
        message:
          typeof type === 'string'
            ? `${label}: unknown event type "${type.slice(0, 100)}"`
            : `${label}: field "type" is missing or not a string`,
        ...at,
      });
      return;
    }
    const parsed = eventSchemas[type as EventType].safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues as ZodLikeIssue[]) {
        const field = toPath(i.path).join('.');
        issues.push({
          code: 'invalid-event',
          severity: 'error',
          path: ['events', index, ...toPath(i.path)],
          message: `${label} (${type}): ${field ? `field "${field}"` : 'event'}: ${i.message}`,
          ...at,
        });
      }
      return;
    }
    if (eventId !== undefined) {
      if (seen.has(eventId)) {
        issues.push({
          code: 'duplicate-event-id',
          severity: 'warning',
          path: ['events', index, 'id'],
          message: `${label}: the id "${eventId}" is used by an earlier event; both are evaluated`,
          ...at,
        });
      }
      seen.add(eventId);
    }
    const data = parsed.data as CaseEvent;
    if (compareDates(data.date, asOf) > 0) {
      issues.push({
        code: 'future-event',
        severity: 'info',
        path: ['events', index, 'date'],
        message: `${label} (${type}) is dated ${data.date}, after asOf ${asOf}: not yet known, left out`,
        ...at,
      });
      return;
    }
    events.push({ ...data, ref, index } as ValidatedEvent);
  });

  // Sort by date; Array.prototype.sort is stable, so ties keep input order.
  events.sort((a, b) => compareDates(a.date, b.date));

  const out: ValidatedCase = { caseId, employee, events, issues };
  if (entity !== undefined) out.entity = entity;
  return out;
}
