/**
 * Two rewrites of the build for V8, so that the domain code can keep its idiomatic spreads and `flatMap`.
 *
 * Node 20's V8 has two slow paths the domain code hits on every event, each measured on `evaluate` in a
 * one-process A/B (2026-12-07) and kept for that gain:
 *
 * - An object literal that starts with a spread and goes on with more members: about 1.5 µs for `{ ...s, end }`
 *   when `s` has no `end`, against 20 ns for `{ ...s, status }` (status already in `s`) and 60 ns for
 *   `Object.assign({}, s, { end })`. {@link rewriteObjectSpreads} writes such a literal as `Object.assign` (what
 *   TypeScript itself emits for ES2017 targets): `{ ...a, x, ...b, y }` becomes `Object.assign({}, a, { x }, b,
 *   { y })`, the same properties in the same order. Measured: `evaluate` 1.73x.
 * - `Array.prototype.flatMap`: about 600 ns for five short arrays, against 14 ns for `map`.
 *   {@link rewriteFlatMaps} calls a plain loop instead (`flatMap` of the virtual module `reintegratie:flat-map`,
 *   the same result for the dense arrays of the library). Measured: `evaluate` 1.12x on top of the first.
 *
 * Only the domain folders are rewritten ({@link V8_REWRITE_FILTER}): their objects are built by the library or
 * come out of the zod schemas, which keep only the declared fields (a spread and `Object.assign` differ only for
 * an own property named `__proto__`), and every `flatMap` there is called on an array (the TypeScript lib is
 * ES2022: no other `flatMap` type-checks). The reporting and the CLI, which read raw input, are left as written.
 * `test/build/v8-rewrites.test.ts` holds the bundle to the same outputs as the sources.
 *
 * Used by `tsup.config.ts` (the package), the benchmarks (`bench/`) and the explorer build.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** The files rewritten: the domain code, not the reporting or the CLI (they read raw input). */
export const V8_REWRITE_FILTER = /[\\/]src[\\/](case|calendar|informal|formal|health|force-majeure|statutory|rules)[\\/].*\.ts$|[\\/]src[\\/]evaluate\.ts$/;

/** The module that holds the `flatMap` loop the rewritten calls use. */
const FLAT_MAP_MODULE = 'reintegratie:flat-map';

/**
 * `Array.prototype.flatMap` with one argument, as a loop: `f(x, i, xs)` for each element present, its result's
 * elements (or the result itself when it is not an array) in order.
 */
const FLAT_MAP_SOURCE = `export function flatMap(xs, f) {
  const out = [];
  for (let i = 0; i < xs.length; i++) {
    if (!(i in xs)) continue;
    const r = f(xs[i], i, xs);
    if (!Array.isArray(r)) out.push(r);
    else for (let j = 0; j < r.length; j++) if (j in r) out.push(r[j]);
  }
  return out;
}
`;

/** The local name of the imported loop in a rewritten file. */
const FLAT_MAP_LOCAL = '__reintegratieFlatMap';

/**
 * `code` with each node for which `rewrite` gives a replacement replaced (children first), reprinted; undefined
 * when nothing was replaced, so that an untouched file keeps its text and comments.
 */
function transform(code: string, fileName: string, rewrite: (node: ts.Node, f: ts.NodeFactory) => ts.Node | undefined): string | undefined {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let changed = false;
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const visited = ts.visitEachChild(node, visit, context);
      const replaced = rewrite(visited, context.factory);
      if (replaced === undefined) return visited;
      changed = true;
      return replaced;
    };
    return (file) => ts.visitNode(file, visit) as ts.SourceFile;
  };
  const result = ts.transform(source, [transformer]);
  const out = changed ? ts.createPrinter().printFile(result.transformed[0]!) : undefined;
  result.dispose();
  return out;
}

/** `code` with every object literal that starts with a spread and has more members written as `Object.assign`. */
export function rewriteObjectSpreads(code: string, fileName = 'file.ts'): string {
  const out = transform(code, fileName, (node, f) => {
    if (!ts.isObjectLiteralExpression(node) || node.properties.length < 2 || !ts.isSpreadAssignment(node.properties[0]!)) return undefined;
    // Object.assign({}, spread, { members up to the next spread }, spread, ...): the order of the literal.
    const args: ts.Expression[] = [f.createObjectLiteralExpression([])];
    let members: ts.ObjectLiteralElementLike[] = [];
    for (const p of node.properties) {
      if (!ts.isSpreadAssignment(p)) {
        members.push(p);
        continue;
      }
      if (members.length > 0) args.push(f.createObjectLiteralExpression(members));
      members = [];
      args.push(p.expression);
    }
    if (members.length > 0) args.push(f.createObjectLiteralExpression(members));
    return f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier('Object'), 'assign'), undefined, args);
  });
  return out ?? code;
}

/** `code` with every one-argument `xs.flatMap(f)` written as a call of the loop of `reintegratie:flat-map`. */
export function rewriteFlatMaps(code: string, fileName = 'file.ts'): string {
  const out = transform(code, fileName, (node, f) => {
    if (!ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'flatMap' || callee.questionDotToken !== undefined) return undefined;
    return f.createCallExpression(f.createIdentifier(FLAT_MAP_LOCAL), undefined, [callee.expression, node.arguments[0]!]);
  });
  return out === undefined ? code : `import { flatMap as ${FLAT_MAP_LOCAL} } from '${FLAT_MAP_MODULE}';\n${out}`;
}

/** The esbuild plugin: the domain files rewritten before esbuild compiles them, and the `flatMap` loop's module. */
export const v8RewritesPlugin: Plugin = {
  name: 'reintegratie-v8-rewrites',
  setup(build) {
    build.onResolve({ filter: /^reintegratie:flat-map$/ }, (args) => ({ path: args.path, namespace: 'reintegratie-v8' }));
    build.onLoad({ filter: /.*/, namespace: 'reintegratie-v8' }, () => ({ contents: FLAT_MAP_SOURCE, loader: 'js' }));
    build.onLoad({ filter: V8_REWRITE_FILTER }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      return { contents: rewriteFlatMaps(rewriteObjectSpreads(code, args.path), args.path), loader: 'ts' };
    });
  },
};
