/**
 * The rules explorer: one static page (docs/explorer/index.html, built by `npm run explorer`) that runs the
 * library in the browser. Pick an example or edit the events (a form generated from the JSON Schema, or the
 * JSON itself), move `asOf`, and read the deadlines of both tracks with their rules, articles and interpretations.
 *
 * The view lives in the URL hash (`#example=…&asOf=…&lang=…`, or `#case=<JSON>&options=<JSON>&asOf=…&lang=…`
 * for an edited case), so a link shows the same view. Nothing is fetched: the examples are embedded in the page
 * and the library is bundled into it.
 */
import { colon, evaluate, type Evaluation } from '../src/index.js';
import { fromDayNumber, isPlainDate, maxDate, minDate, toDayNumber, type PlainDate } from '../src/calendar/index.js';
import caseSchemaJson from '../schema/case.schema.json';
import optionsSchemaJson from '../schema/options.schema.json';
import { byId, h } from './dom.js';
import { LANG_NAMES, LANGS, WORDS, type Lang } from './i18n.js';
import { datedEvents, renderResults, spanOf, type Span, type TermOptions } from './results.js';
import { eventOfType, eventTypeSchemas, fieldRows, issueSlot, setAt, showIssues, type Json, type JsonSchema, type Path } from './schema-form.js';

type Example = { name: string; asOf: PlainDate; options?: Json; about: Partial<Record<Lang, string>> & { en: string }; case: Json };
type Obj = { [k: string]: Json };

const caseSchema = caseSchemaJson as JsonSchema;
const optionsSchema = optionsSchemaJson as JsonSchema;
const eventTypes = eventTypeSchemas(caseSchema);
const examples = JSON.parse(byId('examples').textContent ?? '[]') as Example[];
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const state = {
  lang: 'en' as Lang,
  /** The example shown unchanged, or null once the case is edited. */
  example: null as string | null,
  caseData: {} as Json,
  options: {} as Obj,
  /** The JSON pane's text when it does not parse (the form and the results then keep the last valid case). */
  jsonError: null as string | null,
  asOf: '2025-01-01' as PlainDate,
  span: { from: '2024-12-01', to: '2025-02-01' } as Span,
  evaluation: undefined as Evaluation | undefined,
};

const el = {
  example: byId<HTMLSelectElement>('example'),
  lang: byId<HTMLSelectElement>('lang'),
  range: byId<HTMLInputElement>('asof-range'),
  date: byId<HTMLInputElement>('asof-date'),
  form: byId('form-pane'),
  json: byId<HTMLTextAreaElement>('json'),
  jsonError: byId('json-error'),
  issues: byId('issues'),
  results: byId('results'),
};

// ---------------------------------------------------------------------------------------------------------
// The URL hash: the view as a link.

function readHash(): void {
  const p = new URLSearchParams(location.hash.slice(1));
  const lang = p.get('lang');
  const browser = (navigator.language || 'en').slice(0, 2);
  state.lang = LANGS.find((l) => l === lang) ?? LANGS.find((l) => l === browser) ?? 'en';
  const caseText = p.get('case');
  let parsedCase: Json | undefined;
  try {
    parsedCase = caseText === null ? undefined : (JSON.parse(caseText) as Json);
  } catch {
    parsedCase = undefined;
  }
  const example = examples.find((e) => e.name === p.get('example')) ?? examples[0];
  if (parsedCase !== undefined) {
    state.example = null;
    state.caseData = parsedCase;
    const options = p.get('options');
    try {
      state.options = options === null ? {} : (JSON.parse(options) as Obj);
    } catch {
      state.options = {};
    }
  } else if (example !== undefined) {
    loadExample(example);
  }
  const asOf = p.get('asOf');
  if (isPlainDate(asOf)) state.asOf = asOf;
  state.jsonError = null;
}

function writeHash(): void {
  const p = new URLSearchParams();
  if (state.example !== null) p.set('example', state.example);
  else {
    p.set('case', JSON.stringify(state.caseData));
    if (Object.keys(state.options).length > 0) p.set('options', JSON.stringify(state.options));
  }
  p.set('asOf', state.asOf);
  p.set('lang', state.lang);
  history.replaceState(null, '', `#${p.toString()}`);
}

// ---------------------------------------------------------------------------------------------------------
// Changes to the view.

function loadExample(example: Example): void {
  state.example = example.name;
  state.caseData = structuredClone(example.case);
  state.options = isObj(example.options) ? structuredClone(example.options) : {};
  state.asOf = example.asOf;
}

/** The slider covers every event and every due date of the case as it stands after its last event. */
function computeSpan(): void {
  const dates = datedEvents(state.caseData).map((e) => e.date);
  const last = dates.length === 0 ? state.asOf : maxDate(state.asOf, ...dates);
  const full = evaluate(state.caseData, { ...state.options, asOf: last });
  state.span = spanOf(state.caseData, full, state.asOf);
}

function run(): void {
  state.evaluation = evaluate(state.caseData, { ...state.options, asOf: state.asOf });
  // A deadline that exists only at this date (void once later events are known) widens the span.
  const here = spanOf(state.caseData, state.evaluation, state.asOf);
  if (here.from < state.span.from || here.to > state.span.to) {
    state.span = { from: minDate(here.from, state.span.from), to: maxDate(here.to, state.span.to) };
  }
  renderAsOf();
  renderResultsPane();
  renderIssues();
  writeHash();
}

function caseChanged(source: 'form' | 'json' | 'structure'): void {
  state.example = null;
  state.jsonError = null;
  if (source !== 'json') writeJson();
  if (source !== 'form') renderForm();
  renderExampleSelect();
  computeSpan();
  run();
}

const editCase = (path: Path, value: Json | undefined) => {
  state.caseData = setAt(state.caseData, path, value);
  caseChanged('form');
};
const editOptions = (path: Path, value: Json | undefined) => {
  state.options = setAt(state.options, path.slice(1), value) as Obj;
  caseChanged('form');
};

/** Structural edits of the event list: change an event's type, add, remove or move an event. */
function editEvents(change: (events: Json[]) => Json[]): void {
  const events = isObj(state.caseData) && Array.isArray(state.caseData['events']) ? [...state.caseData['events']] : [];
  state.caseData = setAt(state.caseData, ['events'], change(events));
  caseChanged('structure');
}

// ---------------------------------------------------------------------------------------------------------
// Drawing.

function renderStatic(): void {
  const w = WORDS[state.lang];
  document.documentElement.lang = state.lang;
  document.title = w.title;
  const words: Record<string, string> = {
    title: w.title, intro: w.intro, 'l-example': w.example, 'l-lang': w.language, 'l-asof': w.asOf,
    'tab-form': w.form, 'tab-json': w.json, 'issues-title': w.issues, footer: w.footer,
  };
  for (const [id, text] of Object.entries(words)) byId(id).textContent = text;
  el.lang.replaceChildren(...LANGS.map((l) => h('option', { value: l, selected: l === state.lang }, LANG_NAMES[l])));
  renderExampleSelect();
}

function renderExampleSelect(): void {
  const w = WORDS[state.lang];
  el.example.replaceChildren(
    ...(state.example === null ? [h('option', { value: '', selected: true }, w.edited)] : []),
    ...examples.map((e) => h('option', { value: e.name, selected: e.name === state.example }, e.about[state.lang] ?? e.about.en)),
  );
}

function renderAsOf(): void {
  el.range.min = String(toDayNumber(state.span.from));
  el.range.max = String(toDayNumber(state.span.to));
  el.range.value = String(toDayNumber(state.asOf));
  if (document.activeElement !== el.date) el.date.value = state.asOf;
  el.date.removeAttribute('aria-invalid');
}

function writeJson(): void {
  if (document.activeElement !== el.json) el.json.value = JSON.stringify(state.caseData, null, 2);
}

function eventCard(ev: Json, i: number, count: number): HTMLElement {
  const w = WORDS[state.lang];
  const type = isObj(ev) && typeof ev['type'] === 'string' ? ev['type'] : '';
  const schema = eventTypes.get(type);
  const typeSelect = h('select', { 'data-path': `events.${i}.type`, 'aria-label': 'type' },
    schema === undefined ? h('option', { value: type, selected: true }, type || '?') : null,
    [...eventTypes.keys()].map((t) => h('option', { value: t, selected: t === type }, t)),
  );
  typeSelect.addEventListener('change', () => {
    const next = eventTypes.get(typeSelect.value);
    if (next !== undefined) editEvents((list) => list.map((e, k) => (k === i ? eventOfType(next, typeSelect.value, isObj(e) ? e : {}) : e)));
  });
  const button = (text: string, disabled: boolean, change: (list: Json[]) => Json[]) => {
    const b = h('button', { type: 'button', disabled }, text);
    b.addEventListener('click', () => editEvents(change));
    return b;
  };
  return h('li', { class: 'event', 'data-index': i },
    h('div', { class: 'event-head' },
      h('span', { class: 'index' }, `#${i}`), typeSelect,
      button('↑', i === 0, (l) => (l.splice(i - 1, 2, l[i]!, l[i - 1]!), l)),
      button('↓', i === count - 1, (l) => (l.splice(i, 2, l[i + 1]!, l[i]!), l)),
      button(w.remove, false, (l) => l.filter((_, k) => k !== i)),
    ),
    schema?.description === undefined ? null : h('p', { class: 'about' }, schema.description),
    issueSlot(['events', i, 'type']),
    issueSlot(['events', i]),
    schema === undefined ? h('pre', {}, JSON.stringify(ev)) : fieldRows(schema, ev, ['events', i], editCase, ['type']),
  );
}

function renderForm(): void {
  const w = WORDS[state.lang];
  const events = isObj(state.caseData) && Array.isArray(state.caseData['events']) ? state.caseData['events'] : [];
  const addType = h('select', { 'aria-label': w.addEvent }, [...eventTypes.keys()].map((t) => h('option', { value: t }, t)));
  const add = h('button', { type: 'button', id: 'add-event' }, w.addEvent);
  add.addEventListener('click', () => {
    const schema = eventTypes.get(addType.value);
    const last = datedEvents(state.caseData).at(-1)?.date ?? state.asOf;
    if (schema !== undefined) editEvents((list) => [...list, eventOfType(schema, addType.value, { id: `n${list.length + 1}`, date: last })]);
  });
  const optionsOpen = el.form.querySelector('details.options')?.hasAttribute('open') === true || Object.keys(state.options).length > 0;
  el.form.replaceChildren(
    h('fieldset', {}, h('legend', {}, w.caseFields), fieldRows(caseSchema, state.caseData, [], editCase, ['events'])),
    h('fieldset', {}, h('legend', {}, w.events), issueSlot(['events']),
      h('ol', { class: 'events', start: 0 }, events.map((ev, i) => eventCard(ev, i, events.length))),
      h('div', { class: 'add' }, addType, add)),
    h('details', { class: 'options', open: optionsOpen },
      h('summary', {}, w.options),
      h('fieldset', {}, fieldRows(optionsSchema, state.options, ['options'], editOptions, ['asOf'])),
    ),
  );
  renderIssues();
}

function renderIssues(): void {
  const w = WORDS[state.lang];
  const issues = state.evaluation?.issues ?? [];
  showIssues(el.form, issues);
  el.jsonError.textContent = state.jsonError === null ? '' : `${w.jsonInvalid}${colon(state.lang)}${state.jsonError}`;
  el.issues.replaceChildren(
    ...(issues.length === 0 ? [h('li', { class: 'empty' }, w.noIssues)] : issues.map((i) =>
      h('li', { class: i.severity, 'data-code': i.code, 'data-issue-path': i.path.join('.') },
        h('code', {}, i.path.join('.')), ' ', h('span', { class: `sev ${i.severity}` }, i.code), ' ', i.message))),
  );
}

/** The options as the library read them (an invalid option is left at its default, as `evaluate` does). */
function termOptions(): TermOptions {
  const bad = new Set((state.evaluation?.issues ?? []).filter((i) => i.path[0] === 'options').map((i) => String(i.path[1])));
  return Object.fromEntries(Object.entries(state.options).filter(([k]) => !bad.has(k))) as TermOptions;
}

function renderResultsPane(): void {
  if (state.evaluation !== undefined) el.results.replaceChildren(...renderResults(state.evaluation, state.caseData, termOptions(), state.span, state.lang));
}

function renderAll(): void {
  renderStatic();
  writeJson();
  computeSpan();
  renderForm();
  run();
}

// ---------------------------------------------------------------------------------------------------------
// Wiring.

el.example.addEventListener('change', () => {
  const example = examples.find((e) => e.name === el.example.value);
  if (example === undefined) return;
  loadExample(example);
  state.jsonError = null;
  renderAll();
});
el.lang.addEventListener('change', () => {
  state.lang = LANGS.find((l) => l === el.lang.value) ?? 'en';
  renderStatic();
  renderForm();
  run();
});
el.range.addEventListener('input', () => {
  state.asOf = fromDayNumber(Number(el.range.value));
  run();
});
el.date.addEventListener('input', () => {
  if (!isPlainDate(el.date.value)) return void el.date.setAttribute('aria-invalid', 'true');
  state.asOf = el.date.value;
  run();
});
el.json.addEventListener('input', () => {
  try {
    state.caseData = JSON.parse(el.json.value) as Json;
  } catch (e) {
    state.jsonError = e instanceof Error ? e.message : String(e);
    renderIssues();
    return;
  }
  caseChanged('json');
});
for (const tab of ['form', 'json'] as const) {
  byId(`tab-${tab}`).addEventListener('click', () => {
    for (const t of ['form', 'json'] as const) {
      byId(`${t}-pane`).hidden = t !== tab;
      byId(`tab-${t}`).setAttribute('aria-selected', String(t === tab));
    }
    writeJson();
  });
}
el.results.addEventListener('click', (e) => {
  const target = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-goto]') : null;
  const item = target === null ? null : document.getElementById(target.dataset['goto'] ?? '');
  if (item === null) return;
  item.scrollIntoView({ block: 'center' });
  item.classList.remove('flash');
  void item.offsetWidth;
  item.classList.add('flash');
});
window.addEventListener('hashchange', () => {
  readHash();
  renderAll();
});

readHash();
renderAll();
document.body.dataset['ready'] = 'true';
