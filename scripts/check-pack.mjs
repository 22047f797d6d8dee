// Checks what `npm pack` would publish: the build and the docs, never tests, benchmarks, fixtures or sources
// of examples; and no install scripts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);
const bad = files.filter((f) => /^(test|bench|examples|scripts|src|docs)\//.test(f) || /\.test\./.test(f));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const scripts = Object.keys(pkg.scripts ?? {}).filter((s) => /^(pre|post)?install$|^prepare$/.test(s));
const missing = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'README.md', 'CHANGELOG.md'].filter(
  (f) => !files.includes(f),
);
console.log(`npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked`);
if (bad.length || scripts.length || missing.length) {
  if (bad.length) console.error(`files that must not be published: ${bad.join(', ')}`);
  if (scripts.length) console.error(`install scripts are not allowed: ${scripts.join(', ')}`);
  if (missing.length) console.error(`missing from the tarball: ${missing.join(', ')}`);
  process.exit(1);
}
console.log('tarball contents OK');
