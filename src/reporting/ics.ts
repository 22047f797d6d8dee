/**
 * Deadlines in a calendar: iCalendar (RFC 5545) files of the deadlines of one evaluation and of a worklist
 * (`agenda`). Every deadline is an all-day event on its due date; its UID is stable per case, rule and due date
 * (and trajectory), so importing a newer file updates the events instead of adding them again. The article and
 * the action are in the description. Lines are folded at 75 octets and text is escaped as RFC 5545 requires.
 *
 * @module
 */
import { daysAfter, type PlainDate } from '../calendar/index.js';
import type { Deadline, DeadlineStatus, Evaluation } from '../case/output.js';
import { citationShort } from '../rules/sources.js';
import { ACTOR_NAMES, colon, type Actor, type Bilingual, type Citation } from '../rules/types.js';
import { STATUS_NAMES } from '../case/names.js';
import { LIBRARY_VERSION } from '../version.js';
import type { Agenda } from './agenda.js';
import type { Lang } from './labels.js';

/** What one calendar event is made of. */
type CalendarEntry = {
  readonly caseId: string;
  readonly rule: string;
  readonly actor: Actor;
  /** The due date; null for an action "as soon as possible", shown on `asOf`. */
  readonly due: PlainDate | null;
  readonly status: DeadlineStatus;
  readonly trajectory?: number | undefined;
  readonly basis: readonly Citation[];
  readonly because: readonly string[];
  readonly label: Bilingual;
  readonly entity?: string | undefined;
};

const WORDS = {
  article: { nl: 'Rechtsgrond', en: 'Legal basis', fr: 'Base juridique' },
  actor: { nl: 'Wie', en: 'Who', fr: 'Qui' },
  status: { nl: 'Status', en: 'Status', fr: 'Statut' },
  case: { nl: 'Dossier', en: 'Case', fr: 'Dossier' },
  entity: { nl: 'Entiteit', en: 'Entity', fr: 'Entité' },
  events: { nl: 'Gebeurtenissen', en: 'Events', fr: 'Événements' },
  rule: { nl: 'Regel', en: 'Rule', fr: 'Règle' },
  asap: { nl: 'zo snel mogelijk', en: 'as soon as possible', fr: 'dès que possible' },
  calendar: { nl: 'Re-integratie: termijnen', en: 'Re-integration: deadlines', fr: 'Réintégration : délais' },
} as const satisfies Record<string, Bilingual>;

/** Statuses that end a deadline without it being met: the event is cancelled in the calendar. */
const CANCELLED: ReadonlySet<DeadlineStatus> = new Set(['void', 'waived']);

/** A date as an iCalendar DATE value: `20250510`. */
const icsDate = (d: PlainDate): string => d.replace(/-/g, '');

/** RFC 5545 section 3.3.11: backslash, semicolon, comma and newline escaped in a TEXT value. */
export const escapeText = (s: string): string => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/**
 * RFC 5545 section 3.1: a content line longer than 75 octets (UTF-8) is split, each continuation starting with a
 * space; a character is never split.
 *
 * @example
 * foldLine('X'.repeat(80)) //=> `${'X'.repeat(75)}\r\n ${'X'.repeat(5)}`
 * foldLine('SUMMARY:kort') //=> 'SUMMARY:kort'
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += ch;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** The UID of a deadline: stable per case, rule, due date and trajectory; the case id percent-encoded. */
export function deadlineUid(e: Pick<CalendarEntry, 'caseId' | 'rule' | 'due' | 'trajectory'>): string {
  const trajectory = e.trajectory !== undefined ? `/t${e.trajectory}` : '';
  return `${e.rule}/${e.due ?? 'asap'}${trajectory}/${encodeURIComponent(e.caseId)}@reintegratie`;
}

function vevent(e: CalendarEntry, asOf: PlainDate, lang: Lang): string[] {
  const day = e.due ?? asOf;
  const summary = `${e.label[lang]} (${e.caseId})${e.due === null ? ` - ${WORDS.asap[lang]}` : ''}`;
  const description = [
    `${WORDS.article[lang]}${colon(lang)}${e.basis.map((c) => citationShort(c, lang)).join('; ')}`,
    `${WORDS.actor[lang]}${colon(lang)}${ACTOR_NAMES[e.actor][lang]}`,
    `${WORDS.status[lang]}${colon(lang)}${STATUS_NAMES[e.status][lang]}`,
    `${WORDS.case[lang]}${colon(lang)}${e.caseId}${e.entity !== undefined ? ` (${WORDS.entity[lang]}${colon(lang)}${e.entity})` : ''}`,
    `${WORDS.rule[lang]}${colon(lang)}${e.rule}`,
    ...(e.because.length > 0 ? [`${WORDS.events[lang]}${colon(lang)}${e.because.join(', ')}`] : []),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(deadlineUid(e))}`,
    `DTSTAMP:${icsDate(asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(daysAfter(day, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(e.actor)}`,
    `STATUS:${CANCELLED.has(e.status) ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A calendar of entries, one event per UID (the first entry of a UID wins), lines folded, CRLF line ends. */
function calendar(entries: readonly CalendarEntry[], asOf: PlainDate, lang: Lang): string {
  const seen = new Set<string>();
  const events = entries.filter((e) => {
    const uid = deadlineUid(e);
    if (seen.has(uid)) return false;
    seen.add(uid);
    return true;
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//reintegratie//reintegratie ${LIBRARY_VERSION}//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(WORDS.calendar[lang])}`,
    ...events.flatMap((e) => vevent(e, asOf, lang)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Deadlines that belong in a calendar: every one with a due date, and obligations to act on now without one. */
const inCalendar = (d: Deadline): boolean => d.due !== null || d.status === 'open' || d.status === 'due-soon' || d.status === 'overdue';

/**
 * The deadlines of one evaluation as an iCalendar file: every deadline with a due date (met, void and waived ones
 * too, so that a new import updates an event that was open before), and the actions without a date on `asOf`.
 *
 * @example
 * const ev = evaluate({ caseId: 'c-1', events: [{ type: 'absence.started', date: '2025-03-10' }] }, { asOf: '2025-05-05' });
 * evaluationToIcs(ev).includes('UID:informal.first-conversation/2025-05-10/c-1@reintegratie') //=> true
 * evaluationToIcs(ev).includes('DTSTART;VALUE=DATE:20250510') //=> true
 */
export function evaluationToIcs(ev: Evaluation, lang: Lang = 'nl'): string {
  const entries = ev.deadlines.filter(inCalendar).map((d) => ({ ...d, caseId: ev.caseId }));
  return calendar(entries, ev.asOf, lang);
}

/** A worklist as an iCalendar file: one event per item, on its due date (items without one on `asOf`). */
export function agendaToIcs(list: Agenda, lang: Lang = 'nl'): string {
  return calendar(list.groups.flatMap((g) => g.items), list.asOf, lang);
}
