/**
 * The peer: the same re-integration transitions as an XState v5 machine, written the way a careful user of XState
 * would write it (`setup` with named guards and `assign` actions, a parallel machine with one region per track,
 * the key dates in context), driven with XState's pure `transition()`.
 *
 * It tracks the states of the absence, the informal track and the formal trajectory, and the dates and facts
 * needed to decide the transitions (relapse within 14 days, regime by start date, the appeal window, the no-show
 * rule, the restart bar, the premature-request checks). It does not derive deadlines, statuses at `asOf`,
 * actions, citations or labels: `evaluate` does all of that on top, so the comparison favours XState.
 *
 * XState is a devDependency used only here; the library itself does not depend on it.
 */
import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import { toDayNumber, type PlainDate } from '../src/calendar/index.js';
import type { CaseEventInput } from '../src/index.js';

type Ev = CaseEventInput;

type Trajectory = {
  regime: 'R2022' | 'R2026';
  requestedOn: number;
  initiator: 'worker' | 'treating-physician' | 'employer';
  invitations: number[];
  decision: 'A' | 'B' | 'C' | null;
  receivedByEmployer: number | null;
  receivedByWorker: number | null;
  appealLodgedOn: number | null;
  appealDecidedOn: number | null;
  planOfferedOn: number | null;
  workerContactedOn: number | null;
  endReason: 'no-show' | 'decision-c' | 'report' | 'plan-refused' | 'plan-deemed-refused' | 'employment-ended' | null;
  flags: string[];
};

type Ctx = {
  /** First day of the uninterrupted incapacity (relapses within 14 days keep it). */
  uninterruptedSince: number | null;
  /** Start of the current absence segment. */
  segmentStart: number | null;
  resumedOn: number | null;
  employmentEndedOn: number | null;
  certificateOn: number | null;
  workPotential: boolean | null;
  /** Informal track of the current episode. */
  firstConversationOn: number | null;
  possibleOn: number | null;
  attentionPoints: boolean;
  arrangementsOn: number | null;
  deviationUntil: number | null;
  /** The latest decision C (restart bar), and all trajectories, oldest first. */
  decisionCOn: number | null;
  trajectories: Trajectory[];
};

const day = (d: string): number => toDayNumber(d as PlainDate);
const R2022_FROM = day('2022-10-01');
const R2026_FROM = day('2026-01-01');
const INFORMAL_FROM = day('2024-01-01');

/** "x + n months" as day numbers, clamped to the month end (enough for the checks the machine makes). */
function monthsLater(x: number, n: number): number {
  const d = new Date(x * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86_400_000;
}

const current = (c: Ctx): Trajectory => c.trajectories[c.trajectories.length - 1]!;
/** Replaces the current trajectory (context is immutable in XState). */
const withCurrent = (c: Ctx, patch: Partial<Trajectory>): Trajectory[] => [
  ...c.trajectories.slice(0, -1),
  { ...current(c), ...patch },
];

const initialContext = (): Ctx => ({
  uninterruptedSince: null,
  segmentStart: null,
  resumedOn: null,
  employmentEndedOn: null,
  certificateOn: null,
  workPotential: null,
  firstConversationOn: null,
  possibleOn: null,
  attentionPoints: false,
  arrangementsOn: null,
  deviationUntil: null,
  decisionCOn: null,
  trajectories: [],
});

export const caseMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as Ev,
  },
  guards: {
    /** A relapse within the first 14 days of the resumption attempt continues the same incapacity. */
    isRelapse: ({ context, event }) =>
      context.resumedOn !== null && day(event.date) <= context.resumedOn + 13,
    informalInForce: ({ event }) => day(event.date) >= INFORMAL_FROM,
    newEpisodeInForce: ({ context, event }) =>
      day(event.date) >= INFORMAL_FROM && context.resumedOn !== null && day(event.date) > context.resumedOn + 13,
    resumesAfterStart: ({ context, event }) => context.segmentStart !== null && day(event.date) > context.segmentStart,
    notYetPossible: ({ event }) => event.type === 'conversation.held' && event.outcome === 'not-yet-possible',
    resumptionPossible: ({ event }) => event.type === 'conversation.held' && event.outcome === 'resumption-possible',
    regimeSupported: ({ event }) => day(event.date) + 1 >= R2022_FROM,
    decisionA: ({ event }) => event.type === 'formal.assessed' && event.decision === 'A',
    decisionB: ({ event }) => event.type === 'formal.assessed' && event.decision === 'B',
    /** Three invitations, each at least 14 days after the previous one. */
    validNoShow: ({ context }) => {
      const inv = current(context).invitations;
      if (inv.length < 3) return false;
      for (let i = 1; i < inv.length; i++) if (inv[i]! - inv[i - 1]! < 14) return false;
      return true;
    },
    /** An appeal after the 21 days is flagged and suspends nothing. */
    appealInTime: ({ context, event }) => {
      const t = current(context);
      return t.receivedByWorker !== null && day(event.date) <= t.receivedByWorker + 21;
    },
    appealConfirmed: ({ event }) => event.type === 'formal.appeal-decided' && event.outcome === 'confirmed',
    planAgreed: ({ event }) => event.type === 'formal.plan-answered' && event.answer === 'agreed',
  },
  actions: {
    startEpisode: assign(({ event }) => {
      const d = day(event.date);
      return {
        uninterruptedSince: d,
        segmentStart: d,
        resumedOn: null,
        firstConversationOn: null,
        possibleOn: null,
        attentionPoints: false,
        arrangementsOn: null,
        deviationUntil: null,
      };
    }),
    continueEpisode: assign(({ event }) => ({ segmentStart: day(event.date), resumedOn: null })),
    resume: assign(({ event }) => ({ resumedOn: day(event.date) })),
    endEmployment: assign(({ event }) => ({ employmentEndedOn: day(event.date) })),
    recordCertificate: assign(({ event }) => ({ certificateOn: day(event.date) })),
    recordWorkPotential: assign(({ event }) => ({
      workPotential: event.type === 'work-potential.assessed' ? event.potential : null,
    })),
    recordConversation: assign(({ context, event }) => ({
      firstConversationOn: context.firstConversationOn ?? day(event.date),
    })),
    recordPossible: assign(({ context, event }) => ({
      firstConversationOn: context.firstConversationOn ?? day(event.date),
      possibleOn: day(event.date),
      attentionPoints: event.type === 'conversation.held' && event.attentionPoints === true,
    })),
    recordDeviation: assign(({ event }) => ({
      deviationUntil: event.type === 'deviation.recorded' && event.until !== undefined ? day(event.until) : Infinity,
    })),
    recordArrangements: assign(({ event }) => ({ arrangementsOn: day(event.date) })),
    startTrajectory: assign(({ context, event }) => {
      if (event.type !== 'formal.requested') return {};
      const d = day(event.date);
      const regime = d + 1 >= R2026_FROM ? 'R2026' : 'R2022';
      const flags: string[] = [];
      if (event.initiator === 'employer') {
        const since = context.uninterruptedSince ?? d;
        const premature =
          regime === 'R2022'
            ? d < monthsLater(since, 3) && context.certificateOn === null
            : event.workerConsent !== true && context.workPotential !== true;
        if (premature) flags.push('premature-employer-request');
      }
      if (context.decisionCOn !== null && d < monthsLater(context.decisionCOn, 3) && event.earlyRestartAllowed !== true) {
        flags.push('restart-before-bar');
      }
      const t: Trajectory = {
        regime,
        requestedOn: d,
        initiator: event.initiator,
        invitations: [],
        decision: null,
        receivedByEmployer: null,
        receivedByWorker: null,
        appealLodgedOn: null,
        appealDecidedOn: null,
        planOfferedOn: null,
        workerContactedOn: null,
        endReason: null,
        flags,
      };
      return { trajectories: [...context.trajectories, t] };
    }),
    invite: assign(({ context, event }) => ({
      trajectories: withCurrent(context, { invitations: [...current(context).invitations, day(event.date)] }),
    })),
    decide: assign(({ context, event }) => {
      if (event.type !== 'formal.assessed') return {};
      const d = day(event.date);
      const receivedByEmployer = event.receivedByEmployer !== undefined ? day(event.receivedByEmployer) : d;
      const patch: Partial<Trajectory> = {
        decision: event.decision,
        receivedByEmployer,
        receivedByWorker: event.receivedByWorker !== undefined ? day(event.receivedByWorker) : d,
      };
      if (event.decision === 'C') patch.endReason = 'decision-c';
      return {
        trajectories: withCurrent(context, patch),
        decisionCOn: event.decision === 'C' ? receivedByEmployer : context.decisionCOn,
      };
    }),
    lodgeAppeal: assign(({ context, event }) => {
      const t = current(context);
      const d = day(event.date);
      const late = t.receivedByWorker !== null && d > t.receivedByWorker + 21;
      return {
        trajectories: withCurrent(context, { appealLodgedOn: d, flags: late ? [...t.flags, 'appeal-late'] : t.flags }),
      };
    }),
    decideAppeal: assign(({ context, event }) => ({
      trajectories: withCurrent(context, { appealDecidedOn: day(event.date) }),
    })),
    overturn: assign(({ context, event }) => ({
      trajectories: withCurrent(context, {
        appealDecidedOn: day(event.date),
        decision: null,
        flags: [...current(context).flags, 'appeal-overturned-needs-decision'],
      }),
    })),
    offerPlan: assign(({ context, event }) => ({
      trajectories: withCurrent(context, { planOfferedOn: day(event.date) }),
    })),
    contactWorker: assign(({ context, event }) => ({
      trajectories: withCurrent(context, { workerContactedOn: day(event.date) }),
    })),
    endNoShow: assign(({ context }) => ({ trajectories: withCurrent(context, { endReason: 'no-show' }) })),
    endNoShowInvalid: assign(({ context }) => ({
      trajectories: withCurrent(context, { endReason: 'no-show', flags: [...current(context).flags, 'no-show-end-invalid'] }),
    })),
    endReport: assign(({ context }) => ({ trajectories: withCurrent(context, { endReason: 'report' }) })),
    endRefused: assign(({ context }) => ({ trajectories: withCurrent(context, { endReason: 'plan-refused' }) })),
    endDeemedRefused: assign(({ context }) => ({ trajectories: withCurrent(context, { endReason: 'plan-deemed-refused' }) })),
    endByEmployment: assign(({ context }) => ({ trajectories: withCurrent(context, { endReason: 'employment-ended' }) })),
  },
}).createMachine({
  id: 'reintegration',
  type: 'parallel',
  context: initialContext,
  states: {
    absence: {
      initial: 'none',
      states: {
        none: { on: { 'absence.started': { target: 'absent', actions: 'startEpisode' } } },
        absent: { on: { 'work.resumed': { target: 'working', guard: 'resumesAfterStart', actions: 'resume' } } },
        working: {
          on: {
            'absence.started': [
              { target: 'absent', guard: 'isRelapse', actions: 'continueEpisode' },
              { target: 'absent', actions: 'startEpisode' },
            ],
          },
        },
        ended: { type: 'final' },
      },
      on: {
        'employment.ended': { target: '.ended', actions: 'endEmployment' },
        'certificate.definitive-unfitness': { actions: 'recordCertificate' },
        'work-potential.assessed': { actions: 'recordWorkPotential' },
      },
    },
    informal: {
      initial: 'idle',
      states: {
        idle: { on: { 'absence.started': { target: 'active', guard: 'informalInForce' } } },
        active: {
          initial: 'absent',
          states: {
            absent: {
              initial: 'contact',
              states: {
                contact: {
                  on: {
                    'conversation.held': [
                      { target: 'exploring', guard: 'notYetPossible', actions: 'recordConversation' },
                      { target: 'preparingResumption', guard: 'resumptionPossible', actions: 'recordPossible' },
                    ],
                  },
                },
                exploring: {
                  on: {
                    'conversation.held': [
                      { target: 'exploring', guard: 'notYetPossible', actions: 'recordConversation' },
                      { target: 'preparingResumption', guard: 'resumptionPossible', actions: 'recordPossible' },
                    ],
                  },
                },
                preparingResumption: {
                  on: {
                    'arrangements.agreed': { target: 'resumptionAgreed', actions: 'recordArrangements' },
                    'deviation.recorded': { actions: 'recordDeviation' },
                  },
                },
                resumptionAgreed: {},
                /** Where the track was when work resumed: a relapse within 14 days continues from there. */
                hist: { type: 'history' },
              },
              on: { 'work.resumed': { target: 'resumed', guard: 'resumesAfterStart' } },
            },
            resumed: {
              on: {
                'absence.started': [
                  { target: 'absent.hist', guard: 'isRelapse' },
                  // A later absence is a new episode with a fresh informal track.
                  { target: '#reintegration.informal.active', reenter: true, guard: 'informalInForce' },
                  { target: '#reintegration.informal.idle' },
                ],
              },
            },
          },
          on: {
            'formal.requested': { target: 'escalated' },
            'employment.ended': { target: 'closed' },
          },
        },
        escalated: {
          on: {
            'absence.started': { target: 'active', guard: 'newEpisodeInForce' },
            'employment.ended': { target: 'closed' },
          },
        },
        closed: { type: 'final' },
      },
    },
    formal: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'formal.requested': [
              { target: 'active', guard: 'regimeSupported', actions: 'startTrajectory' },
              { target: 'unsupported' },
            ],
          },
        },
        unsupported: {},
        active: {
          initial: 'requested',
          states: {
            requested: {
              on: {
                'formal.invited': { target: 'assessing', actions: 'invite' },
                'formal.assessed': [
                  { target: 'decidedA', guard: 'decisionA', actions: 'decide' },
                  { target: 'decidedB', guard: 'decisionB', actions: 'decide' },
                  { target: '#reintegration.formal.ended', actions: 'decide' },
                ],
                'formal.no-show': { target: '#reintegration.formal.ended', actions: 'endNoShowInvalid' },
              },
            },
            assessing: {
              on: {
                'formal.invited': { actions: 'invite' },
                // A decision, also again after an appeal that overturned decision B.
                'formal.assessed': [
                  { target: 'decidedA', guard: 'decisionA', actions: 'decide' },
                  { target: 'decidedB', guard: 'decisionB', actions: 'decide' },
                  { target: '#reintegration.formal.ended', actions: 'decide' },
                ],
                'formal.no-show': [
                  { target: '#reintegration.formal.ended', guard: 'validNoShow', actions: 'endNoShow' },
                  { target: '#reintegration.formal.ended', actions: 'endNoShowInvalid' },
                ],
              },
            },
            decidedA: {
              on: {
                'formal.plan-offered': { target: 'planOffered', actions: 'offerPlan' },
                'formal.report-delivered': { target: '#reintegration.formal.ended', actions: 'endReport' },
              },
            },
            decidedB: {
              on: {
                'formal.appeal-lodged': [
                  { target: 'appealPending', guard: 'appealInTime', actions: 'lodgeAppeal' },
                  { actions: 'lodgeAppeal' },
                ],
                // A late appeal suspends nothing, but the inspector physician may still decide it.
                'formal.appeal-decided': [
                  { target: 'decidedB', guard: 'appealConfirmed', actions: 'decideAppeal' },
                  { target: 'assessing', actions: 'overturn' },
                ],
                'formal.plan-offered': { target: 'planOffered', actions: 'offerPlan' },
                'formal.report-delivered': { target: '#reintegration.formal.ended', actions: 'endReport' },
              },
            },
            appealPending: {
              on: {
                'formal.appeal-decided': [
                  { target: 'decidedB', guard: 'appealConfirmed', actions: 'decideAppeal' },
                  { target: 'assessing', actions: 'overturn' },
                ],
              },
            },
            planOffered: {
              on: {
                'formal.plan-answered': [
                  { target: 'planAgreed', guard: 'planAgreed' },
                  { target: '#reintegration.formal.ended', actions: 'endRefused' },
                ],
                'formal.worker-contacted': { actions: 'contactWorker' },
                'formal.plan-deemed-refused': { target: '#reintegration.formal.ended', actions: 'endDeemedRefused' },
              },
            },
            planAgreed: {},
          },
          on: { 'employment.ended': { target: 'ended', actions: 'endByEmployment' } },
        },
        ended: {
          on: { 'formal.requested': { target: 'active', guard: 'regimeSupported', actions: 'startTrajectory' } },
        },
      },
    },
  },
});

export type CaseSnapshot = SnapshotFrom<typeof caseMachine>;

/** The machine's start state (computed once; snapshots are immutable). */
export const initialSnapshot: CaseSnapshot = initialTransition(caseMachine)[0];

/** Runs one case's events (in date order) through the machine with the pure `transition()`. */
export function runXState(events: readonly Ev[]): CaseSnapshot {
  let snapshot = initialSnapshot;
  for (const e of events) snapshot = transition(caseMachine, snapshot, e)[0];
  return snapshot;
}
