import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/docs.js';
import { RULES, RULE_IDS } from '../../src/index.js';

const files = generatedFiles();

describe('generated documentation', () => {
  it.each(Object.keys(files))('%s is up to date (run `npm run docs` after changing a rule)', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(files[path]);
  });

  it.each(RULE_IDS.map((id) => [id]))('the catalogue lists %s in Dutch and English with its article', (id) => {
    const rule = RULES.find((r) => r.id === id)!;
    for (const lang of ['nl', 'en'] as const) {
      const page = files[`docs/rules.${lang}.md`]!;
      expect(page).toContain(`### \`${id}\``);
      expect(page).toContain(rule.label[lang]);
      for (const c of rule.basis) if (c.article) expect(page).toContain(c.article);
    }
  });
});
