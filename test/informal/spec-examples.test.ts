/**
 * SPEC section 10, public examples 1, 2 and 5, literally, through the public `evaluate`. Expected values are
 * the SPEC's own, checked by hand:
 * - 1: 10 March 2025 + 2 months = 10 May 2025; at 5 May that is 5 days away (within the default 7: due-soon).
 *   10 March + 28 days = 7 April 2025 (Codex I.4-4 §3, 4 weeks with the first day as day 1): overdue on 5 May.
 * - 2: 10 March + 4 months = 10 July 2025 with no conversation: the formal track is required from 11 July.
 * - 5: 10 working days after Wed 24 December 2025: Fri 26 (1), Mon 29 (2), Tue 30 (3), Wed 31 (4), Fri 2 Jan (5),
 *   Mon 5 (6), Tue 6 (7), Wed 7 (8), Thu 8 (9), Fri 9 January 2026 (10); 25 December and 1 January are holidays.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { CITE, escalationFlags, one } from './harness.js';

const example1 = { caseId: 'spec-1', events: [{ type: 'absence.started', date: '2025-03-10', cause: 'illness' }] };

describe('SPEC example 1: absence from Mon 2025-03-10, nothing else, at 2025-05-05', () => {
  const r = evaluate(example1, { asOf: '2025-05-05' });

  it('the conversation with the return-to-work coach is due 2025-05-10 and due soon', () => {
    const d = one(r, 'informal.first-conversation');
    expect(d).toMatchObject({ due: '2025-05-10', status: 'due-soon', actor: 'return-to-work-coach', kind: 'obligation' });
    expect(d.basis).toEqual([CITE.omzendbrief, CITE.step(2)]);
  });

  it('the notification of the occupational physician was due 2025-04-07 and is overdue', () => {
    const d = one(r, 'health.notify-occupational-physician');
    expect(d).toMatchObject({ due: '2025-04-07', status: 'overdue', actor: 'employer' });
    expect(d.basis).toEqual([CITE.codex('I.4-4 §3')]);
    expect(r.flags).toContainEqual(
      expect.objectContaining({ code: 'overdue', rule: 'health.notify-occupational-physician', since: '2025-04-08' }),
    );
  });

  it('the informal track is at its first step and nothing requires the formal track yet', () => {
    expect(r.informal).toEqual({ status: 'contact' });
    expect(escalationFlags(r)).toEqual([]);
  });
});

describe('SPEC example 2: the same case at 2025-07-11', () => {
  const r = evaluate(example1, { asOf: '2025-07-11' });

  it('requires the formal trajectory since 2025-07-11 because no conversation took place within 4 months', () => {
    expect(escalationFlags(r)).toEqual([
      expect.objectContaining({
        code: 'formal-trajectory-required',
        severity: 'critical',
        since: '2025-07-11',
        reason: 'no-conversation-within-4-months',
      }),
    ]);
  });

  it('the employer must start the formal trajectory, due on the flag date', () => {
    expect(r.actions).toContainEqual(
      expect.objectContaining({ rule: 'formal.start-required', actor: 'employer', due: '2025-07-11' }),
    );
  });

  it('the day before, 2025-07-10, nothing is required yet', () => {
    expect(escalationFlags(evaluate(example1, { asOf: '2025-07-10' }))).toEqual([]);
  });
});

describe('SPEC example 5: pre-resumption visit requested Wed 2025-12-24', () => {
  it('is due Fri 2026-01-09 (25 December and 1 January are holidays)', () => {
    const r = evaluate(
      {
        caseId: 'spec-5',
        events: [
          { type: 'absence.started', date: '2025-11-03' },
          { type: 'pre-resumption-visit.requested', date: '2025-12-24', by: 'worker' },
        ],
      },
      { asOf: '2025-12-24' },
    );
    const d = one(r, 'health.pre-resumption-visit');
    expect(d).toMatchObject({ due: '2026-01-09', status: 'open', actor: 'occupational-physician' });
    expect(d.basis).toEqual([CITE.codex('I.4-36')]);
  });

  it('also when the case records only the request', () => {
    const r = evaluate(
      { caseId: 'spec-5b', events: [{ type: 'pre-resumption-visit.requested', date: '2025-12-24', by: 'worker' }] },
      { asOf: '2026-01-02' },
    );
    expect(one(r, 'health.pre-resumption-visit')).toMatchObject({ due: '2026-01-09', status: 'due-soon' });
  });
});
