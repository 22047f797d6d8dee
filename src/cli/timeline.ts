import { dayOfWeek, type PlainDate } from '../calendar/index.js';
import { citationShort } from '../rules/sources.js';
import { ACTOR_NAMES, colon, type Bilingual } from '../rules/types.js';
import {
  ABSENCE_STATUS_NAMES,
  FORCE_MAJEURE_END_NAMES,
  FORCE_MAJEURE_STATUS_NAMES,
  FORMAL_END_NAMES,
  FORMAL_STATUS_NAMES,
  INFORMAL_STATUS_NAMES,
  PART_TIME_STATUS_NAMES,
  STATUS_NAMES,
} from '../case/names.js';
import type { DeadlineStatus, Evaluation } from '../case/output.js';

export type { Lang } from '../rules/types.js';
import type { Lang } from '../rules/types.js';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  fr: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
};

/** The statuses as the timeline shows them: an overdue deadline in capitals. */
const STATUS: Record<DeadlineStatus, Bilingual> = { ...STATUS_NAMES, overdue: { nl: 'TE LAAT', en: 'OVERDUE', fr: 'DÉPASSÉ' } };


const T: Record<string, Bilingual> = {
  case: { nl: 'Dossier', en: 'Case', fr: 'Dossier' },
  asOf: { nl: 'stand op', en: 'as of', fr: 'situation au' },
  absence: { nl: 'Afwezigheid', en: 'Absence', fr: 'Absence' },
  informal: { nl: 'Informeel traject', en: 'Informal track', fr: 'Trajet informel' },
  formal: { nl: 'Formeel traject', en: 'Formal trajectory', fr: 'Trajet de réintégration' },
  forceMajeure: { nl: 'Medische overmacht', en: 'Medical force majeure', fr: 'Force majeure médicale' },
  statutory: { nl: 'VPS', en: 'VPS', fr: 'VPS' },
  events: { nl: 'Gebeurtenissen', en: 'Events', fr: 'Événements' },
  deadlines: { nl: 'Termijnen', en: 'Deadlines', fr: 'Délais' },
  actions: { nl: 'Nu te doen', en: 'Actions now', fr: 'À faire maintenant' },
  flags: { nl: 'Signalen', en: 'Flags', fr: 'Signaux' },
  issues: { nl: 'Opmerkingen bij de invoer', en: 'Input issues', fr: "Remarques sur l'entrée" },
  none: { nl: '(geen)', en: '(none)', fr: '(néant)' },
  noDue: { nl: 'zonder termijn', en: 'no due date', fr: 'sans échéance' },
  since: { nl: 'sinds', en: 'since', fr: 'depuis' },
  uninterrupted: { nl: 'ononderbroken sinds', en: 'uninterrupted since', fr: 'sans interruption depuis' },
  trajectory: { nl: 'traject', en: 'trajectory', fr: 'trajet' },
  decision: { nl: 'beslissing', en: 'decision', fr: 'décision' },
  ended: { nl: 'einde', en: 'ended', fr: 'fin' },
  partTime: { nl: 'deeltijds wegens ziekte', en: 'part-time for illness', fr: 'temps partiel pour cause de maladie' },
  sickDays: { nl: 'werkdagen ziekteverlof', en: 'working days of sick leave', fr: 'jours ouvrables de congé de maladie' },
};

const t = (key: string, lang: Lang): string => T[key]?.[lang] ?? key;

/** A date with its weekday, e.g. `2025-05-10 za`. */
export const withWeekday = (d: PlainDate, lang: Lang): string => `${d} ${WEEKDAYS[lang][dayOfWeek(d) - 1]}`;

export type TimelineEvent = { date: string; type: string; detail?: string };

/**
 * A readable timeline of an evaluation: the state of both tracks, past events, every deadline with its due
 * date, status, actor and article, the actions due now, the flags and the input issues.
 */
export function renderTimeline(ev: Evaluation, events: readonly TimelineEvent[], lang: Lang = 'nl'): string {
  const out: string[] = [];
  const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
  out.push(`${t('case', lang)} ${ev.caseId} · ${t('asOf', lang)} ${ev.asOf ? withWeekday(ev.asOf, lang) : '?'}`);
  out.push(`  reintegratie ${ev.receipt.library}, rules ${ev.receipt.rules}`);
  const a = ev.absence;
  out.push(
    `${t('absence', lang)}${colon(lang)}${ABSENCE_STATUS_NAMES[a.status][lang]}` +
      (a.episodeStart ? ` (${t('since', lang)} ${a.episodeStart}` : '') +
      (a.uninterruptedSince ? `, ${t('uninterrupted', lang)} ${a.uninterruptedSince})` : a.episodeStart ? ')' : ''),
  );
  out.push(`${t('informal', lang)}${colon(lang)}${ev.informal ? INFORMAL_STATUS_NAMES[ev.informal.status][lang] : t('none', lang)}`);
  if (ev.trajectories.length === 0) out.push(`${t('formal', lang)}${colon(lang)}${t('none', lang)}`);
  ev.trajectories.forEach((tr, i) => {
    out.push(
      `${t('formal', lang)} #${i}${colon(lang)}${FORMAL_STATUS_NAMES[tr.status][lang]} · ${tr.regime} · ${ACTOR_NAMES[tr.initiator][lang]} ${tr.requestedOn}` +
        // The decision, unless the status already names it (decision A, decision B).
        (tr.decision && tr.status !== 'decided-a' && tr.status !== 'decided-b' ? ` · ${t('decision', lang)} ${tr.decision}` : '') +
        (tr.endReason ? ` · ${t('ended', lang)}${colon(lang)}${FORMAL_END_NAMES[tr.endReason][lang]}` : ''),
    );
  });

  ev.forceMajeure.forEach((p, i) => {
    out.push(
      `${t('forceMajeure', lang)} #${i}${colon(lang)}${FORCE_MAJEURE_STATUS_NAMES[p.status][lang]} · ${p.regime} · ${ACTOR_NAMES[p.by][lang]} ${p.notifiedOn}` +
        (p.endReason ? ` · ${t('ended', lang)}${colon(lang)}${FORCE_MAJEURE_END_NAMES[p.endReason][lang]} ${p.endedOn ?? ''}`.trimEnd() : ''),
    );
  });
  const vps = ev.statutory;
  if (vps !== null) {
    const partTime = vps.partTime.status === 'none' ? '' : ` · ${t('partTime', lang)}${colon(lang)}${PART_TIME_STATUS_NAMES[vps.partTime.status][lang]}`;
    const days = `${vps.sickLeaveWorkingDays} ${t('sickDays', lang)}`;
    out.push(`${t('statutory', lang)}${colon(lang)}${days}${partTime}`);
  }

  out.push('', t('events', lang));
  if (events.length === 0) out.push(`  ${t('none', lang)}`);
  for (const e of events) out.push(`  ${pad(e.date, 10)}  ${e.type}${e.detail ? ` (${e.detail})` : ''}`);

  out.push('', t('deadlines', lang));
  if (ev.deadlines.length === 0) out.push(`  ${t('none', lang)}`);
  for (const d of ev.deadlines) {
    const due = d.due ? withWeekday(d.due, lang) : t('noDue', lang);
    const status = STATUS[d.status][lang] + (d.metOn ? ` ${d.metOn}` : '');
    const tr = d.trajectory !== undefined ? ` [${t('trajectory', lang)} #${d.trajectory}]` : '';
    out.push(
      `  ${pad(due, 14)} ${pad(status, 22)} ${d.label[lang]}${tr}`,
      `  ${' '.repeat(14)} ${' '.repeat(22)} ${d.rule} · ${ACTOR_NAMES[d.actor][lang]} · ${d.basis.map((c) => citationShort(c, lang)).join('; ')}`,
    );
  }

  out.push('', t('actions', lang));
  if (ev.actions.length === 0) out.push(`  ${t('none', lang)}`);
  for (const x of ev.actions) {
    const due = x.due ? withWeekday(x.due, lang) : t('noDue', lang);
    out.push(
      `  ${pad(due, 14)} ${pad(STATUS[x.status][lang], 12)} ${pad(ACTOR_NAMES[x.actor][lang], 30)} ${x.label[lang]} (${x.basis.map((c) => citationShort(c, lang)).join('; ')})`,
    );
  }

  out.push('', t('flags', lang));
  if (ev.flags.length === 0) out.push(`  ${t('none', lang)}`);
  for (const f of ev.flags) {
    out.push(`  [${f.severity}] ${f.code}${f.reason ? ` (${f.reason})` : ''} ${t('since', lang)} ${f.since}${colon(lang)}${f.message[lang]}`);
  }

  if (ev.issues.length > 0) {
    out.push('', t('issues', lang));
    for (const i of ev.issues) out.push(`  [${i.severity}] ${i.code}: ${i.message}`);
  }
  return out.join('\n');
}

/** The events of a case input as timeline lines (only what is safe to show: type, date and the functional field). */
export function timelineEvents(input: unknown, asOf: string): TimelineEvent[] {
  if (typeof input !== 'object' || input === null) return [];
  const events = (input as { events?: unknown }).events;
  if (!Array.isArray(events)) return [];
  const out: TimelineEvent[] = [];
  for (const e of events) {
    if (typeof e !== 'object' || e === null) continue;
    const r = e as Record<string, unknown>;
    if (typeof r['date'] !== 'string' || typeof r['type'] !== 'string' || r['date'] > asOf) continue;
    const detail = ['cause', 'mode', 'outcome', 'attentionPoints', 'initiator', 'workerConsent', 'decision', 'receivedByEmployer', 'receivedByWorker', 'answer', 'by', 'potential', 'reasonCode', 'on', 'until', 'disconnectUntil', 'definitiveUnfitness', 'adaptedWorkAsked', 'rightsMentioned', 'percentage', 'reason']
      // A deviation's `reason` is free text: never shown; the end of employment's is a code.
      .filter((k) => r[k] !== undefined && typeof r[k] !== 'object' && (k !== 'reason' || r['type'] === 'employment.ended'))
      .map((k) => `${k}: ${String(r[k])}`)
      .join(', ');
    out.push(detail ? { date: r['date'], type: r['type'], detail } : { date: r['date'], type: r['type'] });
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
