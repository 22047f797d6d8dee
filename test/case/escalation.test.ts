import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

// Omzendbrief re-integratie / AgO guidance: no conversation with the return-to-work coach 4 months after the
// start of the absence -> the formal track must be started. Absence from Mon 2025-03-10: 4 months end on
// 2025-07-10 (monthsAfter), so the flag and the employer's action start on Fri 2025-07-11 (SPEC example 2).
const absence = { id: 'a', type: 'absence.started', date: '2025-03-10', cause: 'illness' };
const startRequired = (r: ReturnType<typeof evaluate>) => r.deadlines.filter((d) => d.rule === 'formal.start-required');
const flags = (r: ReturnType<typeof evaluate>) => r.flags.filter((f) => f.code === 'formal-trajectory-required');

describe('escalation to the formal track (formal-trajectory-required, formal.start-required)', () => {
  it('without a conversation by 2025-07-10 the employer must start the formal track from 2025-07-11', () => {
    const r = evaluate({ caseId: 'e1', events: [absence] }, { asOf: '2025-07-11' });
    expect(flags(r)).toMatchObject([
      { severity: 'critical', since: '2025-07-11', reason: 'no-conversation-within-4-months' },
    ]);
    expect(startRequired(r)).toMatchObject([
      { actor: 'employer', due: '2025-07-11', status: 'due-soon', reason: 'no-conversation-within-4-months', because: ['a'] },
    ]);
    expect(startRequired(r)[0]!.basis.map((b) => b.source)).toEqual(['omzendbrief', 'ago-guidance', 'codex']);
    expect(r.actions.map((a) => a.rule)).toContain('formal.start-required');
  });

  it('the day before, there is no flag yet', () => {
    const r = evaluate({ caseId: 'e2', events: [absence] }, { asOf: '2025-07-10' });
    expect(flags(r)).toEqual([]);
    expect(startRequired(r)).toEqual([]);
  });

  it('a formal request on the flag date meets the action and clears the flag', () => {
    const r = evaluate(
      { caseId: 'e3', events: [absence, { id: 'r', type: 'formal.requested', date: '2025-07-11', initiator: 'employer' }] },
      { asOf: '2025-08-01' },
    );
    expect(flags(r)).toEqual([]);
    expect(startRequired(r)).toMatchObject([{ status: 'met', metOn: '2025-07-11', because: ['a', 'r'] }]);
  });

  it('a formal request four days later meets it late and clears the flag', () => {
    const r = evaluate(
      { caseId: 'e4', events: [absence, { id: 'r', type: 'formal.requested', date: '2025-07-15', initiator: 'worker' }] },
      { asOf: '2025-08-01' },
    );
    expect(flags(r)).toEqual([]);
    expect(startRequired(r)).toMatchObject([{ status: 'met-late', metOn: '2025-07-15' }]);
  });

  it('the action is overdue the day after the flag date while nobody acts', () => {
    const r = evaluate({ caseId: 'e5', events: [absence] }, { asOf: '2025-07-19' });
    expect(startRequired(r)).toMatchObject([{ status: 'overdue' }]);
    expect(r.flags.find((f) => f.code === 'overdue' && f.rule === 'formal.start-required')).toMatchObject({ since: '2025-07-12' });
  });

  it('is void, without flag, once the worker is back at work (no relapse within 14 days)', () => {
    const r = evaluate(
      { caseId: 'e6', events: [absence, { type: 'work.resumed', date: '2025-08-04', mode: 'full' }] },
      { asOf: '2025-09-01' },
    );
    expect(flags(r)).toEqual([]);
    expect(startRequired(r)).toMatchObject([{ status: 'void', due: '2025-07-11' }]);
  });

  it('a relapse on day 14 of the resumption revives the duty and the flag', () => {
    const r = evaluate(
      {
        caseId: 'e7',
        events: [absence, { type: 'work.resumed', date: '2025-08-04', mode: 'full' }, { type: 'absence.started', date: '2025-08-17' }],
      },
      { asOf: '2025-09-01' },
    );
    expect(flags(r)).toMatchObject([{ since: '2025-07-11', reason: 'no-conversation-within-4-months' }]);
    expect(startRequired(r)).toMatchObject([{ status: 'overdue' }]);
  });

  it('is void, without flag, when employment ended', () => {
    const r = evaluate({ caseId: 'e8', events: [absence, { type: 'employment.ended', date: '2025-07-31' }] }, { asOf: '2025-09-01' });
    expect(flags(r)).toEqual([]);
    expect(startRequired(r)).toMatchObject([{ status: 'void' }]);
  });
});
