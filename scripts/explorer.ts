/**
 * The rules explorer as one self-contained HTML page (docs/explorer/index.html): the page template with its CSS
 * (explorer/page.html), the bundled examples (examples/index.json and the cases it lists) as JSON, and the
 * library with the page's code as one IIFE script built by esbuild. No module scripts, no fetch, no external
 * asset: Chromium opens it from `file://`.
 *
 * `npm run explorer` writes it; a test (test/explorer/build.test.ts) fails when the committed page differs from
 * a fresh build, as for the generated docs.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { v8RewritesPlugin } from './v8-rewrites.js';
import { LIBRARY_VERSION, RULES_VERSION } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXPLORER_PAGE = 'docs/explorer/index.html';

type Entry = { file: string; asOf: string; options?: unknown; about: Record<string, string> };

/** The examples of `npm start`, each with its case inlined and named after its file. */
export function explorerExamples(): unknown[] {
  const entries = JSON.parse(readFileSync(join(root, 'examples/index.json'), 'utf8')) as Entry[];
  return entries.map((e) => ({
    name: basename(e.file, '.json'),
    asOf: e.asOf,
    ...(e.options === undefined ? {} : { options: e.options }),
    about: e.about,
    case: JSON.parse(readFileSync(join(root, 'examples', e.file), 'utf8')) as unknown,
  }));
}

/** The page's script: explorer/app.ts and the library, minified, as an IIFE (file:// blocks module scripts). */
async function script(): Promise<string> {
  const out = await build({
    absWorkingDir: root,
    entryPoints: ['explorer/app.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: [v8RewritesPlugin],
  });
  return out.outputFiles[0]!.text.trimEnd();
}

/** The whole page, as `npm run explorer` writes it. */
export async function explorerHtml(): Promise<string> {
  const template = readFileSync(join(root, 'explorer/page.html'), 'utf8');
  // `<` escaped so that no text inside a <script> element can close it.
  const examples = JSON.stringify(explorerExamples()).replace(/</g, '\\u003c');
  const js = (await script()).replace(/<\/(script)/gi, '<\\/$1');
  const values: Record<string, string> = { VERSION: LIBRARY_VERSION, RULES_VERSION, EXAMPLES: examples, SCRIPT: js };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => values[key] ?? '');
}
