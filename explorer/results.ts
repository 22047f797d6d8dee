/**
 * The evaluation drawn: the state of each procedure, a timeline with one lane per track (events, then the
 * deadlines of the informal track, the health duties, the formal trajectory, medical force majeure and the VPS),
 * the actions due now, the flags, and every deadline with its rule, article, term, the date it counts from and
 * the interpretation chosen. Everything shown comes from `evaluate` and the rule registry (`ruleById`).
 */
import {
  ABSENCE_STATUS_NAMES,
  ACTOR_NAMES,
  citationShort,
  colon,
  FORCE_MAJEURE_STATUS_NAMES,
  FORMAL_END_NAMES,
  FORMAL_STATUS_NAMES,
  INFORMAL_STATUS_NAMES,
  PART_TIME_STATUS_NAMES,
  ruleById,
  RULES,
  STATUS_NAMES,
  termEnd, type Deadline, type EvaluateOptions, type Evaluation, type Interpretation, type RuleDefinition } from '../src/index.js';
import { dayOfWeek, toDayNumber, fromDayNumber, isPlainDate, rollDeadline, type PlainDate } from '../src/calendar/index.js';
import { h } from './dom.js';
import { WORDS, type Lang } from './i18n.js';

export type Span = { readonly from: PlainDate; readonly to: PlainDate };
type Ev = { readonly id?: unknown; readonly type?: unknown; readonly date?: unknown; readonly [k: string]: unknown };
/** The options that change a term: the entity's rhythms (`policy`), the calendar and the rollover. */
export type TermOptions = Partial<Pick<EvaluateOptions, 'policy' | 'calendar' | 'rollover'>>;

const TRACK_ORDER = ['informal', 'health', 'formal', 'force-majeure', 'statutory'] as const;
type Track = (typeof TRACK_ORDER)[number];
const trackOf = (d: Deadline): Track => d.rule.slice(0, d.rule.indexOf('.')) as Track;

export const dateText = (d: PlainDate, lang: Lang): string => `${d} ${WORDS[lang].weekdays[dayOfWeek(d) - 1]}`;

const badge = (status: string, lang: Lang) =>
  h('span', { class: `badge s-${status}`, 'data-field': 'status', 'data-status': status }, STATUS_NAMES[status as Deadline['status']]?.[lang] ?? status);

/** The events of the input that are objects with a valid date (others are issues, not points on a timeline). */
export function datedEvents(input: unknown): { ev: Ev; index: number; date: PlainDate }[] {
  const events = typeof input === 'object' && input !== null ? (input as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return [];
  return events.flatMap((ev: unknown, index) =>
    typeof ev === 'object' && ev !== null && isPlainDate((ev as Ev).date) ? [{ ev: ev as Ev, index, date: (ev as Ev).date as PlainDate }] : [],
  );
}

/** The event a deadline names in `because` (by id, or `#index` for events without an id). */
function eventOf(ref: string, input: unknown): Ev | undefined {
  const all = datedEvents(input);
  return ref.startsWith('#') ? all.find((e) => e.index === Number(ref.slice(1)))?.ev : all.find((e) => e.ev.id === ref)?.ev;
}

/** The dates an event holds: its own date and every date-valued field (`receivedByEmployer`, `on`, ...). */
const datesOf = (ev: Ev): { name: string; date: PlainDate }[] =>
  Object.entries(ev).flatMap(([name, v]) => (isPlainDate(v) ? [{ name: name === 'date' ? String(ev.type) : `${String(ev.type)}.${name}`, date: v }] : []));

/**
 * The day a deadline counts from. The output names the facts (`because`) but not the day, so the page finds it:
 * of the dates the facts hold, the one from which the rule's own term (`termEnd`, the library's computation)
 * gives the due date, preferring the facts the rule declares (`counts.from`, e.g.
 * `formal.assessed.receivedByEmployer (or formal.appeal-decided)`). A rule without a fixed term counts from the
 * fact it declares first. Undefined where no date fits (a term suspended or moved by a deviation): the prose and
 * the facts still show.
 */
function countedFromDate(rule: RuleDefinition, d: Deadline, input: unknown, options: TermOptions): PlainDate | undefined {
  const declared: readonly string[] = rule.counts.from.match(/[a-z-]+(\.[a-zA-Z-]+)+/g) ?? [];
  const candidates = d.because
    .flatMap((ref) => {
      const ev = eventOf(ref, input);
      return ev === undefined ? [] : datesOf(ev);
    })
    .sort((a, b) => Number(declared.includes(b.name)) - Number(declared.includes(a.name)));
  if (d.due === null) return candidates.find((c) => c.name === declared[0])?.date;
  const due = d.due;
  const env = { ...(options.calendar === undefined ? {} : { calendar: options.calendar }), ...(options.policy === undefined ? {} : { policy: options.policy }) };
  const fits = (from: PlainDate) => {
    const end = termEnd(rule.counts.term, from, env)?.date;
    return end !== undefined && (end === due || (rule.counts.rollover && rollDeadline(end, options.rollover, options.calendar) === due));
  };
  return candidates.find((c) => fits(c.date))?.date;
}

function interpretation(id: string, rule: RuleDefinition): Interpretation | undefined {
  return rule.interpretations?.find((i) => i.id === id) ?? RULES.flatMap((r) => r.interpretations ?? []).find((i) => i.id === id);
}

/** The span of days the slider and the timeline cover: the events and every due date, with a margin. */
export function spanOf(input: unknown, evaluation: Evaluation | undefined, asOf: PlainDate): Span {
  const days = [
    toDayNumber(asOf),
    ...datedEvents(input).map((e) => toDayNumber(e.date)),
    ...(evaluation?.deadlines ?? []).flatMap((d) => (d.due === null ? [] : [toDayNumber(d.due)])),
  ];
  return { from: fromDayNumber(Math.min(...days) - 14), to: fromDayNumber(Math.max(...days) + 30) };
}

/** The deadlines in the order they are numbered on the timeline and in the list: by track, then by due date. */
function ordered(deadlines: readonly Deadline[]): Deadline[] {
  const rank = (d: Deadline) => TRACK_ORDER.indexOf(trackOf(d));
  return [...deadlines].sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

function timeline(result: Evaluation, input: unknown, span: Span, lang: Lang, numbered: Deadline[]): HTMLElement {
  const w = WORDS[lang];
  const start = toDayNumber(span.from);
  const width = toDayNumber(span.to) - start;
  const at = (d: PlainDate) => `${(((toDayNumber(d) - start) / width) * 100).toFixed(2)}%`;
  // A tick on the first of every month; a label on every month while they fit (about 10), else every 2nd, 3rd, ...
  const every = Math.max(1, Math.ceil(width / 30 / 10));
  const ticks: HTMLElement[] = [];
  for (let n = start; n <= start + width; n++) {
    const d = fromDayNumber(n);
    if (!d.endsWith('-01')) continue;
    const label = (Number(d.slice(5, 7)) - 1) % every === 0;
    ticks.push(h('span', { class: label ? 'tick' : 'tick minor', style: `left:${at(d)}` }, label ? d.slice(0, 7) : ''));
  }
  const events = datedEvents(input).map(({ ev, date }) =>
    h('span', {
      class: `mark event${date > result.asOf ? ' later' : ''}`,
      style: `left:${at(date)}`,
      title: `${dateText(date, lang)} · ${String(ev.type)}${typeof ev.id === 'string' ? ` (${ev.id})` : ''}${date > result.asOf ? ` · ${w.future}` : ''}`,
    }),
  );
  const lanes = TRACK_ORDER.filter((t) => numbered.some((d) => trackOf(d) === t && d.due !== null)).map((track) =>
    h('div', { class: 'lane', 'data-track': track },
      h('span', { class: 'lane-name' }, w.tracks[track]),
      h('div', { class: 'lane-body' },
        numbered.flatMap((d, i) =>
          trackOf(d) === track && d.due !== null
            ? [h('button', { type: 'button', class: `mark dl s-${d.status}`, 'data-goto': `dl-${i + 1}`, style: `left:${at(d.due)}`, title: `${i + 1}. ${dateText(d.due, lang)} · ${STATUS_NAMES[d.status][lang]} · ${d.label[lang]}` }, String(i + 1))]
            : [],
        ),
      ),
    ),
  );
  return h('div', { class: 'timeline', role: 'img', 'aria-label': w.timeline },
    h('div', { class: 'lane axis' }, h('span', { class: 'lane-name' }), h('div', { class: 'lane-body' }, ticks)),
    h('div', { class: 'lane', 'data-track': 'events' }, h('span', { class: 'lane-name' }, w.tracks.events), h('div', { class: 'lane-body' }, events)),
    lanes,
    h('div', { class: 'lanes-overlay' }, h('span', { class: 'asof-line', style: `left:${at(result.asOf)}` }, h('span', {}, result.asOf))),
  );
}

function deadlineItem(d: Deadline, n: number, input: unknown, options: TermOptions, lang: Lang): HTMLElement {
  const w = WORDS[lang];
  const rule = ruleById(d.rule);
  const from = rule === undefined ? undefined : countedFromDate(rule, d, input, options);
  // The interpretations the deadline names; where it names none, those the registry records for its rule.
  const chosen = d.interpretations ?? rule?.interpretations?.map((i) => i.id) ?? [];
  const facts = d.because.map((ref) => {
    const ev = eventOf(ref, input);
    return ev === undefined ? ref : `${ref}: ${String(ev.type)} ${String(ev.date)}`;
  });
  return h('li', { class: 'deadline', id: `dl-${n}`, 'data-rule': d.rule, 'data-status': d.status },
    h('div', { class: 'head' },
      h('span', { class: `num s-${d.status}` }, String(n)),
      h('span', { class: 'due', 'data-field': 'due' }, d.due === null ? w.noDue : d.due),
      d.due === null ? null : h('span', { class: 'weekday' }, w.weekdays[dayOfWeek(d.due) - 1]),
      badge(d.status, lang),
      d.metOn === undefined ? null : h('span', { class: 'met' }, `${w.metOn} ${d.metOn}`),
      h('span', { class: 'label' }, d.label[lang]),
    ),
    h('div', { class: 'meta' },
      h('code', {}, d.rule), ' · ', ACTOR_NAMES[d.actor][lang], ' · ',
      h('span', { 'data-field': 'article' }, d.basis.map((c) => citationShort(c, lang)).join('; ')),
      d.trajectory === undefined ? null : ` · #${d.trajectory + 1}`,
    ),
    rule === undefined ? null : h('dl', {},
      h('dt', {}, w.term), h('dd', { 'data-field': 'term' }, rule.term[lang]),
      h('dt', {}, w.countedFrom), h('dd', { 'data-field': 'from' },
        from === undefined ? null : [h('strong', { 'data-field': 'from-date' }, dateText(from, lang)), ' · '],
        rule.countedFrom[lang],
        facts.length === 0 ? null : h('span', { class: 'facts' }, ` (${facts.join('; ')})`),
      ),
      chosen.length === 0 ? null : [
        h('dt', {}, w.interpretations),
        h('dd', { 'data-field': 'interpretations' }, chosen.map((id) => {
          const i = interpretation(id, rule);
          return h('details', {}, h('summary', {}, h('code', {}, id)), i === undefined ? null : h('p', {}, i.chosen[lang]));
        })),
      ],
    ),
  );
}

/** The latest formal trajectory in words: its status, regime and, when it ended, why. */
const formalState = (f: NonNullable<Evaluation['formal']>, lang: Lang): string[] => {
  // The decision in the words of the status that names it (decision A, B; C ends the trajectory).
  const decision = { A: FORMAL_STATUS_NAMES['decided-a'], B: FORMAL_STATUS_NAMES['decided-b'], C: FORMAL_END_NAMES['decision-c'] };
  const named = f.status === 'decided-a' || f.status === 'decided-b' || f.endReason === 'decision-c';
  return [
    FORMAL_STATUS_NAMES[f.status][lang],
    f.regime,
    ...(f.decision !== undefined && !named ? [decision[f.decision][lang]] : []),
    ...(f.endReason !== undefined ? [FORMAL_END_NAMES[f.endReason][lang]] : []),
  ];
};

function stateList(result: Evaluation, lang: Lang): HTMLElement {
  const w = WORDS[lang];
  const row = (name: string, ...value: (string | undefined)[]) =>
    h('div', {}, h('dt', {}, name), h('dd', {}, value.filter((v) => v !== undefined && v !== '').join(' · ') || w.none));
  const a = result.absence;
  return h('dl', { class: 'state', id: 'state' },
    row(w.absence, ABSENCE_STATUS_NAMES[a.status][lang], a.episodeStart && `${a.episodeStart}`),
    row(w.informal, result.informal ? INFORMAL_STATUS_NAMES[result.informal.status][lang] : undefined),
    row(w.formal, ...(result.formal === null ? [] : formalState(result.formal, lang))),
    result.forceMajeure.length === 0 ? null : row(w.forceMajeure, ...result.forceMajeure.map((p) => `${FORCE_MAJEURE_STATUS_NAMES[p.status][lang]} (${p.regime})`)),
    result.statutory === null
      ? null
      : row(w.statutory, result.statutory.partTime.status === 'none' ? undefined : PART_TIME_STATUS_NAMES[result.statutory.partTime.status][lang], `${result.statutory.sickLeaveWorkingDays} ${w.workingDays}`),
  );
}

/** Everything on the right-hand side of the page for one evaluation. */
export function renderResults(result: Evaluation, input: unknown, options: TermOptions, span: Span, lang: Lang): HTMLElement[] {
  const w = WORDS[lang];
  const numbered = ordered(result.deadlines);
  return [
    h('section', { id: 'state-section' }, h('h2', {}, w.state), stateList(result, lang)),
    h('section', { id: 'timeline-section' }, h('h2', {}, w.timeline), timeline(result, input, span, lang, numbered)),
    h('section', { id: 'actions-section' }, h('h2', {}, w.actions),
      result.actions.length === 0 ? h('p', { class: 'empty' }, w.noActions) : h('ul', { id: 'actions' }, result.actions.map((a) =>
        h('li', { 'data-rule': a.rule, 'data-status': a.status },
          h('span', { class: 'due' }, a.due === null ? w.noDue : dateText(a.due, lang)), ' ', badge(a.status, lang), ' ',
          h('strong', {}, ACTOR_NAMES[a.actor][lang]), ': ', a.label[lang], ' ',
          h('span', { class: 'cite' }, `(${a.basis.map((c) => citationShort(c, lang)).join('; ')})`),
        )))),
    h('section', { id: 'flags-section' }, h('h2', {}, w.flags),
      result.flags.length === 0 ? h('p', { class: 'empty' }, w.noFlags) : h('ul', { id: 'flags' }, result.flags.map((f) =>
        h('li', { 'data-code': f.code, class: `flag ${f.severity}` },
          h('span', { class: `sev ${f.severity}` }, w.severity[f.severity]), ' ', h('code', {}, f.code), ' ', f.since, colon(lang), f.message[lang])))),
    h('section', { id: 'deadlines-section' }, h('h2', {}, w.deadlines),
      h('ol', { id: 'deadlines' }, numbered.map((d, i) => deadlineItem(d, i + 1, input, options, lang)))),
  ];
}
