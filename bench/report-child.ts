/**
 * The 1,000,000-case report, in its own process so that its peak RSS is its own (not the parent's population):
 * `buildReport` over cases streamed one at a time from the generator, never materialised.
 *
 * Usage: `node --import tsx bench/report-child.ts [--cases N] [--seed S] [--seconds S] [--code URL]`, where
 * `--code` names an esbuild bundle of `report-entry.ts` (run.ts builds it; without it the sources run through
 * tsx). Prints one JSON line on stdout:
 * `{ cases, complete, events, seconds, casesPerSecond, generatorSeconds, peakRssMb, baselineRssMb, ... }`.
 *
 * `--seconds S` (0 = no limit) stops the stream after S seconds, so that `npm run bench` keeps to its time budget
 * when the library is slow; the result then says `complete: false` and how many cases were reported on.
 */
export {};

type Code = typeof import('./report-entry.js');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} needs a positive integer`);
  return v;
}

const n = arg('--cases', 1_000_000);
const seed = arg('--seed', 42);
const budgetIdx = process.argv.indexOf('--seconds');
const budgetMs = budgetIdx < 0 ? 0 : Number(process.argv[budgetIdx + 1]) * 1000;

const codeIdx = process.argv.indexOf('--code');
const { AS_OF, buildReport, caseRng, cases, generateCase, REPORT_FROM, REPORT_TO } = (await import(
  codeIdx < 0 ? './report-entry.js' : process.argv[codeIdx + 1]!
)) as Code;
/** RSS once the code is loaded (node, tsx, the library), before the first case: the floor under the peak. */
const baselineRssMb = process.memoryUsage().rss / 2 ** 20;

/** Counts the cases and events as they stream past; stops at the time budget. */
let events = 0;
let done = 0;
let t0 = 0;
function* counted(): Generator<unknown, void, undefined> {
  for (const c of cases(n, seed)) {
    if (budgetMs > 0 && (done & 1023) === 0 && performance.now() - t0 > budgetMs) return;
    events += c.events.length;
    done++;
    yield c;
  }
}

t0 = performance.now();
const report = buildReport(counted(), { from: REPORT_FROM, to: REPORT_TO, asOf: AS_OF, groupBy: 'entity' });
const seconds = (performance.now() - t0) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// The generator's own share of the time, measured afterwards on a sample (it does not raise the peak RSS).
const sample = Math.min(done, 100_000);
const g0 = performance.now();
let sink = 0;
for (let i = 0; i < sample; i++) sink += generateCase(i, caseRng(i, seed)).events.length;
const generatorSeconds = ((performance.now() - g0) / 1000) * (done / Math.max(1, sample));

const total = report.total;
process.stdout.write(
  `${JSON.stringify({
    cases: done,
    requested: n,
    complete: done === n,
    events,
    seconds,
    casesPerSecond: done / seconds,
    generatorSeconds,
    casesPerSecondExcludingGenerator: done / Math.max(1e-9, seconds - generatorSeconds),
    peakRssMb,
    baselineRssMb,
    groups: Object.keys(report.groups).length,
    check: {
      episodesStarted: total.informal.episodesStarted,
      formalRequested: total.formal.requested.total,
      decisions: total.formal.decisions,
      sink: sink > 0,
    },
  })}\n`,
);
