import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCaseParseError,
  parseCases,
  parseCasesJsonArray,
  parseCasesJsonArraySync,
  parseCasesNdjson,
  parseCasesNdjsonSync,
  splitLines,
  type CaseParseError,
} from '../../src/reporting/index.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Splits a text at the given (sorted, deduplicated) positions. */
function chunksAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  out.push(text.slice(prev));
  return out;
}

describe('NDJSON', () => {
  it('parses one case per line, skips blank lines and names bad lines', async () => {
    const out = await collect(parseCasesNdjson(['\uFEFF{"caseId":"FICTIEF-1","events":[]}', '   ', '{"caseId":', '[1,2]', '{"caseId":"FICTIEF-2","events":[]}\r']));
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ caseId: 'FICTIEF-1', events: [] });
    expect(isCaseParseError(out[1])).toBe(true);
    expect((out[1] as CaseParseError).line).toBe(3);
    expect((out[1] as CaseParseError).message).toMatch(/^line 3: not valid JSON/);
    expect(out[2]).toEqual([1, 2]); // valid JSON, not a case: buildReport counts it as an invalid case
    expect(out[3]).toEqual({ caseId: 'FICTIEF-2', events: [] });
  });

  it('the sync parser gives the same values', async () => {
    const lines = ['{"a":1}', '', 'nope', '{"b":2}'];
    expect([...parseCasesNdjsonSync(lines)]).toEqual(await collect(parseCasesNdjson(lines)));
  });

  it('splitLines joins lines cut across chunks, with \\n or \\r\\n', async () => {
    expect(await collect(splitLines(['{"a":', '1}\r', '\n{"b"', ':2}\n', '\n{"c":3}']))).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
  });

  it('property: any chunking of an NDJSON text gives the same cases', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), async (values, cuts) => {
        const text = values.map((v) => JSON.stringify(v)).join('\n');
        const out = await collect(parseCasesNdjson(splitLines(chunksAt(text, cuts))));
        expect(out).toEqual(values.map((v) => JSON.parse(JSON.stringify(v)) as unknown));
      }),
      { numRuns: 200 },
    );
  });
});

describe('JSON array, streamed', () => {
  it('finds element boundaries across chunks, inside strings with brackets, commas and escaped quotes', async () => {
    const text = '[ {"caseId":"A ], {\\"x\\"","events":[{"type":"t","date":"2025-01-01"}]} ,\n {"caseId":"B\\\\","events":[]} ]\n';
    for (let size = 1; size <= text.length; size++) {
      const chunks = chunksAt(text, Array.from({ length: Math.ceil(text.length / size) }, (_, i) => (i + 1) * size));
      const out = await collect(parseCasesJsonArray(chunks));
      expect(out).toEqual(JSON.parse(text));
    }
  });

  it('an empty array has no cases; whitespace and a byte-order mark are fine', async () => {
    expect(await collect(parseCasesJsonArray(['\uFEFF  [', ' ]  \n']))).toEqual([]);
    expect(await collect(parseCasesJsonArray([]))).toEqual([]);
  });

  it('a bad element is reported with its element index and line; the next ones are still read', async () => {
    const out = await collect(parseCasesJsonArray(['[\n{"caseId":"A","events":[]},\n{"caseId": nope},\n{"caseId":"C","events":[]}\n]']));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ caseId: 'A' });
    expect(out[1]).toMatchObject({ __reintegratieParseError: true, element: 1, line: 3 });
    expect(out[2]).toMatchObject({ caseId: 'C' });
  });

  it('a document that is not an array, text after the array, or a truncated array is reported', async () => {
    const notArray = await collect(parseCasesJsonArray(['{"caseId":"A"}']));
    expect(notArray).toHaveLength(1);
    expect((notArray[0] as CaseParseError).message).toMatch(/expected a JSON array/);

    const trailing = await collect(parseCasesJsonArray(['[{"caseId":"A"}] x']));
    expect(trailing[0]).toEqual({ caseId: 'A' });
    expect((trailing[1] as CaseParseError).message).toMatch(/after the end/);

    const unclosed = await collect(parseCasesJsonArray(['[{"caseId":"A"},{"caseId":"B"}']));
    expect(unclosed).toHaveLength(3);
    expect(unclosed[1]).toEqual({ caseId: 'B' });
    expect((unclosed[2] as CaseParseError).message).toMatch(/not closed/);

    const cutOff = await collect(parseCasesJsonArray(['[{"caseId":"A"},', '\n{"caseId":"B"']));
    expect(cutOff).toHaveLength(2);
    expect(cutOff[0]).toEqual({ caseId: 'A' });
    expect(cutOff[1]).toMatchObject({ element: 1, line: 2 });
    expect((cutOff[1] as CaseParseError).message).toMatch(/element 1 \(line 2\) is cut off: the JSON array is not closed/);
  });

  it('streams: the first case arrives before the last chunk is read', () => {
    let produced = 0;
    function* chunks(): Generator<string> {
      yield '[';
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield `${i ? ',' : ''}{"caseId":"FICTIEF-${i}","events":[]}`;
      }
      yield ']';
    }
    const it = parseCasesJsonArraySync(chunks());
    expect(it.next().value).toEqual({ caseId: 'FICTIEF-0', events: [] });
    expect(produced).toBeLessThan(3);
    expect([...it]).toHaveLength(999);
  });

  it('property: any chunking of a JSON array (compact or indented) gives its elements', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom(0, 2),
        async (values, cuts, indent) => {
          const text = JSON.stringify(values, null, indent);
          const out = await collect(parseCasesJsonArray(chunksAt(text, cuts)));
          expect(out).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseCases tells the formats apart by the first character', () => {
  it('JSON array and NDJSON', async () => {
    expect(await collect(parseCases(['  ', '\n[{"caseId":"A"},', '{"caseId":"B"}]']))).toEqual([{ caseId: 'A' }, { caseId: 'B' }]);
    expect(await collect(parseCases(['{"caseId":"A"}\n{"case', 'Id":"B"}\n']))).toEqual([{ caseId: 'A' }, { caseId: 'B' }]);
    expect(await collect(parseCases([]))).toEqual([]);
  });
});
