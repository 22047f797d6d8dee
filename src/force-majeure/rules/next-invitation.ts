import { compareDates, daysAfter, type PlainDate } from '../../calendar/index.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { INVITATION_GAP_BETWEEN_SENDING_DATES } from '../../formal/rules/next-invitation.js';
import { FM_NEW_PERIOD_AFTER_NO_SHOW, FM_NO_SHOW_COUNT_AND_GAPS } from '../interpretations.js';
import { FM2022_FROM, procedureArticle } from '../sources.js';

/** Minimum calendar days between two invitations to the examination. */
export const FM_INVITATION_GAP_DAYS = 14;
/** Invitations the worker must have left unaccepted before the procedure ends. */
export const FM_INVITATIONS_BEFORE_NO_SHOW = 3;

/**
 * The earliest day for the next invitation to the examination.
 *
 * Codex I.4-82/1: "Si la personne n’accepte pas l’invitation 3 fois sur une période de 3 mois (avec 14 jours
 * calendrier d’écarts entre deux convocations), la procédure est abandonnée et il faudra attendre 9 nouveaux mois
 * pour la relancer" (beci.be).
 *
 * @example
 * fmNextInvitation({ previousInvitation: '2025-11-24' as PlainDate }) //=> { due: '2025-12-08' }
 * fmNextInvitation({ previousInvitation: '2024-02-15' as PlainDate }) //=> { due: '2024-02-29' }
 */
export function fmNextInvitation(input: { previousInvitation: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.previousInvitation, FM_INVITATION_GAP_DAYS) };
}

/**
 * Whether an end of the procedure for three unaccepted invitations is lawful: at least 3 invitations, each at
 * least 14 calendar days after the one before (dates in order of sending).
 *
 * @example
 * fmNoShowEndValid(['2025-11-24', '2025-12-08', '2025-12-22'] as PlainDate[]) //=> true
 * fmNoShowEndValid(['2025-11-24', '2025-12-01', '2025-12-22'] as PlainDate[]) //=> false
 * fmNoShowEndValid(['2025-11-24', '2025-12-08'] as PlainDate[]) //=> false
 */
export function fmNoShowEndValid(invitations: readonly PlainDate[]): boolean {
  if (invitations.length < FM_INVITATIONS_BEFORE_NO_SHOW) return false;
  return invitations.every((d, i) => i === 0 || compareDates(d, fmNextInvitation({ previousInvitation: invitations[i - 1]! }).due) >= 0);
}

export const fmNextInvitationRule: RuleSpec = {
  id: 'force-majeure.next-invitation',
  track: 'force-majeure',
  actor: 'occupational-physician',
  kind: 'earliest',
  label: {
    nl: 'Volgende uitnodiging voor het onderzoek medische overmacht (ten vroegste)',
    en: 'Next invitation to the medical force majeure examination (at the earliest)',
    fr: "Invitation suivante à l'examen de force majeure médicale (au plus tôt)",
  },
  counts: { from: 'force-majeure.invited', term: { days: 14 }, rollover: false, voidWhen: ['the finding was made or the procedure ended'] },
  metBy: ['force-majeure.invited'],
  basis: [procedureArticle()],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const fmNextInvitationProse: RuleProse = {
  term: {
    nl: '14 kalenderdagen; na 3 niet aanvaarde uitnodigingen eindigt de procedure',
    en: '14 calendar days; after 3 unaccepted invitations the procedure ends',
    fr: '14 jours calendrier ; après 3 invitations non acceptées, la procédure prend fin',
  },
  countedFrom: { nl: 'de vorige uitnodiging', en: 'the previous invitation', fr: "l'invitation précédente" },
  interpretations: [INVITATION_GAP_BETWEEN_SENDING_DATES, FM_NO_SHOW_COUNT_AND_GAPS, FM_NEW_PERIOD_AFTER_NO_SHOW],
};
