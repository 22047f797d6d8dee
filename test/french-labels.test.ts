/**
 * Every label, message and word the library shows has a French text (issue 19): not empty, and not the English
 * copied over. Two checks:
 * - the tables the library exports (rules, actors, report figures and sections, reasons), read at run time, and
 *   the flags and deadlines of the bundled example cases;
 * - every language-keyed literal in the source (`{ nl, en, fr }` objects, and calls of helpers that take the
 *   texts as `(…, nl, en, fr)` arguments), found by parsing src/ and the docs generator with the TypeScript
 *   compiler, so that a table that is not exported (CLI words, ICS words, statuses) is checked too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import { figureLabel, LAYOUT, REASON_LABELS, SECTION_LABELS, WORDS } from '../src/reporting/labels.js';
import { SHORT_LABELS } from '../src/reporting/render/common.js';
import { RULES } from '../src/rules/registry.js';
import { ACTOR_NAMES, ACTORS, type Bilingual } from '../src/rules/types.js';

/**
 * French texts that are rightly the same as the English, each with its reason. Anything else equal to the English
 * is a label someone forgot to translate.
 */
const SAME_IN_FRENCH: ReadonlyMap<string, string> = new Map([
  ['Total', 'the same word in French'],
  ['Absence', 'the same word in French'],
  ['absent', 'the same word in French'],
  ['actions', 'the same word in French'],
  ['obligation', 'the same word in French'],
  ['VPS', 'the abbreviation of the Vlaams Personeelsstatuut, used as such in every language'],
  ['Omzendbrief', 'the short name of a Flemish text that exists in Dutch only'],
  ['AgO', 'the abbreviation of the Agentschap Overheidspersoneel, a Flemish agency without a French name'],
  ['… ', 'only the ellipsis that leads a breakdown row'],
]);

const lacksFrench = (b: { en: string; fr?: string }): string | undefined => {
  if (b.fr === undefined) return 'no French';
  if (b.fr.trim() === '') return 'French is empty';
  if (b.fr === b.en && !SAME_IN_FRENCH.has(b.fr)) return `French is the English: "${b.en}"`;
  return undefined;
};

const problems = (entries: Iterable<[string, Bilingual]>): string[] =>
  [...entries].flatMap(([where, b]) => {
    const p = lacksFrench(b);
    return p === undefined ? [] : [`${where}: ${p}`];
  });

describe('every label has French (issue 19)', () => {
  it('every rule: label, term and the fact it counts from', () => {
    expect(
      problems(RULES.flatMap((r) => [[`${r.id} label`, r.label], [`${r.id} term`, r.term], [`${r.id} countedFrom`, r.countedFrom]] as Array<[string, Bilingual]>)),
    ).toEqual([]);
  });

  it('every interpretation: the reading chosen and the readings not taken, the unverified article too', () => {
    const readings = RULES.flatMap((r) =>
      (r.interpretations ?? []).flatMap((i) => [
        [`${r.id} ${i.id} chosen`, i.chosen] as [string, Bilingual],
        ...(i.alternatives ?? []).map((a, n) => [`${r.id} ${i.id} alternative ${n + 1}`, a] as [string, Bilingual]),
      ]),
    );
    // Every rule of the formal trajectory names readings; a floor, so that an empty list cannot pass.
    expect(readings.length).toBeGreaterThan(100);
    expect(readings.some(([where]) => where.includes('article-number-unverified'))).toBe(true);
    expect(problems(readings)).toEqual([]);
    // The French reading is not the Dutch either.
    expect(readings.filter(([, b]) => b.fr === b.nl).map(([where]) => where)).toEqual([]);
  });

  it('every actor', () => {
    expect(problems(ACTORS.map((a) => [`actor ${a}`, ACTOR_NAMES[a]]))).toEqual([]);
  });

  it('every figure, section, reason, short label and word of the report', () => {
    const rows = Object.values(LAYOUT).flat();
    expect(problems(rows.flatMap((r) => (r.label ? [[`figure ${r.id}`, r.label] as [string, Bilingual]] : [])))).toEqual([]);
    expect(problems(Object.entries(SECTION_LABELS).map(([k, v]) => [`section ${k}`, v]))).toEqual([]);
    expect(problems(Object.entries(REASON_LABELS).map(([k, v]) => [`reason ${k}`, v]))).toEqual([]);
    expect(problems(Object.entries(SHORT_LABELS).map(([k, v]) => [`short label ${k}`, v]))).toEqual([]);
    expect(problems(Object.entries(WORDS).map(([k, v]) => [`report word ${k}`, v]))).toEqual([]);
    // The keyed figures are labelled from their code: a known code gets a French label, never the English.
    for (const id of ['formal.reports.byReason.no-adapted-work', 'forceMajeure.endedByReason.no-show', 'overdueAtAsOf.formal.assessment']) {
      expect(figureLabel(id, 'fr'), id).not.toBe(figureLabel(id, 'en'));
    }
  });

  it('every flag, deadline and action of the bundled examples, and a premature request and a late appeal', () => {
    const index = JSON.parse(readFileSync('examples/index.json', 'utf8')) as Array<{ file: string; asOf: string; options?: object }>;
    const runs = index.map((x) => evaluate(JSON.parse(readFileSync(join('examples', x.file), 'utf8')), { asOf: x.asOf, ...x.options }));
    runs.push(
      evaluate(
        {
          caseId: 'late-appeal',
          events: [
            { id: 'a', type: 'absence.started', date: '2025-01-06', cause: 'illness' },
            { id: 'r', type: 'formal.requested', date: '2025-01-20', initiator: 'employer' },
            { id: 'd', type: 'formal.assessed', date: '2025-02-10', decision: 'B', receivedByEmployer: '2025-02-12', receivedByWorker: '2025-02-12' },
            { id: 'p', type: 'formal.appeal-lodged', date: '2025-03-20' },
          ],
        },
        { asOf: '2025-04-01' },
      ),
    );
    const flags = runs.flatMap((ev) => ev.flags.map((f) => [`${ev.caseId} flag ${f.code}${f.reason ? ` (${f.reason})` : ''}`, f.message] as [string, Bilingual]));
    // The examples raise escalations, overdue and due-soon flags and warnings of every track.
    expect(new Set(runs.flatMap((ev) => ev.flags.map((f) => f.code))).size).toBeGreaterThanOrEqual(5);
    expect(problems(flags)).toEqual([]);
    expect(problems(runs.flatMap((ev) => ev.deadlines.map((d) => [`${ev.caseId} ${d.rule}`, d.label] as [string, Bilingual])))).toEqual([]);
  });
});

// ---- Every language-keyed literal in the source --------------------------------------------------------------

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** The source that shows text to a reader: the library, the CLI and the generator of the catalogue pages. */
const SOURCES = [...files('src'), join('scripts', 'docs.ts')];

type Found = { where: string; en?: string; fr?: string; missing?: true };

const propName = (p: ts.ObjectLiteralElementLike): string | undefined =>
  (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
    ? p.name.text
    : undefined;

/** The text of a string or template literal, `${…}` parts kept as written; undefined for other expressions. */
function literalText(e: ts.Expression, sf: ts.SourceFile): string | undefined {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.getText(sf).slice(1, -1);
  if (ts.isArrayLiteralExpression(e) || ts.isParenthesizedExpression(e) || ts.isBinaryExpression(e)) return e.getText(sf);
  return undefined;
}

function scan(file: string): Found[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  // Helpers that take the texts as arguments, e.g. `head(id, nl, en, fr)`: name -> index of en and fr.
  const helpers = new Map<string, { en: number; fr: number }>();
  const visitHelpers = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))) {
      const names = n.initializer.parameters.map((p) => p.name.getText(sf));
      if (names.includes('nl') && names.includes('en')) helpers.set(n.name.text, { en: names.indexOf('en'), fr: names.indexOf('fr') });
    }
    if (ts.isFunctionDeclaration(n) && n.name) {
      const names = n.parameters.map((p) => p.name.getText(sf));
      if (names.includes('nl') && names.includes('en')) helpers.set(n.name.text, { en: names.indexOf('en'), fr: names.indexOf('fr') });
    }
    ts.forEachChild(n, visitHelpers);
  };
  visitHelpers(sf);
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n)) {
      const byName = new Map(n.properties.map((p) => [propName(p), p] as const));
      const en = byName.get('en');
      const nl = byName.get('nl');
      if (en && nl && ts.isPropertyAssignment(en)) {
        const fr = byName.get('fr');
        if (!fr) found.push({ where: at(n), missing: true });
        else if (ts.isPropertyAssignment(fr)) {
          const enText = literalText(en.initializer, sf);
          const frText = literalText(fr.initializer, sf);
          if (enText !== undefined || frText !== undefined) {
            found.push({ where: at(n), ...(enText !== undefined ? { en: enText } : {}), ...(frText !== undefined ? { fr: frText } : {}) });
          }
        }
      }
    }
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      const h = helpers.get(n.expression.text);
      if (h) {
        const en = n.arguments[h.en];
        const fr = h.fr >= 0 ? n.arguments[h.fr] : undefined;
        if (!fr) found.push({ where: at(n), missing: true });
        else if (en) {
          const enText = literalText(en, sf);
          const frText = literalText(fr, sf);
          if (enText !== undefined || frText !== undefined) {
            found.push({ where: at(n), ...(enText !== undefined ? { en: enText } : {}), ...(frText !== undefined ? { fr: frText } : {}) });
          }
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('every language-keyed text in the source has French (issue 19)', () => {
  const found = SOURCES.flatMap(scan);

  it('the scan finds the tables (rules, actors, statuses, CLI, report, worklist, ICS, catalogue words)', () => {
    // A floor, not an exact count: a new table only adds to it. Far fewer means the scan stopped seeing them.
    expect(found.length).toBeGreaterThan(300);
    for (const dir of ['src/cli/', 'src/reporting/', 'src/case/', 'src/formal/', 'src/informal/', 'src/health/', 'src/force-majeure/', 'src/statutory/', 'src/rules/', 'scripts/']) {
      expect(found.some((f) => f.where.startsWith(dir)), dir).toBe(true);
    }
  });

  it('no text in Dutch and English lacks its French, is empty, or copies the English', () => {
    const bad = found.flatMap((f) => {
      if (f.missing) return [`${f.where}: no French`];
      if (f.fr !== undefined && f.fr.trim() === '') return [`${f.where}: French is empty`];
      if (f.fr !== undefined && f.fr === f.en && !SAME_IN_FRENCH.has(f.fr)) return [`${f.where}: French is the English: ${f.en}`];
      return [];
    });
    expect(bad).toEqual([]);
  });
});
