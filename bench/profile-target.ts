/**
 * The loop that `bench/profile.ts` profiles: `evaluate` over the benchmark population for about `--seconds`
 * seconds after a warm-up pass. Bundled by esbuild first (not run through tsx), so that the profile shows the
 * code as a bundler ships it: no loader thread, no `__name` wrappers, real line numbers.
 */
import { evaluate } from '../src/index.js';
import { AS_OF, population } from './population.js';

const argv = process.argv.slice(2);
const num = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i < 0 ? fallback : Number(argv[i + 1]);
};
const pop = population(num('--cases', 2_000), num('--seed', 42));
const options = { asOf: AS_OF };
let sink = 0;
let events = 0;
const pass = (): void => {
  for (const c of pop) {
    const r = evaluate(c, options);
    sink += r.deadlines.length;
    events += c.events.length;
  }
};
pass();
events = 0;
const t0 = performance.now();
const budget = num('--seconds', 8) * 1000;
while (performance.now() - t0 < budget) pass();
const s = (performance.now() - t0) / 1000;
process.stdout.write(
  `profiled ${events.toLocaleString('en-US')} events in ${s.toFixed(1)} s: ${Math.round(events / s).toLocaleString('en-US')} events/s (sink ${sink > 0})\n`,
);
