/**
 * A small population written by hand for the reporting tests: nine valid cases and two invalid records, over two
 * entities and no entity. Every expected figure in the tests is computed by hand from these events and the
 * terms of the law (comments give the arithmetic); none is copied from the library's output.
 */
export const A = 'Agentschap Voorbeeld A';
export const B = 'Departement Fictief B';

export const POPULATION: unknown[] = [
  {
    // 1. Informal track, everything on time. First conversation due monthsAfter(2025-02-03, 2) = 2025-04-03,
    //    held 2025-03-20 (45 days: 28 to 3 March + 17). Arrangements due monthsAfter(2025-03-20, 2) = 2025-05-20.
    caseId: 'FICTIEF-T01',
    entity: A,
    events: [
      { id: 'a', type: 'absence.started', date: '2025-02-03' },
      { id: 'b', type: 'occupational-physician.notified', date: '2025-02-20' },
      { id: 'c', type: 'conversation.held', date: '2025-03-20', outcome: 'resumption-possible', attentionPoints: false },
      { id: 'd', type: 'arrangements.agreed', date: '2025-04-10', by: 'manager' },
      { id: 'e', type: 'work.resumed', date: '2025-04-28', mode: 'part-time' },
    ],
  },
  {
    // 2. First conversation late (due 2025-03-06, held 2025-03-17: 70 days = 31 + 28 + 11). Worker requests
    //    2025-06-02: assessment due +49 = 2025-07-21, decision B on 2025-07-25 (late). Appeal lodged 2025-08-05,
    //    confirmed 2025-09-10; plan-after-b due monthsAfter(2025-09-10, 6) = 2026-03-10; motivated report
    //    2025-11-14 (on time).
    caseId: 'FICTIEF-T02',
    entity: A,
    events: [
      { type: 'absence.started', date: '2025-01-06' },
      { type: 'occupational-physician.notified', date: '2025-01-30' },
      { type: 'conversation.held', date: '2025-03-17', outcome: 'not-yet-possible' },
      { type: 'formal.requested', date: '2025-06-02', initiator: 'worker' },
      { type: 'formal.assessed', date: '2025-07-25', decision: 'B' },
      { type: 'formal.appeal-lodged', date: '2025-08-05' },
      { type: 'formal.appeal-decided', date: '2025-09-10', outcome: 'confirmed' },
      { type: 'formal.report-delivered', date: '2025-11-14', reasonCode: 'no-adapted-work' },
    ],
  },
  {
    // 3. Absence from 2024 (not an episode of 2025). No conversation by monthsAfter(2024-11-04, 4) = 2025-03-04:
    //    escalation from 2025-03-05. The employer requests 2025-03-20 (after lastedFrom 3 months = 2025-02-04):
    //    assessment due 2025-05-08, decision A 2025-04-28 (on time); plan due +63 = 2025-06-30, offered
    //    2025-06-16 (on time); answer due 2025-06-30, agreed 2025-06-27; adapted work from 2025-07-07.
    caseId: 'FICTIEF-T03',
    entity: B,
    events: [
      { type: 'absence.started', date: '2024-11-04' },
      { type: 'occupational-physician.notified', date: '2024-11-25' },
      { type: 'formal.requested', date: '2025-03-20', initiator: 'employer' },
      { type: 'formal.assessed', date: '2025-04-28', decision: 'A' },
      { type: 'formal.plan-offered', date: '2025-06-16' },
      { type: 'formal.plan-answered', date: '2025-06-27', answer: 'agreed' },
      { type: 'work.resumed', date: '2025-07-07', mode: 'adapted' },
    ],
  },
  {
    // 4. No entity; everything in 2024, and one event in 2026 (after asOf: not yet known).
    caseId: 'FICTIEF-T04',
    events: [
      { type: 'absence.started', date: '2024-06-03' },
      { type: 'occupational-physician.notified', date: '2024-06-20' },
      { type: 'conversation.held', date: '2024-07-15', outcome: 'resumption-possible', attentionPoints: true },
      { type: 'arrangements.agreed', date: '2024-08-20', by: 'coach' },
      { type: 'work.resumed', date: '2024-09-02', mode: 'full' },
      { type: 'absence.started', date: '2026-01-12' },
    ],
  },
  {
    // 5. Resumption possible with attention points 2025-06-16 (first conversation on time, 42 days = 31 + 11),
    //    SMT referral; no arrangements by monthsAfter(2025-06-16, 2) = 2025-08-16: escalation from 2025-08-17,
    //    never answered.
    caseId: 'FICTIEF-T05',
    entity: B,
    events: [
      { type: 'absence.started', date: '2025-05-05' },
      { type: 'occupational-physician.notified', date: '2025-05-26' },
      { type: 'conversation.held', date: '2025-06-16', outcome: 'resumption-possible', attentionPoints: true },
      { type: 'smt.referred', date: '2025-06-20' },
    ],
  },
  {
    // 6. Complex case: the deviation moves the arrangements term to 2026-02-28; agreed 2025-12-22 (on time).
    //    First conversation 42 days (30 + 12).
    caseId: 'FICTIEF-T06',
    entity: B,
    events: [
      { type: 'absence.started', date: '2025-09-01' },
      { type: 'occupational-physician.notified', date: '2025-09-22' },
      { type: 'conversation.held', date: '2025-10-13', outcome: 'resumption-possible', attentionPoints: false },
      { type: 'deviation.recorded', date: '2025-11-03', reason: 'complex dossier (fictief)', until: '2026-02-28' },
      { type: 'arrangements.agreed', date: '2025-12-22', by: 'manager' },
    ],
  },
  {
    // 7. Request by the treating physician 2025-04-22 (assessment due 2025-06-10); three invitations 14 days
    //    apart, no-show 2025-06-04. First conversation 42 days (31 + 11).
    caseId: 'FICTIEF-T07',
    entity: A,
    events: [
      { type: 'absence.started', date: '2025-01-13' },
      { type: 'occupational-physician.notified', date: '2025-02-03' },
      { type: 'conversation.held', date: '2025-02-24', outcome: 'not-yet-possible' },
      { type: 'formal.requested', date: '2025-04-22', initiator: 'treating-physician' },
      { type: 'formal.invited', date: '2025-04-23' },
      { type: 'formal.invited', date: '2025-05-07' },
      { type: 'formal.invited', date: '2025-05-21' },
      { type: 'formal.no-show', date: '2025-06-04' },
    ],
  },
  {
    // 8. Absence from 2024-12-02; first conversation 2025-01-20 (due 2025-02-02, on time; 49 days = 30 + 19).
    //    Worker request 2025-03-10, decision A 2025-04-10 (due 2025-04-28); plan due +63 = 2025-06-12, offered
    //    2025-06-20 (late); answer due 2025-07-04, refused 2025-07-08 (late).
    caseId: 'FICTIEF-T08',
    entity: A,
    events: [
      { type: 'absence.started', date: '2024-12-02' },
      { type: 'occupational-physician.notified', date: '2024-12-20' },
      { type: 'conversation.held', date: '2025-01-20', outcome: 'not-yet-possible' },
      { type: 'formal.requested', date: '2025-03-10', initiator: 'worker' },
      { type: 'formal.assessed', date: '2025-04-10', decision: 'A' },
      { type: 'formal.plan-offered', date: '2025-06-20' },
      { type: 'formal.plan-answered', date: '2025-07-08', answer: 'refused', reasonCode: 'plan-not-feasible' },
    ],
  },
  // 9. Invalid: no caseId (counted in its entity).
  { entity: B, events: [] },
  // 10. Invalid: not a case at all (no entity).
  42,
  {
    // 11. Request received on 2025-12-31: the trajectory starts on 2026-01-01, so the 2026 regime applies.
    //     First conversation 49 days (30 + 19).
    caseId: 'FICTIEF-T11',
    entity: B,
    events: [
      { type: 'absence.started', date: '2025-06-02' },
      { type: 'occupational-physician.notified', date: '2025-06-20' },
      { type: 'conversation.held', date: '2025-07-21', outcome: 'not-yet-possible' },
      { type: 'formal.requested', date: '2025-12-31', initiator: 'worker' },
    ],
  },
];

/** Deep-partial overrides on a value (for writing expected figures as differences from zero). */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export function withCounts<T extends object>(base: T, patch: DeepPartial<T>): T {
  const out = structuredClone(base) as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    const cur = out[k];
    out[k] =
      v !== null && typeof v === 'object' && !Array.isArray(v) && cur !== null && typeof cur === 'object' && !isRecordField(k)
        ? withCounts(cur as object, v as DeepPartial<object>)
        : v;
  }
  return out as T;
}

/** Keyed records and histograms are replaced whole, not merged. */
const isRecordField = (k: string): boolean =>
  ['byReason', 'refusedByReason', 'overdueAtAsOf', 'invalidCaseIssues', 'daysToFirstConversation', 'buckets'].includes(k);
