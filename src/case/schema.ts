/**
 * The contract of the library's input (SPEC section 3), as zod schemas: the one place where an event type and its
 * fields are declared. The TypeScript types, the JSON Schema (`schema/`), the docs and the validation of
 * `evaluate` all come from these schemas.
 *
 * They are `zod/mini` schemas (the tree-shakable build of zod v4), so that a bundle of `evaluate` stays small;
 * use them with the functional API (`schema.safeParse(x)`, `z.toJSONSchema(schema)`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { parsePlainDate, type PlainDate } from '../calendar/index.js';

/**
 * A calendar date `YYYY-MM-DD` (years 1900-2199), validated with the calendar's own parser so that the message
 * says exactly what is wrong (e.g. "February 2025 has 28 days").
 */
export const plainDateSchema = z
  .string({ error: 'expected a date as a string YYYY-MM-DD' })
  .check(
    z.superRefine((value, ctx) => {
      const r = parsePlainDate(value);
      if (!r.success) ctx.addIssue({ code: 'custom', message: r.error.message });
    }),
  )
  .register(z.globalRegistry, {
    format: 'date',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    description: 'A calendar date YYYY-MM-DD (a valid Gregorian date, years 1900-2199), no time and no time zone.',
  }) as unknown as z.ZodMiniType<PlainDate, string>;

/** A string of `min` to `max` characters. */
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
/** A whole number from `min` (up to `max`). */
const int = (min: number, max?: number) => (max === undefined ? z.int().check(z.gte(min)) : z.int().check(z.gte(min), z.lte(max)));
const optional = z.optional;

const base = {
  id: optional(text(1, 200)),
  date: plainDateSchema,
};

/** The schema of one event type: `id`, `date`, `type` and the type's own fields. */
const ev = <T extends string, S extends Record<string, z.core.SomeType>>(type: T, shape: S, description: string) =>
  z.object({ ...base, type: z.literal(type), ...shape }).register(z.globalRegistry, { title: type, description });

/** The event schemas, one per `type` (SPEC section 3). */
export const eventSchemas = {
  'absence.started': ev('absence.started', {
    cause: optional(z.enum(['illness', 'accident', 'work-accident', 'occupational-disease'])),
  }, 'First day of incapacity (arbeidsongeschiktheid).'),
  'work.resumed': ev('work.resumed', { mode: z.enum(['full', 'part-time', 'adapted', 'other-work']) }, 'First day back at work, in any form; ends the incapacity.'),
  'employment.ended': ev('employment.ended', {
    reason: optional(z.enum(['medical-force-majeure', 'other'])),
  }, 'The employment ended: the case ends and everything open becomes void; `medical-force-majeure` when a party invoked medical force majeure (art. 34 Arbeidsovereenkomstenwet).'),
  'certificate.definitive-unfitness': ev('certificate.definitive-unfitness', {}, 'The employer received the treating physician\'s certificate of definitive unfitness (R2022 employer start).'),
  'contact.agreed': ev('contact.agreed', { disconnectUntil: optional(plainDateSchema) }, 'Contact arrangement made with the staff member (who, how), optionally a period of full disconnection.'),
  'contact.made': ev('contact.made', { by: optional(z.enum(['manager', 'coach', 'colleague', 'hr'])) }, 'A contact moment during the absence.'),
  'occupational-physician.notified': ev('occupational-physician.notified', {}, 'The employer informed the occupational physician (preventieadviseur-arbeidsarts) of the incapacity (Codex I.4-4 §3).'),
  'occupational-physician.informed-worker': ev('occupational-physician.informed-worker', {}, 'The occupational physician informed the worker of the options for returning to work (Codex I.4-71/1).'),
  'conversation.planned': ev('conversation.planned', { on: plainDateSchema }, 'The return-to-work coach (terugkeercoach) planned a conversation for `on`.'),
  'conversation.held': ev('conversation.held', {
    outcome: z.enum(['not-yet-possible', 'resumption-possible']),
    attentionPoints: optional(z.boolean()),
  }, 'Conversation with the return-to-work coach; `attentionPoints` is required with `resumption-possible`.'),
  'arrangements.agreed': ev('arrangements.agreed', { by: z.enum(['manager', 'coach']) }, 'Concrete resumption arrangements (manager) or a step plan (coach) agreed.'),
  'deviation.recorded': ev('deviation.recorded', {
    reason: text(1, 2000),
    until: optional(plainDateSchema),
  }, 'Complex case: the 2-month step-plan term is set aside (until `until`, or open-ended).'),
  'smt.referred': ev('smt.referred', {}, 'Case put to the Social Medical Team (SMT).'),
  'smt.advised': ev('smt.advised', {}, 'Advice received from the Social Medical Team (SMT).'),
  'second-line.consulted': ev('second-line.consulted', {}, 'AgO re-integration adviser consulted (second line).'),
  'follow-up.held': ev('follow-up.held', {}, 'Follow-up of the resumption arrangements (informal step 4).'),
  'pre-resumption-visit.requested': ev('pre-resumption-visit.requested', { by: z.enum(['worker', 'employer']) }, 'Request for a pre-resumption visit received by the occupational physician (employer requests only from 2026-01-01).'),
  'pre-resumption-visit.held': ev('pre-resumption-visit.held', {}, 'The pre-resumption visit took place.'),
  'return-to-work-exam.held': ev('return-to-work-exam.held', {}, 'Examination at resumption (Codex I.4-34).'),
  'work-potential.requested': ev('work-potential.requested', {}, 'R2026: the employer asked the occupational physician to estimate the work potential.'),
  'work-potential.waived': ev('work-potential.waived', { reason: z.literal('resumption-expected-within-6-months') }, 'R2026: the estimate is not needed (resumption expected within 6 months).'),
  'work-potential.assessed': ev('work-potential.assessed', { potential: z.boolean() }, 'R2026: the estimate of the work potential was received.'),
  'formal.requested': ev('formal.requested', {
    initiator: z.enum(['worker', 'treating-physician', 'employer']),
    workerConsent: optional(z.boolean()),
    earlyRestartAllowed: optional(z.boolean()),
  }, 'Request for a formal re-integration trajectory received by the occupational physician; the trajectory starts the next day.'),
  'formal.invited': ev('formal.invited', {}, 'Invitation to the re-integration assessment sent.'),
  'formal.no-show': ev('formal.no-show', {}, 'The third invitation was not accepted: the trajectory ends.'),
  'formal.assessed': ev('formal.assessed', {
    decision: z.enum(['A', 'B', 'C']),
    receivedByEmployer: optional(plainDateSchema),
    receivedByWorker: optional(plainDateSchema),
  }, 'Re-integration assessment (decision A, B or C); receipt dates default to `date`.'),
  'formal.appeal-lodged': ev('formal.appeal-lodged', {}, 'Appeal against decision B received by the inspector physician.'),
  'formal.appeal-decided': ev('formal.appeal-decided', { outcome: z.enum(['confirmed', 'overturned']) }, 'Appeal result received by employer and worker.'),
  'formal.plan-offered': ev('formal.plan-offered', {}, 'Re-integration plan received by the worker.'),
  'formal.report-delivered': ev('formal.report-delivered', {
    reasonCode: optional(z.enum(['no-adapted-work', 'technically-impossible', 'not-reasonably-required', 'other'])),
  }, 'Motivated report (no plan possible) delivered: the trajectory ends.'),
  'formal.plan-answered': ev('formal.plan-answered', {
    answer: z.enum(['agreed', 'refused']),
    reasonCode: optional(text(1, 200)),
  }, 'The worker\'s answer to the plan.'),
  'formal.worker-contacted': ev('formal.worker-contacted', {}, 'The employer contacted the worker after the 14 days passed without an answer.'),
  'formal.plan-deemed-refused': ev('formal.plan-deemed-refused', {}, 'Second silence after that contact: counts as a refusal, the trajectory ends.'),
  'formal.plan-reviewed': ev('formal.plan-reviewed', {}, 'The occupational physician followed up the plan.'),
  // Medical force majeure (medische overmacht), contractual staff: art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1.
  'force-majeure.notified': ev('force-majeure.notified', {
    by: z.enum(['employer', 'worker']),
    rightsMentioned: optional(z.boolean()),
  }, 'Medical force majeure: the occupational physician received the registered letter that starts the procedure; `rightsMentioned` (employer letters) says whether it names the worker\'s rights.'),
  'force-majeure.invited': ev('force-majeure.invited', {}, 'Medical force majeure: the occupational physician invited the worker to the examination.'),
  'force-majeure.no-show': ev('force-majeure.no-show', {}, 'Medical force majeure: the worker did not accept the third invitation; the procedure ends.'),
  'force-majeure.finding': ev('force-majeure.finding', {
    definitiveUnfitness: z.boolean(),
    adaptedWorkAsked: optional(z.boolean()),
    receivedByWorker: optional(plainDateSchema),
  }, 'Medical force majeure: the occupational physician\'s finding (vaststelling), received by the employer on `date` (and the worker on `receivedByWorker`, default `date`); `adaptedWorkAsked`: the worker asked at the examination to examine adapted or other work.'),
  'force-majeure.appeal-lodged': ev('force-majeure.appeal-lodged', {}, 'Medical force majeure: appeal against the finding received by the inspector physician.'),
  'force-majeure.appeal-decided': ev('force-majeure.appeal-decided', { outcome: z.enum(['confirmed', 'overturned']) }, 'Medical force majeure: appeal result received by employer and worker.'),
  'force-majeure.adapted-work-requested': ev('force-majeure.adapted-work-requested', {}, 'Medical force majeure: the occupational physician received the worker\'s request to examine adapted or other work.'),
  'force-majeure.form-delivered': ev('force-majeure.form-delivered', {}, 'Medical force majeure: the form with the possibilities of adapted or other work received by employer and worker.'),
  'force-majeure.plan-offered': ev('force-majeure.plan-offered', {}, 'Medical force majeure: the employer\'s plan for adapted or other work received by the worker.'),
  'force-majeure.report-delivered': ev('force-majeure.report-delivered', {}, 'Medical force majeure: the employer\'s motivated report (no adapted or other work possible) delivered to worker and occupational physician.'),
  'force-majeure.plan-answered': ev('force-majeure.plan-answered', { answer: z.enum(['agreed', 'refused']) }, 'Medical force majeure: the worker\'s answer to the plan.'),
  'force-majeure.riziv-notified': ev('force-majeure.riziv-notified', {}, 'The employer notified the RIZIV of the end of the contract for medical force majeure (Terug Naar Werk-Fonds).'),
  // Statutory staff of the Flemish government (Vlaams Personeelsstatuut, VPS).
  'part-time-illness.granted': ev('part-time-illness.granted', {
    until: plainDateSchema,
    percentage: optional(int(1, 99)),
  }, 'VPS X 22: part-time work for illness (deeltijdse prestaties wegens ziekte) granted for the period from `date` to `until` (both included); `percentage` of a full-time job.'),
} as const;

export type EventType = keyof typeof eventSchemas;
export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

/** One case event (a discriminated union on `type`), as it is after validation. */
export const caseEventSchema = z.discriminatedUnion(
  'type',
  Object.values(eventSchemas) as unknown as [
    (typeof eventSchemas)[EventType],
    ...(typeof eventSchemas)[EventType][],
  ],
);
export type CaseEvent = { [K in EventType]: z.output<(typeof eventSchemas)[K]> }[EventType];
/** The event of one type. */
export type EventOf<T extends EventType> = Extract<CaseEvent, { type: T }>;
/** An event as an HR system sends it (dates as plain strings). */
export type CaseEventInput = z.input<typeof caseEventSchema>;

export const employeeSchema = z.object({
  underHealthSurveillance: optional(z.boolean()),
  status: optional(z.enum(['statutory', 'contractual'])),
  /** Statutory staff (VPS X 20): working days of sick leave over the career before the first event of the case. */
  sickLeaveWorkingDaysBefore: optional(int(0, 100_000)),
});

/** The case envelope; `events` are validated one by one so that one bad event does not lose the others. */
export const caseEnvelopeSchema = z.object({
  caseId: text(1, 200),
  entity: optional(text(1, 200)),
  employee: optional(employeeSchema),
  events: z.array(z.unknown()),
});

/** A case (SPEC section 3). */
export const caseSchema = z.extend(caseEnvelopeSchema, { events: z.array(caseEventSchema) });
export type Case = z.output<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;

export const policySchema = z.object({
  contactEveryDays: optional(int(1, 366)),
  nextConversationWithinDays: optional(int(1, 366)),
  followUpEveryDays: optional(int(1, 366)),
});

export const calendarOptionsSchema = z.object({
  workweek: optional(z.enum(['mon-fri', 'mon-sat'])),
  extraHolidays: optional(z.array(plainDateSchema).check(z.maxLength(10_000))),
});

/** The options of an evaluation (SPEC section 3). */
export const evaluateOptionsSchema = z.object({
  asOf: plainDateSchema,
  employerHeadcount: optional(int(0)),
  dueSoonDays: optional(int(0, 366)),
  calendar: optional(calendarOptionsSchema),
  rollover: optional(z.enum(['none', 'next-working-day'])),
  policy: optional(policySchema),
  interpretations: optional(z.object({ planAfterB: optional(z.enum(['from-appeal-outcome', 'from-form'])) })),
});
export type EvaluateOptions = z.output<typeof evaluateOptionsSchema>;
export type EvaluateOptionsInput = z.input<typeof evaluateOptionsSchema>;
export type Policy = z.output<typeof policySchema>;
