/**
 * Step 1 of the informal track: a contact arrangement with the absent staff member (draaiboek) and, when the
 * entity sets a rhythm, contact every n days, not during an agreed period of full disconnection (AgO guidance
 * step 1; from 2026 also Codex I.4-71/2; SPEC section 5).
 */
import { describe, expect, it } from 'vitest';
import { absence, CITE, of, one, resumed, track, type Ev } from './harness.js';

const contact = (date: string, id: string): Ev => ({ id, type: 'contact.made', date, by: 'manager' });

describe('the contact arrangement has no term: it is an action until agreed', () => {
  it('is open without a due date from the first day of absence', () => {
    const r = track([absence('2025-03-10')], { asOf: '2025-03-10' });
    const c = one(r, 'informal.contact-arrangement');
    expect(c).toMatchObject({ due: null, status: 'open', actor: 'manager' });
    expect(c.basis).toEqual([CITE.omzendbrief, CITE.step(1)]);
    expect(r.actions).toContainEqual(expect.objectContaining({ rule: 'informal.contact-arrangement', due: null, status: 'open' }));
  });

  it('is met by contact.agreed', () => {
    const r = track([absence('2025-03-10'), { id: 'ca', type: 'contact.agreed', date: '2025-03-12' }], { asOf: '2025-04-01' });
    expect(one(r, 'informal.contact-arrangement')).toMatchObject({ status: 'met', metOn: '2025-03-12', because: ['a1', 'ca'] });
  });

  it('for an absence from 2026 it also cites the contact procedure of the work rules (Codex I.4-71/2)', () => {
    const r = track([absence('2026-02-02')], { asOf: '2026-02-02' });
    expect(one(r, 'informal.contact-arrangement').basis).toEqual([CITE.omzendbrief, CITE.step(1), CITE.codex('I.4-71/2')]);
  });
});

describe('keeping contact follows the rhythm of the draaiboek (policy.contactEveryDays)', () => {
  it('without a rhythm there is no keep-contact deadline', () => {
    expect(of(track([absence('2025-03-10')], { asOf: '2025-06-01' }), 'informal.keep-contact')).toEqual([]);
  });

  it('every 14 days: from Mon 10 March due Mon 24 March; a contact on 20 March restarts the rhythm (due 3 April)', () => {
    const r = track([absence('2025-03-10'), contact('2025-03-20', 'k1')], {
      asOf: '2025-04-10',
      policy: { contactEveryDays: 14 },
    });
    expect(of(r, 'informal.keep-contact').map((x) => [x.due, x.status, x.metOn ?? null])).toEqual([
      ['2025-03-24', 'met', '2025-03-20'],
      ['2025-04-03', 'overdue', null],
    ]);
    expect(one(r, 'informal.contact-arrangement').status).toBe('open');
    expect(of(r, 'informal.keep-contact')[1]!.basis).toEqual([CITE.omzendbrief, CITE.step(1)]);
  });

  it('a contact after the due date meets it late and the rhythm runs from that contact', () => {
    const r = track([absence('2025-03-10'), contact('2025-03-28', 'k1')], { asOf: '2025-04-01', policy: { contactEveryDays: 14 } });
    expect(of(r, 'informal.keep-contact').map((x) => [x.due, x.status])).toEqual([
      ['2025-03-24', 'met-late'],
      ['2025-04-11', 'open'],
    ]);
  });

  it('no contact is due during full disconnection: until 30 April, the first contact is due 1 May', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'ca', type: 'contact.agreed', date: '2025-03-12', disconnectUntil: '2025-04-30' }],
      { asOf: '2025-04-15', policy: { contactEveryDays: 14 } },
    );
    expect(one(r, 'informal.keep-contact')).toMatchObject({ due: '2025-05-01', status: 'open' });
    expect(one(r, 'informal.keep-contact').interpretations).toContain('disconnection-until-inclusive');
  });

  it('a disconnection shorter than the rhythm does not change the due date', () => {
    const r = track(
      [absence('2025-03-10'), { id: 'ca', type: 'contact.agreed', date: '2025-03-12', disconnectUntil: '2025-03-16' }],
      { asOf: '2025-03-20', policy: { contactEveryDays: 14 } },
    );
    expect(one(r, 'informal.keep-contact').due).toBe('2025-03-24');
  });

  it('with rollover, a due date on Sat 22 March 2025 moves to Mon 24 March', () => {
    const r = track([absence('2025-03-08')], { asOf: '2025-03-08', policy: { contactEveryDays: 14 }, rollover: 'next-working-day' });
    expect(one(r, 'informal.keep-contact').due).toBe('2025-03-24');
  });

  it('the rhythm stops at the resumption (void) and restarts from a relapse within 14 days', () => {
    const r = track(
      [absence('2025-03-10'), contact('2025-03-20', 'k1'), resumed('2025-03-31'), absence('2025-04-03', 'a2')],
      { asOf: '2025-04-10', policy: { contactEveryDays: 14 } },
    );
    expect(of(r, 'informal.keep-contact').map((x) => [x.due, x.status, x.because[0]])).toEqual([
      ['2025-03-24', 'met', 'a1'],
      ['2025-04-03', 'void', 'k1'],
      ['2025-04-17', 'due-soon', 'a2'], // 7 days before asOf 10 April: due soon
    ]);
  });

  it('from 2026 a keep-contact deadline also cites Codex I.4-71/2', () => {
    const r = track([absence('2026-01-05')], { asOf: '2026-01-05', policy: { contactEveryDays: 7 } });
    expect(one(r, 'informal.keep-contact')).toMatchObject({ due: '2026-01-12' });
    expect(one(r, 'informal.keep-contact').basis).toEqual([CITE.omzendbrief, CITE.step(1), CITE.codex('I.4-71/2')]);
  });
});
