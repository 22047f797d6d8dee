// Smoke test of the built package through its own exports (ESM and CommonJS), as a user would import it.
import { createRequire } from 'node:module';
import { evaluate } from 'reintegratie';
import { daysAfter } from 'reintegratie/calendar';
import { forceMajeureRules } from 'reintegratie/force-majeure';
import { formalRules } from 'reintegratie/formal';
import { informalRules } from 'reintegratie/informal';
import { buildReport } from 'reintegratie/reporting';
import { statutoryRules } from 'reintegratie/statutory';

const require = createRequire(import.meta.url);
const cjs = require('reintegratie');
const c = { caseId: 'smoke', events: [{ type: 'absence.started', date: '2025-03-10' }] };
const esmDue = evaluate(c, { asOf: '2025-05-05' }).deadlines.find((d) => d.rule === 'informal.first-conversation')?.due;
const cjsDue = cjs.evaluate(c, { asOf: '2025-05-05' }).deadlines.find((d) => d.rule === 'informal.first-conversation')?.due;
const checks = [
  [esmDue, '2025-05-10'],
  [cjsDue, '2025-05-10'],
  [daysAfter('2025-04-16', 49), '2025-06-04'],
  [formalRules.length > 0 && informalRules.length > 0, true],
  [forceMajeureRules.length > 0 && statutoryRules.length > 0, true],
  [buildReport([c], { from: '2025-01-01', to: '2025-12-31' }).total.informal.episodesStarted, 1],
];
const bad = checks.filter(([a, b]) => a !== b);
if (bad.length) {
  console.error('smoke test failed:', bad);
  process.exit(1);
}
console.log('smoke test of the built package (ESM + CJS): OK');
