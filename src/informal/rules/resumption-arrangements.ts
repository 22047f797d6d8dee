import type { PlainDate } from '../../calendar/index.js';
import { termEnd } from '../../case/engine.js';
import { agoGuidance, omzendbrief } from '../../rules/sources.js';
import type { Actor, RuleProse, RuleSpec } from '../../rules/types.js';
import {
  ARRANGEMENTS_FROM_CONVERSATION,
  DEVIATION_MOVES_OR_WAIVES,
  ESCALATION_WHEN_TERM_RAN_OUT,
  INFORMAL_MONTHS_CLAMPED,
  VOID_WHEN_TRACK_ENDS,
  ATTENTION_POINTS_REQUIRED,
} from '../interpretations.js';

/** Months after resumption was judged possible within which arrangements or a step plan are agreed. */
export const ARRANGEMENTS_MONTHS = 2;

/**
 * Step 3: once a conversation finds resumption possible, concrete arrangements for the resumption (by the
 * manager, when there are no specific attention points) or a concrete step plan (coordinated by the
 * return-to-work coach, when welfare actors are involved or a progressive resumption is wanted).
 *
 * AgO guidance, step 3: "Het uitwerken van een concreet stappenplan voor werkhervatting gebeurt binnen de 2
 * maanden nadat werkhervatting mogelijk is. [...] (Let wel: bij complexe dossiers kun je van die termijn
 * afwijken.)" Due `monthsAfter(p, 2)`, p = the day of that conversation. A recorded deviation moves the due date
 * to its `until` (a date chosen by the entity: never rolled over), or sets the term aside (waived) when it has
 * none. When the term runs out without arrangements the formal track becomes mandatory (AgO slides: "2 maanden
 * na deze inschatting nog geen concreet stappenplan").
 */
export const resumptionArrangementsRule: RuleSpec = {
  id: 'informal.resumption-arrangements',
  track: 'informal',
  actor: 'manager',
  alsoActors: ['return-to-work-coach'],
  kind: 'obligation',
  label: {
    nl: 'Afspraken over de werkhervatting of stappenplan',
    en: 'Resumption arrangements or step plan',
    fr: 'Accords sur la reprise du travail ou plan par étapes',
  },
  counts: {
    from: 'conversation.held',
    term: { months: ARRANGEMENTS_MONTHS },
    rollover: true,
    voidWhen: [
      'a later conversation finds resumption not yet possible (the term lapses)',
      'the track ends (resumption, formal request, end of employment) before the arrangements',
    ],
  },
  metBy: ['arrangements.agreed'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 3')],
  validFrom: '2024-01-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const resumptionArrangementsProse: RuleProse = {
  term: {
    nl: '2 maanden (afwijking mogelijk bij complexe dossiers)',
    en: '2 months (a complex case may deviate)',
    fr: '2 mois (dérogation possible pour les dossiers complexes)',
  },
  countedFrom: {
    nl: 'het gesprek waarin werkhervatting mogelijk bleek; leidinggevende zonder, terugkeercoach met specifieke aandachtspunten',
    en: 'the conversation in which resumption was judged possible; the manager without, the return-to-work coach with specific attention points',
    fr: "l'entretien dont il ressort que la reprise du travail est possible ; le supérieur hiérarchique sans points d'attention spécifiques, le coach de retour (terugkeercoach) avec de tels points",
  },
  interpretations: [
    ARRANGEMENTS_FROM_CONVERSATION,
    INFORMAL_MONTHS_CLAMPED,
    DEVIATION_MOVES_OR_WAIVES,
    ESCALATION_WHEN_TERM_RAN_OUT,
    VOID_WHEN_TRACK_ENDS,
    // Who coordinates depends on attentionPoints: a conversation without it is refused (no deadline names it).
    ATTENTION_POINTS_REQUIRED,
  ],
};

/** Who coordinates: the return-to-work coach when there are specific attention points, else the manager. */
export const arrangementsActor = (attentionPoints: boolean): Actor => (attentionPoints ? 'return-to-work-coach' : 'manager');

/**
 * The due date (no rollover), who acts, and whether a deviation without an end set the term aside.
 *
 * @example
 * resumptionArrangements({ possibleOn: '2025-04-20', attentionPoints: false }) //=> { due: '2025-06-20', actor: 'manager', waived: false }
 * resumptionArrangements({ possibleOn: '2025-12-31', attentionPoints: true }) //=> { due: '2026-02-28', actor: 'return-to-work-coach', waived: false }
 * resumptionArrangements({ possibleOn: '2025-04-20', attentionPoints: true, deviation: { until: '2025-09-30' } }) //=> { due: '2025-09-30', actor: 'return-to-work-coach', waived: false }
 * resumptionArrangements({ possibleOn: '2025-04-20', attentionPoints: true, deviation: {} }) //=> { due: null, actor: 'return-to-work-coach', waived: true }
 */
export function resumptionArrangements(input: {
  possibleOn: PlainDate;
  attentionPoints: boolean;
  deviation?: { until?: PlainDate };
}): { due: PlainDate | null; actor: Actor; waived: boolean } {
  const actor = arrangementsActor(input.attentionPoints);
  if (input.deviation !== undefined) {
    const until = input.deviation.until;
    return until === undefined ? { due: null, actor, waived: true } : { due: until, actor, waived: false };
  }
  // A month term always has a date.
  return { due: termEnd(resumptionArrangementsRule.counts.term, input.possibleOn)!.date, actor, waived: false };
}
