/**
 * Time per phase of `evaluate` on the benchmark population, each phase run on its own in a loop:
 * `npx esbuild bench/phases.ts --bundle --platform=node --format=esm --outfile=bench/.profiles/phases.mjs && node bench/.profiles/phases.mjs`
 * (bundled, as shipped). Shows where the microseconds of a case go; the phases overlap a little with the
 * whole `evaluate` because V8 optimises each loop on its own.
 */
import type { PlainDate } from '../src/calendar/index.js';
import { buildEpisodes } from '../src/case/episodes.js';
import { finalizeDeadlines } from '../src/case/deadlines.js';
import { resolveEscalations } from '../src/case/escalation.js';
import { eventSchemas, type EvaluateOptions, type EventType } from '../src/case/schema.js';
import type { TrackContext } from '../src/case/track.js';
import { checkOptions, validateCase } from '../src/case/validate.js';
import { evaluateFormal } from '../src/formal/index.js';
import { evaluateHealth } from '../src/health/index.js';
import { evaluateInformal } from '../src/informal/index.js';
import { evaluateForceMajeure } from '../src/force-majeure/index.js';
import { evaluateStatutory } from '../src/statutory/index.js';
import { evaluate, evaluateValidated } from '../src/evaluate.js';
import { AS_OF, population } from './population.js';

const pop = population(2000, 42);
const time = (name: string, f: () => void): void => {
  f();
  const t = performance.now();
  let n = 0;
  while (performance.now() - t < 1500) {
    f();
    n++;
  }
  const us = ((performance.now() - t) * 1000) / n / pop.length;
  process.stdout.write(`${name.padEnd(14)} ${us.toFixed(1).padStart(6)} µs/case\n`);
};

const validated = pop.map((c) => validateCase(c, AS_OF));
const options: EvaluateOptions = { asOf: AS_OF };
const contexts: TrackContext[] = validated.map((v) => {
  const { episodes, employmentEndedOn } = buildEpisodes(v.events);
  return {
    asOf: AS_OF,
    options,
    calendar: {},
    deadline: (d: PlainDate) => d,
    employee: v.employee,
    events: v.events,
    episodes,
    employmentEndedOn,
  };
});
const joined = contexts.map((c) => {
  const tracks = [evaluateInformal(c), evaluateHealth(c), evaluateFormal(c)];
  const triggers = tracks.flatMap((t) => t.escalations);
  return { triggers, drafts: [...tracks.flatMap((t) => t.deadlines), ...resolveEscalations(triggers, c).deadlines] };
});

time('validate', () => pop.forEach((c) => validateCase(c, AS_OF)));
// The floor of validation by zod: each event's own schema, `safeParse` and nothing else (no issues, ids, copies or
// sorting). Against the whole `evaluate` of 0137013 (8 to 11.5 µs a case in the bench runs of December 2026) it
// shows how much of issue 17's 0.6x budget zod alone takes.
const rawEvents = pop.flatMap((c) => c.events as { type: EventType }[]);
time('zod safeParse', () => rawEvents.forEach((e) => eventSchemas[e.type].safeParse(e)));
time('episodes', () => validated.forEach((v) => buildEpisodes(v.events)));
time('informal', () => contexts.forEach((c) => evaluateInformal(c)));
time('health', () => contexts.forEach((c) => evaluateHealth(c)));
time('formal', () => contexts.forEach((c) => evaluateFormal(c)));
time('force-majeure', () => contexts.forEach((c) => evaluateForceMajeure(c)));
time('statutory', () => contexts.forEach((c) => evaluateStatutory(c)));
time('escalations', () => contexts.forEach((c, i) => resolveEscalations(joined[i]!.triggers, c)));
time('finalize', () => joined.forEach((j) => finalizeDeadlines(j.drafts, AS_OF, 7)));
time('options', () => pop.forEach(() => checkOptions(options)));
time('evaluateValidated', () => validated.forEach((v) => evaluateValidated(v, options)));
time('evaluate', () => pop.forEach((c) => evaluate(c, options)));
