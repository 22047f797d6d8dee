import { maxDate, monthsAfterDetailed, type PlainDate } from '../../calendar/index.js';
import { codex } from '../../rules/sources.js';
import type { Interpretation, RuleProse, RuleSpec } from '../../rules/types.js';
import { MONTH_END_CLAMPED, R2026_TERMS_AS_R2022 } from '../interpretations.js';

/** Months after decision C before a new trajectory may start. */
export const RESTART_BAR_MONTHS = 3;

/** The day c the 3 months run from (research A-10). */
export const RESTART_BAR_FROM_LAST_RECEIPT: Interpretation = {
  id: 'restart-bar-from-last-receipt',
  question: 'A-10',
  chosen: {
    nl: 'De 3 maanden lopen vanaf de laatste ontvangst van het formulier met beslissing C (door werkgever of werknemer): vanaf dan kennen beide partijen de beslissing, en de wachttijd bindt hen allebei.',
    en: 'The 3 months run from the later receipt of the form with decision C (by employer or worker): from then both parties know the decision, and the bar binds them both.',
    fr: "Les 3 mois courent à partir de la dernière réception du formulaire contenant la décision C (par l'employeur ou par le travailleur) : dès ce moment, les deux parties connaissent la décision, et le délai d'attente les lie toutes deux.",
  },
  alternatives: [
    { nl: 'Vanaf de datum van de beslissing.', en: 'From the date of the decision.', fr: 'À partir de la date de la décision.' },
    {
      nl: 'Vanaf de ontvangst door de partij die een nieuw traject aanvraagt.',
      en: 'From the receipt by the party that requests a new trajectory.',
      fr: 'À partir de la réception par la partie qui demande un nouveau trajet.',
    },
  ],
  sources: ['droitsquotidiens.be (quelles décisions peut prendre le médecin du travail)', 'AgO re-integratietrajecten, stap 2'],
};

/**
 * The earliest day a new trajectory may start after decision C (a re-integration assessment is not possible
 * for medical reasons), which ends the trajectory.
 *
 * Codex I.4-73 (R2022, R2026; article number unverified, corrected from I.4-74: decision C is one of the
 * decisions that the FOD WASO page places in I.4-73 §4): "Ten vroegste na drie maanden kan hetzij de
 * werkgever, hetzij de werknemer opnieuw een re-integratietraject opstarten, tenzij de arbeidsarts een goede
 * reden heeft om van die termijn af te wijken" (AgO, stap 2). The earlier restart is the request's
 * `earlyRestartAllowed`.
 *
 * @example
 * restartBar({ receivedByEmployer: '2025-04-15' as PlainDate, receivedByWorker: '2025-04-15' as PlainDate }) //=> { due: '2025-07-15', countedFrom: '2025-04-15', clamped: false }
 * restartBar({ receivedByEmployer: '2025-11-28' as PlainDate, receivedByWorker: '2025-11-30' as PlainDate }) //=> { due: '2026-02-28', countedFrom: '2025-11-30', clamped: true }
 */
export function restartBar(input: { receivedByEmployer: PlainDate; receivedByWorker: PlainDate }): {
  due: PlainDate;
  countedFrom: PlainDate;
  clamped: boolean;
} {
  const countedFrom = maxDate(input.receivedByEmployer, input.receivedByWorker);
  const r = monthsAfterDetailed(countedFrom, RESTART_BAR_MONTHS);
  return { due: r.date, countedFrom, clamped: r.clamped };
}

export const restartBarRule: RuleSpec = {
  id: 'formal.restart-bar',
  track: 'formal',
  actor: 'worker',
  alsoActors: ['employer'],
  kind: 'earliest',
  label: {
    nl: 'Nieuw re-integratietraject na beslissing C (ten vroegste)',
    en: 'New re-integration trajectory after decision C (at the earliest)',
    fr: 'Nouveau trajet de réintégration après la décision C (au plus tôt)',
  },
  counts: { from: 'formal.assessed (decision C, the later receipt)', term: { months: 3 }, rollover: false, voidWhen: ['employment.ended before the bar'] },
  metBy: ['formal.requested'],
  basis: [codex('I.4-73')],
  regimes: ['R2022', 'R2026'],
  validFrom: '2022-10-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const restartBarProse: RuleProse = {
  term: { nl: '3 maanden', en: '3 months', fr: '3 mois' },
  countedFrom: {
    nl: 'de ontvangst van het formulier met beslissing C',
    en: 'receipt of the form with decision C',
    fr: 'la réception du formulaire contenant la décision C',
  },
  interpretations: [
    RESTART_BAR_FROM_LAST_RECEIPT,
    MONTH_END_CLAMPED,
    R2026_TERMS_AS_R2022,
  ],
  unverifiedArticle: {
    article: 'I.4-73',
    found: {
      nl: 'Gecorrigeerd van I.4-74: beslissing C is een van de beslissingen die de FOD WASO in I.4-73, §4 plaatst (werk.belgie.be, tekst van 2016); waar de wachttijd van 3 maanden (nieuw in 2022) staat, werd niet gelezen.',
      en: 'Corrected from I.4-74: decision C is one of the decisions that FOD WASO places in I.4-73, §4 (werk.belgie.be, 2016 wording); where the 3-month bar (new in 2022) stands was not read.',
      fr: "Corrigé (auparavant I.4-74) : la décision C est l'une des décisions que le SPF Emploi, Travail et Concertation sociale place à l'article I.4-73, § 4 (werk.belgie.be, texte de 2016) ; l'endroit où figure le délai d'attente de 3 mois (nouveau en 2022) n'a pas été lu.",
    },
  },
};
