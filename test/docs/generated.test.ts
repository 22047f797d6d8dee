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

/** Articles the registry cites in Dutch words, as the French catalogue must cite them (written by hand). */
const ARTICLES_IN_FRENCH: Record<string, string> = {
  'boek I, titel 4, hoofdstuk VI (R2026; voorheen I.4-36)': 'livre I, titre 4, chapitre VI (R2026 ; auparavant art. I.4-36)',
};

describe('generated documentation', () => {
  it.each(Object.keys(files))('%s is up to date (run `npm run docs` after changing a rule)', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(files[path]);
  });

  it('the French catalogue uses the terms of the French text of the Codex and says where the informal track applies', () => {
    const fr = files['docs/rules.fr.md']!;
    expect(fr).toContain('# Catalogue des règles');
    for (const term of ['trajet de réintégration', 'conseiller en prévention-médecin du travail', 'évaluation de réintégration', 'plan de réintégration', 'rapport motivé', 'médecin-inspecteur social', 'force majeure médicale']) {
      expect(fr).toContain(term);
    }
    expect(fr).toContain('## Trajet informel (circulaire « omzendbrief re-integratie » du gouvernement flamand)');
    expect(fr).toContain("*Ce trajet s'applique au gouvernement flamand : aux membres du personnel des services de l'Autorité flamande (Vlaamse overheid)");
    expect(fr).toContain('| `formal.assessment` | conseiller en prévention-médecin du travail | Évaluation de réintégration par le conseiller en prévention-médecin du travail | obligation | 49 jours calendrier |');
    expect(fr).toContain('[Code du bien-être au travail, art. I.4-73]');
    // Interpretations in French too: no English quoted, nothing marked "(en anglais)".
    expect(fr).toContain("- Interprétation retenue `month-end-clamped` (A-3) : Un délai exprimé en mois prend fin le jour portant le même quantième autant de mois plus tard ;");
    expect(fr).toContain('- Interprétation retenue `first-conversation-held-not-planned` : L\'entretien avec le coach de retour (terugkeercoach) doit avoir lieu dans les 2 mois (conversation.held) ; le planifier ne suffit pas.');
    expect(fr).toContain('Le numéro d\'article (I.4-75) est l\'emplacement le plus connu de la règle dans le livre I, titre 4, chapitre VI du Code');
    expect(fr).not.toContain('en anglais');
    expect(fr).not.toContain('A term in months ends');
    // No Dutch or English scaffolding of the other pages.
    for (const word of ['Wie:', 'Who:', 'Legal basis', 'Rechtsgrond', 'Interpretation chosen', 'Codex welzijn op het werk']) expect(fr).not.toContain(word);
  });

  it('the registry holds exactly the rule ids of the contract', () => {
    expect([...RULE_IDS].sort()).toEqual([...SPEC_RULE_IDS].sort());
  });

  it.each(SPEC_RULE_IDS.map((id) => [id]))('the catalogue lists %s in Dutch, English and French with its article', (id) => {
    const rule = RULES.find((r) => r.id === id);
    expect(rule, `rule ${id} is in the registry`).toBeDefined();
    if (!rule) return;
    for (const lang of ['nl', 'en', 'fr'] as const) {
      const page = files[`docs/rules.${lang}.md`]!;
      expect(page).toContain(`### \`${id}\``);
      expect(page).toContain(rule.label[lang]);
      for (const c of rule.basis) if (c.article) expect(page).toContain(lang === 'fr' ? (ARTICLES_IN_FRENCH[c.article] ?? c.article) : c.article);
    }
  });
});
