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
     * (and by `asOf`), answered or not, by the reason that set the date (see `escalationReason`).
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
      firstConversations: 0,
      firstConversationsOnTime: 0,
      firstConversationsLate: 0,
      resumptionPossible: 0,
      resumptionPossibleWithAttentionPoints: 0,
      resumptionPossibleWithoutAttentionPoints: 0,
      arrangementsAgreed: 0,
      arrangementsOnTime: 0,
      arrangementsLate: 0,
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
      assessmentsOnTime: 0,
      assessmentsLate: 0,
      plansOnTime: 0,
      plansLate: 0,
    },
    health: { preResumptionVisitsRequested: 0, preResumptionVisitsHeld: 0, returnToWorkExams: 0 },
    resumptions: { full: 0, partTime: 0, adapted: 0, otherWork: 0 },
    overdueAtAsOf: {},
  };
}

/** Adds one to a keyed count, in place. */
export function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** The sum of two keyed counts, keys in code-unit order (deterministic JSON). */
function sumRecords(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCodeUnit)) {
    const n = (a[k] ?? 0) + (b[k] ?? 0);
    if (n !== 0) out[k] = n;
  }
  return out;
}

/** Locale-independent string order (the same on every machine). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The figures of the union of two disjoint populations: every count added (associative and commutative). */
export function addFigures(a: Figures, b: Figures): Figures {
  const ai = a.informal;
  const bi = b.informal;
  const af = a.formal;
  const bf = b.formal;
  return {
    cases: a.cases + b.cases,
    invalidCases: a.invalidCases + b.invalidCases,
    invalidCaseIssues: sumRecords(a.invalidCaseIssues, b.invalidCaseIssues),
    informal: {
      episodesStarted: ai.episodesStarted + bi.episodesStarted,
      firstConversations: ai.firstConversations + bi.firstConversations,
      firstConversationsOnTime: ai.firstConversationsOnTime + bi.firstConversationsOnTime,
      firstConversationsLate: ai.firstConversationsLate + bi.firstConversationsLate,
      resumptionPossible: ai.resumptionPossible + bi.resumptionPossible,
      resumptionPossibleWithAttentionPoints: ai.resumptionPossibleWithAttentionPoints + bi.resumptionPossibleWithAttentionPoints,
      resumptionPossibleWithoutAttentionPoints:
        ai.resumptionPossibleWithoutAttentionPoints + bi.resumptionPossibleWithoutAttentionPoints,
      arrangementsAgreed: ai.arrangementsAgreed + bi.arrangementsAgreed,
      arrangementsOnTime: ai.arrangementsOnTime + bi.arrangementsOnTime,
      arrangementsLate: ai.arrangementsLate + bi.arrangementsLate,
      deviations: ai.deviations + bi.deviations,
      smtReferrals: ai.smtReferrals + bi.smtReferrals,
      escalations: {
        noConversation: ai.escalations.noConversation + bi.escalations.noConversation,
        noArrangements: ai.escalations.noArrangements + bi.escalations.noArrangements,
        mandatoryStart: ai.escalations.mandatoryStart + bi.escalations.mandatoryStart,
      },
      daysToFirstConversation: mergeHistograms(ai.daysToFirstConversation, bi.daysToFirstConversation),
    },
    formal: {
      requested: {
        total: af.requested.total + bf.requested.total,
        worker: af.requested.worker + bf.requested.worker,
        treatingPhysician: af.requested.treatingPhysician + bf.requested.treatingPhysician,
        employer: af.requested.employer + bf.requested.employer,
      },
      byRegime: {
        R2022: af.byRegime.R2022 + bf.byRegime.R2022,
        R2026: af.byRegime.R2026 + bf.byRegime.R2026,
        unsupported: af.byRegime.unsupported + bf.byRegime.unsupported,
      },
      decisions: { A: af.decisions.A + bf.decisions.A, B: af.decisions.B + bf.decisions.B, C: af.decisions.C + bf.decisions.C },
      appeals: {
        lodged: af.appeals.lodged + bf.appeals.lodged,
        confirmed: af.appeals.confirmed + bf.appeals.confirmed,
        overturned: af.appeals.overturned + bf.appeals.overturned,
      },
      plans: {
        offered: af.plans.offered + bf.plans.offered,
        agreed: af.plans.agreed + bf.plans.agreed,
        refused: af.plans.refused + bf.plans.refused,
        deemedRefused: af.plans.deemedRefused + bf.plans.deemedRefused,
        answeredLate: af.plans.answeredLate + bf.plans.answeredLate,
        refusedByReason: sumRecords(af.plans.refusedByReason, bf.plans.refusedByReason),
      },
      reports: { total: af.reports.total + bf.reports.total, byReason: sumRecords(af.reports.byReason, bf.reports.byReason) },
      noShows: af.noShows + bf.noShows,
      assessmentsOnTime: af.assessmentsOnTime + bf.assessmentsOnTime,
      assessmentsLate: af.assessmentsLate + bf.assessmentsLate,
      plansOnTime: af.plansOnTime + bf.plansOnTime,
      plansLate: af.plansLate + bf.plansLate,
    },
    health: {
      preResumptionVisitsRequested: a.health.preResumptionVisitsRequested + b.health.preResumptionVisitsRequested,
      preResumptionVisitsHeld: a.health.preResumptionVisitsHeld + b.health.preResumptionVisitsHeld,
      returnToWorkExams: a.health.returnToWorkExams + b.health.returnToWorkExams,
    },
    resumptions: {
      full: a.resumptions.full + b.resumptions.full,
      partTime: a.resumptions.partTime + b.resumptions.partTime,
      adapted: a.resumptions.adapted + b.resumptions.adapted,
      otherWork: a.resumptions.otherWork + b.resumptions.otherWork,
    },
    overdueAtAsOf: sumRecords(a.overdueAtAsOf, b.overdueAtAsOf),
  };
}

/** The same figures with every keyed count and histogram in canonical key order (adding zero figures). */
export const canonicalFigures = (f: Figures): Figures => addFigures(f, emptyFigures());
