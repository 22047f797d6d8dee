/**
 * The boundary checks of `evaluate`, hand-written: the case envelope, each event and the options, with the very
 * issues (path and message) that the zod schemas of `schema.ts` report, so that `evaluate` validates every event
 * exactly once, allocates nothing for a valid field, and does not pull zod into a bundle that only imports
 * `evaluate`.
 *
 * The zod schemas stay the single source of the contract (types, JSON Schema, docs); the tables below mirror
 * them field by field, and `test/case/check.prop.test.ts` holds them to it: on any input, `checkEvent`,
 * `checkEnvelope` and `checkOptions` accept what the schemas accept, return what they return, and reject with
 * the same issues in the same order.
 *
 * @module
 */
import { isPlainDate, parsePlainDate, type PlainDate } from '../calendar/index.js';
import { NOT_A_DAY, plainDateDay } from '../calendar/plain-date.js';
import type { CaseEvent, EvaluateOptions, EventType } from './schema.js';

/** An issue as zod reports it: where and what. */
export type CheckIssue = { path: (string | number)[]; message: string };

// ---------------------------------------------------------------------------------------------------------
// zod's messages (locale en)
// ---------------------------------------------------------------------------------------------------------

/** How zod names the type of a value in "received ..." (util.parsedType and the en locale's type names). */
function received(x: unknown): string {
  switch (typeof x) {
    case 'number':
      return Number.isFinite(x) ? 'number' : String(x);
    case 'object': {
      if (x === null) return 'null';
      if (Array.isArray(x)) return 'array';
      const proto: unknown = Object.getPrototypeOf(x);
      const ctor = (x as { constructor?: { name?: unknown } }).constructor;
      if (proto !== Object.prototype && 'constructor' in x && ctor) return String(ctor.name);
      return 'object';
    }
    default:
      return typeof x;
  }
}

const invalidType = (expected: string, x: unknown): string => `Invalid input: expected ${expected}, received ${received(x)}`;
const oneOf = (values: readonly string[]): string =>
  values.length === 1 ? `Invalid input: expected "${values[0]!}"` : `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}`;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

type Path = readonly (string | number)[];

/**
 * A field check: true for a valid value; else appends its issues, at `[...path, key]`, and returns false. The
 * path is only built for an issue: a valid field allocates nothing.
 */
type Check = (value: unknown, issues: CheckIssue[], path: Path, key: string | number) => boolean;

const at = (path: Path, key: string | number): (string | number)[] => [...path, key];
const ROOT: Path = [];

/** Length in code points (a surrogate pair counts once), as zod measures strings. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * zod's length checks (`min`, `max`), which run on anything with a `length` (also after a type error): strings
 * in code points, arrays in items, anything else as "unknown".
 */
function sizeIssues(v: unknown, min: number | undefined, max: number | undefined, issues: CheckIssue[], path: Path, key: string | number): void {
  const units = v === null || v === undefined ? undefined : (v as { length?: unknown }).length;
  if (units === undefined) return;
  const str = typeof v === 'string';
  const origin = str ? 'string' : Array.isArray(v) ? 'array' : 'unknown';
  const unit = str ? 'characters' : 'items';
  if (min !== undefined) {
    const n = str && (units as number) >= min && (units as number) < min * 2 ? codePoints(v as string) : (units as number);
    if (!(n >= min)) {
      issues.push({
        path: at(path, key),
        message: origin === 'unknown' ? `Too small: expected unknown to be >=${min}` : `Too small: expected ${origin} to have >=${min} ${unit}`,
      });
    }
  }
  if (max !== undefined) {
    const n = str && (units as number) > max ? codePoints(v as string) : (units as number);
    if (!(n <= max)) {
      issues.push({
        path: at(path, key),
        message: origin === 'unknown' ? `Too big: expected unknown to be <=${max}` : `Too big: expected ${origin} to have <=${max} ${unit}`,
      });
    }
  }
}

/**
 * A string of 2 to 200 UTF-16 units: certainly 1 to 200 code points (`z.string().min(1).max(200)` on its length
 * alone), so valid without a closer look; other strings go to the full check.
 */
const plainText = (v: unknown): v is string => typeof v === 'string' && v.length >= 2 && v.length <= 200;

/** `z.string().min(min).max(max)`. */
function text(min: number, max: number): Check {
  return (v, issues, path, key) => {
    const before = issues.length;
    if (typeof v === 'string') {
      // The common case without a surrogate pair in sight: plain unit counts decide.
      if (v.length >= min * 2 && v.length <= max) return true;
    } else {
      issues.push({ path: at(path, key), message: invalidType('string', v) });
    }
    sizeIssues(v, min, max, issues, path, key);
    return issues.length === before;
  };
}

/** `plainDateSchema`: its own message for a non-string, then the calendar's parser message. */
const date: Check = (v, issues, path, key) => {
  if (isPlainDate(v)) return true;
  const r = typeof v === 'string' ? parsePlainDate(v) : undefined;
  issues.push({ path: at(path, key), message: r?.error?.message ?? 'expected a date as a string YYYY-MM-DD' });
  return false;
};

function options(values: readonly string[]): Check {
  const message = oneOf(values);
  return (v, issues, path, key) => {
    if (typeof v === 'string') for (let i = 0; i < values.length; i++) if (values[i] === v) return true;
    issues.push({ path: at(path, key), message });
    return false;
  };
}

const bool: Check = (v, issues, path, key) => {
  if (typeof v === 'boolean') return true;
  issues.push({ path: at(path, key), message: invalidType('boolean', v) });
  return false;
};

/** `z.number().int().min(min).max(max)`: a safe integer (zod's `int`), then the bounds, all reported. */
function int(min: number, max?: number): Check {
  return (v, issues, path, key) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      issues.push({ path: at(path, key), message: invalidType('number', v) });
      return false;
    }
    if (!Number.isInteger(v)) {
      issues.push({ path: at(path, key), message: invalidType('int', v) });
      return false;
    }
    const before = issues.length;
    if (v > MAX_SAFE) issues.push({ path: at(path, key), message: `Too big: expected int to be <=${MAX_SAFE}` });
    if (v < -MAX_SAFE) issues.push({ path: at(path, key), message: `Too small: expected int to be >=${-MAX_SAFE}` });
    if (v < min) issues.push({ path: at(path, key), message: `Too small: expected number to be >=${min}` });
    if (max !== undefined && v > max) issues.push({ path: at(path, key), message: `Too big: expected number to be <=${max}` });
    return issues.length === before;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------------------------------------

/** One key of an object schema. `parse` turns a valid value into the output value (nested objects, arrays). */
type Field = { readonly key: string; readonly optional: boolean; readonly check: Check; readonly parse?: (v: unknown) => unknown };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * `z.object(shape)` (unknown keys stripped): checks every key in shape order and copies the present ones, or
 * appends every issue. The output has exactly the keys of the shape that are `in` the input, in shape order.
 */
function checkObject(
  fields: readonly Field[],
  input: Record<string, unknown>,
  path: Path,
  issues: CheckIssue[],
  out: Record<string, unknown>,
): boolean {
  let ok = true;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = input[f.key];
    if (v === undefined && f.optional) {
      if (ok && f.key in input) out[f.key] = undefined;
      continue;
    }
    if (f.check(v, issues, path, f.key)) {
      if (ok) out[f.key] = f.parse === undefined ? v : f.parse(v);
    } else ok = false;
  }
  return ok;
}

function object(fields: readonly Field[]): Check {
  return (v, issues, path, key) => {
    if (!isObject(v)) {
      issues.push({ path: at(path, key), message: invalidType('object', v) });
      return false;
    }
    return checkObject(fields, v, at(path, key), issues, {});
  };
}

const parseObject =
  (fields: readonly Field[]) =>
  (v: unknown): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    checkObject(fields, v as Record<string, unknown>, ROOT, [], out);
    return out;
  };

const field = (key: string, check: Check, optional = false, parse?: (v: unknown) => unknown): Field =>
  parse === undefined ? { key, optional, check } : { key, optional, check, parse };

// ---------------------------------------------------------------------------------------------------------
// Events (schema.ts `eventSchemas`)
// ---------------------------------------------------------------------------------------------------------

const id = field('id', text(1, 200), true);
const dateField = field('date', date);

/** The fields of each event type after `id` and `date` (and `type`, which selected the table), in shape order. */
const EVENT_FIELDS: Readonly<Record<EventType, readonly Field[]>> = {
  'absence.started': [field('cause', options(['illness', 'accident', 'work-accident', 'occupational-disease']), true)],
  'work.resumed': [field('mode', options(['full', 'part-time', 'adapted', 'other-work']))],
  'employment.ended': [],
  'certificate.definitive-unfitness': [],
  'contact.agreed': [field('disconnectUntil', date, true)],
  'contact.made': [field('by', options(['manager', 'coach', 'colleague', 'hr']), true)],
  'occupational-physician.notified': [],
  'occupational-physician.informed-worker': [],
  'conversation.planned': [field('on', date)],
  'conversation.held': [
    field('outcome', options(['not-yet-possible', 'resumption-possible'])),
    field('attentionPoints', bool, true),
  ],
  'arrangements.agreed': [field('by', options(['manager', 'coach']))],
  'deviation.recorded': [field('reason', text(1, 2000)), field('until', date, true)],
  'smt.referred': [],
  'smt.advised': [],
  'second-line.consulted': [],
  'follow-up.held': [],
  'pre-resumption-visit.requested': [field('by', options(['worker', 'employer']))],
  'pre-resumption-visit.held': [],
  'return-to-work-exam.held': [],
  'work-potential.requested': [],
  'work-potential.waived': [field('reason', options(['resumption-expected-within-6-months']))],
  'work-potential.assessed': [field('potential', bool)],
  'formal.requested': [
    field('initiator', options(['worker', 'treating-physician', 'employer'])),
    field('workerConsent', bool, true),
    field('earlyRestartAllowed', bool, true),
  ],
  'formal.invited': [],
  'formal.no-show': [],
  'formal.assessed': [
    field('decision', options(['A', 'B', 'C'])),
    field('receivedByEmployer', date, true),
    field('receivedByWorker', date, true),
  ],
  'formal.appeal-lodged': [],
  'formal.appeal-decided': [field('outcome', options(['confirmed', 'overturned']))],
  'formal.plan-offered': [],
  'formal.report-delivered': [
    field('reasonCode', options(['no-adapted-work', 'technically-impossible', 'not-reasonably-required', 'other']), true),
  ],
  'formal.plan-answered': [field('answer', options(['agreed', 'refused'])), field('reasonCode', text(1, 200), true)],
  'formal.worker-contacted': [],
  'formal.plan-deemed-refused': [],
  'formal.plan-reviewed': [],
};

/**
 * The event types by their number (`kind`, in the order of the contract's `EVENT_TYPES`): a validated event
 * carries its number, so that a track tells its events apart by an array lookup instead of a hashed one.
 *
 * @internal
 */
export const EVENT_KINDS: readonly EventType[] = Object.keys(EVENT_FIELDS) as EventType[];

/** The number of an event type in {@link EVENT_KINDS} (-1 for a name that is not one). @internal */
export const kindOfType = (type: EventType): number => TYPE_INFO.get(type)?.kind ?? -1;

/**
 * What validation needs of each event type, in one hashed lookup by its name: the library's string constant for
 * it (see {@link canonicalEventType}), its number and its field table.
 *
 * @internal
 */
export type EventTypeInfo = { readonly type: EventType; readonly kind: number; readonly fields: readonly Field[] };

const TYPE_INFO = new Map<string, EventTypeInfo>(EVENT_KINDS.map((type, kind) => [type, { type, kind, fields: EVENT_FIELDS[type] }]));

/** The {@link EventTypeInfo} of the event type that `type` spells, or undefined when it spells none. @internal */
export const eventTypeInfo = (type: unknown): EventTypeInfo | undefined => (typeof type === 'string' ? TYPE_INFO.get(type) : undefined);

/**
 * The event type of the contract that `type` spells, as the library's own string constant, or undefined when
 * `type` is not one. A validated event carries this constant rather than the input's string: comparisons with
 * the type names in the tracks then succeed on identity, without comparing characters.
 */
export const canonicalEventType = (type: unknown): EventType | undefined => eventTypeInfo(type)?.type;

/** True for the event types of the contract (`toString` and other inherited names are not event types). */
export const isEventType = (type: unknown): type is EventType => canonicalEventType(type) !== undefined;

/**
 * Checks one event of a known type, as `eventSchemas[type].safeParse(raw)` does. Valid: returns the event (the
 * schema's keys that are in `raw`, in shape order), with `ref` and `index` added when given; invalid: appends
 * the issues (paths relative to the event) and returns undefined.
 */
export function checkEvent(raw: Record<string, unknown>, type: EventType, issues: CheckIssue[]): CaseEvent | undefined;
export function checkEvent(
  raw: Record<string, unknown>,
  type: EventType,
  issues: CheckIssue[],
  ref: string,
  index: number,
): (CaseEvent & { readonly ref: string; readonly index: number }) | undefined;
export function checkEvent(
  raw: Record<string, unknown>,
  type: EventType,
  issues: CheckIssue[],
  ref?: string,
  index?: number,
): CaseEvent | undefined {
  const out: Record<string, unknown> = {};
  const before = issues.length;
  // id, date, type (already known to match), then the type's own fields: the order of the schema's shape.
  checkObject(ID_AND_DATE, raw, ROOT, issues, out);
  out['type'] = type;
  checkObject(EVENT_FIELDS[type], raw, ROOT, issues, out);
  if (issues.length !== before) return undefined;
  if (ref !== undefined) {
    out['ref'] = ref;
    out['index'] = index;
  }
  return out as CaseEvent;
}
const ID_AND_DATE: readonly Field[] = [id, dateField];

type Validated = CaseEvent & { readonly ref: string; readonly index: number; readonly day: number; readonly kind: number };

/** A validated event under construction (every field of every type; see {@link checkValidatedEvent}). */
type Slots = {
  type: EventType;
  date: PlainDate;
  /** The day number of `date` (`toDayNumber`): dates compare as numbers. */
  day: number;
  /** The number of `type` in {@link EVENT_KINDS}. */
  kind: number;
  id: string | undefined;
  ref: string;
  index: number;
  cause: unknown;
  mode: unknown;
  disconnectUntil: unknown;
  by: unknown;
  on: unknown;
  outcome: unknown;
  attentionPoints: unknown;
  reason: unknown;
  until: unknown;
  potential: unknown;
  initiator: unknown;
  workerConsent: unknown;
  earlyRestartAllowed: unknown;
  decision: unknown;
  receivedByEmployer: unknown;
  receivedByWorker: unknown;
  reasonCode: unknown;
  answer: unknown;
};

/**
 * Sets one field of a validated event by its name: a switch over the names (string constants, compared by
 * identity), so that every store is a plain store into the one shape, not a keyed store. A name that is not a
 * field of the shape is a bug in the tables (checked by test/case/check.prop.test.ts).
 */
function setField(e: Slots, key: string, v: unknown): void {
  switch (key) {
    case 'cause': e.cause = v; break;
    case 'mode': e.mode = v; break;
    case 'disconnectUntil': e.disconnectUntil = v; break;
    case 'by': e.by = v; break;
    case 'on': e.on = v; break;
    case 'outcome': e.outcome = v; break;
    case 'attentionPoints': e.attentionPoints = v; break;
    case 'reason': e.reason = v; break;
    case 'until': e.until = v; break;
    case 'potential': e.potential = v; break;
    case 'initiator': e.initiator = v; break;
    case 'workerConsent': e.workerConsent = v; break;
    case 'earlyRestartAllowed': e.earlyRestartAllowed = v; break;
    case 'decision': e.decision = v; break;
    case 'receivedByEmployer': e.receivedByEmployer = v; break;
    case 'receivedByWorker': e.receivedByWorker = v; break;
    case 'reasonCode': e.reasonCode = v; break;
    case 'answer': e.answer = v; break;
    default: throw new Error(`reintegratie: event field ${key} is missing from the validated event shape (a bug)`);
  }
}

/**
 * Reads one field of an input event by its name: a switch over the names, so that each read is a named read
 * at a place of its own, which sees only the input shapes of the event types with that field. One read by a
 * varying key (`raw[key]`) would see every shape of every type and be megamorphic (bench/README.md, sixth
 * profile). A name that is not an event field is a bug in the tables (checked by test/case/check.prop.test.ts).
 */
function readField(raw: Record<string, unknown>, key: string): unknown {
  switch (key) {
    case 'cause': return raw['cause'];
    case 'mode': return raw['mode'];
    case 'disconnectUntil': return raw['disconnectUntil'];
    case 'by': return raw['by'];
    case 'on': return raw['on'];
    case 'outcome': return raw['outcome'];
    case 'attentionPoints': return raw['attentionPoints'];
    case 'reason': return raw['reason'];
    case 'until': return raw['until'];
    case 'potential': return raw['potential'];
    case 'initiator': return raw['initiator'];
    case 'workerConsent': return raw['workerConsent'];
    case 'earlyRestartAllowed': return raw['earlyRestartAllowed'];
    case 'decision': return raw['decision'];
    case 'receivedByEmployer': return raw['receivedByEmployer'];
    case 'receivedByWorker': return raw['receivedByWorker'];
    case 'reasonCode': return raw['reasonCode'];
    case 'answer': return raw['answer'];
    default: throw new Error(`reintegratie: event field ${key} is missing from the field reader (a bug)`);
  }
}

/**
 * {@link checkEvent} for `validateCase`: the same checks and issues, but a valid event comes back in one fixed
 * shape for all event types, with `ref` and `index`, rather than with exactly the schema's keys. Every field of
 * every type is present, `undefined` where the event has none; so an absent field reads as `undefined`, as in
 * the schema's output, but `in` tells nothing. One shape makes every read of an event field in the tracks a
 * monomorphic one (bench/README.md). Each field is read and checked once; nothing is allocated for a valid field.
 */
export function checkValidatedEvent(raw: Record<string, unknown>, type: EventType, issues: CheckIssue[], ref: string, index: number): Validated | undefined {
  return checkEventOf(raw, raw['id'], TYPE_INFO.get(type)!, issues, ref, index);
}

/**
 * {@link checkValidatedEvent} with the type's info already looked up and `raw['id']` already read (`rawId`),
 * for `validateCase`: a read of a field of an input event is a megamorphic one (the inputs come in many shapes),
 * so each is read once. @internal
 */
export function checkEventOf(
  raw: Record<string, unknown>,
  rawId: unknown,
  info: EventTypeInfo,
  issues: CheckIssue[],
  ref: string,
  index: number,
): Validated | undefined {
  const type = info.type;
  const before = issues.length;
  if (rawId !== undefined && !plainText(rawId)) id.check(rawId, issues, ROOT, 'id');
  const rawDate = raw['date'];
  const day = typeof rawDate === 'string' ? plainDateDay(rawDate) : NOT_A_DAY;
  if (day === NOT_A_DAY) dateField.check(rawDate, issues, ROOT, 'date');
  // Built first and filled while checking (an invalid event is rare; its object is dropped).
  const e: Slots = {
    type,
    date: rawDate as PlainDate,
    day,
    kind: info.kind,
    id: rawId as string | undefined,
    ref,
    index,
    cause: undefined,
    mode: undefined,
    disconnectUntil: undefined,
    by: undefined,
    on: undefined,
    outcome: undefined,
    attentionPoints: undefined,
    reason: undefined,
    until: undefined,
    potential: undefined,
    initiator: undefined,
    workerConsent: undefined,
    earlyRestartAllowed: undefined,
    decision: undefined,
    receivedByEmployer: undefined,
    receivedByWorker: undefined,
    reasonCode: undefined,
    answer: undefined,
  };
  const fields = info.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = readField(raw, f.key);
    if (v === undefined && f.optional) continue;
    if (f.check(v, issues, ROOT, f.key)) setField(e, f.key, v);
  }
  return issues.length === before ? (e as unknown as Validated) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The case envelope (schema.ts `caseEnvelopeSchema`)
// ---------------------------------------------------------------------------------------------------------

const employeeFields: readonly Field[] = [
  field('underHealthSurveillance', bool, true),
  field('status', options(['statutory', 'contractual']), true),
];

const ENVELOPE_FIELDS: readonly Field[] = [
  field('caseId', text(1, 200)),
  field('entity', text(1, 200), true),
  field('employee', object(employeeFields), true, parseObject(employeeFields)),
  field('events', (v, issues, path, key) => {
    if (Array.isArray(v)) return true;
    issues.push({ path: at(path, key), message: invalidType('array', v) });
    return false;
  }),
];

export type Envelope = {
  caseId: string;
  entity?: string;
  employee?: { underHealthSurveillance?: boolean; status?: 'statutory' | 'contractual' };
  events: unknown[];
};

/**
 * The common envelope, valid, checked by named reads: the same data as the table below, or undefined to let
 * the table decide (and report).
 */
function validEnvelope(input: Record<string, unknown>): Envelope | undefined {
  const caseId = input['caseId'];
  const entity = input['entity'];
  const employee = input['employee'];
  const events = input['events'];
  if (!plainText(caseId) || !Array.isArray(events)) return undefined;
  if (entity === undefined ? 'entity' in input : !plainText(entity)) return undefined;
  let emp: Envelope['employee'];
  if (employee === undefined) {
    if ('employee' in input) return undefined;
  } else {
    if (!isObject(employee)) return undefined;
    const watched = employee['underHealthSurveillance'];
    const status = employee['status'];
    if (watched === undefined ? 'underHealthSurveillance' in employee : typeof watched !== 'boolean') return undefined;
    if (status === undefined ? 'status' in employee : status !== 'statutory' && status !== 'contractual') return undefined;
    emp = {};
    if (watched !== undefined) emp.underHealthSurveillance = watched as boolean;
    if (status !== undefined) emp.status = status as 'statutory' | 'contractual';
  }
  // The schema's key order: caseId, entity, employee, events.
  if (entity !== undefined) {
    const name = entity as string;
    return emp !== undefined ? { caseId, entity: name, employee: emp, events } : { caseId, entity: name, events };
  }
  return emp !== undefined ? { caseId, employee: emp, events } : { caseId, events };
}

/** Checks the case envelope, as `caseEnvelopeSchema.safeParse(input)` does (the events are not looked into). */
export function checkEnvelope(input: unknown): { success: true; data: Envelope } | { success: false; issues: CheckIssue[] } {
  if (!isObject(input)) return { success: false, issues: [{ path: [], message: invalidType('object', input) }] };
  const fast = validEnvelope(input);
  if (fast !== undefined) return { success: true, data: fast };
  const issues: CheckIssue[] = [];
  const out: Record<string, unknown> = {};
  return checkObject(ENVELOPE_FIELDS, input, ROOT, issues, out)
    ? { success: true, data: out as Envelope }
    : { success: false, issues };
}

// ---------------------------------------------------------------------------------------------------------
// The options (schema.ts `evaluateOptionsSchema`)
// ---------------------------------------------------------------------------------------------------------

const MAX_EXTRA_HOLIDAYS = 10_000;

/** `z.array(plainDateSchema).max(10_000)`: more than the maximum is the only issue reported. */
const extraHolidays: Check = (v, issues, path, key) => {
  if (!Array.isArray(v)) {
    issues.push({ path: at(path, key), message: invalidType('array', v) });
    sizeIssues(v, undefined, MAX_EXTRA_HOLIDAYS, issues, path, key);
    return false;
  }
  if (v.length > MAX_EXTRA_HOLIDAYS) {
    issues.push({ path: at(path, key), message: `Too big: expected array to have <=${MAX_EXTRA_HOLIDAYS} items` });
    return false;
  }
  const inner = at(path, key);
  let ok = true;
  for (let i = 0; i < v.length; i++) if (!date(v[i], issues, inner, i)) ok = false;
  return ok;
};

const calendarFields: readonly Field[] = [
  field('workweek', options(['mon-fri', 'mon-sat']), true),
  field('extraHolidays', extraHolidays, true, (v) => [...(v as PlainDate[])]),
];
const policyFields: readonly Field[] = [
  field('contactEveryDays', int(1, 366), true),
  field('nextConversationWithinDays', int(1, 366), true),
  field('followUpEveryDays', int(1, 366), true),
];
const interpretationFields: readonly Field[] = [field('planAfterB', options(['from-appeal-outcome', 'from-form']), true)];

const OPTION_FIELDS: readonly Field[] = [
  field('asOf', date),
  field('employerHeadcount', int(0), true),
  field('dueSoonDays', int(0, 366), true),
  field('calendar', object(calendarFields), true, parseObject(calendarFields)),
  field('rollover', options(['none', 'next-working-day']), true),
  field('policy', object(policyFields), true, parseObject(policyFields)),
  field('interpretations', object(interpretationFields), true, parseObject(interpretationFields)),
];

/** Checks the options of an evaluation, as `evaluateOptionsSchema.safeParse(input)` does. */
export function checkOptions(input: unknown): { success: true; data: EvaluateOptions } | { success: false; issues: CheckIssue[] } {
  if (!isObject(input)) return { success: false, issues: [{ path: [], message: invalidType('object', input) }] };
  // The common options, `{ asOf }` alone: named reads only, the same result as the table below.
  if (
    !('employerHeadcount' in input) &&
    !('dueSoonDays' in input) &&
    !('calendar' in input) &&
    !('rollover' in input) &&
    !('policy' in input) &&
    !('interpretations' in input) &&
    isPlainDate(input['asOf'])
  ) {
    return { success: true, data: { asOf: input['asOf'] } };
  }
  const issues: CheckIssue[] = [];
  const out: Record<string, unknown> = {};
  return checkObject(OPTION_FIELDS, input, ROOT, issues, out)
    ? { success: true, data: out as EvaluateOptions }
    : { success: false, issues };
}
