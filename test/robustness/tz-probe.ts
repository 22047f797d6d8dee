// Prints evaluations of the bundled examples and of seeded random cases, plus calendar results, as JSON.
// Run by timezone.test.ts in child processes with different TZ values.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/index.js';
import { belgianHolidays, monthsAfter, workingDaysAfter, type PlainDate } from '../../src/calendar/index.js';
import { options, validCase, dateBetween } from '../arbitraries.js';

const index = JSON.parse(readFileSync('examples/index.json', 'utf8')) as Array<{ file: string; asOf: string; options?: object }>;
const out: unknown[] = index.map((e) => evaluate(JSON.parse(readFileSync(`examples/${e.file}`, 'utf8')), { ...e.options, asOf: e.asOf }));
for (const [c, o] of fc.sample(fc.tuple(validCase(), options(dateBetween('2023-06-01', '2027-12-31'))), { numRuns: 60, seed: 42 })) {
  out.push(evaluate(c, o));
}
for (let y = 1990; y <= 2150; y += 7) out.push(belgianHolidays(y));
for (const d of ['2024-01-31', '2025-08-31', '2025-12-24', '2026-03-29', '2026-10-25'] as PlainDate[]) {
  out.push([monthsAfter(d, 1), monthsAfter(d, 6), workingDaysAfter(d, 10)]);
}
process.stdout.write(JSON.stringify(out));
