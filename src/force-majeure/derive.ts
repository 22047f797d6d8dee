/**
 * The deadlines, flags and issues of one medical force majeure procedure, read out of the reducer's final state:
 * each deadline's facts go to the engine (`deadline`, src/case/engine.ts); statuses and the `overdue` /
 * `due-soon` flags follow centrally (src/case/deadlines.ts).
 *
 * @module
 */
import { compareDates, type PlainDate } from '../calendar/index.js';
import { deadline, type DeadlineFacts } from '../case/engine.js';
import { episodeAt } from '../case/episodes.js';
import type { Flag, ForceMajeureProcedure, Issue } from '../case/output.js';
import { eventIssue, type DeadlineDraft, type TrackContext } from '../case/track.js';
import type { FormalState } from '../formal/reducer.js';
import type { RuleId, RuleSpec } from '../rules/types.js';
import { adaptedWorkAsked, type ForceMajeureState } from './reducer.js';
import { adaptedWorkFormRule } from './rules/adapted-work-form.js';
import { adaptedWorkRequestRule } from './rules/adapted-work-request.js';
import { fmAppealDecisionRule } from './rules/appeal-decision.js';
import { fmAppealWindow, fmAppealWindowRule } from './rules/appeal-window.js';
import { invitationRule } from './rules/invitation.js';
import { mayEnd, mayEndRule } from './rules/may-end.js';
import { mayStart, mayStartRule } from './rules/may-start.js';
import { fmNextInvitationRule, fmNoShowEndValid } from './rules/next-invitation.js';
import { planOrReportRule } from './rules/plan-or-report.js';

export type DerivedProcedure = { deadlines: DeadlineDraft[]; flags: Flag[]; issues: Issue[]; procedure: ForceMajeureProcedure };

const refs = (...xs: (string | undefined)[]): string[] => xs.filter((x): x is string => x !== undefined);

/** One procedure as the derivation reads it. */
type Procedure = { readonly s: ForceMajeureState; readonly ctx: TrackContext };

/** A deadline of the procedure; unmet, it is void once the procedure ended (a right only if it had not expired). */
function draft(p: Procedure, rule: RuleSpec, facts: DeadlineFacts): DeadlineDraft {
  const d = deadline(rule, facts, p.ctx);
  const end = p.s.end;
  if (d.metOn !== undefined || d.state !== undefined || end === undefined) return d;
  if (rule.kind === 'right' && d.due !== null && end.date > d.due) return d;
  return { ...d, state: 'void' };
}

export const flagOf = (code: Flag['code'], severity: Flag['severity'], since: PlainDate, rule: RuleId, reason: string, message: Flag['message']): Flag => ({
  code,
  severity,
  since,
  rule,
  reason,
  message,
});

/** Whether a formal re-integration trajectory runs on `date`: requested on or before it and not ended by then. */
const trajectoryRunsOn = (t: FormalState, date: PlainDate): boolean =>
  t.status !== 'unsupported' && t.requestedOn <= date && (t.end === undefined || t.end.date > date);

/** The earliest start and the start checks (FM-02, FM-03): a warning for each reason the start was not allowed. */
function startPart(p: Procedure, previous: readonly ForceMajeureState[], trajectories: readonly FormalState[]): { deadlines: DeadlineDraft[]; flags: Flag[] } {
  const { s, ctx } = p;
  const n = s.notice;
  const flags: Flag[] = [];
  const startInvalid = (reason: string, nl: string, en: string, fr: string) =>
    flags.push(flagOf('force-majeure-start-invalid', 'warning', n.date, 'force-majeure.may-start', reason, { nl, en, fr }));
  const deadlines: DeadlineDraft[] = [];
  const ep = episodeAt(ctx.episodes, n.date);
  const abandonedOn = previous.filter((x) => x.end?.reason === 'no-show').at(-1)?.end?.date;
  if (ep !== undefined) {
    const r = mayStart({ uninterruptedSince: ep.start, ...(abandonedOn !== undefined ? { abandonedOn } : {}) });
    deadlines.push(draft(p, mayStartRule, { from: ep.start, due: r.due, because: [ep.segments[0]!.startRef, n.ref], metOn: n.date }));
    if (compareDates(n.date, r.due) < 0) {
      startInvalid(
        'before-threshold',
        `De procedure medische overmacht werd op ${n.date} gestart, vóór de vereiste periode van onafgebroken arbeidsongeschiktheid (ten vroegste ${r.due}).`,
        `The medical force majeure procedure was started on ${n.date}, before the required period of uninterrupted incapacity (at the earliest ${r.due}).`,
        `La procédure de force majeure médicale a été engagée le ${n.date}, avant la période requise d'incapacité de travail ininterrompue (au plus tôt le ${r.due}).`,
      );
    }
  } else if (ctx.episodes.length > 0) {
    startInvalid(
      'not-incapacitated',
      `De procedure medische overmacht werd op ${n.date} gestart terwijl de werknemer niet arbeidsongeschikt was.`,
      `The medical force majeure procedure was started on ${n.date} while the worker was not incapacitated.`,
      `La procédure de force majeure médicale a été engagée le ${n.date} alors que le travailleur n'était pas en incapacité de travail.`,
    );
  }
  const running = trajectories.find((t) => trajectoryRunsOn(t, n.date));
  if (running !== undefined) {
    startInvalid(
      'trajectory-running',
      `De procedure medische overmacht werd op ${n.date} gestart terwijl het re-integratietraject aangevraagd op ${running.requestedOn} liep.`,
      `The medical force majeure procedure was started on ${n.date} while the re-integration trajectory requested on ${running.requestedOn} was running.`,
      `La procédure de force majeure médicale a été engagée le ${n.date} pendant le trajet de réintégration demandé le ${running.requestedOn}.`,
    );
  }
  if (n.by === 'employer' && n.rightsMentioned === false) {
    startInvalid(
      'rights-not-mentioned',
      `De kennisgeving van de werkgever (${n.date}) vermeldt niet het recht van de werknemer om aangepast of ander werk te laten onderzoeken en zich te laten bijstaan door de vakbondsafvaardiging.`,
      `The employer's notification (${n.date}) does not name the worker's right to have adapted or other work examined and to be assisted by the union delegation.`,
      `La notification de l'employeur (${n.date}) ne mentionne pas le droit du travailleur de faire examiner les possibilités de travail adapté ou autre travail et de se faire assister par la délégation syndicale.`,
    );
  }
  return { deadlines, flags };
}

/** The invitation (at the earliest 10 days), the next invitations (14 days apart), a no-show end checked. */
function examinationPart(p: Procedure): { deadlines: DeadlineDraft[]; flags: Flag[] } {
  const { s } = p;
  const first = s.invitations[0] ?? s.finding;
  const deadlines = [draft(p, invitationRule, { from: s.notice.date, because: refs(s.notice.ref, first?.ref), metOn: first?.date })];
  const examining = s.finding === undefined && s.end === undefined;
  for (const [k, inv] of s.invitations.slice(0, 2).entries()) {
    const next = s.invitations[k + 1];
    deadlines.push(
      draft(p, fmNextInvitationRule, { from: inv.date, because: refs(inv.ref, next?.ref), metOn: next?.date, state: next === undefined && !examining ? 'void' : undefined }),
    );
  }
  const flags: Flag[] = [];
  const noShow = s.noShow;
  if (noShow !== undefined && !fmNoShowEndValid(s.invitations.map((x) => x.date))) {
    flags.push(
      flagOf('no-show-end-invalid', 'warning', noShow.date, 'force-majeure.next-invitation', 'fewer-than-three-invitations', {
        nl: `De procedure medische overmacht werd op ${noShow.date} beëindigd omdat de werknemer niet inging op de uitnodigingen, maar er waren geen 3 uitnodigingen met telkens minstens 14 kalenderdagen ertussen (${s.invitations.length} uitnodiging(en)).`,
        en: `The medical force majeure procedure was ended on ${noShow.date} because the worker did not accept the invitations, but there were not 3 invitations each at least 14 calendar days apart (${s.invitations.length} invitation(s)).`,
        fr: `La procédure de force majeure médicale a pris fin le ${noShow.date} parce que le travailleur n'a pas donné suite aux invitations, mais il n'y a pas eu 3 invitations espacées chacune d'au moins 14 jours calendrier (${s.invitations.length} invitation(s)).`,
      }),
    );
  }
  return { deadlines, flags };
}

/** After a finding of definitive unfitness: the appeal, adapted or other work, and the day the contract may end. */
function afterFindingPart(p: Procedure): { deadlines: DeadlineDraft[]; flags: Flag[]; mayEndDue: PlainDate | null } {
  const { s, ctx } = p;
  const f = s.finding;
  if (f === undefined || !f.definitiveUnfitness) return { deadlines: [], flags: [], mayEndDue: null };
  const deadlines: DeadlineDraft[] = [];
  const flags: Flag[] = [];
  const timely = s.appeal?.late === false ? s.appeal : undefined;
  deadlines.push(draft(p, fmAppealWindowRule, { from: f.receivedByWorker, because: refs(f.ref, timely?.ref), metOn: timely?.date }));
  if (s.appeal?.late === true) {
    flags.push(
      flagOf('appeal-late', 'warning', s.appeal.date, 'force-majeure.appeal-window', 'after-21-days', {
        nl: `Het beroep van ${s.appeal.date} tegen de vaststelling kwam na de termijn van 21 kalenderdagen na de ontvangst ervan (${f.receivedByWorker}).`,
        en: `The appeal of ${s.appeal.date} against the finding came after the 21 calendar days from its receipt (${f.receivedByWorker}).`,
        fr: `Le recours du ${s.appeal.date} contre le constat a été introduit après le délai de 21 jours calendrier suivant sa réception (${f.receivedByWorker}).`,
      }),
    );
  }
  if (timely !== undefined) {
    deadlines.push(draft(p, fmAppealDecisionRule, { from: timely.date, because: refs(timely.ref, timely.decided?.ref), metOn: timely.decided?.date }));
  }
  if (!f.askedAtExamination) {
    deadlines.push(draft(p, adaptedWorkRequestRule, { from: f.receivedByWorker, because: refs(f.ref, s.request?.ref), metOn: s.request?.date }));
  }
  if (s.request !== undefined) {
    deadlines.push(draft(p, adaptedWorkFormRule, { from: s.request.date, because: refs(s.request.ref, s.form?.ref), metOn: s.form?.date }));
  }
  const answer = s.plan ?? s.report;
  if (adaptedWorkAsked(s)) {
    const from = s.form ?? s.request ?? f;
    deadlines.push(draft(p, planOrReportRule, { from: from.date, because: refs(from.ref, answer?.ref), metOn: answer?.date }));
  }
  const refused = s.answer?.answer === 'refused' ? s.answer : undefined;
  const r = mayEnd({
    receivedByWorker: f.receivedByWorker,
    appealWindowEnd: ctx.deadline(fmAppealWindow(f).due),
    ...(timely !== undefined ? { appeal: timely.decided !== undefined ? { decided: { outcome: timely.decided.outcome, on: timely.decided.date } } : {} } : {}),
    adaptedWork: adaptedWorkAsked(s) ? { asked: true, ...(s.report !== undefined ? { reportOn: s.report.date } : {}), ...(refused !== undefined ? { refusedOn: refused.date } : {}) } : { asked: false },
  });
  const end = s.end;
  const contractEnded = end?.reason === 'contract-ended' ? end : undefined;
  deadlines.push(
    deadline(mayEndRule, {
      from: f.receivedByWorker,
      due: r.due,
      because: refs(f.ref, timely?.decided?.ref, s.report?.ref, refused?.ref, contractEnded?.ref),
      metOn: contractEnded?.date,
      state: end !== undefined && contractEnded === undefined ? 'void' : undefined,
      ...(r.branch !== null ? { reason: r.branch } : {}),
    }, ctx),
  );
  return { deadlines, flags, mayEndDue: r.due };
}

/** The critical flag for a contract ended for medical force majeure before the day it may end. */
export function endPrematureFlag(endedOn: PlainDate, mayEndDue: PlainDate | null, reason: string): Flag {
  const after = mayEndDue !== null ? ` (ten vroegste ${mayEndDue})` : '';
  const afterEn = mayEndDue !== null ? ` (at the earliest ${mayEndDue})` : '';
  const afterFr = mayEndDue !== null ? ` (au plus tôt le ${mayEndDue})` : '';
  return flagOf('force-majeure-end-premature', 'critical', endedOn, 'force-majeure.may-end', reason, {
    nl: `De arbeidsovereenkomst werd op ${endedOn} beëindigd wegens medische overmacht, vóór de voorwaarden van art. 34 Arbeidsovereenkomstenwet vervuld waren${after}.`,
    en: `The employment contract was ended on ${endedOn} for medical force majeure before the conditions of art. 34 of the Employment Contracts Act were met${afterEn}.`,
    fr: `Le contrat de travail a pris fin le ${endedOn} pour force majeure médicale avant que les conditions de l'art. 34 de la loi relative aux contrats de travail soient remplies${afterFr}.`,
  });
}

/**
 * Everything procedure `i` of `states` produces: its deadlines, flags, issues and its public view at `asOf`.
 * `trajectories` are the formal trajectories of the case, for the start check (FM-02).
 */
export function deriveProcedure(states: readonly ForceMajeureState[], i: number, ctx: TrackContext, trajectories: readonly FormalState[]): DerivedProcedure {
  const s = states[i]!;
  const p: Procedure = { s, ctx };
  const start = startPart(p, states.slice(0, i), trajectories);
  const exam = examinationPart(p);
  const after = afterFindingPart(p);
  const flags = [...start.flags, ...exam.flags, ...after.flags];
  if (s.end?.reason === 'contract-ended' && (after.mayEndDue === null || compareDates(s.end.date, after.mayEndDue) < 0)) {
    flags.push(endPrematureFlag(s.end.date, after.mayEndDue, s.finding?.definitiveUnfitness === true ? 'conditions-not-met' : 'no-finding'));
  }
  const mayEndReached = after.mayEndDue !== null && compareDates(ctx.asOf, after.mayEndDue) >= 0;
  const procedure: ForceMajeureProcedure = {
    status: s.status === 'unfit' && mayEndReached ? 'may-end' : s.status,
    regime: s.regime,
    notifiedOn: s.notice.date,
    by: s.notice.by,
    ...(s.end !== undefined ? { endReason: s.end.reason, endedOn: s.end.date } : {}),
  };
  return {
    deadlines: [...start.deadlines, ...exam.deadlines, ...after.deadlines],
    flags,
    issues: s.setAside.map((x) => eventIssue(x, 'out-of-sequence', 'warning', `${x.reason}; ignored`)),
    procedure,
  };
}
