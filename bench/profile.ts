/**
 * A CPU profile of `evaluate`, summarised: `npx tsx bench/profile.ts [--cases N] [--seconds S] [--top N]`.
 *
 * Bundles `bench/profile-target.ts` with esbuild (not minified, so names and lines stay readable), runs it under
 * `node --cpu-prof` into `bench/.profiles/`, and prints the top self time by function (with its source file,
 * recovered from the bundle's module markers) and by file. Open the `.cpuprofile` in Chrome DevTools for more.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { summarise } from './profile-summary.js';
import { v8RewritesPlugin } from '../scripts/v8-rewrites.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'bench/.profiles');
const argv = process.argv.slice(2);
const topIdx = argv.indexOf('--top');
const top = topIdx >= 0 ? Number(argv[topIdx + 1]) : 40;
const passOn = argv.filter((_, i) => i !== topIdx && i !== topIdx + 1);

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const bundle = join(DIR, 'profile-target.mjs');
await build({
  entryPoints: [join(ROOT, 'bench/profile-target.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'warning',
  plugins: [v8RewritesPlugin],
});
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${DIR}`, bundle, ...passOn], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const profile = readdirSync(DIR)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(DIR, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
process.stdout.write(summarise(profile, { bundle, top }));
