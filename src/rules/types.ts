import type { Duration, PlainDate } from '../calendar/index.js';
import type { Policy } from '../case/schema.js';

/**
 * A text in the languages of the library: Dutch (nl), English (en) and French (fr, in the terms of the official
 * French text of the Codex). The name stays from the time there were two.
 */
export type Bilingual = { readonly nl: string; readonly en: string; readonly fr: string };

/** The languages of the library's labels and messages. */
export const LANGS = ['nl', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The colon after a label: French typography puts a space before it ("Absence : absent", as the French labels
 * themselves write it).
 *
 * @example
 * colon('fr') //=> ' : '
 * colon('nl') //=> ': '
 */
export const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

/** An explanation (an interpretation's reading and its alternatives): in Dutch, English and French, like every label. */
export type Prose = { readonly nl: string; readonly en: string; readonly fr: string };

/** Every rule id the library emits. Stable: HR systems key on these names (SPEC sections 5 and 6). */
export const RULE_IDS = [
  'informal.contact-arrangement',
  'informal.keep-contact',
  'informal.first-conversation',
  'informal.next-conversation',
  'informal.resumption-arrangements',
  'informal.follow-up',
  'health.notify-occupational-physician',
  'health.inform-worker',
  'health.return-to-work-exam',
  'health.pre-resumption-visit',
  'formal.start-required',
  'formal.employer-may-request',
  'formal.assessment',
  'formal.next-invitation',
  'formal.plan-after-a',
  'formal.appeal-window',
  'formal.appeal-decision',
  'formal.plan-after-b',
  'formal.plan-response',
  'formal.contact-worker',
  'formal.plan-follow-up',
  'formal.restart-bar',
  'formal.work-potential-request',
  'formal.mandatory-start',
  'force-majeure.may-start',
  'force-majeure.invitation',
  'force-majeure.next-invitation',
  'force-majeure.appeal-window',
  'force-majeure.appeal-decision',
  'force-majeure.adapted-work-request',
  'force-majeure.adapted-work-form',
  'force-majeure.plan-or-report',
  'force-majeure.may-end',
  'force-majeure.riziv-notification',
  'statutory.part-time-right',
  'statutory.part-time-period',
  'statutory.definitive-unfitness-referral',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Who must act (or may act) under a rule (SPEC section 7). */
export const ACTORS = [
  'employee',
  'manager',
  'return-to-work-coach',
  'hr',
  'employer',
  'occupational-physician',
  'inspector-physician',
  'worker',
  'treating-physician',
] as const;
export type Actor = (typeof ACTORS)[number];

/** The name of each actor in the library's languages (timelines, worklists, catalogue). */
export const ACTOR_NAMES: Readonly<Record<Actor, Bilingual>> = {
  employee: { nl: 'personeelslid', en: 'employee', fr: 'membre du personnel' },
  manager: { nl: 'leidinggevende', en: 'manager', fr: 'supérieur hiérarchique' },
  'return-to-work-coach': { nl: 'terugkeercoach', en: 'return-to-work coach', fr: 'coach de retour (terugkeercoach)' },
  hr: { nl: 'HR', en: 'HR', fr: 'RH' },
  employer: { nl: 'werkgever', en: 'employer', fr: 'employeur' },
  'occupational-physician': { nl: 'preventieadviseur-arbeidsarts', en: 'occupational physician', fr: 'conseiller en prévention-médecin du travail' },
  'inspector-physician': { nl: 'arts-sociaal inspecteur', en: 'inspector physician', fr: 'médecin-inspecteur social' },
  worker: { nl: 'werknemer', en: 'worker', fr: 'travailleur' },
  'treating-physician': { nl: 'behandelend arts', en: 'treating physician', fr: 'médecin traitant' },
};

/**
 * What a rule creates: an `obligation` someone must meet by a due date, a `right` someone may use until a date,
 * or an `earliest` date before which something may not happen.
 */
export type RuleKind = 'obligation' | 'right' | 'earliest';

/** The legal source of a rule. */
export type Citation = {
  /**
   * `employment-contracts-act`: Arbeidsovereenkomstenwet (law of 3 July 1978); `health-insurance-act`: the
   * GVU/ZIV law (coordinated 14 July 1994, Terug Naar Werk-Fonds); `vps`: Vlaams Personeelsstatuut (BVR of
   * 13 January 2006).
   */
  readonly source: 'codex' | 'omzendbrief' | 'ago-guidance' | 'judicial-code' | 'employment-contracts-act' | 'health-insurance-act' | 'vps';
  readonly article?: string;
  readonly url?: string;
};

/** The procedures a rule belongs to: the informal track, the health duties, the formal trajectory, medical force majeure, the VPS. */
export const TRACKS = ['informal', 'health', 'formal', 'force-majeure', 'statutory'] as const;
export type Track = (typeof TRACKS)[number];

/** The regimes of the formal trajectory (SPEC section 6). */
export type Regime = 'R2022' | 'R2026';

/**
 * A reading of the law chosen where the sources are unclear. Every choice is named, so it shows in the registry,
 * the generated catalogue and the output.
 */
export type Interpretation = {
  /** Stable id, e.g. `lasted-from-first-day-included`. */
  readonly id: string;
  /** The question in our research (`A-4`), if any. */
  readonly question?: string;
  /** What the library does. */
  readonly chosen: Prose;
  /** The reading(s) not taken. */
  readonly alternatives?: readonly Prose[];
  /** Where the reasoning comes from (short source names or URLs). */
  readonly sources: readonly string[];
};

/**
 * The id of every reading of the law the library takes: those a deadline may name (`Deadline.interpretations`,
 * written by the tracks) and the last two, behind a refused event and a flag. The prose is the rules'
 * (`RuleDefinition.interpretations`, the docs). Stable, like the rule ids.
 */
export const INTERPRETATION_IDS = [
  'informal-obligations-void-when-track-ends', 'disconnection-until-inclusive', 'relapse-continues-informal-track',
  'first-conversation-held-not-planned', 'month-end-clamped', 'next-conversation-planned-or-policy',
  'arrangements-term-from-conversation', 'deviation-moves-or-waives-term', 'escalation-when-term-ran-out',
  'four-month-mark-is-threshold', 'follow-up-rhythm-from-policy', 'lasted-from-first-day-included',
  'notify-only-if-4-weeks-reached', 'inform-worker-after-notification', 'working-days-mon-fri',
  'ten-working-days-current-text', 'return-exam-absence-counted-from-episode-start',
  'pre-resumption-visit-employer-from-2026', 'short-resumption-days-count', 'employer-may-request-scope',
  'work-potential-due-at-8-weeks', 'article-number-unverified', 'mandatory-start-met-by-receipt',
  'mandatory-start-not-before-potential', 'headcount-unknown-applies', 'day-after-receipt-is-day-1',
  'r2026-terms-as-r2022', 'invitation-gap-between-sending-dates', 'no-show-end-as-declared',
  'late-appeal-does-not-suspend', 'one-appeal-per-trajectory', 'overturned-needs-new-decision', 'from-appeal-outcome',
  'from-form', 'no-appeal-from-form-receipt', 'contact-due-day-after-response-term', 'follow-up-latest-review',
  'restart-bar-from-last-receipt', 'force-majeure-regime-by-notification', 'force-majeure-new-period-after-no-show',
  'force-majeure-exam-not-before-ten-days', 'force-majeure-no-show-count-and-gaps', 'force-majeure-may-end-when-final',
  'force-majeure-adapted-work-asked-at-examination', 'force-majeure-plan-or-report-no-term',
  'force-majeure-riziv-when-employer-ends', 'part-time-right-from-first-period',
  'part-time-right-extended-by-full-time-sick-days', 'part-time-new-right-after-full-resumption',
  'vps-statutory-staff-only', 'part-time-period-3-months-first-day-included',
  'sick-leave-working-days-of-full-absence', 'referral-from-666th-working-day', 'attention-points-required',
  'force-majeure-rights-flagged-when-absent',
] as const;
export type InterpretationId = (typeof INTERPRETATION_IDS)[number];

/**
 * A term as data: how a rule's date follows from the day of the fact it counts from (`from`).
 * - `{ days: n }`: `daysAfter(from, n)`, "within n calendar days" (the day after `from` is day 1);
 * - `{ months: n }`: `monthsAfter(from, n)`, clamped to the end of a shorter month;
 * - `{ workingDays: n }`: `workingDaysAfter(from, n, calendar)`;
 * - `{ lastedFrom: duration }`: `lastedFrom(from, duration)`, "once the incapacity has lasted ...";
 * - `{ everyDays: key }`: every n days in the entity's own rhythm (`policy[key]`); no date without one;
 * - `{ none: true }`: no fixed term ("as soon as possible", "regularly").
 */
export type Term =
  | { readonly days: number }
  | { readonly months: number }
  | { readonly workingDays: number }
  | { readonly lastedFrom: Duration }
  | { readonly everyDays: keyof Policy }
  | { readonly none: true };

/**
 * What a rule computes, as data: the fact its term counts from (an event type, or an event field such as
 * `formal.assessed.receivedByEmployer`), the term, and whether the `rollover` option may move its date to a
 * working day (calendar-day and month deadlines and rights may; earliest dates, thresholds and working-day terms
 * never do).
 */
export type RuleComputation = {
  readonly from: string;
  readonly term: Term;
  readonly rollover: boolean;
  /** What makes an unmet deadline of the rule no longer relevant (`void`), in words. */
  readonly voidWhen?: readonly string[];
};

/**
 * One legal rule as data (OpenFisca-style): id, who, what, the term and where it is counted from, the regime in
 * which it is valid, the citation(s), and the interpretation chosen.
 */
export type RuleDefinition = {
  readonly id: RuleId;
  readonly track: Track;
  readonly actor: Actor;
  /** Other actors who may act under the rule (e.g. the restart bar binds worker and employer). */
  readonly alsoActors?: readonly Actor[];
  readonly kind: RuleKind;
  readonly label: Bilingual;
  /** The term in words, e.g. "49 calendar days". */
  readonly term: Bilingual;
  /** Where the term is counted from, e.g. "receipt of the request". */
  readonly countedFrom: Bilingual;
  /** The computation: the fact counted from, the term, the rollover. */
  readonly counts: RuleComputation;
  /** What meets the obligation (event types), if any. */
  readonly metBy?: readonly string[];
  readonly basis: readonly Citation[];
  /** Regimes of the formal trajectory in which the rule applies; absent = not regime-bound. */
  readonly regimes?: readonly Regime[];
  /** First day on which the rule is in force (inclusive). */
  readonly validFrom?: PlainDate;
  /** Last day on which the rule is in force (inclusive); absent = still in force. */
  readonly validTo?: PlainDate;
  readonly interpretations?: readonly Interpretation[];
};

/**
 * A rule as `evaluate` reads it: its definition without the words of the catalogue. A rule's file declares both
 * halves, its `RuleSpec` and its `RuleProse`; the public `RULES` joins them (`src/rules/registry.ts`), while the
 * tracks and the engine read the specs alone (`src/rules/specs.ts`), so that a bundle of `evaluate` leaves the
 * prose out.
 */
export type RuleSpec = Omit<RuleDefinition, 'term' | 'countedFrom' | 'interpretations'>;

/** A rule in the words of the catalogue (docs, CLI `rules`, `RULES`): never part of the output of `evaluate`. */
export type RuleProse = Pick<RuleDefinition, 'term' | 'countedFrom' | 'interpretations'> & {
  /**
   * The article number cited could not be confirmed, and what the search found instead: the reading
   * `article-number-unverified` (`articleUnverified` in `src/formal/interpretations.ts`), listed last.
   */
  readonly unverifiedArticle?: { readonly article: string; readonly found: Prose };
};

/** The prose of a track's rules, by rule id. */
export type RuleProseById = Readonly<Partial<Record<RuleId, RuleProse>>>;
