/**
 * Generates a synthetic, clearly fictitious population of re-integration cases for the reporting examples:
 * `examples/population/cases.ndjson`. Deterministic: a seeded PRNG (mulberry32), no clock, no randomness from
 * the environment, so the same seed always writes the same file.
 *
 *   npx tsx examples/population/generate.ts [--seed 20250101] [--count 400] [--out examples/population/cases.ndjson]
 *
 * Every case id starts with FICTIEF- and every entity name is made up. The paths follow the law's steps (SPEC
 * sections 3, 5, 6) with realistic timing: most terms met, some late, some missed, both regimes of the formal
 * trajectory (requests in 2025 fall under the 2022 regime, from 2026 under the 2026 regime).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { daysAfter, diffDays, type PlainDate } from '../../src/calendar/index.js';

type Event = { id?: string; type: string; date: PlainDate; [k: string]: unknown };
type Case = { caseId: string; entity?: string; employee: { underHealthSurveillance: boolean; status: 'statutory' | 'contractual' }; events: Event[] };

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const SEED = Number(arg('seed', '20250101'));
const COUNT = Number(arg('count', '400'));
const OUT = resolve(arg('out', resolve(dirname(fileURLToPath(import.meta.url)), 'cases.ndjson')));

const rand = prng(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p: number): boolean => rand() < p;
function weighted<T>(options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of options) if ((r -= w) < 0) return v;
  return options[options.length - 1]![0];
}

const ENTITIES: ReadonlyArray<readonly [string | undefined, number]> = [
  ['Agentschap Voorbeeld A', 30],
  ['Departement Fictief B', 25],
  ['Agentschap Denkbeeldig C', 16],
  ['Departement Verzonnen D', 12],
  ['Agentschap Proefdata E', 8],
  ['Fonds Fictief F', 4],
  [undefined, 3],
];

/** No event after this day: the file describes the population as known at the end of October 2026. */
const HORIZON = '2026-10-31' as PlainDate;
const FIRST_START = '2024-09-02' as PlainDate;
const LAST_START = '2026-08-31' as PlainDate;
const R2026_FROM = '2026-01-01' as PlainDate;

function makeCase(n: number): Case {
  const events: Event[] = [];
  const add = (type: string, date: PlainDate, extra: Record<string, unknown> = {}): PlainDate => {
    events.push({ type, date, ...extra });
    return date;
  };
  const entity = weighted(ENTITIES);
  const employee = { underHealthSurveillance: chance(0.3), status: chance(0.6) ? ('statutory' as const) : ('contractual' as const) };
  const start = daysAfter(FIRST_START, int(0, diffDays(FIRST_START, LAST_START)));
  add('absence.started', start, { cause: weighted([['illness', 85], ['accident', 8], ['work-accident', 5], ['occupational-disease', 2]] as const) });

  // Step 1: contact arrangement and the occupational physician informed after 4 weeks (some late).
  add('contact.agreed', daysAfter(start, int(1, 10)));
  const path = weighted([
    ['short', 38],
    ['informal', 30],
    ['no-conversation', 8],
    ['stalled', 7],
    ['formal', 17],
  ] as const);

  const resume = (from: PlainDate, mode?: string): PlainDate => {
    const on = add('work.resumed', from, {
      mode: mode ?? weighted([['full', 45], ['part-time', 35], ['adapted', 15], ['other-work', 5]] as const),
    });
    if (employee.underHealthSurveillance && diffDays(start, on) >= 28) add('return-to-work-exam.held', daysAfter(on, int(1, 16)));
    if (chance(0.5)) add('follow-up.held', daysAfter(on, int(20, 45)));
    return on;
  };

  if (path === 'short') {
    if (chance(0.6)) add('contact.made', daysAfter(start, int(7, 20)), { by: 'manager' });
    const back = daysAfter(start, int(10, 50));
    if (diffDays(start, back) > 28) add('occupational-physician.notified', daysAfter(start, int(20, 30)));
    if (chance(0.15)) {
      add('pre-resumption-visit.requested', daysAfter(back, -int(12, 20)), { by: start >= R2026_FROM && chance(0.4) ? 'employer' : 'worker' });
      add('pre-resumption-visit.held', daysAfter(back, -int(2, 8)));
    }
    resume(back, chance(0.8) ? 'full' : 'part-time');
    return finish(n, entity, employee, events);
  }

  const notified = add('occupational-physician.notified', daysAfter(start, chance(0.85) ? int(18, 28) : int(29, 45)));
  add('occupational-physician.informed-worker', daysAfter(notified, int(3, 21)));
  add('contact.made', daysAfter(start, int(14, 30)), { by: weighted([['manager', 6], ['coach', 2], ['hr', 1], ['colleague', 1]] as const) });

  // R2026: the estimate of work potential once the incapacity lasted 8 weeks (on or after 1 January 2026).
  const eightWeeks = daysAfter(start, 56);
  let potential = false;
  if (eightWeeks >= R2026_FROM && path !== 'informal') {
    if (chance(0.2)) add('work-potential.waived', daysAfter(eightWeeks, -int(0, 10)), { reason: 'resumption-expected-within-6-months' });
    else {
      const asked = add('work-potential.requested', daysAfter(eightWeeks, -int(0, 12)));
      potential = chance(0.7);
      add('work-potential.assessed', daysAfter(asked, int(10, 35)), { potential });
    }
  }

  if (path === 'no-conversation') {
    // Step 2 never happens: after 4 months without a conversation the formal track must start.
    add('contact.made', daysAfter(start, int(40, 90)), { by: 'manager' });
    if (chance(0.75)) formal(daysAfter(start, int(126, 190)), 'employer', potential, add, resume);
    return finish(n, entity, employee, events);
  }

  // Step 2: the conversation with the return-to-work coach, within 2 months (most) or later.
  const firstTalk = daysAfter(start, chance(0.82) ? int(18, 58) : int(62, 100));
  add('conversation.planned', daysAfter(firstTalk, -int(7, 14)), { on: firstTalk });
  let talk = add('conversation.held', firstTalk, {
    outcome: path === 'formal' || chance(0.35) ? 'not-yet-possible' : 'resumption-possible',
  });
  const first = events[events.length - 1]!;
  if (first['outcome'] === 'resumption-possible') first['attentionPoints'] = chance(0.5);

  if (path === 'formal') {
    if (chance(0.3)) add('smt.referred', daysAfter(talk, int(5, 30)));
    if (chance(0.25)) add('second-line.consulted', daysAfter(talk, int(5, 40)));
    const initiator = weighted([['employer', 80], ['worker', 12], ['treating-physician', 8]] as const);
    const earliest = initiator === 'employer' ? 100 : 30;
    formal(daysAfter(start, int(earliest, earliest + 150)), initiator, potential, add, resume);
    return finish(n, entity, employee, events);
  }

  if (first['outcome'] === 'not-yet-possible') {
    talk = add('conversation.held', daysAfter(talk, int(20, 50)), { outcome: 'resumption-possible', attentionPoints: chance(0.5) });
  }
  const withPoints = events[events.length - 1]!['attentionPoints'] === true;
  if (chance(0.12)) add('smt.referred', daysAfter(talk, int(3, 20)));

  if (path === 'stalled') {
    // Step 3 stalls: no arrangements within 2 months, the formal track must start.
    if (chance(0.3)) add('second-line.consulted', daysAfter(talk, int(10, 40)));
    if (chance(0.7)) formal(daysAfter(talk, int(64, 110)), 'employer', potential, add, resume);
    return finish(n, entity, employee, events);
  }

  // Step 3: arrangements (manager) or a step plan (coach), within 2 months (most), a few complex cases deviate.
  let agreeAfter = chance(0.85) ? int(7, 58) : int(62, 80);
  if (chance(0.08)) {
    add('deviation.recorded', daysAfter(talk, int(20, 50)), { reason: 'complex dossier (fictief)', until: daysAfter(talk, 150) });
    agreeAfter = int(70, 140);
  }
  const agreed = add('arrangements.agreed', daysAfter(talk, agreeAfter), { by: withPoints ? 'coach' : 'manager' });
  if (chance(0.12)) {
    add('pre-resumption-visit.requested', daysAfter(agreed, int(1, 4)), { by: agreed >= R2026_FROM && chance(0.4) ? 'employer' : 'worker' });
    add('pre-resumption-visit.held', daysAfter(agreed, int(6, 14)));
  }
  resume(daysAfter(agreed, int(15, 30)));
  return finish(n, entity, employee, events);
}

/** A formal trajectory from the request (received by the occupational physician on `q`). */
function formal(
  q: PlainDate,
  initiator: 'worker' | 'treating-physician' | 'employer',
  potential: boolean,
  add: (type: string, date: PlainDate, extra?: Record<string, unknown>) => PlainDate,
  resume: (from: PlainDate, mode?: string) => PlainDate,
): void {
  const r2026 = daysAfter(q, 1) >= R2026_FROM;
  add('formal.requested', q, {
    initiator,
    ...(r2026 && initiator === 'employer' && !potential ? { workerConsent: true } : {}),
  });
  const inv = add('formal.invited', daysAfter(q, int(2, 10)));
  if (chance(0.06)) {
    const second = add('formal.invited', daysAfter(inv, int(14, 18)));
    const third = add('formal.invited', daysAfter(second, int(14, 18)));
    add('formal.no-show', daysAfter(third, int(14, 20)));
    return;
  }
  const decide = (on: PlainDate, decision: 'A' | 'B' | 'C'): PlainDate => {
    const got = daysAfter(on, int(0, 3));
    add('formal.assessed', on, { decision, receivedByEmployer: got, receivedByWorker: got });
    return got;
  };
  let decision = weighted([['A', 45], ['B', 35], ['C', 20]] as const);
  let received = decide(daysAfter(q, chance(0.85) ? int(15, 49) : int(50, 70)), decision);
  if (decision === 'C') {
    if (chance(0.4)) resume(daysAfter(received, int(30, 120)), 'full');
    return;
  }
  if (decision === 'B' && chance(0.18)) {
    const lodged = add('formal.appeal-lodged', daysAfter(received, int(5, 21)));
    const outcome = chance(0.7) ? 'confirmed' : 'overturned';
    const decided = add('formal.appeal-decided', daysAfter(lodged, int(20, 45)), { outcome });
    if (outcome === 'overturned') {
      decision = 'A';
      received = decide(daysAfter(decided, int(10, 35)), 'A');
    } else received = decided;
  }
  // The employer's plan or motivated report: 63 days after A, 6 months after B (most on time).
  const term = decision === 'A' ? (chance(0.85) ? int(20, 63) : int(64, 90)) : chance(0.85) ? int(30, 180) : int(185, 220);
  const at = daysAfter(received, term);
  if (chance(decision === 'A' ? 0.75 : 0.55)) {
    const offered = add('formal.plan-offered', at);
    const answer = weighted([['agreed', 70], ['refused', 22], ['silent', 8]] as const);
    if (answer === 'silent') {
      add('formal.worker-contacted', daysAfter(offered, int(15, 20)));
      add('formal.plan-deemed-refused', daysAfter(offered, int(30, 40)));
      return;
    }
    const answered = daysAfter(offered, chance(0.9) ? int(2, 14) : int(15, 25));
    if (answer === 'refused') {
      const reasonCode = weighted([['plan-not-feasible', 4], ['hours-not-agreed', 3], ['prefers-other-employer', 2], [undefined, 2]] as const);
      add('formal.plan-answered', answered, { answer, ...(reasonCode ? { reasonCode } : {}) });
      return;
    }
    add('formal.plan-answered', answered, { answer });
    const back = resume(daysAfter(answered, int(5, 30)), weighted([['adapted', 5], ['part-time', 3], ['other-work', 2]] as const));
    add('formal.plan-reviewed', daysAfter(back, int(40, 90)));
    return;
  }
  const reasonCode = weighted([
    ['no-adapted-work', 50],
    ['technically-impossible', 20],
    ['not-reasonably-required', 20],
    ['other', 5],
    [undefined, 5],
  ] as const);
  add('formal.report-delivered', at, reasonCode ? { reasonCode } : {});
}

function finish(n: number, entity: string | undefined, employee: Case['employee'], events: Event[]): Case {
  // Sort by date (stable: ties keep the order of the steps), keep what is known by the horizon, number the events.
  const known = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e)
    .filter((e) => e.date <= HORIZON)
    .map((e, i) => ({ id: `e${i + 1}`, ...e }));
  const caseId = `FICTIEF-${String(n).padStart(4, '0')}`;
  return { caseId, ...(entity !== undefined ? { entity } : {}), employee, events: known };
}

const lines: string[] = [];
for (let n = 1; n <= COUNT; n++) lines.push(JSON.stringify(makeCase(n)));
writeFileSync(OUT, lines.join('\n') + '\n');
process.stdout.write(`wrote ${COUNT} fictitious cases to ${OUT} (seed ${SEED})\n`);
