/**
 * What `run.ts` measures, in one module, so that it can be bundled by esbuild first: the library as a bundler
 * ships it (tsup builds `dist` with esbuild), and XState and the floor through the same pipeline.
 */
export { evaluate } from '../src/index.js';
export { eventSchemas } from '../src/case/schema.js';
export { runXState } from './xstate-machine.js';
export { runBaseline } from './baseline.js';
export { AS_OF, population } from './population.js';
