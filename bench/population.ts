/**
 * A deterministic synthetic population of re-integration cases, for the benchmarks (not a test fixture: the
 * cases are valid and realistic, not adversarial; see `test/arbitraries.ts` for those).
 *
 * The mix (per case, after the absence starts between 2024-01-01 and 2026-12-31):
 * - short absences (~14%): a contact arrangement, a contact or two, back at work within weeks;
 * - informal paths (~45%): contact, notification of the occupational physician, one to three conversations with
 *   the return-to-work coach, arrangements or a step plan (sometimes late, sometimes a deviation, SMT), a
 *   pre-resumption visit, resumption in any mode, the return-to-work exam, follow-ups; some relapses within 14
 *   days and some new absences later;
 * - formal trajectories (~37%): requests by the worker, the treating physician or the employer (R2022 and
 *   R2026, with the R2026 work-potential events), invitations and no-shows, decisions A/B/C, appeals confirmed
 *   or overturned, plans offered, agreed, refused, unanswered and deemed refused, motivated reports by reason,
 *   restarts after decision C;
 * - neglected cases (~4%): hardly anything recorded, so the escalations fire;
 * - a few employments end.
 *
 * Every case is cut at {@link AS_OF} (what the HR system knows on the reporting day), so no event is in the future.
 * The same `(i, seed)` always gives the same case, whatever else was generated before: each case has its own
 * PRNG stream (mulberry32 seeded from the population seed and the case index).
 */
import { fromDayNumber, toDayNumber, type PlainDate } from '../src/calendar/index.js';
import type { CaseEventInput, CaseInput } from '../src/index.js';

/** The reporting day: every case is evaluated at this date and holds no event after it. */
export const AS_OF = '2027-06-30' as PlainDate;
/** The window of the benchmark report (a calendar year of the committees' annual report, and the next). */
export const REPORT_FROM = '2025-01-01' as PlainDate;
export const REPORT_TO = '2026-12-31' as PlainDate;

/** A PRNG returning floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG (public domain, Tommy Ettinger). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The PRNG of case `i` in the population `seed`: independent of the other cases. */
export function caseRng(i: number, seed: number): Rng {
  // splitmix-style mixing of (seed, i) so neighbouring cases get unrelated streams.
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return mulberry32((h ^ (h >>> 16)) >>> 0);
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng: Rng, p: number): boolean => rng() < p;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
/** Picks by weight: `[[value, weight], ...]`. */
const weighted = <T>(rng: Rng, table: readonly (readonly [T, number])[]): T => {
  let total = 0;
  for (const [, w] of table) total += w;
  let r = rng() * total;
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return table[table.length - 1]![0];
};

const day = (d: string): number => toDayNumber(d as PlainDate);
const START_FROM = day('2024-01-01');
const START_TO = day('2026-12-31');
const AS_OF_DAY = day(AS_OF);
const R2026_DAY = day('2026-01-01');

const ENTITIES = [
  'Departement Omgeving',
  'Departement Onderwijs en Vorming',
  'Departement Welzijn, Volksgezondheid en Gezin',
  'Agentschap Wegen en Verkeer',
  'Agentschap Natuur en Bos',
  'Agentschap Binnenlands Bestuur',
  'Agentschap Opgroeien',
  'Agentschap Digitaal Vlaanderen',
  'Departement Financiën en Begroting',
  'De Vlaamse Waterweg',
  'VDAB',
  'Agentschap Facilitair Bedrijf',
] as const;

/** Event fields that hold dates: kept as day numbers while a case is built, formatted at the end. */
const DATE_FIELDS = ['on', 'until', 'disconnectUntil', 'receivedByEmployer', 'receivedByWorker'] as const;

type Draft = { type: CaseEventInput['type']; date: number; [field: string]: unknown };

/** Builds one case's event list in day numbers; `finish` sorts, cuts at asOf, formats and numbers them. */
class Timeline {
  readonly events: Draft[] = [];
  add(type: Draft['type'], date: number, fields?: Record<string, unknown>): number {
    this.events.push(fields === undefined ? { type, date } : { type, date, ...fields });
    return date;
  }
  finish(): CaseEventInput[] {
    // Stable sort by date: same-day events keep the order in which the path produced them.
    const sorted = this.events
      .map((e, k) => ({ e, k }))
      .sort((a, b) => a.e.date - b.e.date || a.k - b.k);
    const out: CaseEventInput[] = [];
    for (const { e } of sorted) {
      if (e.date > AS_OF_DAY) break;
      if (out.length > 0 && out[out.length - 1]!.type === 'employment.ended') break; // nothing after the end
      const ev: Record<string, unknown> = { id: `e${out.length + 1}`, ...e, date: fromDayNumber(e.date) };
      for (const f of DATE_FIELDS) {
        const v = ev[f];
        if (typeof v === 'number') ev[f] = fromDayNumber(v);
      }
      out.push(ev as CaseEventInput);
    }
    return out;
  }
}

const CAUSES = [['illness', 80], ['accident', 10], ['work-accident', 7], ['occupational-disease', 3]] as const;
const MODES = [['full', 55], ['part-time', 30], ['adapted', 10], ['other-work', 5]] as const;
const REPORT_REASONS = [
  ['no-adapted-work', 45],
  ['technically-impossible', 20],
  ['not-reasonably-required', 25],
  ['other', 10],
] as const;

type Ctx = { rng: Rng; t: Timeline; surveillance: boolean };

/** Contacts during the absence: the arrangement and a few contact moments; returns the last contact day. */
function contacts(c: Ctx, s: number, moments: number): number {
  const { rng, t } = c;
  let d = t.add('contact.agreed', s + int(rng, 0, 6), chance(rng, 0.2) ? { disconnectUntil: s + int(rng, 14, 42) } : undefined);
  for (let k = 0; k < moments; k++) {
    d = t.add('contact.made', d + int(rng, 7, 30), { by: weighted(rng, [['manager', 60], ['coach', 20], ['colleague', 10], ['hr', 10]]) });
  }
  return d;
}

/** The manager keeps in touch during the absence: a contact moment every few weeks from `from` to `to`. */
function keepInTouch(c: Ctx, from: number, to: number): void {
  const { rng, t } = c;
  if (!chance(rng, 0.9)) return;
  for (let d = from + int(rng, 14, 35); d < to; d += int(rng, 14, 35)) {
    t.add('contact.made', d, { by: weighted(rng, [['manager', 60], ['coach', 20], ['colleague', 10], ['hr', 10]]) });
  }
}

/** The employer notifies the occupational physician (mostly within 4 weeks), who informs the worker. */
function notification(c: Ctx, s: number): void {
  const { rng, t } = c;
  if (!chance(rng, 0.85)) return;
  const n = t.add('occupational-physician.notified', s + (chance(rng, 0.85) ? int(rng, 3, 28) : int(rng, 29, 60)));
  if (chance(rng, 0.7)) t.add('occupational-physician.informed-worker', n + int(rng, 2, 20));
}

/** Back at work: the resumption, the return-to-work exam under health surveillance, and follow-ups. */
function resumption(c: Ctx, s: number, on: number, modes: readonly (readonly [string, number])[] = MODES): void {
  const { rng, t } = c;
  t.add('work.resumed', on, { mode: weighted(rng, modes) });
  if (c.surveillance && on - s >= 28 && chance(rng, 0.85)) t.add('return-to-work-exam.held', on + int(rng, 0, 9));
  const r = rng();
  if (r < 0.07) {
    // A relapse within the first 14 days of the attempt: the same uninterrupted incapacity continues.
    const s2 = t.add('absence.started', on + int(rng, 1, 13), { cause: 'illness' });
    if (chance(rng, 0.7)) resumption(c, s, s2 + int(rng, 10, 70), modes);
    return;
  }
  let d = on;
  const followUps = weighted(rng, [[0, 25], [1, 35], [2, 25], [3, 15]]);
  for (let k = 0; k < followUps; k++) d = t.add('follow-up.held', d + int(rng, 14, 45));
  if (r < 0.11) {
    // A new absence, later: a new episode with a fresh informal track.
    const s2 = t.add('absence.started', d + int(rng, 10, 200), { cause: weighted(rng, CAUSES) });
    contacts(c, s2, int(rng, 0, 2));
    if (chance(rng, 0.8)) {
      const on2 = s2 + int(rng, 7, 45);
      if (on2 - s2 > 21) notification(c, s2);
      t.add('work.resumed', on2, { mode: weighted(rng, modes) });
    }
  }
}

/** Short absence: back within weeks, before any conversation is due. */
function shortPath(c: Ctx, s: number): void {
  const { rng } = c;
  contacts(c, s, int(rng, 1, 3));
  const on = s + int(rng, 5, 40);
  if (on - s > 21) notification(c, s);
  resumption(c, s, on, [['full', 85], ['part-time', 15]]);
}

/** The informal track of the omzendbrief, from contact to resumption. */
function informalPath(c: Ctx, s: number): void {
  const { rng, t } = c;
  contacts(c, s, int(rng, 0, 2));
  notification(c, s);
  // Conversations with the return-to-work coach: mostly within 2 months, some late, a few never (escalation).
  if (chance(rng, 0.04)) {
    if (chance(rng, 0.5)) employerRequest(c, s, s + int(rng, 125, 160));
    return;
  }
  let d = s + (chance(rng, 0.85) ? int(rng, 25, 60) : int(rng, 62, 115));
  const notYet = weighted(rng, [[0, 35], [1, 35], [2, 20], [3, 10]]);
  for (let k = 0; k <= notYet; k++) {
    if (chance(rng, 0.7)) t.add('conversation.planned', d - int(rng, 5, 20), { on: d });
    if (k < notYet) {
      t.add('conversation.held', d, { outcome: 'not-yet-possible' });
      d += int(rng, 21, 60);
    }
  }
  const attentionPoints = chance(rng, 0.4);
  const p = t.add('conversation.held', d, { outcome: 'resumption-possible', attentionPoints });
  if (chance(rng, 0.1)) {
    t.add('smt.referred', p + int(rng, 3, 20));
    if (chance(rng, 0.7)) t.add('smt.advised', p + int(rng, 21, 45));
  }
  if (chance(rng, 0.05)) t.add('second-line.consulted', p + int(rng, 5, 30));
  let from = p;
  let deviation = false;
  if (chance(rng, 0.06)) {
    deviation = true;
    const until = chance(rng, 0.5) ? p + int(rng, 90, 150) : undefined;
    from = t.add('deviation.recorded', p + int(rng, 10, 40), until !== undefined ? { reason: 'complex case', until } : { reason: 'complex case' });
  }
  if (chance(rng, 0.06)) return; // no arrangements: escalates after 2 months (unless the deviation waives it)
  const a = t.add('arrangements.agreed', deviation ? from + int(rng, 5, 60) : p + (chance(rng, 0.9) ? int(rng, 5, 58) : int(rng, 63, 100)), {
    by: attentionPoints ? 'coach' : 'manager',
  });
  let on = a + int(rng, 3, 30);
  if (chance(rng, 0.12)) {
    const asked = a + int(rng, 0, 10);
    const by = asked >= R2026_DAY && chance(rng, 0.3) ? 'employer' : 'worker';
    const r = t.add('pre-resumption-visit.requested', asked, { by });
    if (chance(rng, 0.85)) on = Math.max(on, t.add('pre-resumption-visit.held', r + int(rng, 2, 16)) + 1);
  }
  keepInTouch(c, s, on);
  resumption(c, s, on);
}

/** An employer's request (the informal track ran out), with or without the prerequisites. */
function employerRequest(c: Ctx, s: number, on: number): void {
  formalTrajectory(c, s, on, 'employer');
}

/** The formal path: some informal track first, then a trajectory under R2022 or R2026. */
function formalPath(c: Ctx, s: number): void {
  const { rng, t } = c;
  contacts(c, s, int(rng, 0, 2));
  notification(c, s);
  let d = s + int(rng, 25, 70);
  if (chance(rng, 0.75)) t.add('conversation.held', d, { outcome: 'not-yet-possible' });
  if (chance(rng, 0.1)) t.add('smt.referred', d + int(rng, 3, 20));
  d = s + int(rng, 60, 260);
  const initiator = weighted(rng, [['worker', 45], ['treating-physician', 25], ['employer', 30]] as const);
  keepInTouch(c, s, d);
  formalTrajectory(c, s, d, initiator);
}

/** R2026 (threshold of 8 weeks on or after 2026-01-01): the employer asks for an estimate of the work potential. */
function workPotential(c: Ctx, s: number): boolean {
  const { rng, t } = c;
  const threshold = s + 56;
  if (threshold < R2026_DAY) return false;
  const r = rng();
  if (r < 0.1) {
    t.add('work-potential.waived', threshold - int(rng, 0, 14), { reason: 'resumption-expected-within-6-months' });
    return false;
  }
  if (r < 0.15) return false; // forgotten: the obligation goes overdue
  const q = t.add('work-potential.requested', threshold + int(rng, -14, 10));
  const potential = chance(rng, 0.82);
  t.add('work-potential.assessed', q + int(rng, 7, 30), { potential });
  return potential;
}

/** One formal trajectory requested on `req` (and a restart after decision C, sometimes). */
function formalTrajectory(c: Ctx, s: number, req: number, initiator: 'worker' | 'treating-physician' | 'employer', restart = false): void {
  const { rng, t } = c;
  const r2026 = req + 1 >= R2026_DAY;
  const fields: Record<string, unknown> = { initiator };
  if (!restart) {
    const potential = workPotential(c, s);
    if (initiator === 'employer') {
      if (r2026) {
        if (!potential || chance(rng, 0.4)) fields['workerConsent'] = chance(rng, 0.9);
      } else if (req < s + 92) {
        if (chance(rng, 0.8)) t.add('certificate.definitive-unfitness', req - int(rng, 3, 20));
      }
    } else if (chance(rng, 0.3)) {
      fields['workerConsent'] = true;
    }
  } else if (chance(rng, 0.5)) {
    fields['earlyRestartAllowed'] = true;
  }
  t.add('formal.requested', req, fields);

  // Invitations; a few no-shows after the third (mostly 14 days apart).
  let inv = t.add('formal.invited', req + int(rng, 2, 10));
  if (chance(rng, 0.04)) {
    inv = t.add('formal.invited', inv + int(rng, 12, 21));
    inv = t.add('formal.invited', inv + int(rng, 14, 21));
    t.add('formal.no-show', inv + int(rng, 7, 14));
    if (chance(rng, 0.2)) t.add('employment.ended', inv + int(rng, 30, 120));
    return;
  }
  if (chance(rng, 0.35)) inv = t.add('formal.invited', inv + int(rng, 14, 20));
  // The employer keeps in touch while the trajectory runs.
  if (chance(rng, 0.6)) t.add('contact.made', req + int(rng, 5, 40), { by: 'hr' });

  const decision = restart ? weighted(rng, [['A', 70], ['C', 30]] as const) : weighted(rng, [['A', 50], ['B', 35], ['C', 15]] as const);
  const assessed = inv + (chance(rng, 0.88) ? int(rng, 5, 35) : int(rng, 40, 70));
  const recvE = chance(rng, 0.6) ? assessed + int(rng, 0, 5) : assessed;
  const recvW = chance(rng, 0.6) ? assessed + int(rng, 0, 5) : assessed;
  const form: Record<string, unknown> = { decision };
  if (recvE !== assessed || chance(rng, 0.3)) form['receivedByEmployer'] = recvE;
  if (recvW !== assessed || chance(rng, 0.3)) form['receivedByWorker'] = recvW;
  t.add('formal.assessed', assessed, form);

  if (decision === 'C') {
    if (chance(rng, 0.15)) {
      const again = recvE + (chance(rng, 0.6) ? int(rng, 93, 180) : int(rng, 40, 88));
      formalTrajectory(c, s, again, pick(rng, ['worker', 'treating-physician'] as const), true);
    } else if (chance(rng, 0.12)) {
      t.add('employment.ended', recvE + int(rng, 20, 150));
    }
    return;
  }

  let from = recvE;
  if (decision === 'B') {
    if (chance(rng, 0.2)) {
      const lodged = t.add('formal.appeal-lodged', recvW + (chance(rng, 0.9) ? int(rng, 3, 21) : int(rng, 22, 30)));
      const outcome = chance(rng, 0.75) ? 'confirmed' : 'overturned';
      const decided = t.add('formal.appeal-decided', lodged + (chance(rng, 0.85) ? int(rng, 14, 42) : int(rng, 43, 70)), { outcome });
      if (outcome === 'overturned') {
        const second = chance(rng, 0.8) ? 'A' : 'C';
        const again = t.add('formal.assessed', decided + int(rng, 10, 40), { decision: second });
        if (second === 'C') return;
        from = again;
      } else {
        from = decided;
      }
    }
    // Decision B: a plan or a motivated report within (about) 6 months.
    if (chance(rng, 0.45)) {
      t.add('formal.report-delivered', from + int(rng, 30, 200), { reasonCode: weighted(rng, REPORT_REASONS) });
      if (chance(rng, 0.25)) t.add('employment.ended', from + int(rng, 210, 300));
      return;
    }
  } else if (chance(rng, 0.15)) {
    // Decision A: a motivated report instead of a plan.
    t.add('formal.report-delivered', from + int(rng, 20, 70), { reasonCode: weighted(rng, REPORT_REASONS) });
    if (chance(rng, 0.2)) t.add('employment.ended', from + int(rng, 80, 200));
    return;
  }

  const plan = t.add('formal.plan-offered', from + (chance(rng, 0.85) ? int(rng, 20, decision === 'A' ? 63 : 180) : int(rng, 64, 220)));
  let answer: 'agreed' | 'refused' | 'deemed-refused';
  if (chance(rng, 0.8)) {
    answer = chance(rng, 0.78) ? 'agreed' : 'refused';
    t.add('formal.plan-answered', plan + int(rng, 1, 14), answer === 'refused' && chance(rng, 0.5) ? { answer, reasonCode: 'medical' } : { answer });
  } else {
    const contacted = t.add('formal.worker-contacted', plan + int(rng, 15, 25));
    if (chance(rng, 0.5)) {
      answer = 'deemed-refused';
      t.add('formal.plan-deemed-refused', contacted + int(rng, 10, 20));
    } else {
      answer = chance(rng, 0.7) ? 'agreed' : 'refused';
      t.add('formal.plan-answered', contacted + int(rng, 1, 10), { answer });
    }
  }
  if (answer === 'agreed') {
    const on = t.add('work.resumed', plan + int(rng, 10, 40), { mode: weighted(rng, [['adapted', 50], ['part-time', 30], ['other-work', 20]] as const) });
    let d = on;
    const reviews = weighted(rng, [[0, 20], [1, 35], [2, 30], [3, 15]]);
    for (let k = 0; k < reviews; k++) d = t.add('formal.plan-reviewed', d + int(rng, 30, 120));
    if (c.surveillance && chance(rng, 0.7)) t.add('return-to-work-exam.held', on + int(rng, 0, 14));
  } else if (chance(rng, 0.3)) {
    t.add('employment.ended', plan + int(rng, 30, 180));
  }
}

/** Hardly anything recorded: the escalations and overdue flags fire. */
function neglectedPath(c: Ctx, s: number): void {
  const { rng, t } = c;
  if (chance(rng, 0.6)) t.add('contact.agreed', s + int(rng, 1, 20));
  if (chance(rng, 0.3)) t.add('occupational-physician.notified', s + int(rng, 20, 90));
  if (chance(rng, 0.1)) t.add('employment.ended', s + int(rng, 100, 300));
}

/**
 * One realistic, valid case. Deterministic in `rng`; `i` names the case (`caseId`).
 *
 * @example
 * generateCase(0, caseRng(0, 42)).events[0]?.type //=> 'absence.started'
 */
export function generateCase(i: number, rng: Rng): CaseInput {
  const t = new Timeline();
  const surveillance = chance(rng, 0.3);
  const c: Ctx = { rng, t, surveillance };
  const s = t.add('absence.started', int(rng, START_FROM, START_TO), { cause: weighted(rng, CAUSES) });
  const path = weighted(rng, [['short', 14], ['informal', 45], ['formal', 37], ['neglected', 4]] as const);
  switch (path) {
    case 'short':
      shortPath(c, s);
      break;
    case 'informal':
      informalPath(c, s);
      break;
    case 'formal':
      formalPath(c, s);
      break;
    case 'neglected':
      neglectedPath(c, s);
      break;
  }
  if (chance(rng, 0.02)) t.add('employment.ended', s + int(rng, 30, 400));
  const out: CaseInput = {
    caseId: `case-${i}`,
    entity: ENTITIES[Math.floor(rng() * ENTITIES.length)]!,
    employee: { underHealthSurveillance: surveillance, status: chance(rng, 0.7) ? 'statutory' : 'contractual' },
    events: t.finish(),
  };
  return out;
}

/** `n` cases, one at a time (never more than one in memory): for the 1,000,000-case report. */
export function* cases(n: number, seed = 42): Generator<CaseInput, void, undefined> {
  for (let i = 0; i < n; i++) yield generateCase(i, caseRng(i, seed));
}

/** `n` cases in an array (the in-memory population of the throughput benchmarks). */
export function population(n: number, seed = 42): CaseInput[] {
  const out: CaseInput[] = new Array<CaseInput>(n);
  for (let i = 0; i < n; i++) out[i] = generateCase(i, caseRng(i, seed));
  return out;
}
