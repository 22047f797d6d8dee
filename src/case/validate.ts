/**
 * Validation at the boundary, by the zod schemas of `schema.ts` themselves: the case envelope, each event on its
 * own (one bad event loses nothing else) and the options. Every zod issue becomes an issue naming the event (its
 * index and id) and the field. Never throws on any JSON input.
 *
 * @module
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { PlainDate } from '../calendar/index.js';
import { caseEnvelopeSchema, employeeSchema, eventSchemas, evaluateOptionsSchema, type CaseEvent, type EventType } from './schema.js';
import type { Issue } from './output.js';

/** A validated event with its reference (its `id`, or `#index` in the input) and its input index. */
export type ValidatedEvent = CaseEvent & { readonly ref: string; readonly index: number };

/** What the library reads of the staff member (SPEC section 3). */
export type Employee = z.output<typeof employeeSchema>;

export type ValidatedCase = {
  caseId: string;
  entity?: string;
  employee: Employee;
  /** Valid events dated on or before `asOf`, sorted by date; ties keep input order. */
  events: ValidatedEvent[];
  issues: Issue[];
};

/** An issue as zod reports it: where and what. */
export type CheckIssue = { path: (string | number)[]; message: string };

/**
 * zod's English messages. `zod/mini` loads no locale (the full `zod` build sets English on import); the library
 * sets it once, on first use, unless the application configured a locale of its own.
 */
function useEnglishMessages(): void {
  if (z.config().localeError === undefined) z.config(en());
}

const pathOf = (path: readonly PropertyKey[]): (string | number)[] => path.map((k) => (typeof k === 'number' ? k : String(k)));

/** `schema.safeParse(input)` with zod's issues as {@link CheckIssue}s. */
function check<T>(schema: z.ZodMiniType<T>, input: unknown): { success: true; data: T } | { success: false; issues: CheckIssue[] } {
  useEnglishMessages();
  const r = schema.safeParse(input);
  if (r.success) return { success: true, data: r.data };
  return { success: false, issues: r.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })) };
}

/** The options checked by their schema. */
export const checkOptions = (input: unknown) => check(evaluateOptionsSchema, input);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const isEventType = (type: unknown): type is EventType => typeof type === 'string' && Object.hasOwn(eventSchemas, type);

/** How an issue names an event: `event 3`, or `event 3 (id "a1")`. */
const label = (eventId: string | undefined, index: number): string =>
  eventId !== undefined ? `event ${index} (id "${eventId}")` : `event ${index}`;

/** An issue about event `index`. */
function eventIssue(code: Issue['code'], severity: Issue['severity'], path: (string | number)[], message: string, eventId: string | undefined, index: number): Issue {
  return { code, severity, path: ['events', index, ...path], message, ...(eventId !== undefined ? { eventId } : {}), eventIndex: index };
}

/** The envelope: caseId, entity, employee, and the raw events (validated one by one). */
function readEnvelope(input: unknown, issues: Issue[]): Omit<ValidatedCase, 'events' | 'issues'> & { rawEvents: readonly unknown[] } {
  if (!isRecord(input)) {
    issues.push({ code: 'invalid-case', severity: 'error', path: [], message: 'the case must be an object' });
    return { caseId: '', employee: {}, rawEvents: [] };
  }
  const env = check(caseEnvelopeSchema, input);
  // The input's own events array (not zod's copy, which would turn the holes of a sparse array into undefined).
  const rawEvents = Array.isArray(input['events']) ? (input['events'] as unknown[]) : [];
  if (env.success) {
    const { caseId, entity, employee = {} } = env.data;
    return { caseId, ...(entity !== undefined ? { entity } : {}), employee, rawEvents };
  }
  for (const i of env.issues) {
    issues.push({ code: 'invalid-case', severity: 'error', path: i.path, message: `${i.path.join('.') || 'case'}: ${i.message}` });
  }
  // Keep what can be kept: a valid caseId, entity and events array stand on their own.
  const caseId = typeof input['caseId'] === 'string' ? input['caseId'] : '';
  const entity = typeof input['entity'] === 'string' && input['entity'].length > 0 ? input['entity'] : undefined;
  return { caseId, ...(entity !== undefined ? { entity } : {}), employee: {}, rawEvents };
}

/** One raw event: the validated event and the id naming it, or undefined with its issues pushed. */
function readEvent(raw: unknown, index: number, issues: Issue[]): { event: ValidatedEvent; eventId: string | undefined } | undefined {
  if (!isRecord(raw)) {
    issues.push(eventIssue('invalid-event', 'error', [], `${label(undefined, index)}: must be an object`, undefined, index));
    return undefined;
  }
  // Only an own, non-empty string id names the event in issues.
  const id = raw['id'];
  const eventId = typeof id === 'string' && id.length > 0 && Object.hasOwn(raw, 'id') ? id : undefined;
  const type = raw['type'];
  if (!isEventType(type)) {
    const message =
      typeof type === 'string' ? `unknown event type "${type.slice(0, 100)}"` : 'field "type" is missing or not a string';
    issues.push(eventIssue('unknown-event-type', 'error', ['type'], `${label(eventId, index)}: ${message}`, eventId, index));
    return undefined;
  }
  const r = check<CaseEvent>(eventSchemas[type], raw);
  if (!r.success) {
    for (const i of r.issues) {
      const field = i.path.join('.');
      const message = `${label(eventId, index)} (${type}): ${field ? `field "${field}"` : 'event'}: ${i.message}`;
      issues.push(eventIssue('invalid-event', 'error', i.path, message, eventId, index));
    }
    return undefined;
  }
  // zod's output is a fresh object of ours: the reference and index are added to it, not to a copy.
  return { event: Object.assign(r.data, { ref: eventId ?? `#${index}`, index }), eventId };
}

/**
 * Validates a case at the boundary: one issue per problem, naming the event and the field; every valid event
 * is kept. Never throws, whatever the input.
 */
export function validateCase(input: unknown, asOf: PlainDate): ValidatedCase {
  const issues: Issue[] = [];
  const { rawEvents, ...envelope } = readEnvelope(input, issues);
  const seen = new Set<string>();
  const events: ValidatedEvent[] = [];
  rawEvents.forEach((raw, index) => {
    const read = readEvent(raw, index, issues);
    if (read === undefined) return;
    const { event, eventId } = read;
    if (eventId !== undefined) {
      if (seen.has(eventId)) {
        const message = `${label(eventId, index)}: the id "${eventId}" is used by an earlier event; both are evaluated`;
        issues.push(eventIssue('duplicate-event-id', 'warning', ['id'], message, eventId, index));
      }
      seen.add(eventId);
    }
    if (event.date > asOf) {
      const message = `${label(eventId, index)} (${event.type}) is dated ${event.date}, after asOf ${asOf}: not yet known, left out`;
      issues.push(eventIssue('future-event', 'info', ['date'], message, eventId, index));
      return;
    }
    events.push(event);
  });
  // Array.prototype.sort is stable: events of one day keep their input order.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...envelope, events, issues };
}
