/**
 * The floor: a bare hand-written switch reducer that only tracks the states of the absence, the informal track
 * and the formal trajectory. No validation, no dates, no deadlines, no allocation per event: nothing can process
 * the same event stream much faster, so `evaluate` is measured against it (target: within 20x).
 */
import type { CaseEventInput } from '../src/index.js';

export type BaselineState = {
  absence: 'none' | 'absent' | 'working' | 'ended';
  informal: 'none' | 'contact' | 'exploring' | 'preparing-resumption' | 'resumption-agreed' | 'resumed' | 'closed' | 'escalated';
  formal: 'none' | 'requested' | 'assessing' | 'decided-a' | 'decided-b' | 'appeal-pending' | 'plan-offered' | 'plan-agreed' | 'ended';
  trajectories: number;
};

const ACTIVE_FORMAL = new Set<BaselineState['formal']>([
  'requested',
  'assessing',
  'decided-a',
  'decided-b',
  'appeal-pending',
  'plan-offered',
  'plan-agreed',
]);

/** One step; mutates and returns `s` (the floor allocates nothing). */
export function step(s: BaselineState, e: CaseEventInput): BaselineState {
  switch (e.type) {
    case 'absence.started':
      if (s.absence !== 'ended') {
        s.absence = 'absent';
        if (s.informal !== 'closed') s.informal = 'contact';
      }
      break;
    case 'work.resumed':
      if (s.absence === 'absent') {
        s.absence = 'working';
        if (s.informal !== 'closed' && s.informal !== 'escalated' && s.informal !== 'none') s.informal = 'resumed';
      }
      break;
    case 'employment.ended':
      s.absence = 'ended';
      if (s.informal !== 'none') s.informal = 'closed';
      if (ACTIVE_FORMAL.has(s.formal)) s.formal = 'ended';
      break;
    case 'conversation.held':
      if (s.informal === 'contact' || s.informal === 'exploring') {
        s.informal = e.outcome === 'resumption-possible' ? 'preparing-resumption' : 'exploring';
      }
      break;
    case 'arrangements.agreed':
      if (s.informal === 'preparing-resumption') s.informal = 'resumption-agreed';
      break;
    case 'formal.requested':
      if (!ACTIVE_FORMAL.has(s.formal)) {
        s.formal = 'requested';
        s.trajectories++;
        if (s.informal !== 'none' && s.informal !== 'closed') s.informal = 'escalated';
      }
      break;
    case 'formal.invited':
      if (s.formal === 'requested') s.formal = 'assessing';
      break;
    case 'formal.no-show':
      if (s.formal === 'requested' || s.formal === 'assessing') s.formal = 'ended';
      break;
    case 'formal.assessed':
      if (ACTIVE_FORMAL.has(s.formal)) s.formal = e.decision === 'A' ? 'decided-a' : e.decision === 'B' ? 'decided-b' : 'ended';
      break;
    case 'formal.appeal-lodged':
      if (s.formal === 'decided-b') s.formal = 'appeal-pending';
      break;
    case 'formal.appeal-decided':
      if (s.formal === 'appeal-pending') s.formal = e.outcome === 'confirmed' ? 'decided-b' : 'assessing';
      break;
    case 'formal.plan-offered':
      if (s.formal === 'decided-a' || s.formal === 'decided-b') s.formal = 'plan-offered';
      break;
    case 'formal.report-delivered':
      if (s.formal === 'decided-a' || s.formal === 'decided-b') s.formal = 'ended';
      break;
    case 'formal.plan-answered':
      if (s.formal === 'plan-offered') s.formal = e.answer === 'agreed' ? 'plan-agreed' : 'ended';
      break;
    case 'formal.plan-deemed-refused':
      if (s.formal === 'plan-offered') s.formal = 'ended';
      break;
    case 'certificate.definitive-unfitness':
    case 'contact.agreed':
    case 'contact.made':
    case 'occupational-physician.notified':
    case 'occupational-physician.informed-worker':
    case 'conversation.planned':
    case 'deviation.recorded':
    case 'smt.referred':
    case 'smt.advised':
    case 'second-line.consulted':
    case 'follow-up.held':
    case 'pre-resumption-visit.requested':
    case 'pre-resumption-visit.held':
    case 'return-to-work-exam.held':
    case 'work-potential.requested':
    case 'work-potential.waived':
    case 'work-potential.assessed':
    case 'formal.worker-contacted':
    case 'formal.plan-reviewed':
      break;
  }
  return s;
}

/** Runs one case's events (in date order) and returns the final states. */
export function runBaseline(events: readonly CaseEventInput[]): BaselineState {
  const s: BaselineState = { absence: 'none', informal: 'none', formal: 'none', trajectories: 0 };
  for (let i = 0; i < events.length; i++) step(s, events[i]!);
  return s;
}
