/**
 * Forms generated from the JSON Schemas the library ships (`schema/case.schema.json`, `schema/options.schema.json`,
 * both written from the zod schemas): one form per event type, its fields, their kinds and their choices all
 * come from the schema, so a new event type or field shows here without a change to the page.
 *
 * Every input sits in a row with an empty `.issue` slot named by its path (`events.3.date`); `showIssues` fills
 * the slots with the library's validation issues, beside the field they name.
 */
import { h } from './dom.js';

/** The part of JSON Schema that the library's schemas use. */
export type JsonSchema = {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly const?: unknown;
  readonly format?: string;
  readonly title?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
};

export type Path = readonly (string | number)[];
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** Called with the path of the field and its new value (`undefined`: leave the field out). */
export type OnEdit = (path: Path, value: Json | undefined) => void;

export const pathKey = (path: Path): string => path.join('.');
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The schema of each event type, by its `type` (the `title` of each branch of `events.items.oneOf`). */
export function eventTypeSchemas(caseSchema: JsonSchema): Map<string, JsonSchema> {
  const branches = caseSchema.properties?.['events']?.items?.oneOf ?? [];
  return new Map(branches.map((b) => [String(b.properties?.['type']?.const ?? b.title), b]));
}

/** A new event of a type: the fields it keeps from `from` (id, date and fields of the same name) and its constants. */
export function eventOfType(schema: JsonSchema, type: string, from: Obj = {}): Obj {
  const out: Obj = {};
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    if (name === 'type') out[name] = type;
    else if (field.const !== undefined) out[name] = field.const as Json;
    else if (from[name] !== undefined) out[name] = from[name];
  }
  return out;
}

/** The value an input holds, read back as the JSON the schema asks for; text that does not fit is kept, so the library names the problem. */
function readInput(schema: JsonSchema, text: string): Json | undefined {
  if (text === '') return undefined;
  if (schema.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
  if (schema.type === 'array') return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return text;
}

function shownValue(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** One input for a field of a simple kind (enum, boolean, number, date, text, list of dates). */
function input(schema: JsonSchema, value: Json | undefined, path: Path, required: boolean, onEdit: OnEdit): HTMLElement {
  const id = `f-${pathKey(path).replace(/[^a-zA-Z0-9-]/g, '_')}`;
  const attrs = { id, name: pathKey(path), 'data-path': pathKey(path) };
  if (schema.const !== undefined) return h('output', attrs, String(schema.const));
  const choices = schema.enum ?? (schema.type === 'boolean' ? ['true', 'false'] : undefined);
  if (choices !== undefined) {
    const current = shownValue(value);
    const options = [...(required && choices.includes(current) ? [] : ['']), ...choices];
    if (!options.includes(current)) options.push(current);
    const select = h('select', attrs, options.map((o) => h('option', { value: o, selected: o === current }, o === '' ? '—' : o)));
    select.addEventListener('change', () => onEdit(path, readInput(schema, select.value)));
    return select;
  }
  const isDate = schema.format === 'date' || schema.items?.format === 'date';
  const box = h('input', {
    ...attrs,
    type: 'text',
    value: shownValue(value),
    placeholder: isDate ? (schema.type === 'array' ? 'YYYY-MM-DD, …' : 'YYYY-MM-DD') : '',
    inputmode: schema.type === 'integer' ? 'numeric' : undefined,
    class: isDate ? 'date' : undefined,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  box.addEventListener('input', () => onEdit(path, readInput(schema, box.value)));
  return box;
}

/** The rows of an object's fields (nested objects as fieldsets), each with its issue slot. */
export function fieldRows(schema: JsonSchema, value: Json | undefined, path: Path, onEdit: OnEdit, skip: readonly string[] = []): HTMLElement[] {
  const obj = isObj(value) ? value : {};
  const required = schema.required ?? [];
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !skip.includes(name))
    .map(([name, field]) => {
      const at = [...path, name];
      if (field.type === 'object' && field.properties !== undefined) {
        return h('fieldset', { class: 'nested' }, h('legend', {}, name), fieldRows(field, obj[name], at, onEdit), issueSlot(at));
      }
      const control = input(field, obj[name], at, required.includes(name), onEdit);
      return h(
        'div',
        { class: 'row', title: field.description },
        h('label', { for: control.id }, name, required.includes(name) ? h('span', { class: 'req', 'aria-hidden': 'true' }, '*') : null),
        control,
        issueSlot(at),
      );
    });
}

/** The place where the issues about `path` appear. */
export const issueSlot = (path: Path): HTMLElement => h('span', { class: 'issue', 'data-issue-for': pathKey(path), role: 'alert' });

/** An issue, reduced to what the form needs. */
export type FieldIssue = { readonly path: Path; readonly message: string; readonly severity: string };

/**
 * Writes each issue into the slot of the deepest part of its path that the form shows (the field; else the
 * event; else nothing, and the issue list beside the JSON still names it).
 */
export function showIssues(root: HTMLElement, issues: readonly FieldIssue[]): void {
  for (const slot of root.querySelectorAll<HTMLElement>('.issue')) slot.replaceChildren();
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const issue of issues) {
    for (let n = issue.path.length; n > 0; n--) {
      const key = pathKey(issue.path.slice(0, n));
      const slot = root.querySelector<HTMLElement>(`.issue[data-issue-for="${CSS.escape(key)}"]`);
      if (slot === null) continue;
      slot.append(h('span', { class: `msg ${issue.severity}` }, issue.message));
      root.querySelector(`[data-path="${CSS.escape(key)}"]`)?.setAttribute('aria-invalid', 'true');
      break;
    }
  }
}

/** Sets `value` at `path` inside a copy of `root` (creating objects on the way; `undefined` removes the field). */
export function setAt(root: Json | undefined, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const obj: Obj = isObj(root) ? { ...root } : {};
  if (rest.length === 0 && value === undefined) delete obj[head];
  else obj[head] = setAt(obj[head], rest, value);
  return obj;
}
