/**
 * Summarises a V8 `.cpuprofile`: self time by function and by source file. With the (non-minified) esbuild bundle
 * that was profiled, functions are attributed to their source module through the bundle's `// src/...` markers.
 *
 * CLI: `npx tsx bench/profile-summary.ts <file.cpuprofile> [--bundle bundle.mjs] [--top N] [--lines functionName]`
 * (`--lines`: the hottest lines inside one function).
 */
import { readFileSync } from 'node:fs';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  positionTicks?: { line: number; ticks: number }[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** 0-based line -> source module, from the `// path/to/module.ts` comments esbuild puts before each module. */
function moduleLines(bundle: string): (line: number) => string | undefined {
  const starts: { line: number; module: string }[] = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const m = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json))$/.exec(text);
      if (m) starts.push({ line, module: m[1]!.replace(/^.*node_modules\//, '') });
    });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export function summarise(file: string, opts: { bundle?: string; top?: number; lines?: string } = {}): string {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const top = opts.top ?? 40;
  const moduleOf = opts.bundle !== undefined ? moduleLines(opts.bundle) : undefined;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const where = (n: ProfileNode): string => {
    const { url, lineNumber } = n.callFrame;
    if (url === '') return '(native)';
    if (moduleOf !== undefined && opts.bundle !== undefined && url.endsWith(opts.bundle.split('/').pop()!)) {
      return moduleOf(lineNumber) ?? '(bundle)';
    }
    const nm = url.lastIndexOf('node_modules/');
    if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
    const src = url.search(/\/(src|bench)\//);
    return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
  };
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const w = where(n);
    const fn = `${n.callFrame.functionName || '(anonymous)'}  ${w}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    const fileKey = w.startsWith('src/') || w.startsWith('bench/') || w.startsWith('(') ? w : w.split('/')[0]!;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
    total += us;
  }
  const lines: string[] = [];
  const show = (title: string, m: Map<string, number>, n: number): void => {
    lines.push('', `${title} (${(total / 1e6).toFixed(1)} s sampled)`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      lines.push(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
    }
  };
  show('self time by function (line numbers are in the bundle)', byFn, top);
  show('self time by file or package', byFile, 25);
  if (opts.lines !== undefined) {
    // Line-level ticks of one function, with the bundle's source lines: where inside it the time goes.
    const ticks = new Map<number, number>();
    for (const n of p.nodes) {
      if (n.callFrame.functionName !== opts.lines) continue;
      for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    }
    const source = opts.bundle !== undefined ? readFileSync(opts.bundle, 'utf8').split('\n') : [];
    const sum = [...ticks.values()].reduce((a, b) => a + b, 0);
    lines.push('', `lines of ${opts.lines} (${sum} ticks)`);
    for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      lines.push(`${((100 * t) / Math.max(1, sum)).toFixed(1).padStart(5)}%  ${String(line).padStart(6)}  ${(source[line - 1] ?? '').trim().slice(0, 110)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--bundle bundle.mjs] [--top N]');
  const b = process.argv.indexOf('--bundle');
  const t = process.argv.indexOf('--top');
  const l = process.argv.indexOf('--lines');
  process.stdout.write(
    summarise(file, {
      ...(b > 0 ? { bundle: process.argv[b + 1]! } : {}),
      ...(t > 0 ? { top: Number(process.argv[t + 1]) } : {}),
      ...(l > 0 ? { lines: process.argv[l + 1]! } : {}),
    }),
  );
}
