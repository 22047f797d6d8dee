/* The command-line interface (SPEC section 9). The only part of the package that uses Node APIs and the clock. */
import { readFileSync } from 'node:fs';
import { evaluate } from '../evaluate.js';
import { RULES } from '../rules/registry.js';
import { colon, LANGS, type Bilingual } from '../rules/types.js';
import { LIBRARY_VERSION, RULES_VERSION } from '../version.js';
import { parsePlainDate, fromDayNumber } from '../calendar/index.js';
import { renderMermaidGantt } from './mermaid.js';
import { citationShort } from '../rules/sources.js';
import { renderTimeline, timelineEvents, type Lang } from './timeline.js';
import { runReport } from './report.js';
import { runAgenda } from './agenda.js';
import { evaluationToIcs } from '../reporting/ics.js';
import { CliError } from './errors.js';

export { CliError };


const USAGE = `reintegratie ${LIBRARY_VERSION} (rules ${RULES_VERSION})

Usage:
  reintegratie evaluate <case.json> [--as-of YYYY-MM-DD] [--format text|json|mermaid|ics] [--lang nl|en|fr]
                        [--headcount N] [--rollover none|next-working-day] [--lenient]
  reintegratie report <cases.json|cases.ndjson> --from YYYY-MM-DD --to YYYY-MM-DD
                        [--as-of YYYY-MM-DD] [--group-by entity|none] [--format md|csv|json|html]
                        [--lang nl|en|fr] [--min-cell-size N]
  reintegratie agenda <cases.json|cases.ndjson> [--as-of YYYY-MM-DD] [--within 14] [--actor a,b]
                        [--entity e,f] [--format text|json|csv|ics] [--lang nl|en|fr]
  reintegratie rules [--lang nl|en|fr] [--format text|json]
  reintegratie --version | --help
`;

type Args = { positional: string[]; flags: Map<string, string | true> };

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags.set(a.slice(2), argv[++i]!);
      else flags.set(a.slice(2), true);
    } else positional.push(a);
  }
  return { positional, flags };
}

const flag = (args: Args, name: string): string | undefined => {
  const v = args.flags.get(name);
  if (v === true) throw new CliError(`--${name} needs a value`);
  return v;
};

function oneOf<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  const v = flag(args, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

function dateFlag(args: Args, name: string): string | undefined {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  const r = parsePlainDate(v);
  if (!r.success) throw new CliError(`--${name}: ${r.error.message}`);
  return r.data;
}

/** Today in the machine's local calendar: the CLI's default `asOf` (the library itself never reads the clock). */
function today(): string {
  const now = new Date();
  const utcDays = Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / 86_400_000);
  return fromDayNumber(utcDays);
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

function cmdEvaluate(args: Args, out: (s: string) => void): number {
  const file = args.positional[1];
  if (!file) throw new CliError('evaluate: name the case file, e.g. reintegratie evaluate case.json');
  const asOf = dateFlag(args, 'as-of') ?? today();
  const format = oneOf(args, 'format', ['text', 'json', 'mermaid', 'ics'] as const, 'text');
  const lang = oneOf(args, 'lang', LANGS, 'nl');
  const rollover = oneOf(args, 'rollover', ['none', 'next-working-day'] as const, 'none');
  const headcountText = flag(args, 'headcount');
  const headcount = headcountText === undefined ? undefined : Number(headcountText);
  if (headcount !== undefined && (!Number.isInteger(headcount) || headcount < 0)) {
    throw new CliError(`--headcount must be a whole number (got "${headcountText}")`);
  }
  const input = readJsonFile(file);
  const result = evaluate(input, {
    asOf,
    rollover,
    ...(headcount !== undefined ? { employerHeadcount: headcount } : {}),
  });
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 && args.flags.get('lenient') !== true) {
    throw new CliError(errors.map((i) => `${file}: ${i.message}`).join('\n'));
  }
  if (format === 'json') out(JSON.stringify(result, null, 2));
  else if (format === 'mermaid') out(renderMermaidGantt(result, lang));
  else if (format === 'ics') out(evaluationToIcs(result, lang).replace(/\n$/, '') /* out() adds the final LF of the CRLF */);
  else out(renderTimeline(result, timelineEvents(input, asOf), lang));
  return 0;
}

/** The words of `reintegratie rules`. */
const RULE_WORDS = {
  term: { nl: 'termijn', en: 'term', fr: 'délai' },
  from: { nl: 'vanaf', en: 'from', fr: 'à compter de' },
  basis: { nl: 'grondslag', en: 'basis', fr: 'base juridique' },
  regime: { nl: 'regime', en: 'regime', fr: 'régime' },
  interpretation: { nl: 'interpretatie', en: 'interpretation', fr: 'interprétation' },
} as const satisfies Record<string, Bilingual>;

function cmdRules(args: Args, out: (s: string) => void): number {
  const lang: Lang = oneOf(args, 'lang', LANGS, 'nl');
  const format = oneOf(args, 'format', ['text', 'json'] as const, 'text');
  if (format === 'json') {
    out(JSON.stringify(RULES, null, 2));
    return 0;
  }
  for (const r of RULES) {
    out(`${r.id}  (${r.actor}, ${r.kind})`);
    out(`  ${r.label[lang]}`);
    out(`  ${RULE_WORDS.term[lang]}${colon(lang)}${r.term[lang]} · ${RULE_WORDS.from[lang]}${colon(lang)}${r.countedFrom[lang]}`);
    if (r.regimes) out(`  ${RULE_WORDS.regime[lang]}${colon(lang)}${r.regimes.join(', ')}`);
    out(`  ${RULE_WORDS.basis[lang]}${colon(lang)}${r.basis.map((c) => citationShort(c, lang)).join('; ')}`);
    for (const i of r.interpretations ?? []) out(`  ${RULE_WORDS.interpretation[lang]} ${i.id}${colon(lang)}${i.chosen[lang]}`);
    out('');
  }
  return 0;
}

/** Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it. */
export async function main(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): Promise<number> {
  try {
    const args = parseArgs(argv);
    const cmd = args.positional[0];
    if (args.flags.has('version')) {
      out(`reintegratie ${LIBRARY_VERSION} (rules ${RULES_VERSION})`);
      return 0;
    }
    if (cmd === undefined || cmd === 'help' || args.flags.has('help')) {
      out(USAGE);
      return cmd === undefined && !args.flags.has('help') ? 1 : 0;
    }
    switch (cmd) {
      case 'evaluate':
        return cmdEvaluate(args, out);
      case 'rules':
        return cmdRules(args, out);
      case 'report':
        return await runReport(args.positional[1], {
          from: dateFlag(args, 'from'),
          to: dateFlag(args, 'to'),
          asOf: dateFlag(args, 'as-of'),
          groupBy: oneOf(args, 'group-by', ['entity', 'none'] as const, 'entity'),
          format: oneOf(args, 'format', ['md', 'csv', 'json', 'html'] as const, 'md'),
          lang: oneOf(args, 'lang', LANGS, 'nl'),
          minCellSize: flag(args, 'min-cell-size'),
        }, out, err);
      case 'agenda':
        return await runAgenda(args.positional[1], {
          asOf: dateFlag(args, 'as-of') ?? today(),
          within: flag(args, 'within'),
          actor: flag(args, 'actor'),
          entity: flag(args, 'entity'),
          format: oneOf(args, 'format', ['text', 'json', 'csv', 'ics'] as const, 'text'),
          lang: oneOf(args, 'lang', LANGS, 'nl'),
          // Progress only for a person watching: quiet when stderr is not a terminal (pipes, CI, files).
          progress: process.stderr.isTTY ? (line) => process.stderr.write(line) : undefined,
        }, out, err);
      default:
        throw new CliError(`unknown command "${cmd}"\n\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof CliError) {
      err(`reintegratie: ${e.message}`);
      return 1;
    }
    // A bug, not bad input: still no stack trace for the user, but say so.
    err(`reintegratie: internal error: ${(e as Error)?.message ?? String(e)} (please report this)`);
    return 2;
  }
}
