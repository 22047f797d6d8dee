import type { PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { LASTED_FROM_FIRST_DAY, NOTIFY_ONLY_WHEN_REACHED } from '../interpretations.js';

/** The incapacity the employer must report to the occupational physician. */
export const NOTIFY_AFTER_WEEKS = 4;

/**
 * The employer informs the occupational physician (preventieadviseur-arbeidsarts) of every incapacity of 4 weeks
 * or more, whether or not the worker is under health surveillance.
 *
 * Codex I.4-4 §3: the employer takes the necessary measures to inform the occupational physician of "elke
 * arbeidsongeschiktheid van 4 weken of meer". No term in days: due on the day the incapacity reaches 4 weeks,
 * `lastedFrom(s, 4 weeks)` = s + 28 with s the first day of incapacity (day 1). With the option `rollover:
 * 'next-working-day'` a due date on a weekend or holiday moves to the next working day (it is the deadline of an
 * obligation); the day the incapacity reaches 4 weeks does not move.
 */
export const notifyOccupationalPhysicianRule: RuleSpec = {
  id: 'health.notify-occupational-physician',
  track: 'health',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Arbeidsongeschiktheid van 4 weken melden aan de preventieadviseur-arbeidsarts',
    en: 'Notify the occupational physician of an incapacity of 4 weeks',
    fr: "Communiquer l'incapacité de travail de 4 semaines au conseiller en prévention-médecin du travail",
  },
  counts: {
    from: 'absence.started',
    term: { lastedFrom: { weeks: NOTIFY_AFTER_WEEKS } },
    rollover: true,
    voidWhen: ['the staff member resumes work (no relapse within 14 days) before the notification', 'the employment ends before the notification'],
  },
  metBy: ['occupational-physician.notified'],
  basis: [codex('I.4-4 §3')],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const notifyOccupationalPhysicianProse: RuleProse = {
  term: {
    nl: 'zodra de ongeschiktheid 4 weken duurt (eerste ziektedag + 28 dagen)',
    en: 'once the incapacity has lasted 4 weeks (first day of incapacity + 28 days)',
    fr: "dès que l'incapacité de travail dure 4 semaines (premier jour d'incapacité + 28 jours calendrier)",
  },
  countedFrom: {
    nl: 'de eerste dag van arbeidsongeschiktheid (dag 1); een herval binnen 14 dagen telt verder',
    en: 'the first day of incapacity (day 1); a relapse within 14 days counts on',
    fr: "le premier jour d'incapacité de travail (jour 1) ; une rechute dans les 14 jours continue le décompte",
  },
  interpretations: [LASTED_FROM_FIRST_DAY, NOTIFY_ONLY_WHEN_REACHED],
};

/**
 * The day the incapacity reaches 4 weeks (no rollover).
 *
 * @example
 * notifyOccupationalPhysician({ start: '2025-03-10' }) //=> { due: '2025-04-07' }
 * notifyOccupationalPhysician({ start: '2025-03-03' }) //=> { due: '2025-03-31' }
 */
export function notifyOccupationalPhysician(input: { start: PlainDate }): { due: PlainDate } {
  // A duration always has a date.
  return { due: termEnd(notifyOccupationalPhysicianRule.counts.term, input.start)!.date };
}
