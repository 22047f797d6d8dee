import { compareDates, lastedFrom, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';

/** Months of uninterrupted incapacity after which the employer may request a trajectory (R2022). */
export const EMPLOYER_WAIT_MONTHS = 3;

export { LASTED_FROM_FIRST_DAY_INCLUDED } from '../../rules/interpretations.js';
import { LASTED_FROM_FIRST_DAY_INCLUDED } from '../../rules/interpretations.js';

/** A short resumption stays inside the uninterrupted span (research A-5). */
export const SHORT_RESUMPTION_DAYS_COUNT: Interpretation = {
  id: 'short-resumption-days-count',
  question: 'A-5',
  chosen: {
    nl: 'Een nieuwe ongeschiktheid binnen de eerste 14 dagen van een werkhervatting (de hervattingsdag is dag 1) onderbreekt de ongeschiktheid niet; de gewerkte dagen tellen mee in de 3 maanden, die blijven lopen vanaf de eerste dag.',
    en: 'A new incapacity within the first 14 days of a resumption (the resumption day being day 1) does not interrupt the incapacity; the days worked count within the 3 months, which keep running from the first day.',
    fr: "Une nouvelle incapacité de travail dans les 14 premiers jours d'une reprise du travail (le jour de la reprise étant le jour 1) n'interrompt pas l'incapacité de travail ; les jours prestés comptent dans les 3 mois, qui continuent de courir à partir du premier jour.",
  },
  alternatives: [
    {
      nl: 'De hervattingsdagen overbruggen de periode maar tellen niet mee (de drempel schuift evenveel dagen op).',
      en: 'The resumption days bridge the span but do not count (the threshold moves by their number).',
      fr: "Les jours de reprise font le lien entre les périodes mais ne comptent pas (le seuil est reporté d'autant de jours).",
    },
  ],
  sources: ['cohezio.be ("binnen de eerste veertien dagen van een poging tot werkhervatting")', 'werk.belgie.be (medische overmacht: hervatting "van minder dan 14 dagen")'],
};

/** When the earliest date is shown, and when a request is judged premature. */
export const EMPLOYER_MAY_REQUEST_SCOPE: Interpretation = {
  id: 'employer-may-request-scope',
  chosen: {
    nl: 'De vroegste datum wordt getoond per periode van ongeschiktheid waarvoor een aanvraag op die datum een traject onder het KB van 2022 zou starten (vroegste datum van 30 september 2022 tot 30 december 2025). Een te vroege aanvraag (R2022) wordt enkel gemeld als de bibliotheek de ongeschiktheid op de aanvraagdag kent (`absence.started`); zonder afwezigheidsgegevens kan ze het niet beoordelen. R2026: een aanvraag van de werkgever zonder instemming van de werknemer en zonder eerdere inschatting met arbeidspotentieel is te vroeg.',
    en: 'The earliest date is shown for each incapacity for which a request on that date would start a trajectory under the 2022 decree (earliest dates from 30 September 2022 to 30 December 2025). A premature request (R2022) is flagged only when the library knows the incapacity on the day of the request (`absence.started`); without absence data it cannot judge. R2026: an employer request without the worker’s consent and without an earlier estimate finding work potential is premature.',
    fr: "La première date possible est affichée pour chaque période d'incapacité de travail pour laquelle une demande introduite à cette date démarrerait un trajet sous l'arrêté royal de 2022 (premières dates possibles du 30 septembre 2022 au 30 décembre 2025). Une demande prématurée (R2022) n'est signalée que si la bibliothèque connaît l'incapacité de travail au jour de la demande (`absence.started`) ; sans données d'absence, elle ne peut en juger. R2026 : une demande de l'employeur sans l'accord du travailleur et sans estimation antérieure constatant un potentiel de travail est prématurée.",
  },
  sources: ['SPEC section 6', 'securex.be/nl/reintegratietraject-werkgever (R2026)', 'cohezio.be'],
};

/**
 * The earliest day on which the employer may request a formal trajectory (R2022).
 *
 * Codex I.4-73 §1 (R2022; the number from one secondary source, cohezio.be "artikels I.4-73, §1 en §2", not from an
 * official text): the employer may request a trajectory "ten vroegste vanaf drie maanden na aanvang van
 * de arbeidsongeschiktheid", or from the moment the worker hands over a certificate of the treating physician
 * stating definitive unfitness for the agreed work (cohezio.be; AgO: "Een werkgever kan een formeel
 * re-integratietraject opstarten wanneer een werknemer 3 maanden onafgebroken afwezig is"). A relapse within
 * the first 14 days of a resumption does not interrupt the incapacity. R2026 abolished the 3 months: the
 * employer may request from day 1 with the worker's consent, or after an estimate that found work potential.
 *
 * @example
 * employerMayRequest({ uninterruptedSince: '2025-01-31' as PlainDate }) //=> { due: '2025-05-01', by: 'three-months' }
 * employerMayRequest({ uninterruptedSince: '2025-01-06' as PlainDate }) //=> { due: '2025-04-06', by: 'three-months' }
 * employerMayRequest({ uninterruptedSince: '2025-01-06' as PlainDate, certificateOn: '2025-02-10' as PlainDate }) //=> { due: '2025-02-10', by: 'certificate' }
 */
export function employerMayRequest(input: { uninterruptedSince: PlainDate; certificateOn?: PlainDate }): {
  due: PlainDate;
  by: 'three-months' | 'certificate';
} {
  const threshold = lastedFrom(input.uninterruptedSince, { months: EMPLOYER_WAIT_MONTHS });
  if (input.certificateOn !== undefined && compareDates(input.certificateOn, threshold) < 0) {
    return { due: input.certificateOn, by: 'certificate' };
  }
  return { due: threshold, by: 'three-months' };
}

export const employerMayRequestRule: RuleSpec = {
  id: 'formal.employer-may-request',
  track: 'formal',
  actor: 'employer',
  kind: 'earliest',
  label: {
    nl: 'Werkgever mag een re-integratietraject aanvragen',
    en: 'Employer may request a re-integration trajectory',
    fr: "L'employeur peut demander un trajet de réintégration",
  },
  counts: { from: 'absence.started (uninterruptedSince)', term: { lastedFrom: { months: 3 } }, rollover: false, voidWhen: ['work.resumed', 'employment.ended'] },
  metBy: ['formal.requested'],
  basis: [codex('I.4-73')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const employerMayRequestProse: RuleProse = {
  term: {
    nl: 'R2022: 3 maanden onafgebroken arbeidsongeschiktheid, of het attest van definitieve ongeschiktheid als dat vroeger is; R2026: vanaf dag 1 met instemming van de werknemer, anders na een inschatting met arbeidspotentieel (geen datum)',
    en: "R2022: 3 months of uninterrupted incapacity, or the certificate of definitive unfitness if earlier; R2026: from day 1 with the worker's consent, otherwise after an estimate finding work potential (no date)",
    fr: "R2022 : 3 mois d'incapacité de travail ininterrompue, ou l'attestation d'incapacité définitive si elle est antérieure ; R2026 : dès le premier jour avec l'accord du travailleur, sinon après une estimation constatant un potentiel de travail (pas de date)",
  },
  countedFrom: {
    nl: 'de eerste dag van de onafgebroken arbeidsongeschiktheid',
    en: 'the first day of the uninterrupted incapacity',
    fr: "le premier jour de l'incapacité de travail ininterrompue",
  },
  interpretations: [LASTED_FROM_FIRST_DAY_INCLUDED, SHORT_RESUMPTION_DAYS_COUNT, EMPLOYER_MAY_REQUEST_SCOPE],
};
