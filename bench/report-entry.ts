/** What `report-child.ts` runs, bundled by esbuild first (see `contenders.ts`). */
export { buildReport } from '../src/reporting/index.js';
export { AS_OF, caseRng, cases, generateCase, REPORT_FROM, REPORT_TO } from './population.js';
