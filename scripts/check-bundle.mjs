// The size a consumer pays for `import { evaluate } from 'reintegratie'`: the built package (dist/, as npm
// publishes it) bundled by esbuild, minified, gzip -9, zod and ts-pattern included. Issue 17's budget is 48 kB; the
// prose of the catalogue (terms, interpretations) must stay out of it. bench/run.ts measures the same from src/.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const BUDGET = 48 * 1024;
const result = await build({
  stdin: { contents: "export { evaluate } from 'reintegratie';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'silent',
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const text = new TextDecoder().decode(code);
const prose = text.includes('planning it is not enough') || text.includes('le planifier ne suffit pas');
console.log(`bundle of import { evaluate } from the built package: ${code.length} B minified, ${gzip} B gzip (budget ${BUDGET} B)`);
if (gzip > BUDGET || prose) {
  if (prose) console.error('the interpretations\' prose is in the evaluate bundle: something on its path keeps the registry alive');
  process.exit(1);
}
