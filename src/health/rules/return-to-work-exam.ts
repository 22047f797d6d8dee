import { diffDays, type CalendarOptions, type PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { agoGuidance, codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { EXAM_ABSENCE_FROM_EPISODE, TEN_WORKING_DAYS_CURRENT_TEXT, WORKING_DAYS_MON_FRI } from '../interpretations.js';

/** Working days after the resumption within which the exam takes place. */
export const RETURN_TO_WORK_EXAM_WORKING_DAYS = 10;
/** The absence (in days) after which a worker under health surveillance is examined at resumption. */
export const RETURN_TO_WORK_EXAM_AFTER_DAYS = 28;

/**
 * The examination at resumption (onderzoek bij werkhervatting) of a worker under health surveillance (safety
 * function, increased vigilance, specific risk) after an absence of at least 4 weeks.
 *
 * Codex I.4-34: at the earliest on the day of resumption and at the latest on the 10th working day after it. AgO
 * guidance, step 3: "Het onderzoek bij werkhervatting door de preventieadviseur-arbeidsarts is verplicht voor de
 * personeelsleden die onderworpen zijn aan het verplicht gezondheidstoezicht na een afwezigheid van minstens 4
 * opeenvolgende weken." A working-day term ends on a working day: no rollover.
 */
export const returnToWorkExamRule: RuleSpec = {
  id: 'health.return-to-work-exam',
  track: 'health',
  actor: 'occupational-physician',
  kind: 'obligation',
  label: {
    nl: 'Onderzoek bij werkhervatting (gezondheidstoezicht)',
    en: 'Return-to-work examination (health surveillance)',
    fr: 'Examen de reprise du travail (surveillance de la santé)',
  },
  counts: {
    from: 'work.resumed',
    term: { workingDays: RETURN_TO_WORK_EXAM_WORKING_DAYS },
    rollover: false,
    voidWhen: ['a relapse within 14 days before the exam', 'the employment ends before the exam'],
  },
  metBy: ['return-to-work-exam.held'],
  basis: [codex('I.4-34'), agoGuidance('informeel traject, stap 3')],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const returnToWorkExamProse: RuleProse = {
  term: { nl: '10 werkdagen', en: '10 working days', fr: '10 jours ouvrables' },
  countedFrom: {
    nl: 'de dag van de werkhervatting na minstens 4 weken afwezigheid, voor wie onder gezondheidstoezicht staat',
    en: 'the day of resumption after an absence of at least 4 weeks, for workers under health surveillance',
    fr: "le jour de la reprise du travail après une absence d'au moins 4 semaines, pour le travailleur soumis à la surveillance de la santé",
  },
  interpretations: [WORKING_DAYS_MON_FRI, TEN_WORKING_DAYS_CURRENT_TEXT, EXAM_ABSENCE_FROM_EPISODE],
};

/** Whether a resumption on `resumedOn` after an absence since `absentSince` needs the exam: at least 28 days. */
export const examRequired = (absentSince: PlainDate, resumedOn: PlainDate): boolean =>
  diffDays(absentSince, resumedOn) >= RETURN_TO_WORK_EXAM_AFTER_DAYS;

/**
 * The last day of the exam, or null when the exam is not required.
 *
 * @example
 * returnToWorkExam({ absentSince: '2025-03-10', resumedOn: '2025-04-14', underHealthSurveillance: true }) //=> { due: '2025-04-29' }
 * returnToWorkExam({ absentSince: '2025-03-10', resumedOn: '2025-04-14', underHealthSurveillance: true }, { workweek: 'mon-sat' }) //=> { due: '2025-04-26' }
 * returnToWorkExam({ absentSince: '2025-03-20', resumedOn: '2025-04-14', underHealthSurveillance: true }) //=> null
 * returnToWorkExam({ absentSince: '2025-03-10', resumedOn: '2025-04-14', underHealthSurveillance: false }) //=> null
 */
export function returnToWorkExam(
  input: { absentSince: PlainDate; resumedOn: PlainDate; underHealthSurveillance: boolean },
  cal?: CalendarOptions,
): { due: PlainDate } | null {
  if (!input.underHealthSurveillance || !examRequired(input.absentSince, input.resumedOn)) return null;
  // A working-day term always has a date.
  return { due: termEnd(returnToWorkExamRule.counts.term, input.resumedOn, cal === undefined ? {} : { calendar: cal })!.date };
}
