import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, type PlainDate } from '../../src/calendar/index.js';
import { evaluate } from '../../src/index.js';
import { agenda, agendaAsync, inWindow, parseCasesNdjson } from '../../src/reporting/index.js';
import { dateBetween, FUZZ_RUNS, validCase } from '../arbitraries.js';

/** Three small cases whose actions at 2025-05-05 are computed by hand below. */
const A = { caseId: 'A-1', entity: 'Agentschap A', events: [{ type: 'absence.started', date: '2025-03-10' }] };
const B = {
  caseId: 'B-1',
  entity: 'Agentschap B',
  events: [
    { id: 'b1', type: 'absence.started', date: '2025-04-01' },
    { id: 'b2', type: 'contact.agreed', date: '2025-04-02' },
  ],
};
const C = {
  caseId: 'C-1',
  events: [
    { id: 'c1', type: 'absence.started', date: '2025-03-10' },
    { id: 'c2', type: 'contact.agreed', date: '2025-03-11' },
    { id: 'c3', type: 'conversation.held', date: '2025-04-20', outcome: 'resumption-possible', attentionPoints: false },
    { id: 'c4', type: 'arrangements.agreed', date: '2025-05-01', by: 'manager' },
  ],
};
const population = [A, B, C];
const rows = (list: ReturnType<typeof agenda>) =>
  list.groups.flatMap((g) => g.items.map((i) => [g.actor, g.entity, i.caseId, i.rule, i.due, i.status]));

describe('agenda: the worklist across cases (hand-computed, asOf Monday 2025-05-05)', () => {
  it('groups by actor (in the order of ACTORS), then entity, each sorted by due date; met obligations are left out', () => {
    const list = agenda(population, { asOf: '2025-05-05' });
    expect(list).toMatchObject({ asOf: '2025-05-05', within: 14, until: '2025-05-19', cases: 3, invalidCases: 0, total: 5 });
    expect(rows(list)).toEqual([
      // A: no contact arrangement yet ("as soon as possible", no date).
      ['manager', 'Agentschap A', 'A-1', 'informal.contact-arrangement', null, 'open'],
      // A: 2 months after 10 March: 10 May.
      ['return-to-work-coach', 'Agentschap A', 'A-1', 'informal.first-conversation', '2025-05-10', 'due-soon'],
      // 4 weeks of incapacity: 10 March + 28 days = 7 April; 1 April + 28 = 29 April. C has no entity: "(none)".
      ['employer', '(none)', 'C-1', 'health.notify-occupational-physician', '2025-04-07', 'overdue'],
      ['employer', 'Agentschap A', 'A-1', 'health.notify-occupational-physician', '2025-04-07', 'overdue'],
      ['employer', 'Agentschap B', 'B-1', 'health.notify-occupational-physician', '2025-04-29', 'overdue'],
    ]);
    // B's first conversation is due 1 June (2 months after 1 April): outside the 14 days.
    expect(rows(list).some((r) => r[2] === 'B-1' && r[3] === 'informal.first-conversation')).toBe(false);
  });

  it('the window includes its last day (asOf + within) and not the day after', () => {
    const at = (within: number) => rows(agenda([B], { asOf: '2025-05-05', within })).map((r) => r[3]);
    expect(at(27)).toContain('informal.first-conversation'); // until 2025-06-01 = the due date
    expect(at(26)).not.toContain('informal.first-conversation'); // until 2025-05-31
    expect(at(0)).toEqual(['health.notify-occupational-physician']); // overdue is always in
  });

  it('void obligations are left out: back at work after 13 days, the 4-week notification and the informal steps never arise', () => {
    // Absent 1 to 13 April, full resumption on 14 April (before 4 weeks, no relapse): every duty of the case is
    // void (the notification of 29 April, the conversation of 1 June, the contact arrangement), none is an item,
    // even in a window that reaches past 1 June.
    const D = {
      caseId: 'D-1',
      entity: 'Agentschap D',
      events: [
        { id: 'd1', type: 'absence.started', date: '2025-04-01' },
        { id: 'd2', type: 'work.resumed', date: '2025-04-14', mode: 'full' },
      ],
    };
    const list = agenda([D, A], { asOf: '2025-05-05', within: 60 });
    expect(list.cases).toBe(2);
    expect(rows(list).filter((r) => r[2] === 'D-1')).toEqual([]);
    expect(rows(list).map((r) => r[3])).toEqual(['informal.contact-arrangement', 'informal.first-conversation', 'health.notify-occupational-physician']);
  });

  it('filters by actor and by entity', () => {
    expect(rows(agenda(population, { asOf: '2025-05-05', actor: 'employer' })).map((r) => r[2])).toEqual(['C-1', 'A-1', 'B-1']);
    expect(rows(agenda(population, { asOf: '2025-05-05', actor: ['manager', 'return-to-work-coach'] })).map((r) => r[3])).toEqual([
      'informal.contact-arrangement',
      'informal.first-conversation',
    ]);
    expect(rows(agenda(population, { asOf: '2025-05-05', entity: ['Agentschap B', '(none)'] })).map((r) => r[2])).toEqual(['C-1', 'B-1']);
  });

  it('each item names the case, rule, label, article and the events it comes from', () => {
    const item = agenda([B], { asOf: '2025-05-05' }).groups[0]!.items[0]!;
    expect(item).toMatchObject({
      caseId: 'B-1',
      entity: 'Agentschap B',
      rule: 'health.notify-occupational-physician',
      actor: 'employer',
      because: ['b1'],
      basis: [{ source: 'codex', article: 'I.4-4 §3' }],
      label: { nl: expect.any(String), en: expect.any(String) },
    });
  });

  it('streams NDJSON, counts bad records and keeps going', async () => {
    const lines = [JSON.stringify(A), '{oops', JSON.stringify({ events: [] }), JSON.stringify(C)];
    const list = await agendaAsync(parseCasesNdjson(lines), { asOf: '2025-05-05' });
    expect(list).toMatchObject({ cases: 4, invalidCases: 2, total: 4 });
  });

  it('refuses bad options with a clear message', () => {
    expect(() => agenda([], { asOf: '2025-02-30' })).toThrow(/asOf: .*February 2025 has 28 days/);
    expect(() => agenda([], { asOf: '2025-05-05', within: -1 })).toThrow(/within/);
    expect(() => agenda([], { asOf: '2025-05-05', actor: 'boss' as never })).toThrow(/unknown actor "boss"/);
  });
});

describe('agenda, as properties', () => {
  it('every item is an action of evaluate for its case at asOf, in the window; none is lost', () => {
    fc.assert(
      fc.property(fc.array(validCase(), { maxLength: 6 }), dateBetween('2024-01-01', '2027-06-30'), fc.integer({ min: 0, max: 60 }), (cases, asOf, within) => {
        const named = cases.map((c, i) => ({ ...c, caseId: `case-${i}` }));
        const list = agenda(named, { asOf, within });
        const until = daysAfter(asOf as PlainDate, within);
        const items = list.groups.flatMap((g) => g.items);
        expect(list.total).toBe(items.length);
        for (const c of named) {
          const expected = evaluate(c, { asOf }).actions.filter((a) => inWindow(a, until));
          const mine = items.filter((i) => i.caseId === c.caseId).map(({ caseId, entity, ...action }) => action);
          expect(mine).toHaveLength(expected.length);
          for (const a of expected) expect(mine).toContainEqual(a);
        }
        for (const g of list.groups) {
          for (let k = 1; k < g.items.length; k++) {
            const [p, q] = [g.items[k - 1]!.due, g.items[k]!.due];
            expect(p === null ? q === null : q === null || p <= q).toBe(true);
          }
        }
      }),
      { numRuns: FUZZ_RUNS ?? 60 },
    );
  });
});
