import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../src/index.js';
import { agenda, agendaToIcs, evaluationToIcs, foldLine } from '../../src/reporting/index.js';

/** The events of an iCalendar text, as read by a maintained parser (ical.js, Mozilla). */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    start: String(e.getFirstPropertyValue('dtstart')),
    end: String(e.getFirstPropertyValue('dtend')),
    isDate: (e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
    status: String(e.getFirstPropertyValue('status')),
  }));
}

const A = { caseId: 'A-1', entity: 'Agentschap A', events: [{ id: 'a1', type: 'absence.started', date: '2025-03-10' }] };

describe('iCalendar export (RFC 5545)', () => {
  it('the deadlines of one case are all-day events on their due dates, with the article and the action', () => {
    const events = parsed(evaluationToIcs(evaluate(A, { asOf: '2025-05-05' }), 'en'));
    const notify = events.find((e) => e.uid === 'health.notify-occupational-physician/2025-04-07/A-1@reintegratie')!;
    expect(notify).toMatchObject({ start: '2025-04-07', end: '2025-04-08', isDate: true, status: 'CONFIRMED' });
    expect(notify.description).toContain('Legal basis: Codex I.4-4 §3');
    expect(notify.description).toContain('Who: employer');
    expect(notify.description).toContain('Status: overdue');
    expect(notify.description).toContain('Events: a1');
    const first = events.find((e) => e.uid.startsWith('informal.first-conversation/'))!;
    expect(first).toMatchObject({ uid: 'informal.first-conversation/2025-05-10/A-1@reintegratie', start: '2025-05-10' });
    // The contact arrangement has no date ("as soon as possible"): shown on asOf.
    expect(events.find((e) => e.uid === 'informal.contact-arrangement/asap/A-1@reintegratie')).toMatchObject({ start: '2025-05-05' });
  });

  it('an update keeps the UID: the same deadline exported later (now met) replaces the event, it does not add one', () => {
    const before = parsed(evaluationToIcs(evaluate(A, { asOf: '2025-05-05' })));
    const met = { ...A, events: [...A.events, { id: 'a2', type: 'conversation.held', date: '2025-05-08', outcome: 'not-yet-possible' }] };
    const after = parsed(evaluationToIcs(evaluate(met, { asOf: '2025-05-20' })));
    const uid = 'informal.first-conversation/2025-05-10/A-1@reintegratie';
    expect(before.filter((e) => e.uid === uid)).toHaveLength(1);
    expect(after.find((e) => e.uid === uid)?.description).toContain('Status: voldaan');
    // Actor and status by their names in the calendar's language, not as codes.
    const english = parsed(evaluationToIcs(evaluate(met, { asOf: '2025-05-20' }), 'en')).find((e) => e.uid === uid)?.description;
    expect(english).toContain('Who: return-to-work coach\nStatus: met\n');
    const french = parsed(evaluationToIcs(evaluate(met, { asOf: '2025-05-20' }), 'fr')).find((e) => e.uid === uid)?.description;
    expect(french).toContain('Qui : coach de retour (terugkeercoach)\nStatut : respecté\n');
  });

  it('escapes commas, semicolons, backslashes and newlines and folds long lines, so the parser reads the text back', () => {
    const caseId = 'Dossier; met, tekens \\ en een heel lange naam die de regel zeker langer maakt dan vijfenzeventig octetten é€';
    const text = evaluationToIcs(evaluate({ ...A, caseId }, { asOf: '2025-05-05' }));
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    const events = parsed(text);
    expect(events[0]!.summary).toContain(`(${caseId})`);
    expect(events[0]!.description).toContain(`Dossier: ${caseId}`);
  });

  it('folding never splits a character and unfolds to the original line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${s}`);
      }),
    );
  });

  it('a worklist in French reads back through the parser with its accents, the same UIDs as in Dutch', () => {
    const list = agenda([A], { asOf: '2025-05-05' });
    const fr = parsed(agendaToIcs(list, 'fr'));
    expect(fr.map((e) => e.uid)).toEqual(parsed(agendaToIcs(list, 'nl')).map((e) => e.uid));
    const notify = fr.find((e) => e.uid === 'health.notify-occupational-physician/2025-04-07/A-1@reintegratie')!;
    expect(notify.summary).toBe("Communiquer l'incapacité de travail de 4 semaines au conseiller en prévention-médecin du travail (A-1)");
    expect(notify.description).toContain('Base juridique : Code, art. I.4-4 §3');
    expect(notify.description).toContain('Dossier : A-1 (Entité : Agentschap A)');
    expect(fr.find((e) => e.uid === 'informal.contact-arrangement/asap/A-1@reintegratie')!.summary).toBe(
      'Convenir des modalités de contact avec le membre du personnel absent (A-1) - dès que possible',
    );
  });

  it('the same agenda exported twice gives the same UIDs, one event per item', () => {
    const B = { caseId: 'B-1', entity: 'Agentschap B', events: [{ type: 'absence.started', date: '2025-04-01' }] };
    const list = agenda([A, B], { asOf: '2025-05-05' });
    const once = parsed(agendaToIcs(list));
    const twice = parsed(agendaToIcs(agenda([A, B], { asOf: '2025-05-05' })));
    expect(once.map((e) => e.uid)).toEqual(twice.map((e) => e.uid));
    expect(once).toHaveLength(list.total);
    expect(new Set(once.map((e) => e.uid)).size).toBe(once.length);
    expect(once.map((e) => e.uid)).toContain('health.notify-occupational-physician/2025-04-29/B-1@reintegratie');
  });
});
