import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import {
  buildReportAsync,
  parseCases,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  type InvalidCase,
} from '../reporting/index.js';
import type { Lang } from '../rules/types.js';
import { CliError } from './errors.js';

export type ReportCliOptions = {
  from: string | undefined;
  to: string | undefined;
  asOf: string | undefined;
  groupBy: 'entity' | 'none';
  format: 'md' | 'csv' | 'json' | 'html';
  lang: Lang;
  minCellSize: string | undefined;
  headcount?: number | undefined;
};

/**
 * `reintegratie report <file> --from --to`: streams a JSON array or NDJSON file (never holding all cases in
 * memory), builds the report and prints it. Records that are not valid cases are counted in the report and
 * listed on stderr (file and line), without stopping the report.
 */
export async function runReport(
  file: string | undefined,
  opts: ReportCliOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  if (!file) throw new CliError('report: name the cases file (a JSON array or NDJSON), e.g. reintegratie report cases.ndjson --from 2025-01-01 --to 2025-12-31');
  if (!opts.from || !opts.to) throw new CliError('report: --from YYYY-MM-DD and --to YYYY-MM-DD are required');
  if (opts.from > opts.to) throw new CliError(`report: --from ${opts.from} is after --to ${opts.to}`);
  let minCellSize: number | undefined;
  if (opts.minCellSize !== undefined) {
    minCellSize = Number(opts.minCellSize);
    if (!Number.isInteger(minCellSize) || minCellSize < 1) throw new CliError(`--min-cell-size must be a whole number >= 1 (got "${opts.minCellSize}")`);
  }
  try {
    await access(file);
  } catch {
    throw new CliError(`${file}: cannot read the file`);
  }
  const invalid: InvalidCase[] = [];
  const report = await buildReportAsync(parseCases(createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>), {
    from: opts.from,
    to: opts.to,
    asOf: opts.asOf,
    groupBy: opts.groupBy,
    evaluateOptions: opts.headcount !== undefined ? { employerHeadcount: opts.headcount } : {},
    onInvalid: (i) => invalid.push(i),
  });
  for (const i of invalid.slice(0, 50)) {
    const where = i.line !== undefined ? `line ${i.line}` : `record ${i.index}`;
    err(`${file}: ${where}${i.caseId ? ` (case "${i.caseId}")` : ''}: skipped: ${i.issues.map((x) => x.message).join('; ')}`);
  }
  if (invalid.length > 50) err(`${file}: ... and ${invalid.length - 50} more skipped records`);
  const render = { minCellSize, lang: opts.lang };
  switch (opts.format) {
    case 'json':
      out(renderJson(report));
      break;
    case 'csv':
      out(renderCsv(report, { minCellSize }));
      break;
    case 'html':
      out(renderHtml(report, render));
      break;
    case 'md':
      out(renderMarkdown(report, render));
      break;
  }
  return 0;
}
