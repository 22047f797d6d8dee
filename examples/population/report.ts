/**
 * Renders the yearly report of the fictitious population, streaming the file case by case.
 *
 *   npx tsx examples/population/report.ts [--from 2025-01-01] [--to 2025-12-31] [--format html|md|csv|json]
 *                                         [--lang nl|en] [--out /tmp/report.html]
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportAsync, parseCases, renderCsv, renderHtml, renderJson, renderMarkdown } from '../../src/reporting/index.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const file = resolve(dirname(fileURLToPath(import.meta.url)), 'cases.ndjson');
const lang = arg('lang', 'nl') === 'en' ? 'en' : 'nl';
const format = arg('format', 'html');

const report = await buildReportAsync(parseCases(createReadStream(file, { encoding: 'utf8' })), {
  from: arg('from', '2025-01-01'),
  to: arg('to', '2025-12-31'),
  // The Flemish government's entities all employ 20 or more people (R2026 mandatory start).
  evaluateOptions: { employerHeadcount: 500 },
  onInvalid: (i) => process.stderr.write(`skipped record ${i.index}${i.line ? ` (line ${i.line})` : ''}: ${i.issues[0]?.message}\n`),
});

const text =
  format === 'json' ? renderJson(report) : format === 'csv' ? renderCsv(report) : format === 'md' ? renderMarkdown(report, { lang }) : renderHtml(report, { lang });
const out = process.argv.includes('--out') ? arg('out', '') : '';
if (out) writeFileSync(out, text);
else process.stdout.write(text);
