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

/** Text in, records out, piece by piece: what each reader below is. */
type Scanner<T> = { push(input: string): T[]; end(): T[] };

async function* scan<T>(inputs: AsyncIterable<string> | Iterable<string>, s: Scanner<T>): AsyncGenerator<T, void, undefined> {
  for await (const input of inputs) yield* s.push(input);
  yield* s.end();
}

function* scanSync<T>(inputs: Iterable<string>, s: Scanner<T>): Generator<T, void, undefined> {
  for (const input of inputs) yield* s.push(input);
  yield* s.end();
}

const stripCr = (s: string): string => (s.endsWith('\r') ? s.slice(0, -1) : s);

/** Splits text chunks into lines (`\n` or `\r\n`), keeping a partial line across chunk boundaries. */
class LineSplitter implements Scanner<string> {
  #rest = '';
  push(chunk: string): string[] {
    const lines = (this.#rest + chunk).split('\n');
    this.#rest = lines.pop() ?? '';
    return lines.map(stripCr);
  }
  end(): string[] {
    const last = this.#rest;
    this.#rest = '';
    return last.length > 0 ? [stripCr(last)] : [];
  }
}

/**
 * The lines of a text given in chunks of any size (e.g. a `ReadableStream` decoded to strings, or Node's
 * `createReadStream(file, 'utf8')`).
 *
 * @example
 * const lines = [];
 * for await (const l of splitLines(['{"a":', '1}\n{"b"', ':2}\r\n'])) lines.push(l);
 * lines //=> ['{"a":1}', '{"b":2}']
 */
export function splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string, void, undefined> {
  return scan(chunks, new LineSplitter());
}

/** Parses NDJSON lines one by one; blank lines are skipped (they still count for line numbers). */
class NdjsonParser implements Scanner<unknown> {
  #line = 0;
  push(text: string): unknown[] {
    this.#line++;
    const t = (this.#line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text).trim();
    return t.length === 0 ? [] : [tryParse(t, this.#line)];
  }
  end(): unknown[] {
    return [];
  }
}

/** NDJSON from text chunks of any size: lines, then records. */
const ndjsonChunks = (lines = new LineSplitter(), parser = new NdjsonParser()): Scanner<unknown> => ({
  push: (chunk) => lines.push(chunk).flatMap((l) => parser.push(l)),
  end: () => lines.end().flatMap((l) => parser.push(l)),
});

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
export function parseCasesNdjson(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown, void, undefined> {
  return scan(lines, new NdjsonParser());
}

/** {@link parseCasesNdjson} for lines available synchronously (e.g. `text.split('\n')`). */
export function parseCasesNdjsonSync(lines: Iterable<string>): Generator<unknown, void, undefined> {
  return scanSync(lines, new NdjsonParser());
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

type Phase = 'start' | 'open' | 'element' | 'done' | 'failed';

/**
 * An incremental scanner for a top-level JSON array: it finds where each element ends (tracking nesting and
 * strings) and hands the element's text to `JSON.parse`, so only one element is held at a time.
 */
class JsonArrayScanner implements Scanner<unknown> {
  #phase: Phase = 'start';
  #depth = 0;
  #inString = false;
  #escape = false;
  #parts: string[] = [];
  #line = 1;
  #elementLine = 1;
  #element = 0;
  #atStart = true;

  push(chunk: string): unknown[] {
    const out: unknown[] = [];
    let seg = this.#phase === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.#phase === 'element') {
        if (c === '\n') this.#line++;
        if (this.#inString) {
          if (this.#escape) this.#escape = false;
          else if (c === '\\') this.#escape = true;
          else if (c === '"') this.#inString = false;
          continue;
        }
        if (c === '"') this.#inString = true;
        else if (c === '{' || c === '[') this.#depth++;
        else if ((c === '}' || c === ']') && this.#depth > 0) this.#depth--;
        else if (this.#depth === 0 && (c === ',' || c === ']')) {
          this.#parts.push(chunk.slice(seg, i));
          out.push(tryParse(this.#parts.join(''), this.#elementLine, this.#element));
          this.#element++;
          this.#parts = [];
          seg = -1;
          this.#phase = c === ',' ? 'open' : 'done';
        }
        continue;
      }
      const first = this.#atStart;
      this.#atStart = false;
      if (c === '\n') this.#line++;
      if (isSpace(c) || (first && c === '\uFEFF')) continue;
      switch (this.#phase) {
        case 'start':
          if (c === '[') this.#phase = 'open';
          else {
            this.#phase = 'failed';
            out.push(parseError(this.#line, `line ${this.#line}: expected a JSON array of cases ("[ {...}, {...} ]")`));
          }
          break;
        case 'open':
          if (c === ']') this.#phase = 'done'; // empty array (or a trailing comma, tolerated)
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
export function parseCasesJsonArray(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown, void, undefined> {
  return scan(chunks, new JsonArrayScanner());
}

/** {@link parseCasesJsonArray} for chunks available synchronously. */
export function parseCasesJsonArraySync(chunks: Iterable<string>): Generator<unknown, void, undefined> {
  return scanSync(chunks, new JsonArrayScanner());
}

/** Either format, told apart by the first character that is not white space (or a byte order mark). */
class CaseFileScanner implements Scanner<unknown> {
  #pending = '';
  #format: Scanner<unknown> | undefined;
  push(chunk: string): unknown[] {
    if (this.#format === undefined) {
      this.#pending += chunk;
      const first = /[^\s\uFEFF]/.exec(this.#pending);
      if (!first) return [];
      this.#format = first[0] === '[' ? new JsonArrayScanner() : ndjsonChunks();
      chunk = this.#pending;
      this.#pending = '';
    }
    return this.#format.push(chunk);
  }
  end(): unknown[] {
    return this.#format?.end() ?? [];
  }
}

/**
 * The cases of a file in either format, told apart by its first character: `[` is a JSON array, anything else
 * NDJSON. Chunks may have any size.
 */
export function parseCases(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown, void, undefined> {
  return scan(chunks, new CaseFileScanner());
}
