/**
 * Reading case files as streams, in any JavaScript runtime (no Node APIs): NDJSON (one case per line) and JSON
 * arrays of cases read chunk by chunk, so a file of a million cases never holds more than one case in memory.
 *
 * A record that is not valid JSON is not dropped: it becomes a {@link CaseParseError} with its line number, which
 * `buildReport` counts as an invalid case.
 *
 * @module
 */

/** A record that could not be parsed. `buildReport` counts it as an invalid case (issue code `invalid-json`). */
export type CaseParseError = {
  readonly __reintegratieParseError: true;
  /** 1-based line of the record (NDJSON) or of the start of the array element (JSON). */
  readonly line: number;
  /** 0-based position of the element in a JSON array. */
  readonly element?: number;
  readonly message: string;
};

/** True for the error records of this module's parsers. */
export function isCaseParseError(x: unknown): x is CaseParseError {
  return typeof x === 'object' && x !== null && (x as { __reintegratieParseError?: unknown }).__reintegratieParseError === true;
}

const parseError = (line: number, message: string, element?: number): CaseParseError => ({
  __reintegratieParseError: true,
  line,
  ...(element !== undefined ? { element } : {}),
  message: message.length > 300 ? `${message.slice(0, 300)}...` : message,
});

function tryParse(text: string, line: number, element?: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const where = element !== undefined ? `array element ${element} (line ${line})` : `line ${line}`;
    return parseError(line, `${where}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, element);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------------------

/** Splits text chunks into lines (`\n` or `\r\n`), keeping a partial line across chunk boundaries. */
class LineSplitter {
  #rest = '';
  push(chunk: string): string[] {
    const text = this.#rest + chunk;
    const lines = text.split('\n');
    this.#rest = lines.pop() ?? '';
    return lines.map(stripCr);
  }
  end(): string[] {
    const last = this.#rest;
    this.#rest = '';
    return last.length > 0 ? [stripCr(last)] : [];
  }
}

const stripCr = (s: string): string => (s.endsWith('\r') ? s.slice(0, -1) : s);

/**
 * The lines of a text given in chunks of any size (e.g. a `ReadableStream` decoded to strings, or Node's
 * `createReadStream(file, 'utf8')`).
 *
 * @example
 * const lines = [];
 * for await (const l of splitLines(['{"a":', '1}\n{"b"', ':2}\r\n'])) lines.push(l);
 * lines //=> ['{"a":1}', '{"b":2}']
 */
export async function* splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string, void, undefined> {
  const s = new LineSplitter();
  for await (const chunk of chunks) yield* s.push(chunk);
  yield* s.end();
}

// ---------------------------------------------------------------------------------------------------------
// NDJSON
// ---------------------------------------------------------------------------------------------------------

/** Parses NDJSON lines one by one; blank lines are skipped (they still count for line numbers). */
class NdjsonParser {
  #line = 0;
  line(text: string): { value: unknown } | null {
    this.#line++;
    const t = (this.#line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
    if (t.length === 0) return null;
    return { value: tryParse(t, this.#line) };
  }
}

/**
 * The cases of an NDJSON file, given line by line (use {@link splitLines} for arbitrary chunks). A line that is
 * not valid JSON yields a {@link CaseParseError} naming the line; blank lines are skipped.
 *
 * @example
 * const out = [];
 * for await (const c of parseCasesNdjson(['{"caseId":"FICTIEF-1","events":[]}', '', '{oops'])) out.push(c);
 * out[0] //=> { caseId: 'FICTIEF-1', events: [] }
 * out.length //=> 2
 * isCaseParseError(out[1]) && out[1].line //=> 3
 */
export async function* parseCasesNdjson(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown, void, undefined> {
  const p = new NdjsonParser();
  for await (const line of lines) {
    const r = p.line(line);
    if (r) yield r.value;
  }
}

/** {@link parseCasesNdjson} for lines available synchronously (e.g. `text.split('\n')`). */
export function* parseCasesNdjsonSync(lines: Iterable<string>): Generator<unknown, void, undefined> {
  const p = new NdjsonParser();
  for (const line of lines) {
    const r = p.line(line);
    if (r) yield r.value;
  }
}

// ---------------------------------------------------------------------------------------------------------
// JSON array
// ---------------------------------------------------------------------------------------------------------

const NL = 10;
const QUOTE = 34;
const COMMA = 44;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const BOM = 0xfeff;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === NL || c === 13;

type Phase = 'start' | 'open' | 'element' | 'done' | 'failed';

/**
 * An incremental scanner for a top-level JSON array: it finds where each element ends (tracking nesting and
 * strings) and hands the element's text to `JSON.parse`, so only one element is held at a time.
 */
class JsonArrayScanner {
  #phase: Phase = 'start';
  #depth = 0;
  #inString = false;
  #escape = false;
  #parts: string[] = [];
  #line = 1;
  #elementLine = 1;
  #element = 0;
  #atStart = true;

  #finish(text: string, out: unknown[]): void {
    out.push(tryParse(text, this.#elementLine, this.#element));
    this.#element++;
    this.#parts = [];
  }

  push(chunk: string): unknown[] {
    const out: unknown[] = [];
    let seg = this.#phase === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.#phase === 'element') {
        if (c === NL) this.#line++;
        if (this.#inString) {
          if (this.#escape) this.#escape = false;
          else if (c === BACKSLASH) this.#escape = true;
          else if (c === QUOTE) this.#inString = false;
          continue;
        }
        if (c === QUOTE) this.#inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.#depth++;
        else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && this.#depth > 0) this.#depth--;
        else if (this.#depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
          this.#parts.push(chunk.slice(seg, i));
          this.#finish(this.#parts.join(''), out);
          seg = -1;
          this.#phase = c === COMMA ? 'open' : 'done';
        }
        continue;
      }
      const first = this.#atStart;
      this.#atStart = false;
      if (c === NL) this.#line++;
      if (isSpace(c) || (first && c === BOM)) continue;
      switch (this.#phase) {
        case 'start':
          if (c === OPEN_BRACKET) this.#phase = 'open';
          else {
            this.#phase = 'failed';
            out.push(parseError(this.#line, `line ${this.#line}: expected a JSON array of cases ("[ {...}, {...} ]")`));
          }
          break;
        case 'open':
          if (c === CLOSE_BRACKET) this.#phase = 'done'; // empty array (or a trailing comma, tolerated)
          else {
            this.#phase = 'element';
            this.#depth = 0;
            this.#inString = false;
            this.#escape = false;
            this.#elementLine = this.#line;
            seg = i;
            i--; // scan this character as part of the element
          }
          break;
        case 'done':
          this.#phase = 'failed';
          out.push(parseError(this.#line, `line ${this.#line}: unexpected text after the end of the JSON array`));
          break;
        case 'failed':
          return out;
      }
    }
    if (this.#phase === 'element' && seg >= 0) this.#parts.push(chunk.slice(seg));
    return out;
  }

  end(): unknown[] {
    const out: unknown[] = [];
    const notClosed = 'the JSON array is not closed (is the file truncated?)';
    if (this.#phase === 'element') {
      // A cut-off last element is one lost case: one error, not two.
      const value = tryParse(this.#parts.join(''), this.#elementLine, this.#element);
      if (isCaseParseError(value)) {
        out.push(parseError(this.#elementLine, `array element ${this.#element} (line ${this.#elementLine}) is cut off: ${notClosed}`, this.#element));
      } else out.push(value, parseError(this.#line, `line ${this.#line}: ${notClosed}`));
      this.#parts = [];
    } else if (this.#phase === 'open') {
      out.push(parseError(this.#line, `line ${this.#line}: ${notClosed}`));
    }
    this.#phase = 'done';
    return out;
  }
}

/**
 * The cases of a JSON array (`[ {...}, {...} ]`) given as text chunks of any size, element by element, without
 * holding the whole text. An element that is not valid JSON yields a {@link CaseParseError}; so does a document
 * that is not an array, text after the array, or an array that is not closed (truncated file).
 *
 * @example
 * const out = [];
 * for await (const c of parseCasesJsonArray(['[{"caseId":"A","ev', 'ents":[]},', ' {"caseId":"B","events":[]}]'])) out.push(c);
 * out.map((c) => c.caseId) //=> ['A', 'B']
 */
export async function* parseCasesJsonArray(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown, void, undefined> {
  const s = new JsonArrayScanner();
  for await (const chunk of chunks) yield* s.push(chunk);
  yield* s.end();
}

/** {@link parseCasesJsonArray} for chunks available synchronously. */
export function* parseCasesJsonArraySync(chunks: Iterable<string>): Generator<unknown, void, undefined> {
  const s = new JsonArrayScanner();
  for (const chunk of chunks) yield* s.push(chunk);
  yield* s.end();
}

/**
 * The cases of a file in either format, told apart by its first character: `[` is a JSON array, anything else
 * NDJSON. Chunks may have any size.
 */
export async function* parseCases(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown, void, undefined> {
  let mode: 'unknown' | 'json' | 'ndjson' = 'unknown';
  const json = new JsonArrayScanner();
  const lines = new LineSplitter();
  const ndjson = new NdjsonParser();
  let pending = '';
  for await (const chunk of chunks) {
    if (mode === 'unknown') {
      pending += chunk;
      const m = /[^\s\uFEFF]/.exec(pending);
      if (!m) continue;
      mode = m[0] === '[' ? 'json' : 'ndjson';
    }
    const text = pending !== '' ? pending : chunk;
    pending = '';
    if (mode === 'json') yield* json.push(text);
    else for (const l of lines.push(text)) {
      const r = ndjson.line(l);
      if (r) yield r.value;
    }
  }
  if (mode === 'json') yield* json.end();
  else if (mode === 'ndjson') {
    for (const l of lines.end()) {
      const r = ndjson.line(l);
      if (r) yield r.value;
    }
  }
}
