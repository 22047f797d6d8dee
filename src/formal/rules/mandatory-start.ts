import { compareDates, maxDate, monthsAfterDetailed, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { MONTH_END_CLAMPED } from '../interpretations.js';
import { R2026_FROM } from '../regime.js';

/** Months after the start of the incapacity by which the trajectory must be started (R2026). */
export const MANDATORY_START_MONTHS = 6;
/** Headcount from which the duty applies (R2026). */
export const MANDATORY_START_HEADCOUNT = 20;

/** Met by the receipt of the request by the occupational physician (research A-15). */
export const MANDATORY_START_MET_BY_RECEIPT: Interpretation = {
  id: 'mandatory-start-met-by-receipt',
  question: 'A-15',
  chosen: {
    nl: 'De plicht is vervuld als de preventieadviseur-arbeidsarts een aanvraag (van wie ook) uiterlijk op de vervaldag ontvangt; de vervaldag is dezelfde datum 6 maanden na de eerste dag van ongeschiktheid (afgekapt op het einde van een kortere maand).',
    en: 'The duty is met when the occupational physician receives a request (from anyone) on or before the due date; the due date is the same date 6 months after the first day of incapacity (clamped to the end of a shorter month).',
    fr: "L'obligation est remplie lorsque le conseiller en prévention-médecin du travail reçoit une demande (de qui que ce soit) au plus tard à l'échéance ; l'échéance est le même quantième 6 mois après le premier jour d'incapacité de travail (ramené à la fin d'un mois plus court).",
  },
  alternatives: [
    { nl: 'Het verzenden van de aanvraag volstaat.', en: 'Sending the request suffices.', fr: "L'envoi de la demande suffit." },
    { nl: 'Het traject moet gestart zijn (ontvangst + 1 dag).', en: 'The trajectory must have started (receipt + 1 day).', fr: 'Le trajet doit avoir commencé (réception + 1 jour).' },
    { nl: 'Het einde van de periode van 6 maanden (een dag vroeger).', en: 'The end of the 6-month period (one day earlier).', fr: 'La fin de la période de 6 mois (un jour plus tôt).' },
  ],
  sources: ['securex.be FR initiative-du-trajet-de-reintegration', 'cohezio.be', 'incidence-asbl.org (CESSoC)', 'research legal-rules.md E-15'],
};

/** The duty cannot be due before it arises. */
export const MANDATORY_START_NOT_BEFORE_POTENTIAL: Interpretation = {
  id: 'mandatory-start-not-before-potential',
  chosen: {
    nl: 'Stelt de inschatting het arbeidspotentieel pas na de 6 maanden vast, dan is de start opeisbaar op de dag van die inschatting (een plicht is nooit verschuldigd vóór ze ontstaat); een te late aanvraag van de inschatting blijkt uit `formal.work-potential-request`.',
    en: 'When the estimate finds work potential only after the 6 months, the start is due on the day of that estimate (a duty is never due before it arises); a late request for the estimate shows in `formal.work-potential-request`.',
    fr: "Si l'estimation ne constate un potentiel de travail qu'après les 6 mois, le démarrage est exigible le jour de cette estimation (une obligation n'est jamais exigible avant de naître) ; une demande tardive d'estimation apparaît dans `formal.work-potential-request`.",
  },
  sources: ['SPEC section 6'],
};

/** Unknown headcount: the duty applies, with a note (research A-16). */
export const HEADCOUNT_UNKNOWN_APPLIES: Interpretation = {
  id: 'headcount-unknown-applies',
  question: 'A-16',
  chosen: {
    nl: 'De plicht geldt voor werkgevers met minstens 20 werknemers (optie `employerHeadcount`). Is het aantal onbekend, dan geldt ze, met een melding `headcount-unknown`; de bronnen zeggen niet op welke datum het aantal wordt geteld.',
    en: 'The duty applies to employers with 20 or more workers (option `employerHeadcount`). When the number is unknown it applies, with the note `headcount-unknown`; the sources do not say on which date the workers are counted.',
    fr: "L'obligation s'applique aux employeurs occupant au moins 20 travailleurs (option `employerHeadcount`). Si le nombre est inconnu, elle s'applique, avec le signal `headcount-unknown` ; les sources ne disent pas à quelle date les travailleurs sont comptés.",
  },
  sources: ['securex.be FR ("qui occupe 20 travailleurs ou plus")', 'incidence-asbl.org', 'diaspoor.be'],
};

/**
 * The employer with 20 or more workers must start the formal trajectory when the estimate found work potential
 * (R2026).
 *
 * Codex I.4-73 (R2026; article number unverified: no source ties the duty to an article): the formal trajectory must be started "au plus tard
 * 6 mois après le début de l'incapacité" (securex.be FR) by an employer "qui occupe 20 travailleurs ou plus",
 * once the occupational physician's estimate shows work potential; failing that, penal sanctions.
 *
 * @example
 * mandatoryStart({ uninterruptedSince: '2026-02-02' as PlainDate, potentialAssessedOn: '2026-04-10' as PlainDate }) //=> { due: '2026-08-02', clamped: false, deferred: false }
 * mandatoryStart({ uninterruptedSince: '2026-03-31' as PlainDate, potentialAssessedOn: '2026-06-01' as PlainDate }) //=> { due: '2026-09-30', clamped: true, deferred: false }
 * mandatoryStart({ uninterruptedSince: '2026-02-02' as PlainDate, potentialAssessedOn: '2026-09-01' as PlainDate }) //=> { due: '2026-09-01', clamped: false, deferred: true }
 */
export function mandatoryStart(input: { uninterruptedSince: PlainDate; potentialAssessedOn: PlainDate }): {
  due: PlainDate;
  clamped: boolean;
  deferred: boolean;
} {
  const six = monthsAfterDetailed(input.uninterruptedSince, MANDATORY_START_MONTHS);
  const deferred = compareDates(input.potentialAssessedOn, six.date) > 0;
  return { due: maxDate(six.date, input.potentialAssessedOn), clamped: six.clamped && !deferred, deferred };
}

export const mandatoryStartRule: RuleSpec = {
  id: 'formal.mandatory-start',
  track: 'formal',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Verplichte opstart van het re-integratietraject (werkgever met minstens 20 werknemers)',
    en: 'Mandatory start of the re-integration trajectory (employer with 20 or more workers)',
    fr: 'Démarrage obligatoire du trajet de réintégration (employeur occupant au moins 20 travailleurs)',
  },
  counts: { from: 'absence.started (uninterruptedSince), not before work-potential.assessed', term: { months: 6 }, rollover: true, voidWhen: ['a later estimate finds no potential', 'work.resumed', 'employment.ended'] },
  metBy: ['formal.requested'],
  basis: [codex('I.4-73')],
  regimes: ['R2026'],
  validFrom: R2026_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const mandatoryStartProse: RuleProse = {
  term: { nl: '6 maanden', en: '6 months', fr: '6 mois' },
  countedFrom: {
    nl: 'de eerste dag van de arbeidsongeschiktheid, zodra de inschatting arbeidspotentieel vaststelt',
    en: 'the first day of incapacity, once the estimate finds work potential',
    fr: "le premier jour de l'incapacité de travail, dès que l'estimation constate un potentiel de travail",
  },
  interpretations: [
    MANDATORY_START_MET_BY_RECEIPT,
    MANDATORY_START_NOT_BEFORE_POTENTIAL,
    HEADCOUNT_UNKNOWN_APPLIES,
    MONTH_END_CLAMPED,
  ],
  unverifiedArticle: {
    article: 'I.4-73',
    found: {
      nl: 'Geen bron koppelt de verplichte opstart aan een artikelnummer; I.4-73 is het artikel van de aanvraag van het traject. De tekst van het KB van 17 december 2025 werd niet gelezen.',
      en: 'No source ties the mandatory start to an article number; I.4-73 is the article of the request for a trajectory. The text of the royal decree of 17 December 2025 was not read.',
      fr: "Aucune source ne rattache le démarrage obligatoire à un numéro d'article ; l'article I.4-73 est celui de la demande de trajet de réintégration. Le texte de l'arrêté royal du 17 décembre 2025 n'a pas été lu.",
    },
  },
};
