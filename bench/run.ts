/**
 * `npm run bench`: the speed and the limits of the library, measured side by side in one run.
 *
 * - `evaluate` (every output derived), the `evaluate` of an earlier commit (`--previous REF`, default the last
 *   commit before the core rewrite of issue 17: the one-process A/B), an XState v5 machine of the same transitions
 *   driven by its pure `transition()`, and a bare switch reducer (the floor), over the same event streams of one
 *   synthetic population;
 * - `buildReport` over 1,000,000 cases streamed from the generator, in a child process (its own peak RSS);
 * - the gzip size of a minified bundle of `import { evaluate } from 'reintegratie'` with its dependencies.
 *
 * The contenders run from an esbuild bundle of the sources (`bench/.build/`), i.e. the code as a bundler ships
 * it, not as tsx transforms it for development (tsx keeps function names with a wrapper per closure, which costs
 * `evaluate` about a third of its speed); `--tsx` measures the sources through tsx instead.
 *
 * Each round measures `evaluate` and the floor back to back, then XState. The rates are the medians of the
 * rounds and the headline ratios theirs (as in the JSON line); the medians of the per-round ratios, in which the
 * drift of a shared machine between rounds largely cancels out, are printed next to them.
 *
 * Options: `--json` (end with one JSON line), `--cases N` (population size, default 5,000), `--rounds N` (default 9),
 * `--report-cases N` (default 1,000,000; 0 skips the report), `--report-seconds S` (time budget of the report,
 * default 140; 0 = none), `--seed S`, `--tsx`, `--previous REF` (a git ref; `none` skips the A/B).
 *
 * Benchmarks are not tests: nothing here fails the build; the targets are printed next to the figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { v8RewritesPlugin } from '../scripts/v8-rewrites.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(name);
function num(name: string, fallback: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    process.stderr.write(`bench: ${name} needs a non-negative integer\n`);
    process.exit(2);
  }
  return v;
}
const JSON_OUT = flag('--json');
const CASES = num('--cases', 5_000);
const ROUNDS = Math.max(1, num('--rounds', 9));
const REPORT_CASES = num('--report-cases', 1_000_000);
const REPORT_SECONDS = num('--report-seconds', 140);
const SEED = num('--seed', 42);
const VIA_TSX = flag('--tsx');
/** The commit whose `evaluate` runs next to today's: the last one before the core rewrite (issue 17). */
const PREVIOUS = (() => {
  const i = argv.indexOf('--previous');
  return i >= 0 ? (argv[i + 1] ?? 'none') : '0137013';
})();
const BUILD_DIR = join(ROOT, 'bench/.build');
/** A round of a fast contender repeats full passes over the population for at least this long. */
const MIN_ROUND_MS = 400;
/**
 * The warm-up of a fast contender: full passes for at least this long before its first measured round. One
 * round of 400 ms was too short for `evaluate`: V8 was still optimising and deoptimising its code ("wrong map"
 * bailouts as rarer shapes reach functions optimised on early feedback) in the first measured rounds, which ran
 * at half speed (`node --trace-deopt`: 18 bailouts after a 400 ms warm-up, none after 2 s; bench/README.md).
 */
const WARM_UP_MS = 2_000;

const log = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------------------

/** Bundles `entry` for node (not minified) into bench/.build and returns the file's URL. */
async function bundled(entry: string, out: string): Promise<string> {
  const outfile = join(BUILD_DIR, out);
  await build({ entryPoints: [join(ROOT, entry)], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning', plugins: [v8RewritesPlugin] });
  return pathToFileURL(outfile).href;
}

/**
 * The `evaluate` of commit `ref`: its `src` (git archive) bundled like today's; undefined when the ref is not in
 * this clone (e.g. a shallow CI clone).
 */
async function previousEvaluate(ref: string): Promise<Contenders['evaluate'] | undefined> {
  if (ref === 'none') return undefined;
  const dir = join(BUILD_DIR, 'previous');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, 'src'], { cwd: ROOT, maxBuffer: 64 * 2 ** 20 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } catch {
    return undefined;
  }
  const outfile = join(BUILD_DIR, 'previous.mjs');
  await build({ entryPoints: [join(dir, 'src/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  return ((await import(pathToFileURL(outfile).href)) as Pick<Contenders, 'evaluate'>).evaluate;
}

type Contenders = typeof import('./contenders.js');
const { evaluate, eventSchemas, runXState, runBaseline, AS_OF, population } = (await import(
  VIA_TSX ? './contenders.js' : await bundled('bench/contenders.ts', 'contenders.mjs')
)) as Contenders;

const previous = await previousEvaluate(PREVIOUS);

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model.trim() ?? 'unknown',
  cores: cpu.length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
log(
  `reintegratie benchmarks: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; ` +
    `code ${VIA_TSX ? 'through tsx (--tsx)' : 'bundled by esbuild (as shipped)'}`,
);
const loadAtStart = loadavg()[0]!;
if (loadAtStart > machine.cores) {
  log(`note: load average ${loadAtStart.toFixed(1)} on ${machine.cores} cores: other work competes for the CPU, figures will be noisy`);
}
/**
 * The CPUs this process may run on (Linux), e.g. `0-1`. On the shared 2-core VM of December 2026 the two cores
 * differed in speed by 1.85x (`evaluate` 47 against 87 µs a case, pinned with `taskset -c 0` / `-c 1`), so an
 * unpinned run mixed rounds of both: spreads of ±15-45 % and ratios from 9.5x to 15x. Pinned: ±1-5 % (bench/README.md).
 */
const allowedCpus = (() => {
  try {
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
})();
if (allowedCpus !== undefined && /[-,]/.test(allowedCpus)) {
  log(`note: not pinned to one core (CPUs ${allowedCpus}); on a shared VM the cores may differ in speed: for stable figures run \`taskset -c 0 npm run bench\``);
}

// ---------------------------------------------------------------------------------------------------------
// The population
// ---------------------------------------------------------------------------------------------------------

const g0 = performance.now();
const pop = population(CASES, SEED);
let totalEvents = 0;
for (const c of pop) totalEvents += c.events.length;
log(
  `population: ${fmt(CASES)} cases, ${fmt(totalEvents)} events (${(totalEvents / CASES).toFixed(1)} per case), seed ${SEED}, asOf ${AS_OF}` +
    ` (generated in ${((performance.now() - g0) / 1000).toFixed(1)} s)`,
);

// ---------------------------------------------------------------------------------------------------------
// Contenders
// ---------------------------------------------------------------------------------------------------------

/** Results are folded into a sink so that no work can be optimised away. */
let sink = 0;
const options = { asOf: AS_OF };

type Contender = {
  name: 'evaluate' | 'previous' | 'zod' | 'xstate' | 'baseline';
  label: string;
  pass: () => void;
  /** Each round repeats full passes over the population for at least this long. */
  minRoundMs: number;
  /** At most this many rounds (XState: one pass takes seconds). */
  maxRounds: number;
};

const contenders: Contender[] = [
  {
    name: 'evaluate',
    label: 'evaluate(case, { asOf }): all outputs derived',
    minRoundMs: MIN_ROUND_MS,
    maxRounds: ROUNDS,
    pass: () => {
      for (let i = 0; i < pop.length; i++) {
        const r = evaluate(pop[i]!, options);
        sink += r.deadlines.length + r.flags.length + r.actions.length;
      }
    },
  },
  ...(previous === undefined
    ? []
    : [
        {
          name: 'previous' as const,
          label: `evaluate of ${PREVIOUS} (the A/B)`,
          minRoundMs: MIN_ROUND_MS,
          maxRounds: ROUNDS,
          pass: () => {
            for (let i = 0; i < pop.length; i++) {
              const r = previous(pop[i]!, options);
              sink += r.deadlines.length + r.flags.length + r.actions.length;
            }
          },
        },
      ]),
  {
    // The floor of validation by the zod schemas (issue 17): each event's own schema, `safeParse`, nothing else.
    name: 'zod',
    label: 'zod safeParse of each event alone (no outputs)',
    minRoundMs: MIN_ROUND_MS,
    maxRounds: ROUNDS,
    pass: () => {
      for (let i = 0; i < pop.length; i++) {
        for (const e of pop[i]!.events as { type: keyof typeof eventSchemas }[]) if (eventSchemas[e.type].safeParse(e).success) sink++;
      }
    },
  },
  {
    name: 'xstate',
    label: 'XState v5 machine, pure transition()',
    // One pass per round is long enough, and three rounds: more would push the run past its time budget.
    minRoundMs: 0,
    maxRounds: Math.min(ROUNDS, 3),
    pass: () => {
      for (let i = 0; i < pop.length; i++) sink += runXState(pop[i]!.events).context.trajectories.length;
    },
  },
  {
    name: 'baseline',
    label: 'bare switch reducer, states only (floor)',
    minRoundMs: MIN_ROUND_MS,
    maxRounds: ROUNDS,
    pass: () => {
      for (let i = 0; i < pop.length; i++) sink += runBaseline(pop[i]!.events).trajectories;
    },
  },
];

/** One round: full passes until `minRoundMs` has elapsed; returns events per second. */
function round(c: Contender): number {
  let passes = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    c.pass();
    passes++;
    elapsed = performance.now() - t0;
  } while (elapsed < c.minRoundMs);
  return (passes * totalEvents) / (elapsed / 1000);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// Warm-up: every contender until its code is optimised and stable (the fast ones for `WARM_UP_MS`, XState for
// one pass, which takes seconds), then the rounds, interleaved so that all three see the same machine state
// (thermal, GC, other load) as far as possible.
const w0 = performance.now();
for (const c of contenders) round(c.minRoundMs > 0 ? { ...c, minRoundMs: WARM_UP_MS } : c);
log(`warm-up: ${((performance.now() - w0) / 1000).toFixed(1)} s; median of ${ROUNDS} rounds (XState ${Math.min(ROUNDS, 3)})`);
const samples = new Map<Contender['name'], number[]>(contenders.map((c) => [c.name, []]));
// Each round measures evaluate and the floor back to back, then XState, so that the two rates whose ratio is
// the tightest target see the same machine state as far as possible (see also `pairedRatio`).
const ROUND_ORDER: readonly Contender['name'][] = ['evaluate', 'previous', 'zod', 'baseline', 'xstate'];
for (let r = 0; r < ROUNDS; r++) {
  for (const name of ROUND_ORDER) {
    const c = contenders.find((x) => x.name === name);
    if (c === undefined || r >= c.maxRounds) continue;
    samples.get(c.name)!.push(round(c));
  }
}
const rate = (name: Contender['name']): number => median(samples.get(name)!);
/** The median over the rounds of `a`'s rate divided by `b`'s in the same round (rounds both have). */
const pairedRatio = (a: Contender['name'], b: Contender['name']): number => {
  const as = samples.get(a)!;
  const bs = samples.get(b)!;
  const n = Math.min(as.length, bs.length);
  return median(as.slice(0, n).map((x, i) => x / bs[i]!));
};
const spread = (name: Contender['name']): string => {
  const xs = samples.get(name)!;
  const m = median(xs);
  return `±${((100 * (Math.max(...xs) - Math.min(...xs))) / 2 / m).toFixed(0)}%`;
};

// ---------------------------------------------------------------------------------------------------------
// Bundle size
// ---------------------------------------------------------------------------------------------------------

async function bundleSize(): Promise<{ minifiedBytes: number; gzipBytes: number; inputs: { path: string; bytes: number }[] }> {
  const result = await build({
    stdin: { contents: "export { evaluate } from './src/index.ts'", resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [v8RewritesPlugin],
  });
  const code = result.outputFiles[0]!.contents;
  const out = Object.values(result.metafile.outputs)[0]!;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = m ? m[1]! : path.startsWith('src/') ? `src/${path.split('/')[1]}` : path;
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return {
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    inputs: [...byPackage].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
const bundle = await bundleSize();

// ---------------------------------------------------------------------------------------------------------
// The 1,000,000-case report (child process)
// ---------------------------------------------------------------------------------------------------------

type ChildResult = {
  cases: number;
  requested: number;
  complete: boolean;
  baselineRssMb: number;
  events: number;
  seconds: number;
  casesPerSecond: number;
  generatorSeconds: number;
  casesPerSecondExcludingGenerator: number;
  peakRssMb: number;
};

async function runReport(): Promise<ChildResult | { skipped: string }> {
  if (REPORT_CASES === 0) return { skipped: '--report-cases 0' };
  if (!existsSync(join(ROOT, 'src/reporting/index.ts'))) return { skipped: 'src/reporting/index.ts does not exist yet' };
  // Built here, so that the child's RSS holds no bundler: it only imports the result.
  const code = VIA_TSX ? [] : ['--code', await bundled('bench/report-entry.ts', 'report.mjs')];
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'bench/report-child.ts'),
      '--cases',
      String(REPORT_CASES),
      '--seed',
      String(SEED),
      '--seconds',
      String(REPORT_SECONDS),
      ...code,
    ],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 2 ** 20 },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    return { skipped: `report child failed (exit ${child.status}): ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' | ')}` };
  }
  return JSON.parse(last) as ChildResult;
}
const report = await runReport();

// ---------------------------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------------------------

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);
const mark = (ok: boolean): string => (ok ? 'holds' : 'MISSED');

const ev = rate('evaluate');
const xs = rate('xstate');
const bl = rate('baseline');
// The headline ratios are those of the JSON line's rates (the medians); the medians of the per-round ratios
// are printed next to them, as a check on the machine's drift.
const vsXState = ev / xs;
const vsBaseline = bl / ev;
const vsPrevious = previous === undefined ? undefined : ev / rate('previous');

log();
log(`${pad('contender', 48)} ${lpad('events/s', 14)} ${lpad('spread', 7)} ${lpad('µs/case', 9)}`);
log(`${'-'.repeat(48)} ${'-'.repeat(14)} ${'-'.repeat(7)} ${'-'.repeat(9)}`);
for (const c of contenders) {
  const r = rate(c.name);
  log(`${pad(c.label, 48)} ${lpad(fmt(r), 14)} ${lpad(spread(c.name), 7)} ${lpad(fmt((1e6 * totalEvents) / CASES / r, 1), 9)}`);
}
log();
log(
  `ratios (the headline; the median of the per-round ratios: ${fmt(pairedRatio('evaluate', 'xstate'), 1)}x and ` +
    `${fmt(pairedRatio('baseline', 'evaluate'), 1)}x):`,
);
log(`  evaluate / xstate     ${lpad(`${fmt(vsXState, 1)}x`, 9)}   target >= 20x          ${mark(vsXState >= 20)}`);
if (vsPrevious === undefined) log(`  evaluate / previous   skipped (${PREVIOUS === 'none' ? '--previous none' : `${PREVIOUS} is not in this clone`})`);
else {
  log(
    `  evaluate / previous   ${lpad(`${fmt(vsPrevious, 2)}x`, 9)}   target >= 0.6x         ${mark(vsPrevious >= 0.6)}` +
      `   (per round: ${fmt(pairedRatio('evaluate', 'previous'), 2)}x; previous = ${PREVIOUS})`,
  );
}
log(`  baseline / evaluate   ${lpad(`${fmt(vsBaseline, 1)}x`, 9)}   (the floor: states only, no outputs; no target)`);
if (vsPrevious !== undefined) {
  // What validation by zod alone leaves of the 0.6x budget: zod's rate over the previous evaluate's.
  log(`  zod alone / previous  ${lpad(`${fmt(rate('zod') / rate('previous'), 2)}x`, 9)}   (validation alone, against the whole previous evaluate)`);
}
log();
if ('skipped' in report) {
  log(`report: skipped (${report.skipped})`);
} else {
  log(
    `buildReport over ${fmt(report.cases)} streamed cases (${fmt(report.events)} events): ${fmt(report.seconds, 1)} s, ` +
      `${fmt(report.casesPerSecond)} cases/s (${fmt(report.casesPerSecondExcludingGenerator)} cases/s without the generator's ` +
      `${fmt(report.generatorSeconds, 1)} s)`,
  );
  log(
    `  peak RSS ${fmt(report.peakRssMb, 0)} MB (${fmt(report.baselineRssMb, 0)} MB of it before the first case: node, tsx, the code)` +
      `   target <= 256 MB   ${mark(report.peakRssMb <= 256)}${report.complete ? '' : ' (partial run)'}`,
  );
  if (!report.complete) {
    log(
      `  STOPPED at the ${REPORT_SECONDS} s budget after ${fmt(report.cases)} of ${fmt(report.requested)} cases; ` +
        `the full run would take about ${fmt(report.requested / report.casesPerSecond / 60, 0)} min (--report-seconds 0)`,
    );
  }
}
log(
  `bundle of import { evaluate } (esbuild, minified, esm): ${fmt(bundle.minifiedBytes)} B, gzip -9 ${fmt(bundle.gzipBytes)} B` +
    `   target <= 48 kB (49,152 B)   ${mark(bundle.gzipBytes <= 48 * 1024)}`,
);
log(`  minified bytes by origin: ${bundle.inputs.map((i) => `${i.path} ${fmt(i.bytes)}`).join(', ')}`);
if (sink === -1) log('(sink)');

if (JSON_OUT) {
  const line = {
    evaluate: { eventsPerSecond: Math.round(ev) },
    previous: previous === undefined ? null : { ref: PREVIOUS, eventsPerSecond: Math.round(rate('previous')) },
    zod: { eventsPerSecond: Math.round(rate('zod')) },
    xstate: { eventsPerSecond: Math.round(xs) },
    baseline: { eventsPerSecond: Math.round(bl) },
    report:
      'skipped' in report
        ? { casesPerSecond: null, peakRssMb: null }
        : { casesPerSecond: Math.round(report.casesPerSecond), peakRssMb: Math.round(report.peakRssMb * 10) / 10 },
    bundle: { gzipBytes: bundle.gzipBytes },
  };
  log(JSON.stringify(line));
}
