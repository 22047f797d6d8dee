import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPLORER_PAGE, explorerExamples, explorerHtml } from '../../scripts/explorer.js';

const committed = readFileSync(EXPLORER_PAGE, 'utf8');

describe('the rules explorer page (docs/explorer/index.html)', () => {
  it('is the build of the current code and examples (run `npm run explorer` after changing the library)', async () => {
    // Compared as a boolean: a diff of two minified pages says nothing to the reader.
    expect(committed === (await explorerHtml()), `${EXPLORER_PAGE} is out of date: run \`npm run explorer\``).toBe(true);
  });

  it('is one self-contained file: no external script, style, font or image, and a policy that forbids fetching', () => {
    expect(committed).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(committed).toContain(`default-src 'none'`);
    expect(committed).not.toMatch(/<script[^>]+type="module"/);
  });

  it('embeds every example of `npm start`', () => {
    for (const e of explorerExamples() as { name: string }[]) expect(committed).toContain(`"name":"${e.name}"`);
  });
});
