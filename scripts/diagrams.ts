/**
 * Mermaid state diagrams of the informal and the formal track, generated from the reducers themselves: starting
 * from the initial state, every event type (with each value of its deciding field) is applied to every reachable
 * state, and each change of status becomes an edge. So the diagrams show what the code does, not what someone
 * drew.
 */
import { daysAfter, type PlainDate } from '../src/calendar/index.js';
import { FORMAL_EVENT_TYPES, formalTransition, initialFormalState, type FormalEvent, type FormalState } from '../src/formal/reducer.js';
import { informalTransition, initialInformalState } from '../src/informal/transition.js';
import {
  FORCE_MAJEURE_EVENT_TYPES,
  forceMajeureTransition,
  initialForceMajeureState,
  type ForceMajeureEvent,
  type ForceMajeureState,
} from '../src/force-majeure/reducer.js';
import type { InformalState, TrackEvent } from '../src/informal/state.js';

type Sample = { label: string; event: Record<string, unknown> };

/** Each event type once, or once per value of the field that decides the transition. */
const SAMPLES = (date: PlainDate): Sample[] => {
  const later = daysAfter(date, 20);
  const s = (label: string, event: Record<string, unknown>): Sample => ({ label, event: { date, ref: label, index: 0, ...event } });
  return [
    s('work.resumed', { type: 'work.resumed', mode: 'full' }),
    { label: 'absence.started (relapse within 14 days)', event: { type: 'absence.started', date: daysAfter(date, -10), ref: 'relapse', index: 0 } },
    s('employment.ended', { type: 'employment.ended' }),
    s('contact.agreed', { type: 'contact.agreed' }),
    s('conversation.held (not yet possible)', { type: 'conversation.held', outcome: 'not-yet-possible' }),
    s('conversation.held (resumption possible)', { type: 'conversation.held', outcome: 'resumption-possible', attentionPoints: true }),
    s('arrangements.agreed', { type: 'arrangements.agreed', by: 'coach' }),
    s('deviation.recorded', { type: 'deviation.recorded', reason: 'complex', until: later }),
    s('follow-up.held', { type: 'follow-up.held' }),
    s('formal.requested', { type: 'formal.requested', initiator: 'worker' }),
    s('formal.invited', { type: 'formal.invited' }),
    s('formal.no-show', { type: 'formal.no-show' }),
    s('formal.assessed (A)', { type: 'formal.assessed', decision: 'A' }),
    s('formal.assessed (B)', { type: 'formal.assessed', decision: 'B' }),
    s('formal.assessed (C)', { type: 'formal.assessed', decision: 'C' }),
    s('formal.appeal-lodged', { type: 'formal.appeal-lodged' }),
    s('formal.appeal-decided (confirmed)', { type: 'formal.appeal-decided', outcome: 'confirmed' }),
    s('formal.appeal-decided (overturned)', { type: 'formal.appeal-decided', outcome: 'overturned' }),
    s('formal.plan-offered', { type: 'formal.plan-offered' }),
    s('formal.report-delivered', { type: 'formal.report-delivered', reasonCode: 'no-adapted-work' }),
    s('formal.plan-answered (agreed)', { type: 'formal.plan-answered', answer: 'agreed' }),
    s('formal.plan-answered (refused)', { type: 'formal.plan-answered', answer: 'refused' }),
    s('formal.worker-contacted', { type: 'formal.worker-contacted' }),
    s('formal.plan-deemed-refused', { type: 'formal.plan-deemed-refused' }),
    s('force-majeure.invited', { type: 'force-majeure.invited' }),
    s('force-majeure.no-show', { type: 'force-majeure.no-show' }),
    s('force-majeure.finding (unfit)', { type: 'force-majeure.finding', definitiveUnfitness: true }),
    s('force-majeure.finding (not unfit)', { type: 'force-majeure.finding', definitiveUnfitness: false }),
    s('force-majeure.appeal-lodged', { type: 'force-majeure.appeal-lodged' }),
    s('force-majeure.appeal-decided (confirmed)', { type: 'force-majeure.appeal-decided', outcome: 'confirmed' }),
    s('force-majeure.appeal-decided (overturned)', { type: 'force-majeure.appeal-decided', outcome: 'overturned' }),
    // Within the 7 days after the finding.
    { label: 'force-majeure.adapted-work-requested', event: { type: 'force-majeure.adapted-work-requested', date: daysAfter(date, -10), ref: 'request', index: 0 } },
    s('force-majeure.form-delivered', { type: 'force-majeure.form-delivered' }),
    s('force-majeure.plan-offered', { type: 'force-majeure.plan-offered' }),
    s('force-majeure.report-delivered', { type: 'force-majeure.report-delivered' }),
    s('force-majeure.plan-answered (agreed)', { type: 'force-majeure.plan-answered', answer: 'agreed' }),
    s('force-majeure.plan-answered (refused)', { type: 'force-majeure.plan-answered', answer: 'refused' }),
  ];
};

const PREPARES = new Set(['formal.worker-contacted']);

type Edge = { from: string; to: string; label: string };

function explore<S extends { status: string }>(
  initial: S,
  step: (s: S, e: Record<string, unknown>) => S,
  lastDate: (s: S) => PlainDate,
  accepts: (type: string) => boolean,
  maxDepth = 8,
): { edges: Edge[]; statuses: string[] } {
  const edges = new Map<string, Edge>();
  const statuses = new Set<string>([initial.status]);
  let frontier: S[] = [initial];
  const seen = new Set<string>();
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: S[] = [];
    for (const state of frontier) {
      // A step 15 days later: past the 14-day relapse bridge and the 14-day invitation gap, inside every term.
      for (const { label, event } of SAMPLES(daysAfter(lastDate(state), 15))) {
        if (!accepts(event['type'] as string)) continue;
        const after = step(state, event);
        if (after.status === state.status) {
          // Steps that prepare a later change of status without changing it themselves.
          if (PREPARES.has(label) && !seen.has(`${after.status}|${label}`)) {
            seen.add(`${after.status}|${label}`);
            next.push(after);
          }
          continue;
        }
        statuses.add(after.status);
        const key = `${state.status}|${label}|${after.status}`;
        if (!edges.has(key)) edges.set(key, { from: state.status, to: after.status, label });
        const stateKey = `${after.status}|${JSON.stringify(after).length}`;
        if (!seen.has(stateKey)) {
          seen.add(stateKey);
          next.push(after);
        }
      }
    }
    frontier = next;
  }
  return { edges: [...edges.values()], statuses: [...statuses] };
}

const id = (s: string) => s.replace(/-/g, '_');

function mermaid(title: string, initial: string, result: { edges: Edge[] }, terminal: readonly string[]): string {
  const lines = ['```mermaid', 'stateDiagram-v2', `  %% ${title}`, `  [*] --> ${id(initial)}`];
  const byPair = new Map<string, string[]>();
  for (const e of result.edges) {
    const k = `${e.from}|${e.to}`;
    byPair.set(k, [...(byPair.get(k) ?? []), e.label]);
  }
  for (const [k, labels] of [...byPair.entries()].sort()) {
    const [from, to] = k.split('|') as [string, string];
    lines.push(`  ${id(from)} --> ${id(to)}: ${[...new Set(labels)].sort().join(' / ')}`);
  }
  for (const t of terminal) lines.push(`  ${id(t)} --> [*]`);
  lines.push('```');
  return lines.join('\n');
}

export function stateDiagrams(): string {
  const absence = { type: 'absence.started', date: '2025-03-10', ref: 'start', index: 0 } as const;
  const informal = explore<InformalState>(
    initialInformalState(absence as never),
    (s, e) => informalTransition(s, e as unknown as TrackEvent),
    (s) => {
      const dates = [s.start, ...s.conversations.map((c) => c.on), ...s.segments.flatMap((g) => [g.start.on, g.resumed?.on ?? s.start])];
      return dates.sort().at(-1)! as PlainDate;
    },
    () => true,
  );
  const request = { type: 'formal.requested', date: '2025-04-16', initiator: 'worker', ref: 'request', index: 0 } as const;
  const formal = explore<FormalState>(
    initialFormalState(request as never),
    (s, e) => formalTransition(s, e as unknown as FormalEvent),
    (s) => {
      const dates = JSON.stringify(s).match(/\d{4}-\d{2}-\d{2}/g) ?? [s.requestedOn];
      return dates.sort().at(-1)! as PlainDate;
    },
    (type) => (FORMAL_EVENT_TYPES as readonly string[]).includes(type),
  );
  const notice = { type: 'force-majeure.notified', date: '2025-11-20', by: 'employer', ref: 'notice', index: 0 } as const;
  const forceMajeure = explore<ForceMajeureState>(
    initialForceMajeureState(notice as never),
    (s, e) => forceMajeureTransition(s, e as unknown as ForceMajeureEvent),
    (s) => {
      const dates = JSON.stringify(s).match(/\d{4}-\d{2}-\d{2}/g) ?? [s.notice.date];
      return dates.sort().at(-1)! as PlainDate;
    },
    (type) => (FORCE_MAJEURE_EVENT_TYPES as readonly string[]).includes(type),
  );
  return [
    '<!-- Generated by `npm run docs` from the reducers (src/informal/transition.ts, src/formal/reducer.ts, src/force-majeure/reducer.ts). Do not edit by hand. -->',
    '',
    '# State diagrams / Toestandsdiagrammen',
    '',
    'Generated by running the reducers: every event type is applied to every reachable state and each change of',
    'status is drawn. Events that leave the status unchanged (contact moments, invitations, reviews, late steps)',
    'are left out; missed deadlines never change a status (they are `overdue`). Gegenereerd door de reducers uit te',
    'voeren: elke gebeurtenis op elke bereikbare toestand; elke statuswijziging is een pijl.',
    '',
    '## Informal track / Informeel traject (omzendbrief re-integratie)',
    '',
    mermaid('informal track', 'contact', informal, ['closed', 'escalated']),
    '',
    '## Formal trajectory / Formeel re-integratietraject (Codex, book I, title 4, chapter VI)',
    '',
    'A request received on day d starts the trajectory on d + 1 (R2022 for starts up to 2025-12-31, R2026 from',
    '2026-01-01; earlier starts are `unsupported`).',
    '',
    mermaid('formal trajectory', 'requested', formal, ['ended']),
    '',
    '## Medical force majeure / Medische overmacht (art. 34 Arbeidsovereenkomstenwet, Codex I.4-82/1)',
    '',
    'A procedure starts when the occupational physician receives the notification. The status `may-end` (the contract',
    'may end) follows from the deadlines at `asOf`, not from an event, so it is not drawn; neither is a late step.',
    '',
    mermaid('medical force majeure', 'notified', forceMajeure, ['ended']),
    '',
  ].join('\n');
}
