import { describe, expect, it } from 'vitest';
import {
  buildReport,
  buildReportAsync,
  emptyFigures,
  emptyReport,
  histogramOf,
  mergeReports,
  parseCasesNdjson,
  type Figures,
  type InvalidCase,
} from '../../src/reporting/index.js';
import { A, B, POPULATION, withCounts } from './fixtures.js';

const YEAR = { from: '2025-01-01', to: '2025-12-31' } as const;
const expected = (patch: Parameters<typeof withCounts<Figures>>[1]): Figures => withCounts(emptyFigures(), patch);

describe('the annual report over a hand-written population (2025, evaluated on 31 December)', () => {
  const report = buildReport(POPULATION, YEAR);

  it('states its period and evaluates at the end of it by default', () => {
    expect(report).toMatchObject({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', groupBy: 'entity' });
  });

  it('counts the government-wide total', () => {
    expect(report.total).toEqual(
      expected({
        cases: 11,
        invalidCases: 2,
        invalidCaseIssues: { 'invalid-case': 2 },
        informal: {
          // cases 1, 2, 5, 6, 7, 11 start in 2025; 3, 4 and 8 started in 2024
          episodesStarted: 6,
          // cases 1, 5, 6, 7, 8, 11 within 2 months; case 2 after 70 days
          firstConversations: 7,
          firstConversationsOnTime: 6,
          firstConversationsLate: 1,
          daysToFirstConversation: histogramOf([45, 70, 42, 42, 42, 49, 49]),
          resumptionPossible: 3,
          resumptionPossibleWithAttentionPoints: 1,
          resumptionPossibleWithoutAttentionPoints: 2,
          arrangementsAgreed: 2,
          arrangementsOnTime: 2,
          deviations: 1,
          smtReferrals: 1,
          escalations: { noConversation: 1, noArrangements: 1 },
        },
        formal: {
          requested: { total: 5, worker: 3, treatingPhysician: 1, employer: 1 },
          byRegime: { R2022: 4, R2026: 1 },
          decisions: { A: 2, B: 1 },
          appeals: { lodged: 1, confirmed: 1 },
          plans: { offered: 2, agreed: 1, refused: 1, answeredLate: 1, refusedByReason: { 'plan-not-feasible': 1 } },
          reports: { total: 1, byReason: { 'no-adapted-work': 1 } },
          noShows: 1,
          assessmentsOnTime: 2,
          assessmentsLate: 1,
          plansOnTime: 2,
          plansLate: 1,
        },
        resumptions: { partTime: 1, adapted: 1 },
        // case 5: no arrangements since 2025-08-16, the escalation of 2025-08-17 unanswered
        overdueAtAsOf: { 'formal.start-required': 1, 'informal.resumption-arrangements': 1 },
      }),
    );
  });

  it('splits by entity, with the invalid records in their entity or "(none)"', () => {
    expect(Object.keys(report.groups)).toEqual(['(none)', A, B]);
    expect(report.groups['(none)']).toEqual(expected({ cases: 2, invalidCases: 1, invalidCaseIssues: { 'invalid-case': 1 } }));
    expect(report.groups[A]).toEqual(
      expected({
        cases: 4,
        informal: {
          episodesStarted: 3,
          firstConversations: 4,
          firstConversationsOnTime: 3,
          firstConversationsLate: 1,
          daysToFirstConversation: histogramOf([45, 70, 42, 49]),
          resumptionPossible: 1,
          resumptionPossibleWithoutAttentionPoints: 1,
          arrangementsAgreed: 1,
          arrangementsOnTime: 1,
        },
        formal: {
          requested: { total: 3, worker: 2, treatingPhysician: 1 },
          byRegime: { R2022: 3 },
          decisions: { A: 1, B: 1 },
          appeals: { lodged: 1, confirmed: 1 },
          plans: { offered: 1, refused: 1, answeredLate: 1, refusedByReason: { 'plan-not-feasible': 1 } },
          reports: { total: 1, byReason: { 'no-adapted-work': 1 } },
          noShows: 1,
          assessmentsOnTime: 1,
          assessmentsLate: 1,
          plansOnTime: 1,
          plansLate: 1,
        },
        resumptions: { partTime: 1 },
      }),
    );
    expect(report.groups[B]).toEqual(
      expected({
        cases: 5,
        invalidCases: 1,
        invalidCaseIssues: { 'invalid-case': 1 },
        informal: {
          episodesStarted: 3,
          firstConversations: 3,
          firstConversationsOnTime: 3,
          daysToFirstConversation: histogramOf([42, 42, 49]),
          resumptionPossible: 2,
          resumptionPossibleWithAttentionPoints: 1,
          resumptionPossibleWithoutAttentionPoints: 1,
          arrangementsAgreed: 1,
          arrangementsOnTime: 1,
          deviations: 1,
          smtReferrals: 1,
          escalations: { noConversation: 1, noArrangements: 1 },
        },
        formal: {
          requested: { total: 2, worker: 1, employer: 1 },
          byRegime: { R2022: 1, R2026: 1 },
          decisions: { A: 1 },
          plans: { offered: 1, agreed: 1 },
          assessmentsOnTime: 1,
          plansOnTime: 1,
        },
        resumptions: { adapted: 1 },
        overdueAtAsOf: { 'formal.start-required': 1, 'informal.resumption-arrangements': 1 },
      }),
    );
  });

  it('the total is the sum of the groups', () => {
    const sum = Object.values(report.groups).reduce(
      (acc, g) => mergeReports(acc, { ...emptyReport({ from: report.from, to: report.to }), total: g }),
      emptyReport({ from: report.from, to: report.to }),
    );
    expect(sum.total).toEqual(report.total);
  });
});

describe('only events dated in [from, to] count', () => {
  it('the second quarter of 2025, evaluated on 30 June', () => {
    const q2 = buildReport(POPULATION, { from: '2025-04-01', to: '2025-06-30' });
    expect(q2.asOf).toBe('2025-06-30');
    expect(q2.total).toEqual(
      expected({
        cases: 11,
        invalidCases: 2,
        invalidCaseIssues: { 'invalid-case': 2 },
        informal: {
          episodesStarted: 2, // case 5 (5 May) and case 11 (2 June)
          firstConversations: 1, // case 5 on 16 June; the others were in the first quarter or are still to come
          firstConversationsOnTime: 1,
          daysToFirstConversation: histogramOf([42]),
          resumptionPossible: 1,
          resumptionPossibleWithAttentionPoints: 1,
          arrangementsAgreed: 1, // case 1 on 10 April
          arrangementsOnTime: 1,
          smtReferrals: 1,
          // case 3 escalated on 5 March (first quarter); case 5 only on 17 August
        },
        formal: {
          requested: { total: 2, worker: 1, treatingPhysician: 1 }, // case 7 (22 April), case 2 (2 June)
          byRegime: { R2022: 2 },
          decisions: { A: 2 }, // case 8 (10 April), case 3 (28 April); case 2's B comes on 25 July
          plans: { offered: 2, agreed: 1 }, // case 8's refusal comes on 8 July
          noShows: 1,
          assessmentsOnTime: 2,
          plansOnTime: 1, // case 3
          plansLate: 1, // case 8: due 12 June, offered 20 June
        },
        resumptions: { partTime: 1 },
      }),
    );
  });

  it('an event on `from` or on `to` counts; the day before or after does not', () => {
    const c = (date: string) => ({ caseId: `FICTIEF-${date}`, events: [{ type: 'absence.started', date }] });
    const r = buildReport([c('2024-12-31'), c('2025-01-01'), c('2025-12-31'), c('2026-01-01')], { ...YEAR, asOf: '2026-06-30' });
    expect(r.total.informal.episodesStarted).toBe(2);
  });

  it('a relapse within 14 days of resuming continues the episode (SPEC section 4): one episode, not two', () => {
    const r = buildReport(
      [
        {
          caseId: 'FICTIEF-R',
          events: [
            { type: 'absence.started', date: '2025-03-03' },
            { type: 'work.resumed', date: '2025-04-01', mode: 'full' },
            { type: 'absence.started', date: '2025-04-14' }, // resumption day 1 = 1 April, day 14 = 14 April
            { type: 'work.resumed', date: '2025-05-05', mode: 'adapted' },
            { type: 'absence.started', date: '2025-05-19' }, // day 15: a new episode
          ],
        },
      ],
      YEAR,
    );
    expect(r.total.informal.episodesStarted).toBe(2);
    expect(r.total.resumptions).toEqual({ full: 1, partTime: 0, adapted: 1, otherWork: 0 });
  });

  it('an event the evaluation rejects as out of sequence is not counted', () => {
    const r = buildReport(
      [{ caseId: 'FICTIEF-S', events: [{ type: 'work.resumed', date: '2025-03-03', mode: 'full' }] }],
      YEAR,
    );
    expect(r.total.resumptions.full).toBe(0);
    expect(r.total.cases).toBe(1);
  });
});

describe('grouping and invalid records', () => {
  it('groupBy "none" keeps only the total', () => {
    const r = buildReport(POPULATION, { ...YEAR, groupBy: 'none' });
    expect(r.groups).toEqual({});
    expect(r.total).toEqual(buildReport(POPULATION, YEAR).total);
  });

  it('tells about every skipped record, with its position and issue codes', () => {
    const seen: InvalidCase[] = [];
    buildReport(POPULATION, { ...YEAR, onInvalid: (i) => seen.push(i) });
    expect(seen.map((i) => [i.index, i.issues.map((x) => x.code)])).toEqual([
      [8, ['invalid-case']],
      [9, ['invalid-case']],
    ]);
  });

  it('counts an unparseable NDJSON line as an invalid case and names its line', async () => {
    const lines = ['{"caseId":"FICTIEF-1","entity":"X","events":[]}', '', '{"caseId": oops', '{"caseId":"FICTIEF-2","events":[]}'];
    const seen: InvalidCase[] = [];
    const r = await buildReportAsync(parseCasesNdjson(lines), { ...YEAR, onInvalid: (i) => seen.push(i) });
    expect(r.total).toMatchObject({ cases: 3, invalidCases: 1, invalidCaseIssues: { 'invalid-json': 1 } });
    expect(r.groups['(none)']).toMatchObject({ cases: 2, invalidCases: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ index: 1, line: 3 });
    expect(seen[0]!.issues[0]!.message).toContain('line 3');
  });

  it('buildReportAsync over a sync iterable gives the same report as buildReport', async () => {
    expect(await buildReportAsync(POPULATION, YEAR)).toEqual(buildReport(POPULATION, YEAR));
  });
});

describe('bad options are programming errors', () => {
  it('rejects impossible dates, a reversed period and bad evaluate options', () => {
    expect(() => buildReport([], { from: '2025-02-30', to: '2025-12-31' })).toThrow(/from: 2025-02-30 is not a valid date/);
    expect(() => buildReport([], { from: '2025-12-31', to: '2025-01-01' })).toThrow(/after/);
    expect(() => buildReport([], { ...YEAR, groupBy: 'team' as 'none' })).toThrow(/groupBy/);
    expect(() => buildReport([], { ...YEAR, evaluateOptions: { dueSoonDays: -1 } })).toThrow(/dueSoonDays/);
  });

  it('refuses to merge reports of different periods, asOf dates or groupings', () => {
    const a = emptyReport({ from: '2025-01-01' as never, to: '2025-12-31' as never });
    expect(() => mergeReports(a, { ...a, to: '2025-06-30' as never })).toThrow(/differ in to/);
    expect(() => mergeReports(a, { ...a, asOf: '2026-01-31' as never })).toThrow(/differ in asOf/);
    expect(() => mergeReports(a, { ...a, groupBy: 'none' })).toThrow(/differ in groupBy/);
  });
});

describe('merging entity reports gives the government-wide report', () => {
  it('merge(report(entity A), report(the rest)) equals report(all)', () => {
    const isA = (c: unknown) => (c as { entity?: string } | null)?.entity === A;
    const merged = mergeReports(buildReport(POPULATION.filter(isA), YEAR), buildReport(POPULATION.filter((c) => !isA(c)), YEAR));
    expect(merged).toEqual(buildReport(POPULATION, YEAR));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(buildReport(POPULATION, YEAR)));
  });
});
