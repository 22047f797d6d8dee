/**
 * The worklist across many cases (the follow-up tool of the return-to-work coaches (terugkeercoaches) and HR):
 * every action that is overdue, due soon or due within a window, grouped by actor and entity and sorted by due
 * date. Each case is evaluated once, at `asOf`, by the library's own `evaluate`, and only its actions in the
 * window are kept: a million cases stream through in the memory of the items, never of the cases.
 *
 * @module
 */
import { compareDates, daysAfter, parsePlainDate, type PlainDate } from '../calendar/index.js';
import type { Action } from '../case/output.js';
import type { EvaluateOptions, EvaluateOptionsInput } from '../case/schema.js';
import { checkOptions, validateCase } from '../case/validate.js';
import { evaluateValidated } from '../evaluate.js';
import { ACTORS, type Actor } from '../rules/types.js';
import type { InvalidCase } from './build.js';
import { byCodeUnit, NO_ENTITY } from './figures.js';
import { isCaseParseError } from './stream.js';

/** The default window: actions due within 14 days after `asOf` (and every overdue one). */
export const DEFAULT_AGENDA_WITHIN = 14;

export type AgendaOptions = {
  /** The day of the worklist, `YYYY-MM-DD`: each case is evaluated at this day. */
  asOf: string;
  /** Days after `asOf` whose actions are included (default 14); overdue actions are always included. */
  within?: number | undefined;
  /** Only the actions of these actors (default: every actor). */
  actor?: Actor | readonly Actor[] | undefined;
  /** Only the cases of these entities (`"(none)"` for cases without one; default: every entity). */
  entity?: string | readonly string[] | undefined;
  /** Options for `evaluate` (headcount, calendar, rollover, policy, interpretations, dueSoonDays). */
  evaluateOptions?: Omit<EvaluateOptionsInput, 'asOf'> | undefined;
  /** Told about every record that could not be evaluated (it is counted in `invalidCases`). */
  onInvalid?: ((invalid: InvalidCase) => void) | undefined;
};

/** One action of one case: what `evaluate` lists in `actions`, with the case and its entity. */
export type AgendaItem = Action & { caseId: string; entity: string };

/** The items of one actor in one entity, sorted by due date. */
export type AgendaGroup = { actor: Actor; entity: string; items: AgendaItem[] };

export type Agenda = {
  asOf: PlainDate;
  within: number;
  /** The last day of the window: `asOf` + `within`. */
  until: PlainDate;
  /** Case records read, and those that could not be evaluated (skipped). */
  cases: number;
  invalidCases: number;
  /** Number of items in all groups. */
  total: number;
  /** By actor (in the order of `ACTORS`), then entity (code-unit order). */
  groups: AgendaGroup[];
};

/**
 * Whether an action belongs in the window ending on `until`: overdue, or due on or before `until`; an action
 * without a due date ("as soon as possible") is due now.
 */
export const inWindow = (a: Pick<Action, 'due' | 'status'>, until: PlainDate): boolean =>
  a.status === 'overdue' || a.due === null || compareDates(a.due, until) <= 0;

/** Items by due date (none last, as in `evaluate`), then case id, rule id and trajectory. */
export function byDue(a: AgendaItem, b: AgendaItem): number {
  if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : compareDates(a.due, b.due);
  return byCodeUnit(a.caseId, b.caseId) || byCodeUnit(a.rule, b.rule) || (a.trajectory ?? -1) - (b.trajectory ?? -1);
}

const asList = <T>(x: T | readonly T[] | undefined): readonly T[] | undefined =>
  x === undefined ? undefined : Array.isArray(x) ? (x as readonly T[]) : [x as T];

function readOptions(opts: AgendaOptions): { asOf: PlainDate; within: number; evaluateOptions: EvaluateOptions } {
  if (typeof opts !== 'object' || opts === null) throw new TypeError('reintegratie agenda: options { asOf } are required');
  const asOf = parsePlainDate(opts.asOf);
  if (!asOf.success) throw new RangeError(`reintegratie agenda: option asOf: ${asOf.error.message}`);
  const within = opts.within ?? DEFAULT_AGENDA_WITHIN;
  if (!Number.isInteger(within) || within < 0 || within > 3660) {
    throw new RangeError(`reintegratie agenda: option within must be a whole number of days from 0 to 3660 (got ${String(within)})`);
  }
  for (const a of asList(opts.actor) ?? []) {
    if (!(ACTORS as readonly string[]).includes(a)) throw new RangeError(`reintegratie agenda: unknown actor "${String(a)}" (one of ${ACTORS.join(', ')})`);
  }
  const checked = checkOptions({ ...opts.evaluateOptions, asOf: asOf.data });
  if (!checked.success) {
    const first = checked.issues[0];
    throw new RangeError(`reintegratie agenda: evaluateOptions.${first?.path.map(String).join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return { asOf: asOf.data, within, evaluateOptions: checked.data };
}

/**
 * An incremental worklist: `add` case records one at a time (from any source, in any order), then `agenda()`.
 * {@link agenda} and {@link agendaAsync} are this builder over an iterable.
 */
export class AgendaBuilder {
  readonly #asOf: PlainDate;
  readonly #within: number;
  readonly #until: PlainDate;
  readonly #evaluateOptions: EvaluateOptions;
  readonly #actors: ReadonlySet<string> | undefined;
  readonly #entities: ReadonlySet<string> | undefined;
  readonly #onInvalid: ((invalid: InvalidCase) => void) | undefined;
  readonly #items: AgendaItem[] = [];
  #cases = 0;
  #invalid = 0;

  constructor(opts: AgendaOptions) {
    const o = readOptions(opts);
    this.#asOf = o.asOf;
    this.#within = o.within;
    this.#until = daysAfter(o.asOf, o.within);
    this.#evaluateOptions = o.evaluateOptions;
    const actors = asList(opts.actor);
    const entities = asList(opts.entity);
    this.#actors = actors === undefined ? undefined : new Set(actors);
    this.#entities = entities === undefined ? undefined : new Set(entities);
    this.#onInvalid = opts.onInvalid;
  }

  /** Evaluates one case record (a parsed JSON value, or a parser's error record) and keeps its actions in the window. */
  add(record: unknown): this {
    const index = this.#cases++;
    if (isCaseParseError(record)) {
      this.#skip({ index, line: record.line, issues: [{ code: 'invalid-json', path: [], message: record.message }] });
      return this;
    }
    const validated = validateCase(record, this.#asOf);
    const entity = validated.entity ?? NO_ENTITY;
    if (this.#entities !== undefined && !this.#entities.has(entity)) return this;
    const evaluation = evaluateValidated(validated, this.#evaluateOptions);
    const broken = evaluation.issues.filter((i) => i.code === 'invalid-case');
    if (broken.length > 0) {
      const issues = broken.map((i) => ({ code: i.code, path: i.path, message: i.message }));
      this.#skip({ index, issues, ...(evaluation.caseId !== '' ? { caseId: evaluation.caseId } : {}) });
      return this;
    }
    for (const action of evaluation.actions) {
      if (!inWindow(action, this.#until) || (this.#actors !== undefined && !this.#actors.has(action.actor))) continue;
      this.#items.push({ ...action, caseId: evaluation.caseId, entity });
    }
    return this;
  }

  #skip(invalid: InvalidCase): void {
    this.#invalid++;
    this.#onInvalid?.(invalid);
  }

  /** The worklist so far (a fresh object each time). */
  agenda(): Agenda {
    const groups = new Map<string, AgendaGroup>();
    for (const item of this.#items) {
      const key = `${item.actor}\u0000${item.entity}`;
      const group = groups.get(key) ?? { actor: item.actor, entity: item.entity, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
    const actorRank = (a: Actor) => ACTORS.indexOf(a);
    const sorted = [...groups.values()]
      .sort((a, b) => actorRank(a.actor) - actorRank(b.actor) || byCodeUnit(a.entity, b.entity))
      .map((g) => ({ ...g, items: [...g.items].sort(byDue) }));
    return {
      asOf: this.#asOf,
      within: this.#within,
      until: this.#until,
      cases: this.#cases,
      invalidCases: this.#invalid,
      total: this.#items.length,
      groups: sorted,
    };
  }
}

/**
 * The worklist over a population of cases at `asOf`: every action overdue or due by `asOf` + `within` days, by
 * actor and entity, sorted by due date.
 *
 * @throws RangeError for bad options (a programming error; the CLI checks user input first).
 * @example
 * const list = agenda(
 *   [{ caseId: 'FICTIEF-1', entity: 'Agentschap A', events: [{ type: 'absence.started', date: '2025-03-10' }] }],
 *   { asOf: '2025-05-05', within: 7 },
 * );
 * list.groups.map((g) => `${g.actor}: ${g.items.map((i) => `${i.rule} ${i.due}`).join(', ')}`)
 * //=> ['manager: informal.contact-arrangement null', 'return-to-work-coach: informal.first-conversation 2025-05-10', 'employer: health.notify-occupational-physician 2025-04-07']
 */
export function agenda(cases: Iterable<unknown>, opts: AgendaOptions): Agenda {
  const builder = new AgendaBuilder(opts);
  for (const c of cases) builder.add(c);
  return builder.agenda();
}

/** {@link agenda} over an async source (e.g. `parseCasesNdjson(lines)`), consuming it one case at a time. */
export async function agendaAsync(cases: AsyncIterable<unknown> | Iterable<unknown>, opts: AgendaOptions): Promise<Agenda> {
  const builder = new AgendaBuilder(opts);
  for await (const c of cases) builder.add(c);
  return builder.agenda();
}
