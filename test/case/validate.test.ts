import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/validate.js';
import type { PlainDate } from '../../src/calendar/index.js';

const asOf = '2025-12-31' as PlainDate;

describe('validateCase: bad input gets a clear answer and loses nothing', () => {
  it('keeps every valid event when others are rejected, and names the event and the field', () => {
    const r = validateCase(
      {
        caseId: 'c1',
        events: [
          { id: 'a', type: 'absence.started', date: '2025-03-10' },
          { id: 'b', type: 'work.resumed', date: '2025-02-30', mode: 'full' },
          { id: 'c', type: 'formal.assessed', date: '2025-05-01', decision: 'D' },
          { type: 'no.such.event', date: '2025-05-01' },
          'not an object',
          { id: 'f', type: 'contact.made', date: '2025-03-20' },
        ],
      },
      asOf,
    );
    expect(r.events.map((e) => e.ref)).toEqual(['a', 'f']);
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.eventId ?? null])).toEqual([
      ['invalid-event', 'events.1.date', 'b'],
      ['invalid-event', 'events.2.decision', 'c'],
      ['unknown-event-type', 'events.3.type', null],
      ['invalid-event', 'events.4', null],
    ]);
    expect(r.issues[0]!.message).toContain('February 2025 has 28 days');
    expect(r.issues[0]!.message).toContain('id "b"');
    expect(r.issues[1]!.message).toContain('"decision"');
  });

  it('sorts events by date and keeps the input order of same-day events', () => {
    const r = validateCase(
      {
        caseId: 'c2',
        events: [
          { id: 'late', type: 'contact.made', date: '2025-04-01' },
          { id: 'x', type: 'absence.started', date: '2025-03-10' },
          { id: 'y', type: 'contact.agreed', date: '2025-03-10' },
        ],
      },
      asOf,
    );
    expect(r.events.map((e) => e.ref)).toEqual(['x', 'y', 'late']);
    expect(r.events.map((e) => e.index)).toEqual([1, 2, 0]);
  });

  it('leaves out events after asOf with a future-event issue', () => {
    const r = validateCase(
      { caseId: 'c3', events: [{ id: 'f', type: 'absence.started', date: '2026-01-01' }] },
      asOf,
    );
    expect(r.events).toEqual([]);
    expect(r.issues).toMatchObject([{ code: 'future-event', eventId: 'f', path: ['events', 0, 'date'] }]);
  });

  it('reports a missing caseId but still evaluates the events', () => {
    const r = validateCase({ events: [{ type: 'absence.started', date: '2025-03-10' }] }, asOf);
    expect(r.events).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'invalid-case', path: ['caseId'] });
  });

  it('answers a non-object case with one issue', () => {
    for (const input of [null, 42, 'case', [], true]) {
      const r = validateCase(input, asOf);
      expect(r.events).toEqual([]);
      expect(r.issues).toMatchObject([{ code: 'invalid-case' }]);
    }
  });

  it('warns about a duplicate event id and evaluates both', () => {
    const r = validateCase(
      {
        caseId: 'c4',
        events: [
          { id: 'same', type: 'absence.started', date: '2025-03-10' },
          { id: 'same', type: 'contact.made', date: '2025-03-11' },
        ],
      },
      asOf,
    );
    expect(r.events).toHaveLength(2);
    expect(r.issues).toMatchObject([{ code: 'duplicate-event-id', severity: 'warning', eventIndex: 1 }]);
  });

  it('finds every duplicate id, in short and in long cases, also among ids that share length and first and last character', () => {
    // 60 contact moments: ids c0..c59; duplicates of c5 at 10, of "c1-9" / "c2-9" look-alikes, and of c7 at 50.
    const ids = Array.from({ length: 60 }, (_, i) => `c${i}`);
    ids[10] = 'c5';
    ids[20] = 'c1-9';
    ids[21] = 'c2-9'; // same length, first and last character as c1-9: not a duplicate
    ids[22] = 'c1-9';
    ids[50] = 'c7';
    const events = [
      { id: 'start', type: 'absence.started', date: '2025-03-10' },
      ...ids.map((id) => ({ id, type: 'contact.made', date: '2025-03-11' })),
    ];
    const r = validateCase({ caseId: 'c5', events }, asOf);
    expect(r.events).toHaveLength(61);
    expect(r.issues.map((i) => [i.code, i.eventIndex, i.eventId])).toEqual([
      ['duplicate-event-id', 11, 'c5'],
      ['duplicate-event-id', 23, 'c1-9'],
      ['duplicate-event-id', 51, 'c7'],
    ]);
  });

  it('names events by their own id only: an inherited id names no event and is no duplicate', () => {
    const proto = { id: 'inherited' };
    const inheriting = (type: string, date: string): Record<string, unknown> => Object.assign(Object.create(proto) as object, { type, date });
    const events = [inheriting('absence.started', '2025-03-10'), inheriting('contact.made', '2025-03-11'), { id: 'own', type: 'contact.made', date: '2025-03-12' }];
    const r = validateCase({ caseId: 'c-proto', events }, asOf);
    expect(r.events.map((e) => e.ref)).toEqual(['#0', '#1', 'own']);
    expect(r.issues).toEqual([]);
  });

  it('names events by their own id only, also when Object.prototype has an id', () => {
    const before = Object.getOwnPropertyDescriptor(Object.prototype, 'id');
    Object.defineProperty(Object.prototype, 'id', { value: 'polluted', configurable: true, writable: true });
    try {
      const events = [
        { type: 'absence.started', date: '2025-03-10' },
        { type: 'contact.made', date: '2025-03-11' },
        { id: 'own', type: 'contact.made', date: '2025-03-12' },
      ];
      const r = validateCase({ caseId: 'c-polluted', events }, asOf);
      expect(r.events.map((e) => e.ref)).toEqual(['#0', '#1', 'own']);
      expect(r.issues.filter((i) => i.code === 'duplicate-event-id')).toEqual([]);
    } finally {
      if (before === undefined) delete (Object.prototype as Record<string, unknown>)['id'];
      else Object.defineProperty(Object.prototype, 'id', before);
    }
  });

  it('requires the fields of the SPEC (mode on work.resumed, initiator on formal.requested)', () => {
    const r = validateCase(
      {
        caseId: 'c5',
        events: [
          { id: 'w', type: 'work.resumed', date: '2025-03-10' },
          { id: 'r', type: 'formal.requested', date: '2025-03-10', initiator: 'adviserend-arts' },
        ],
      },
      asOf,
    );
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(['events.0.mode', 'events.1.initiator']);
  });

  it('strips unknown fields (no medical data travels through the library)', () => {
    const r = validateCase(
      { caseId: 'c6', events: [{ type: 'absence.started', date: '2025-03-10', diagnosis: 'x' }] },
      asOf,
    );
    expect(r.events[0]).not.toHaveProperty('diagnosis');
  });
});
