import { compareDates, daysAfter, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Minimum calendar days between two invitations to the assessment. */
export const INVITATION_GAP_DAYS = 14;
/** Invitations the worker must have left unanswered before the trajectory ends. */
export const INVITATIONS_BEFORE_NO_SHOW = 3;

/** How the 14 days between invitations are measured (research A-9). */
export const INVITATION_GAP_BETWEEN_SENDING_DATES: Interpretation = {
  id: 'invitation-gap-between-sending-dates',
  question: 'A-9',
  chosen: {
    nl: 'De 14 kalenderdagen worden gemeten tussen de verzenddata van twee opeenvolgende uitnodigingen (`formal.invited`).',
    en: 'The 14 calendar days are measured between the sending dates of two consecutive invitations (`formal.invited`).',
    fr: "Les 14 jours calendrier se mesurent entre les dates d'envoi de deux invitations successives (`formal.invited`).",
  },
  alternatives: [
    { nl: 'Tussen de data van de geplande afspraken.', en: 'Between the dates of the appointments.', fr: 'Entre les dates des rendez-vous.' },
    {
      nl: 'Van een gemiste afspraak tot de volgende uitnodiging.',
      en: 'From a missed appointment to the next invitation.',
      fr: "D'un rendez-vous manqué à l'invitation suivante.",
    },
  ],
  sources: ['empreva.be (RIT 2.0: "3 keer uitgenodigd ... met een tussentijd van minstens 14 kalenderdagen")', 'lexgo.be 12089'],
};

/** Why the trajectory was ended for the no-show: an invalid end is flagged, never undone (research A-17). */
export const NO_SHOW_END_AS_DECLARED: Interpretation = {
  id: 'no-show-end-as-declared',
  chosen: {
    nl: 'Verklaart de preventieadviseur-arbeidsarts het traject beëindigd zonder 3 uitnodigingen met telkens minstens 14 kalenderdagen ertussen, dan eindigt het in de bibliotheek toch (zoals verklaard), met de waarschuwing `no-show-end-invalid`: de bibliotheek legt feiten vast en kan een beëindiging niet ongedaan maken.',
    en: 'When the occupational physician declares the trajectory ended without 3 invitations each at least 14 calendar days apart, the library still ends it (as declared) and raises the warning `no-show-end-invalid`: the library records facts and cannot undo an ending.',
    fr: "Lorsque le conseiller en prévention-médecin du travail déclare le trajet terminé sans 3 invitations espacées chacune d'au moins 14 jours calendrier, la bibliothèque le termine malgré tout (tel que déclaré) et émet l'avertissement `no-show-end-invalid` : la bibliothèque enregistre des faits et ne peut pas annuler une fin de trajet.",
  },
  alternatives: [
    {
      nl: 'De beëindiging negeren en het traject als lopend behandelen.',
      en: 'Ignore the ending and treat the trajectory as still running.',
      fr: 'Ignorer la fin et traiter le trajet comme toujours en cours.',
    },
  ],
  sources: ['SPEC section 6', 'research legal-rules.md F-07'],
};

/**
 * The earliest day for the next invitation to the re-integration assessment.
 *
 * Codex I.4-73 (R2022, R2026; article number unverified, corrected from I.4-74: the invitations belong to the
 * assessment, whose decisions the FOD WASO page places in I.4-73 §4): "Indien de werknemer de uitnodiging niet aanvaardt
 * nadat hij 3 keer uitgenodigd is geweest met een tussentijd van minstens 14 kalenderdagen, wordt het
 * re-integratietraject beëindigd" (empreva.be, RIT 2.0).
 *
 * @example
 * nextInvitation({ previousInvitation: '2025-03-05' as PlainDate }) //=> { due: '2025-03-19' }
 * nextInvitation({ previousInvitation: '2025-03-19' as PlainDate }) //=> { due: '2025-04-02' }
 */
export function nextInvitation(input: { previousInvitation: PlainDate }): { due: PlainDate } {
  return { due: daysAfter(input.previousInvitation, INVITATION_GAP_DAYS) };
}

/**
 * Whether a no-show ending is lawful: at least 3 invitations, each at least 14 calendar days after the one
 * before (dates in order of sending).
 *
 * @example
 * noShowEndValid(['2025-03-05', '2025-03-19', '2025-04-02'] as PlainDate[]) //=> true
 * noShowEndValid(['2025-03-05', '2025-03-12', '2025-04-02'] as PlainDate[]) //=> false
 * noShowEndValid(['2025-03-05', '2025-03-19'] as PlainDate[]) //=> false
 */
export function noShowEndValid(invitations: readonly PlainDate[]): boolean {
  if (invitations.length < INVITATIONS_BEFORE_NO_SHOW) return false;
  for (let i = 1; i < invitations.length; i++) {
    if (compareDates(invitations[i]!, nextInvitation({ previousInvitation: invitations[i - 1]! }).due) < 0) return false;
  }
  return true;
}

export const nextInvitationRule: RuleSpec = {
  id: 'formal.next-invitation',
  track: 'formal',
  actor: 'occupational-physician',
  kind: 'earliest',
  label: {
    nl: 'Volgende uitnodiging voor de re-integratiebeoordeling (ten vroegste)',
    en: 'Next invitation to the re-integration assessment (at the earliest)',
    fr: "Invitation suivante à l'évaluation de réintégration (au plus tôt)",
  },
  counts: { from: 'formal.invited', term: { days: 14 }, rollover: false, voidWhen: ['the assessment was made or the trajectory ended'] },
  metBy: ['formal.invited'],
  basis: [codex('I.4-73')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const nextInvitationProse: RuleProse = {
  term: { nl: '14 kalenderdagen', en: '14 calendar days', fr: '14 jours calendrier' },
  countedFrom: { nl: 'de vorige uitnodiging', en: 'the previous invitation', fr: "l'invitation précédente" },
  interpretations: [
    INVITATION_GAP_BETWEEN_SENDING_DATES,
    NO_SHOW_END_AS_DECLARED,
    R2026_TERMS_AS_R2022,
  ],
  unverifiedArticle: {
    article: 'I.4-73',
    found: {
      nl: 'Gecorrigeerd van I.4-74: de uitnodigingen horen bij de re-integratiebeoordeling, waarvan de FOD WASO de beslissingen in I.4-73, §4 plaatst (werk.belgie.be, tekst van 2016); in welke paragraaf de regel van de 3 uitnodigingen (nieuw in 2022) staat, werd niet gelezen.',
      en: 'Corrected from I.4-74: the invitations belong to the re-integration assessment, whose decisions FOD WASO places in I.4-73, §4 (werk.belgie.be, 2016 wording); the paragraph of the rule of 3 invitations (new in 2022) was not read.',
      fr: "Corrigé (auparavant I.4-74) : les invitations relèvent de l'évaluation de réintégration, dont le SPF Emploi, Travail et Concertation sociale place les décisions à l'article I.4-73, § 4 (werk.belgie.be, texte de 2016) ; le paragraphe de la règle des 3 invitations (nouvelle en 2022) n'a pas été lu.",
    },
  },
};
