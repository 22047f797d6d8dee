/**
 * `validateCase` stores the day number of each event's date and the number of its type (`day`, `kind`), and the
 * tracks read them instead of comparing date strings and hashing type names. The tracks are also public
 * functions (`reintegratie/formal`, `reintegratie/informal`) that take events without them: both ways must give
 * the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, type PlainDate } from '../../src/calendar/index.js';
import { EVENT_KINDS } from '../../src/case/check.js';
import { buildEpisodes } from '../../src/case/episodes.js';
import type { TrackContext } from '../../src/case/track.js';
import { dayOf, kindOf, validateCase, type ValidatedEvent } from '../../src/case/validate.js';
import { evaluateFormal } from '../../src/formal/index.js';
import { evaluateHealth } from '../../src/health/index.js';
import { evaluateInformal, informalTransition, initialInformalState } from '../../src/informal/index.js';
import { eventsByEpisode } from '../../src/informal/episode-events.js';
import { FUZZ_RUNS, validCase } from '../arbitraries.js';

const asOf = '2026-12-31' as PlainDate;

function context(events: readonly ValidatedEvent[], employee: TrackContext['employee'], grouped: boolean): TrackContext {
  const { episodes, employmentEndedOn } = buildEpisodes(events);
  return {
    asOf,
    options: { asOf, employerHeadcount: 50 },
    calendar: {},
    deadline: (d) => d,
    employee,
    events,
    episodes,
    employmentEndedOn,
    byEpisode: grouped ? eventsByEpisode(events, episodes, employmentEndedOn) : undefined,
  };
}

/** The event as a caller of the public track functions builds it: no `day`, no `kind`. */
function plain(e: ValidatedEvent): ValidatedEvent {
  const { day: _day, kind: _kind, ...rest } = e as ValidatedEvent & { day?: number; kind?: number };
  return rest as ValidatedEvent;
}

describe('events with and without their stored day and type numbers', () => {
  it('validateCase stores the day number of the date and the number of the type', () => {
    const v = validateCase(
      {
        caseId: 'c',
        events: [
          { id: 'a', type: 'absence.started', date: '2024-02-29' },
          { id: 'b', type: 'formal.requested', date: '2024-12-31', initiator: 'worker' },
        ],
      },
      asOf,
    );
    expect(v.events.map((e) => [e.day, EVENT_KINDS[e.kind]])).toEqual([
      [19782, 'absence.started'],
      [20088, 'formal.requested'],
    ]);
    expect(v.events.map((e) => [dayOf(plain(e)), kindOf(plain(e))])).toEqual(v.events.map((e) => [e.day, e.kind]));
  });

  it('the informal, health and formal tracks give the same result both ways', () => {
    fc.assert(
      fc.property(validCase('2023-06-01', '2026-10-31'), (input) => {
        const v = validateCase(input, asOf);
        for (const e of v.events) expect(e.day).toBe(toDayNumber(e.date));
        const stored = context(v.events, v.employee, true);
        const bare = context(v.events.map(plain), v.employee, false);
        expect(evaluateInformal(bare)).toEqual(evaluateInformal(stored));
        expect(evaluateHealth(bare)).toEqual(evaluateHealth(stored));
        expect(evaluateFormal(bare)).toEqual(evaluateFormal(stored));
      }),
      { numRuns: FUZZ_RUNS ?? 200 },
    );
  });

  it('informalTransition takes events without a type number, as its docs show', () => {
    const s0 = initialInformalState({ type: 'absence.started', date: '2025-03-10' as PlainDate });
    const s1 = informalTransition(s0, { type: 'conversation.held', date: '2025-04-20' as PlainDate, outcome: 'resumption-possible', attentionPoints: false });
    expect(s1.status).toBe('preparing-resumption');
  });
});
