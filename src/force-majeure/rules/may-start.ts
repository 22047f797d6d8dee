import { compareDates, lastedFrom, maxDate, monthsAfter, type PlainDate } from '../../calendar/index.js';
import { LASTED_FROM_FIRST_DAY_INCLUDED, MONTH_END_CLAMPED } from '../../rules/interpretations.js';
import type { RuleProse, RuleSpec } from '../../rules/types.js';
import { SHORT_RESUMPTION_DAYS_COUNT } from '../../formal/rules/employer-may-request.js';
import { FM_NEW_PERIOD_AFTER_NO_SHOW, FM_REGIME_BY_NOTIFICATION, FM_RIGHTS_FLAGGED_WHEN_ABSENT } from '../interpretations.js';
import { employmentContractsAct, FM2022_FROM, FM2026_FROM, procedureArticle } from '../sources.js';

/** Months of uninterrupted incapacity before a procedure may start: until 31 December 2025. */
export const FM2022_MONTHS = 9;
/** Months of uninterrupted incapacity before a procedure may start: procedures from 1 January 2026. */
export const FM2026_MONTHS = 6;

export type ForceMajeureRegime = 'FM2022' | 'FM2026';

/**
 * The regime of a procedure, by the day the occupational physician received the notification (the start of
 * the procedure; interpretation `force-majeure-regime-by-notification`).
 *
 * @example
 * forceMajeureRegime('2025-12-31' as PlainDate) //=> 'FM2022'
 * forceMajeureRegime('2026-01-01' as PlainDate) //=> 'FM2026'
 */
export function forceMajeureRegime(notifiedOn: PlainDate): ForceMajeureRegime {
  return compareDates(notifiedOn, FM2026_FROM) < 0 ? 'FM2022' : 'FM2026';
}

/**
 * The earliest day on which either party may start the medical force majeure procedure, and the regime of a
 * procedure started on that day.
 *
 * Art. 34 Arbeidsovereenkomstenwet and Codex I.4-82/1: both the worker and the employer may start the procedure
 * provided "er op dat moment in de onderneming geen re-integratietraject lopende is" and "de werknemer minstens
 * negen maanden ononderbroken arbeidsongeschikt is. ... Een werkhervatting (volledig of gedeeltelijk) van minder
 * dan 14 dagen zal de periode van arbeidsongeschiktheid niet onderbreken" (werk.belgie.be). For procedures from
 * 1 January 2026 "au moins 6 mois ininterrompus ... Cette période était de 9 mois jusqu’au 31 décembre 2025"
 * (damien-avocat.be). After three refused invitations "il faudra attendre 9 nouveaux mois pour la relancer"
 * (beci.be): `abandonedOn` is the day the earlier procedure ended for that reason.
 *
 * A procedure started on day d is allowed before 2026 when d reaches 9 months of incapacity (and 9 months after
 * an abandonment), from 2026 when it reaches 6; the earliest such d is returned. The procedure exists since
 * 28 November 2022.
 *
 * @example
 * mayStart({ uninterruptedSince: '2025-02-10' as PlainDate }) //=> { due: '2025-11-10', regime: 'FM2022' }
 * mayStart({ uninterruptedSince: '2025-05-15' as PlainDate }) //=> { due: '2026-01-01', regime: 'FM2026' }
 * mayStart({ uninterruptedSince: '2026-01-15' as PlainDate }) //=> { due: '2026-07-15', regime: 'FM2026' }
 * mayStart({ uninterruptedSince: '2024-05-31' as PlainDate }) //=> { due: '2025-03-01', regime: 'FM2022' }
 * mayStart({ uninterruptedSince: '2024-01-10' as PlainDate, abandonedOn: '2024-12-02' as PlainDate }) //=> { due: '2025-09-02', regime: 'FM2022' }
 */
export function mayStart(input: { uninterruptedSince: PlainDate; abandonedOn?: PlainDate }): { due: PlainDate; regime: ForceMajeureRegime } {
  const { uninterruptedSince: s, abandonedOn: a } = input;
  const barOf = (months: number) => (a === undefined ? [] : [monthsAfter(a, months)]);
  const before2026 = maxDate(FM2022_FROM, lastedFrom(s, { months: FM2022_MONTHS }), ...barOf(FM2022_MONTHS));
  if (compareDates(before2026, FM2026_FROM) < 0) return { due: before2026, regime: 'FM2022' };
  return { due: maxDate(FM2026_FROM, lastedFrom(s, { months: FM2026_MONTHS }), ...barOf(FM2026_MONTHS)), regime: 'FM2026' };
}

export const mayStartRule: RuleSpec = {
  id: 'force-majeure.may-start',
  track: 'force-majeure',
  actor: 'employer',
  alsoActors: ['worker'],
  kind: 'earliest',
  label: {
    nl: 'Procedure medische overmacht mag starten (ten vroegste)',
    en: 'Medical force majeure procedure may start (at the earliest)',
    fr: 'La procédure de force majeure médicale peut commencer (au plus tôt)',
  },
  counts: { from: 'absence.started (uninterruptedSince)', term: { lastedFrom: { months: 9 } }, rollover: false, voidWhen: ['employment.ended'] },
  metBy: ['force-majeure.notified'],
  basis: [employmentContractsAct('34'), procedureArticle()],
  validFrom: FM2022_FROM,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const mayStartProse: RuleProse = {
  term: {
    nl: '9 maanden onafgebroken arbeidsongeschiktheid; 6 maanden voor procedures vanaf 1 januari 2026; nooit terwijl een re-integratietraject loopt; na 3 geweigerde uitnodigingen een nieuwe periode van 9 (6) maanden',
    en: '9 months of uninterrupted incapacity; 6 months for procedures from 1 January 2026; never while a re-integration trajectory runs; after 3 refused invitations a new period of 9 (6) months',
    fr: "9 mois d'incapacité de travail ininterrompue ; 6 mois pour les procédures à partir du 1er janvier 2026 ; jamais pendant un trajet de réintégration en cours ; après 3 invitations refusées, une nouvelle période de 9 (6) mois",
  },
  countedFrom: {
    nl: 'de eerste dag van de onafgebroken arbeidsongeschiktheid (een hervatting van minder dan 14 dagen onderbreekt niet)',
    en: 'the first day of the uninterrupted incapacity (a resumption of less than 14 days does not interrupt it)',
    fr: "le premier jour de l'incapacité de travail ininterrompue (une reprise de moins de 14 jours ne l'interrompt pas)",
  },
  interpretations: [
    FM_REGIME_BY_NOTIFICATION,
    LASTED_FROM_FIRST_DAY_INCLUDED,
    SHORT_RESUMPTION_DAYS_COUNT,
    FM_NEW_PERIOD_AFTER_NO_SHOW,
    MONTH_END_CLAMPED,
    // The start of a procedure flagged invalid (force-majeure-start-invalid): the reading behind that flag.
    FM_RIGHTS_FLAGGED_WHEN_ABSENT,
  ],
};
