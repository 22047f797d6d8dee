import type { PlainDate } from '../../calendar/index.js';
import { agoGuidance, codex } from '../../rules/sources.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { INFORM_AFTER_NOTIFICATION } from '../interpretations.js';

/** The day the duty of Codex I.4-71/1 applies from (KB of 11 September 2022). */
export const INFORM_WORKER_FROM = '2022-10-01' as PlainDate;

/**
 * After the notification of an incapacity of 4 weeks, the occupational physician informs the worker of the
 * possibilities for a return to work (pre-resumption visit, re-integration trajectory).
 *
 * Codex I.4-71/1: the occupational physician informs the worker "zo snel mogelijk" of the possibilities of
 * re-integration; AgO guidance, step 1: "Is het personeelslid langer dan 4 weken afwezig? De
 * preventieadviseur-arbeidsarts informeert die over de wettelijke mogelijkheden bij werkhervatting." No term: it
 * shows as an action without a due date until met.
 */
export const informWorkerRule: RuleSpec = {
  id: 'health.inform-worker',
  track: 'health',
  actor: 'occupational-physician',
  kind: 'obligation',
  label: {
    nl: 'Personeelslid informeren over de mogelijkheden tot werkhervatting',
    en: 'Inform the worker of the options for a return to work',
    fr: 'Informer le travailleur des possibilités de reprise du travail',
  },
  counts: {
    from: 'occupational-physician.notified',
    term: { none: true },
    rollover: false,
    voidWhen: ['the staff member resumes work (no relapse within 14 days) before the information', 'the employment ends before the information'],
  },
  metBy: ['occupational-physician.informed-worker'],
  basis: [codex('I.4-71/1'), agoGuidance('informeel traject, stap 1')],
  validFrom: INFORM_WORKER_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const informWorkerProse: RuleProse = {
  term: { nl: 'zo snel mogelijk (geen vaste termijn)', en: 'as soon as possible (no fixed term)', fr: 'dès que possible (pas de délai fixe)' },
  countedFrom: {
    nl: 'de melding van de arbeidsongeschiktheid van 4 weken',
    en: 'the notification of the incapacity of 4 weeks',
    fr: "la communication de l'incapacité de travail de 4 semaines",
  },
  interpretations: [INFORM_AFTER_NOTIFICATION],
};

/**
 * The information of the worker has no term.
 *
 * @example
 * informWorker({ notifiedOn: '2025-04-07' }) //=> { due: null }
 */
export function informWorker(_input: { notifiedOn: PlainDate }): { due: null } {
  return { due: null };
}
