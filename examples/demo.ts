/**
 * `npm start`: evaluates the bundled example cases and prints each as a readable timeline, then the command that
 * opens the same cases in the rules explorer (docs/explorer/index.html).
 * Run with `-- --lang nl` or `-- --lang fr` for Dutch or French (English by default), `-- --json` for the raw
 * evaluations.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, LANGS, type Lang } from '../src/index.js';
import { renderTimeline, timelineEvents } from '../src/cli/timeline.js';

const here = dirname(fileURLToPath(import.meta.url));
const asked = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : undefined;
const lang: Lang = LANGS.find((l) => l === asked) ?? (process.argv.includes('--nl') ? 'nl' : 'en');
const asJson = process.argv.includes('--json');

type Entry = { file: string; asOf: string; options?: Record<string, unknown>; about: Record<Lang, string> };
const entries = JSON.parse(readFileSync(join(here, 'index.json'), 'utf8')) as Entry[];

for (const entry of entries) {
  const input = JSON.parse(readFileSync(join(here, entry.file), 'utf8')) as unknown;
  const result = evaluate(input, { ...entry.options, asOf: entry.asOf });
  console.log('='.repeat(100));
  console.log(`${entry.about[lang]}  [examples/${entry.file}]`);
  console.log('='.repeat(100));
  console.log(asJson ? JSON.stringify(result, null, 2) : renderTimeline(result, timelineEvents(input, entry.asOf), lang));
  console.log();
}

if (!asJson) {
  console.log(
    {
      nl: 'Dezelfde voorbeelden in de browser, met een datumschuif en de rechtsgrond bij elke termijn (Nederlands, Frans, Engels):',
      fr: 'Les mêmes exemples dans le navigateur, avec un curseur de date et la base juridique de chaque délai (néerlandais, français, anglais) :',
      en: 'The same examples in the browser, with a date slider and the legal basis of every deadline (Dutch, French, English):',
    }[lang],
  );
  console.log('  chromium docs/explorer/index.html    (xdg-open docs/explorer/index.html; macOS: open docs/explorer/index.html)');
}
