import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { AgendaBuilder, agendaToIcs, parseCases, renderAgendaCsv, renderAgendaText, type InvalidCase } from '../reporting/index.js';
import { ACTORS, type Actor, type Lang } from '../rules/types.js';
import { CliError } from './errors.js';

export type AgendaCliOptions = {
  asOf: string;
  within: string | undefined;
  actor: string | undefined;
  entity: string | undefined;
  format: 'text' | 'json' | 'csv' | 'ics';
  lang: Lang;
  /** Where progress goes (a TTY's stderr), or undefined for none. */
  progress?: ((line: string) => void) | undefined;
};

/** Progress is written every this many cases. */
const PROGRESS_EVERY = 10_000;

/** A comma-separated flag value (`--actor manager,employer`). */
const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter((s) => s.length > 0));

/**
 * `reintegratie agenda <file> --as-of D`: streams a JSON array or NDJSON file of cases (never holding all of them),
 * evaluates each at `asOf` and prints every action overdue or due within `--within` days, by actor and entity.
 * Skipped records are listed on stderr.
 */
export async function runAgenda(file: string | undefined, opts: AgendaCliOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (!file) throw new CliError('agenda: name the cases file (a JSON array or NDJSON), e.g. reintegratie agenda cases.ndjson --as-of 2025-05-05');
  const within = opts.within === undefined ? undefined : Number(opts.within);
  if (within !== undefined && (!Number.isInteger(within) || within < 0 || within > 3660)) {
    throw new CliError(`--within must be a whole number of days from 0 to 3660 (got "${opts.within}")`);
  }
  const actors = list(opts.actor);
  for (const a of actors ?? []) {
    if (!(ACTORS as readonly string[]).includes(a)) throw new CliError(`--actor: unknown actor "${a}" (one of ${ACTORS.join(', ')})`);
  }
  try {
    await access(file);
  } catch {
    throw new CliError(`${file}: cannot read the file`);
  }
  const invalid: InvalidCase[] = [];
  const builder = new AgendaBuilder({
    asOf: opts.asOf,
    within,
    actor: actors as Actor[] | undefined,
    entity: list(opts.entity),
    onInvalid: (i) => invalid.push(i),
  });
  let n = 0;
  for await (const record of parseCases(createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>)) {
    builder.add(record);
    if (++n % PROGRESS_EVERY === 0) opts.progress?.(`\r${n.toLocaleString('en-US')} cases read`);
  }
  if (n >= PROGRESS_EVERY) opts.progress?.(`\r${n.toLocaleString('en-US')} cases read\n`);
  for (const i of invalid.slice(0, 50)) {
    const where = i.line !== undefined ? `line ${i.line}` : `record ${i.index}`;
    err(`${file}: ${where}${i.caseId ? ` (case "${i.caseId}")` : ''}: skipped: ${i.issues.map((x) => x.message).join('; ')}`);
  }
  if (invalid.length > 50) err(`${file}: ... and ${invalid.length - 50} more skipped records`);
  const result = builder.agenda();
  if (opts.format === 'json') out(JSON.stringify(result, null, 2));
  else if (opts.format === 'csv') out(renderAgendaCsv(result, opts.lang).trimEnd());
  else if (opts.format === 'ics') out(agendaToIcs(result, opts.lang).replace(/\n$/, '') /* out() adds the final LF of the CRLF */);
  else out(renderAgendaText(result, opts.lang));
  return 0;
}
