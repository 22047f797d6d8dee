/**
 * Readings of the health-surveillance duties of the Codex over het welzijn op het werk (book I, title 4) chosen
 * where the sources leave a question open. Each is named, so it shows in the rule catalogue and in every
 * deadline that depends on it.
 *
 * @module
 */
import type { Interpretation } from '../rules/types.js';

/** "Once the incapacity has lasted 4 weeks": the library's one reading of thresholds (research A-4). */
export { LASTED_FROM_FIRST_DAY_INCLUDED as LASTED_FROM_FIRST_DAY } from '../rules/interpretations.js';

/** The notification duty only arises when the absence reaches 4 weeks (a relapse within 14 days counts on). */
export const NOTIFY_ONLY_WHEN_REACHED: Interpretation = {
  id: 'notify-only-if-4-weeks-reached',
  chosen: {
    nl: 'De melding is te zien vanaf de start van de afwezigheid, met als datum de dag waarop ze 4 weken duurt. Hervat het personeelslid vóór die dag (zonder herval binnen 14 dagen), dan ontstaat de plicht niet en vervalt de melding (void); een herval binnen 14 dagen telt verder vanaf de eerste ziektedag. Eindigt de afwezigheid later zonder melding, of de tewerkstelling, dan vervalt de melding eveneens.',
    en: 'The notification shows from the start of the absence, dated on the day the absence reaches 4 weeks. When the staff member resumes before that day (without a relapse within 14 days) the duty never arises and the notification is void; a relapse within 14 days counts on from the first day of incapacity. When the absence or the employment ends later without a notification, it is void too.',
    fr: "La communication apparaît dès le début de l'absence, datée du jour où l'absence atteint 4 semaines. Si le membre du personnel reprend le travail avant ce jour (sans rechute dans les 14 jours), l'obligation ne naît pas et la communication devient caduque (void) ; une rechute dans les 14 jours continue le décompte à partir du premier jour d'incapacité de travail. Si l'absence ou l'occupation prend fin plus tard sans communication, celle-ci devient également caduque.",
  },
  alternatives: [
    {
      nl: 'De melding pas tonen zodra de 4 weken bereikt zijn.',
      en: 'Show the notification only once the 4 weeks are reached.',
      fr: "N'afficher la communication qu'une fois les 4 semaines atteintes.",
    },
  ],
  sources: ['Codex I.4-4 §3 ("elke arbeidsongeschiktheid van 4 weken of meer")', 'research legal-rules.md H-01'],
};

/** The worker is informed after the notification; the occupational physician's duty has no term. */
export const INFORM_AFTER_NOTIFICATION: Interpretation = {
  id: 'inform-worker-after-notification',
  chosen: {
    nl: 'De plicht van de preventieadviseur-arbeidsarts om het personeelslid te informeren ontstaat met de melding van de ongeschiktheid (of met de informatie zelf, als de melding niet geregistreerd is) en heeft geen termijn ("zo snel mogelijk"). Ze vervalt als het personeelslid het werk hervat of de tewerkstelling eindigt.',
    en: "The occupational physician's duty to inform the staff member arises with the notification of the incapacity (or with the information itself, when no notification is recorded) and has no term (\"as soon as possible\"). It lapses when the staff member resumes work or the employment ends.",
    fr: "L'obligation du conseiller en prévention-médecin du travail d'informer le membre du personnel naît avec la communication de l'incapacité de travail (ou avec l'information elle-même, si aucune communication n'est enregistrée) et n'a pas de délai (« zo snel mogelijk » : dès que possible). Elle devient caduque lorsque le membre du personnel reprend le travail ou que l'occupation prend fin.",
  },
  sources: ['Codex I.4-71/1', 'clbgroup.be ("De wetgever plakt op deze contactname geen exact tijdstip")', 'research legal-rules.md H-02'],
};

/** Working days are Monday to Friday except the Belgian legal holidays, unless the caller says otherwise. */
export const WORKING_DAYS_MON_FRI: Interpretation = {
  id: 'working-days-mon-fri',
  question: 'A-8',
  chosen: {
    nl: 'Werkdagen zijn maandag tot vrijdag, zonder de 10 wettelijke feestdagen en de extra feestdagen van de entiteit (bv. 11 juli); de optie workweek: "mon-sat" telt ook de zaterdag. De dag van de hervatting of van het verzoek telt niet mee.',
    en: 'Working days are Monday to Friday, except the 10 Belgian legal holidays and the entity\'s extra holidays (e.g. 11 July); the option workweek: "mon-sat" counts Saturdays too. The day of the resumption or of the request does not count.',
    fr: 'Les jours ouvrables sont les jours du lundi au vendredi, hors les 10 jours fériés légaux belges et les jours fériés supplémentaires de l\'entité (p. ex. le 11 juillet) ; l\'option workweek: "mon-sat" compte aussi le samedi. Le jour de la reprise du travail ou de la demande ne compte pas.',
  },
  alternatives: [
    {
      nl: 'Alle dagen behalve zondagen en feestdagen (maandag tot zaterdag).',
      en: 'Every day except Sundays and holidays (Monday to Saturday).',
      fr: 'Tous les jours sauf les dimanches et les jours fériés (du lundi au samedi).',
    },
  ],
  sources: ['research legal-rules.md A-8, E-13, E-14', 'SPEC section 2 (workingDaysAfter)'],
};

/** The 10 working days are the current text; older texts had 8 days. */
export const TEN_WORKING_DAYS_CURRENT_TEXT: Interpretation = {
  id: 'ten-working-days-current-text',
  chosen: {
    nl: 'De termijn van 10 werkdagen is die van de huidige codex; oudere teksten spraken van 8 dagen, maar de datum van de wijziging werd niet gevonden. De bibliotheek rekent steeds met 10 werkdagen.',
    en: 'The 10 working days are the term of the current Codex; older texts said 8 days, but the date of the change was not found. The library always uses 10 working days.',
    fr: "Les 10 jours ouvrables sont le délai du Code actuel ; des textes plus anciens parlaient de 8 jours, mais la date de la modification n'a pas été trouvée. La bibliothèque compte toujours 10 jours ouvrables.",
  },
  sources: ['p-i.be (older text: "tijdens de eerste acht dagen", "binnen de 8 dagen")', 'empreva.be', 'securex.be Lex4You', 'research legal-rules.md H-03, H-04'],
};

/** The return-to-work exam after 4 weeks, counted over the uninterrupted incapacity (relapse rule). */
export const EXAM_ABSENCE_FROM_EPISODE: Interpretation = {
  id: 'return-exam-absence-counted-from-episode-start',
  chosen: {
    nl: 'Het onderzoek bij werkhervatting is verplicht voor een personeelslid onder gezondheidstoezicht (employee.underHealthSurveillance: true; ontbreekt dat gegeven, dan niet) als de afwezigheid bij de hervatting minstens 4 weken duurde (hervatting >= start + 28). Na een herval binnen 14 dagen telt de afwezigheid vanaf de eerste ziektedag, tenzij er na een vorige hervatting in dezelfde episode al een onderzoek was: dan vanaf de volgende ziektedag. Hervalt het personeelslid vóór het onderzoek, dan vervalt het (void).',
    en: 'The return-to-work exam is mandatory for a staff member under health surveillance (employee.underHealthSurveillance: true; when not given, it is not) when the absence lasted at least 4 weeks at the resumption (resumption >= start + 28). After a relapse within 14 days the absence counts from the first day of incapacity, unless an exam was already held after an earlier resumption in the same episode: then from the next day of incapacity. When the staff member falls ill again before the exam, it is void.',
    fr: "L'examen de reprise du travail est obligatoire pour un membre du personnel soumis à la surveillance de la santé (employee.underHealthSurveillance: true ; si la donnée manque, il ne l'est pas) lorsque l'absence a duré au moins 4 semaines au moment de la reprise du travail (reprise >= début + 28). Après une rechute dans les 14 jours, l'absence compte à partir du premier jour d'incapacité de travail, sauf si un examen a déjà eu lieu après une reprise antérieure dans le même épisode : elle compte alors à partir du jour d'incapacité suivant. Si le membre du personnel retombe malade avant l'examen, celui-ci devient caduc (void).",
  },
  alternatives: [
    {
      nl: 'Enkel de laatste periode van afwezigheid tellen.',
      en: 'Counting only the last stretch of absence.',
      fr: "Ne compter que la dernière période d'absence.",
    },
  ],
  sources: ['Codex I.4-34', 'AgO page, step 3 ("na een afwezigheid van minstens 4 opeenvolgende weken")', 'SPEC sections 4 and 5'],
};

/** Employer requests for a pre-resumption visit only from 1 January 2026 (research N-03). */
export const EMPLOYER_VISIT_FROM_2026: Interpretation = {
  id: 'pre-resumption-visit-employer-from-2026',
  chosen: {
    nl: 'Tot 31 december 2025 kan enkel het personeelslid het bezoek voorafgaand aan de werkhervatting vragen; een verzoek van de werkgever vóór 1 januari 2026 is out-of-sequence en telt niet. De afwezigheid hoeft niet in dezelfde zaak geregistreerd te zijn. Hervat het personeelslid vóór het bezoek, of eindigt de tewerkstelling, dan vervalt het (void).',
    en: 'Until 31 December 2025 only the staff member can ask for the pre-resumption visit; an employer request before 1 January 2026 is out-of-sequence and does not count. The absence need not be recorded in the same case. When the staff member resumes before the visit, or the employment ends, it is void.',
    fr: "Jusqu'au 31 décembre 2025, seul le membre du personnel peut demander la visite de pré-reprise du travail ; une demande de l'employeur avant le 1er janvier 2026 est hors séquence (out-of-sequence) et ne compte pas. L'absence ne doit pas être enregistrée dans le même dossier. Si le membre du personnel reprend le travail avant la visite, ou si l'occupation prend fin, la visite devient caduque (void).",
  },
  sources: ['cohezio.be news (re-integratie 3.0)', 'prevent.be FR (réintégration 3.0)', 'research legal-rules.md N-03, H-04'],
};
