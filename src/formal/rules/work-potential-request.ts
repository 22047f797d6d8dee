import { compareDates, lastedFrom, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { R2026_FROM } from '../regime.js';

/** Weeks of incapacity after which the employer must ask for the work-potential estimate (R2026). */
export const WORK_POTENTIAL_WEEKS = 8;

/** The reform sets no term for the request: the library makes it due when the duty arises (research N-05). */
export const WORK_POTENTIAL_DUE_AT_8_WEEKS: Interpretation = {
  id: 'work-potential-due-at-8-weeks',
  question: 'N-05',
  chosen: {
    nl: 'De bronnen noemen geen termijn om de inschatting aan te vragen: de bibliotheek maakt de verplichting opeisbaar op de dag dat de ongeschiktheid 8 weken duurt (eerste dag + 56 dagen). Dat is een drempel, geen termijn: ze schuift niet op naar een werkdag. De plicht geldt als de drempel op of na 1 januari 2026 valt, vervalt bij werkhervatting of einde van de tewerkstelling, en vervalt (`waived`) als een hervatting binnen 6 maanden verwacht wordt. Een ontvangen inschatting (`work-potential.assessed`) vervult de plicht ook: ze toont dat de werkgever erom vroeg.',
    en: 'The sources give no term for asking the estimate: the library makes the duty due on the day the incapacity has lasted 8 weeks (first day + 56 days). That is a threshold, not a term: it never rolls over to a working day. The duty applies when the threshold falls on or after 1 January 2026, is void when work resumes or employment ends, and is waived when a resumption within 6 months is expected. A received estimate (`work-potential.assessed`) also meets the duty: it shows the employer asked.',
    fr: "Les sources ne fixent pas de délai pour demander l'estimation : la bibliothèque rend l'obligation exigible le jour où l'incapacité de travail dure 8 semaines (premier jour + 56 jours). C'est un seuil, pas un délai : il n'est jamais reporté à un jour ouvrable. L'obligation s'applique si le seuil tombe le 1er janvier 2026 ou après ; elle devient caduque en cas de reprise du travail ou de fin de l'occupation, et elle est levée (`waived`) si une reprise du travail est attendue dans les 6 mois. Une estimation reçue (`work-potential.assessed`) remplit aussi l'obligation : elle montre que l'employeur l'a demandée.",
  },
  alternatives: [
    { nl: 'Geen vervaldag (zo snel mogelijk na 8 weken).', en: 'No due date (as soon as possible after 8 weeks).', fr: "Pas d'échéance (dès que possible après 8 semaines)." },
    {
      nl: 'De plicht geldt enkel voor een arbeidsongeschiktheid die op of na 1 januari 2026 begon (twee secundaire bronnen, niet in de tekst van het KB nagekeken).',
      en: 'The duty applies only to an incapacity that began on or after 1 January 2026 (two secondary sources, not checked in the text of the decree).',
      fr: "L'obligation ne s'applique qu'à une incapacité de travail qui a commencé le 1er janvier 2026 ou après (deux sources secondaires, non vérifiées dans le texte de l'arrêté royal).",
    },
  ],
  sources: [
    'lexgo.be 14640 ("de werkgever moet de preventieadviseur-arbeidsarts verzoeken")',
    'cohezio.be (vanaf minstens 8 weken; niet nodig bij verwachte hervatting binnen 6 maanden)',
    'FOD WASO news via blog.forumforthefuture.be ("après toute incapacité de travail d\'un travailleur d\'au moins 8 semaines, l\'employeur doit faire estimer le potentiel de travail")',
    'alternative: a stored secondary page ("L\'obligation d\'estimation du potentiel s\'applique aux incapacités de travail qui débutent à partir du 1er janvier 2026"), montisoro (research N-06)',
    'research legal-rules.md N-05',
  ],
};

/**
 * The employer asks the occupational physician to estimate the work potential (inschatting van het
 * arbeidspotentieel) of a worker incapacitated for at least 8 weeks (R2026).
 *
 * Codex I.4-73 §1/1 (R2026; article number unverified: one secondary source, prevent.be): the employer "moet de
 * preventieadviseur-arbeidsarts verzoeken" to estimate the work potential of a worker incapacitated for at least
 * 8 weeks (lexgo.be 14640), unless a resumption is expected within 6 months (cohezio.be). `applies` is false
 * when the 8 weeks are reached before 1 January 2026.
 *
 * @example
 * workPotentialRequest({ uninterruptedSince: '2026-02-02' as PlainDate }) //=> { due: '2026-03-30', applies: true }
 * workPotentialRequest({ uninterruptedSince: '2025-11-01' as PlainDate }) //=> { due: '2025-12-27', applies: false }
 */
export function workPotentialRequest(input: { uninterruptedSince: PlainDate }): { due: PlainDate; applies: boolean } {
  const due = lastedFrom(input.uninterruptedSince, { weeks: WORK_POTENTIAL_WEEKS });
  return { due, applies: compareDates(due, R2026_FROM) >= 0 };
}

export const workPotentialRequestRule: RuleSpec = {
  id: 'formal.work-potential-request',
  track: 'formal',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Inschatting van het arbeidspotentieel aanvragen bij de preventieadviseur-arbeidsarts',
    en: 'Ask the occupational physician to estimate the work potential',
    fr: 'Demander au conseiller en prévention-médecin du travail une estimation du potentiel de travail',
  },
  counts: { from: 'absence.started (uninterruptedSince)', term: { lastedFrom: { weeks: 8 } }, rollover: false, voidWhen: ['work-potential.waived', 'work.resumed', 'employment.ended'] },
  metBy: ['work-potential.requested', 'work-potential.assessed'],
  basis: [codex('I.4-73')],
  regimes: ['R2026'],
  validFrom: R2026_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const workPotentialRequestProse: RuleProse = {
  term: { nl: '8 weken arbeidsongeschiktheid', en: '8 weeks of incapacity', fr: "8 semaines d'incapacité de travail" },
  countedFrom: {
    nl: 'de eerste dag van de arbeidsongeschiktheid',
    en: 'the first day of incapacity',
    fr: "le premier jour de l'incapacité de travail",
  },
  interpretations: [
    WORK_POTENTIAL_DUE_AT_8_WEEKS,
  ],
  unverifiedArticle: {
    article: 'I.4-73',
    found: {
      nl: 'Eén secundaire bron (prevent.be) noemt "art. I.4-73. §1/1" voor de inschatting van het arbeidspotentieel; de tekst van het KB van 17 december 2025 werd niet gelezen.',
      en: 'One secondary source (prevent.be) names "art. I.4-73. §1/1" for the estimate of the work potential; the text of the royal decree of 17 December 2025 was not read.',
      fr: "Une source secondaire (prevent.be) cite « art. I.4-73. §1/1 » pour l'estimation du potentiel de travail ; le texte de l'arrêté royal du 17 décembre 2025 n'a pas été lu.",
    },
  },
};
