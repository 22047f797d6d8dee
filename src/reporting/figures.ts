/**
 * The shape of a report (SPEC section 8). The figure names are stable: committees' spreadsheets and HR
 * dashboards key on them. Figures beyond the SPEC's list are marked "added".
 *
 * @module
 */
import type { PlainDate } from '../calendar/index.js';
import { emptyHistogram, mergeHistograms, type Histogram } from './histogram.js';

/**
 * Counts for one entity (a group) or for the whole population (`total`).
 *
 * What counts. Every case is evaluated once, at `asOf`, by the library's own `evaluate`; nothing here applies a
 * term of the law a second time. Three kinds of figure:
 * - **events**: valid events dated in [from, to] (inclusive) that the evaluation accepted (events after `asOf`
 *   are unknown; events rejected as `out-of-sequence` or `trajectory-already-active` do not count);
 * - **met deadlines**: deadlines of the evaluation met (`met` = on time, `met-late` = late) on a day in
 *   `[from, to]`: "on time" is the evaluation's own comparison of the event with the due date it met;
 * - **a snapshot at `asOf`**: `overdueAtAsOf`.
 */
export type Figures = {
  /** Added: case records read (valid and invalid). */
  cases: number;
  /** Added: records that could not be evaluated (not an object, no caseId, events not a list, not JSON); skipped. */
  invalidCases: number;
  /** Added: per issue code (`invalid-case`, `invalid-json`), the invalid records that had it (once per record). */
  invalidCaseIssues: Record<string, number>;
  informal: {
    /** Absence episodes (uninterrupted incapacities: a relapse within 14 days continues one) starting in [from, to]. */
    episodesStarted: number;
    /** `informal.first-conversation` deadlines met in [from, to] (the first `conversation.held` of an episode). */
    firstConversations: number;
    /** ... of which on time: within 2 months after the start of the absence. */
    firstConversationsOnTime: number;
    /** Added: ... of which late. */
    firstConversationsLate: number;
    /** `conversation.held` events with outcome `resumption-possible`. */
    resumptionPossible: number;
    /** Added: ... with `attentionPoints: true`. */
    resumptionPossibleWithAttentionPoints: number;
    /** Added: ... without (`attentionPoints` false or absent). */
    resumptionPossibleWithoutAttentionPoints: number;
    /** `arrangements.agreed` events. */
    arrangementsAgreed: number;
    /** `informal.resumption-arrangements` deadlines met on time in [from, to] (2 months, or the deviation's term). */
    arrangementsOnTime: number;
    /** Added: ... met late. */
    arrangementsLate: number;
    /** `deviation.recorded` events. */
    deviations: number;
    /** `smt.referred` events. */
    smtReferrals: number;
    /**
     * `formal.start-required` deadlines (one per episode that had to go to the formal track) due in [from, to]
     * (and by `asOf`), answered or not, by the reason that set the date (the deadline's `reason`).
     */
    escalations: { noConversation: number; noArrangements: number; mandatoryStart: number };
    /** Days from the start of the episode to its first conversation, for each of `firstConversations`. */
    daysToFirstConversation: Histogram;
  };
  formal: {
    /** Trajectories of the evaluation whose request was received (`requestedOn`) in [from, to], by initiator. */
    requested: { total: number; worker: number; treatingPhysician: number; employer: number };
    /** The same trajectories by regime; `unsupported` (added): started before 1 October 2022. */
    byRegime: { R2022: number; R2026: number; unsupported: number };
    /** `formal.assessed` events by decision (a new assessment after an overturned appeal counts again). */
    decisions: { A: number; B: number; C: number };
    /** `formal.appeal-lodged` and `formal.appeal-decided` events (by outcome). */
    appeals: { lodged: number; confirmed: number; overturned: number };
    plans: {
      /** `formal.plan-offered` events. */
      offered: number;
      /** `formal.plan-answered` events with answer `agreed`. */
      agreed: number;
      /** `formal.plan-answered` events with answer `refused`. */
      refused: number;
      /** `formal.plan-deemed-refused` events. */
      deemedRefused: number;
      /** Added: `formal.plan-response` deadlines met late (answer after 14 days) in [from, to]. */
      answeredLate: number;
      /** Added: refusals by the worker's `reasonCode` (`unspecified` when absent): K-03, why a plan was refused. */
      refusedByReason: Record<string, number>;
    };
    /** `formal.report-delivered` events (motivated reports: no plan possible), by `reasonCode` (`unspecified`). */
    reports: { total: number; byReason: Record<string, number> };
    /** `formal.no-show` events. */
    noShows: number;
    /** `formal.assessment` deadlines met in [from, to]: within 49 days, or later. */
    assessmentsOnTime: number;
    assessmentsLate: number;
    /** `formal.plan-after-a` / `formal.plan-after-b` deadlines met (plan or report) in [from, to]: on time, or late. */
    plansOnTime: number;
    plansLate: number;
  };
  /** Added (issue 18): medical force majeure procedures of contractual staff (art. 34 Arbeidsovereenkomstenwet). */
  forceMajeure: {
    /** Procedures whose notification the occupational physician received (`notifiedOn`) in [from, to], by who started them. */
    started: { total: number; employer: number; worker: number };
    /** The same procedures by regime: 9 months of incapacity (`FM2022`) or 6 months (`FM2026`, from 1 January 2026). */
    byRegime: { FM2022: number; FM2026: number };
    /** `force-majeure.finding` events: definitive unfitness found, or not. */
    findings: { unfit: number; notUnfit: number };
    /** `force-majeure.appeal-lodged` and `force-majeure.appeal-decided` events (by outcome). */
    appeals: { lodged: number; confirmed: number; overturned: number };
    /** Procedures that ended (`endedOn`) in [from, to], by end reason. */
    endedByReason: Record<string, number>;
    /** Obligations of the procedures met in [from, to] (invitation, appeal decision, form, plan or report, RIZIV notification): on time, or late. */
    onTime: number;
    late: number;
  };
  /** Added (issue 18): the sickness rules of the Vlaams Personeelsstatuut for statutory staff. */
  statutory: {
    /** `part-time-illness.granted` events (periods of part-time work for illness, VPS X 22). */
    partTimePeriods: number;
    /** Periods granted as a favour after the right ended (`part-time-favour` flags since a day in [from, to]). */
    partTimeFavours: number;
    /** Officials who reached 666 working days of sick leave (VPS X 20) on a day in [from, to], by `asOf`. */
    referralThresholdsReached: number;
  };
  /** Added: `pre-resumption-visit.requested`, `pre-resumption-visit.held`, `return-to-work-exam.held` events (K-02). */
  health: { preResumptionVisitsRequested: number; preResumptionVisitsHeld: number; returnToWorkExams: number };
  /** `work.resumed` events by mode. */
  resumptions: { full: number; partTime: number; adapted: number; otherWork: number };
  /** Deadlines with status `overdue` at `asOf`, by rule id (a snapshot, not limited to [from, to]). */
  overdueAtAsOf: Record<string, number>;
};

/** How a report is split: by `entity` (cases without one go to `"(none)"`) or not at all. */
export type GroupBy = 'entity' | 'none';

/**
 * A report over [from, to] evaluated at `asOf` (SPEC section 8). `groupBy` is added so that
 * {@link mergeReports} can refuse to mix a split report with an unsplit one.
 */
export type Report = {
  from: PlainDate;
  to: PlainDate;
  asOf: PlainDate;
  groupBy: GroupBy;
  total: Figures;
  groups: Record<string, Figures>;
};

/** The group of cases without an entity. */
export const NO_ENTITY = '(none)';

/** Figures with every count at zero. */
export function emptyFigures(): Figures {
  return {
    cases: 0,
    invalidCases: 0,
    invalidCaseIssues: {},
    informal: {
      episodesStarted: 0,
      firstConversations: 0, firstConversationsOnTime: 0, firstConversationsLate: 0,
      resumptionPossible: 0, resumptionPossibleWithAttentionPoints: 0, resumptionPossibleWithoutAttentionPoints: 0,
      arrangementsAgreed: 0, arrangementsOnTime: 0, arrangementsLate: 0,
      deviations: 0,
      smtReferrals: 0,
      escalations: { noConversation: 0, noArrangements: 0, mandatoryStart: 0 },
      daysToFirstConversation: emptyHistogram(),
    },
    formal: {
      requested: { total: 0, worker: 0, treatingPhysician: 0, employer: 0 },
      byRegime: { R2022: 0, R2026: 0, unsupported: 0 },
      decisions: { A: 0, B: 0, C: 0 },
      appeals: { lodged: 0, confirmed: 0, overturned: 0 },
      plans: { offered: 0, agreed: 0, refused: 0, deemedRefused: 0, answeredLate: 0, refusedByReason: {} },
      reports: { total: 0, byReason: {} },
      noShows: 0,
      assessmentsOnTime: 0, assessmentsLate: 0,
      plansOnTime: 0, plansLate: 0,
    },
    forceMajeure: {
      started: { total: 0, employer: 0, worker: 0 },
      byRegime: { FM2022: 0, FM2026: 0 },
      findings: { unfit: 0, notUnfit: 0 },
      appeals: { lodged: 0, confirmed: 0, overturned: 0 },
      endedByReason: {},
      onTime: 0, late: 0,
    },
    statutory: { partTimePeriods: 0, partTimeFavours: 0, referralThresholdsReached: 0 },
    health: { preResumptionVisitsRequested: 0, preResumptionVisitsHeld: 0, returnToWorkExams: 0 },
    resumptions: { full: 0, partTime: 0, adapted: 0, otherWork: 0 },
    overdueAtAsOf: {},
  };
}

/** Adds one to a keyed count, in place. */
export function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Locale-independent string order (the same on every machine). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The sum of two keyed counts, keys in code-unit order (deterministic JSON). */
function sumRecords(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCodeUnit);
  return Object.fromEntries(keys.map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]).filter(([, n]) => n !== 0));
}

/** A part of {@link Figures}: a count, or an object of counts, keyed counts and histograms. */
type Node = number | { readonly [key: string]: Node };

/**
 * The sum of two parts of figures shaped like `template` (a part of {@link emptyFigures}): counts are added; a
 * histogram is merged; an object that is empty in the template is a keyed count, summed key by key.
 */
function addNodes(template: Node, a: Node, b: Node): Node {
  if (typeof template === 'number') return (a as number) + (b as number);
  if ('buckets' in template) return mergeHistograms(a as Histogram, b as Histogram);
  const x = a as Record<string, Node>;
  const y = b as Record<string, Node>;
  const keys = Object.keys(template);
  if (keys.length === 0) return sumRecords(x as Record<string, number>, y as Record<string, number>);
  return Object.fromEntries(keys.map((k) => [k, addNodes(template[k]!, x[k]!, y[k]!)]));
}

/** The figures of the union of two disjoint populations: every count added (associative and commutative). */
export const addFigures = (a: Figures, b: Figures): Figures => addNodes(emptyFigures(), a, b) as Figures;

/** The same figures with every keyed count and histogram in canonical key order (adding zero figures). */
export const canonicalFigures = (f: Figures): Figures => addFigures(f, emptyFigures());
