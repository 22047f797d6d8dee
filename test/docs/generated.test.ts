import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/docs.js';
import { RULES, RULE_IDS } from '../../src/index.js';

const files = generatedFiles();

/** The rule ids of SPEC sections 5 and 6 and of issue 18, copied by hand (not read from the registry). */
const SPEC_RULE_IDS = [
  'informal.keep-contact',
  'informal.contact-arrangement',
  'informal.first-conversation',
  'informal.next-conversation',
  'informal.resumption-arrangements',
  'informal.follow-up',
  'health.notify-occupational-physician',
  'health.inform-worker',
  'health.pre-resumption-visit',
  'health.return-to-work-exam',
  'formal.employer-may-request',
  'formal.start-required',
  'formal.contact-worker',
  'formal.assessment',
  'formal.next-invitation',
  'formal.plan-after-a',
  'formal.plan-after-b',
  'formal.plan-response',
  'formal.plan-follow-up',
  'formal.appeal-window',
  'formal.appeal-decision',
  'formal.restart-bar',
  'formal.work-potential-request',
  'formal.mandatory-start',
  // Issue 18: medical force majeure (contractual staff) and the VPS (statutory staff).
  'force-majeure.may-start',
  'force-majeure.invitation',
  'force-majeure.next-invitation',
  'force-majeure.appeal-window',
  'force-majeure.appeal-decision',
  'force-majeure.adapted-work-request',
  'force-majeure.adapted-work-form',
  'force-majeure.plan-or-report',
  'force-majeure.may-end',
  'force-majeure.riziv-notification',
  'statutory.part-time-right',
  'statutory.part-time-period',
  'statutory.definitive-unfitness-referral',
] as const;

describe('generated documentation', () => {
  it.each(Object.keys(files))('%s is up to date (run `npm run docs` after changing a rule)', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(files[path]);
  });

  it('the registry holds exactly the rule ids of the contract', () => {
    expect([...RULE_IDS].sort()).toEqual([...SPEC_RULE_IDS].sort());
  });

  it.each(SPEC_RULE_IDS.map((id) => [id]))('the catalogue lists %s in Dutch and English with its article', (id) => {
    const rule = RULES.find((r) => r.id === id);
    expect(rule, `rule ${id} is in the registry`).toBeDefined();
    if (!rule) return;
    for (const lang of ['nl', 'en'] as const) {
      const page = files[`docs/rules.${lang}.md`]!;
      expect(page).toContain(`### \`${id}\``);
      expect(page).toContain(rule.label[lang]);
      for (const c of rule.basis) if (c.article) expect(page).toContain(c.article);
    }
  });
});
