/**
 * Readings of the law chosen for the medical force majeure procedure where the sources are unclear. Each is named,
 * so that it shows in the rule catalogue and in every deadline that depends on it.
 *
 * @module
 */
import type { Interpretation } from '../rules/types.js';

/** Which date decides between 9 and 6 months (research FM-02: transition unknown). */
export const FM_REGIME_BY_NOTIFICATION: Interpretation = {
  id: 'force-majeure-regime-by-notification',
  question: 'FM-02',
  chosen: {
    nl: 'De dag waarop de preventieadviseur-arbeidsarts de aangetekende kennisgeving ontvangt (de start van de procedure) bepaalt de regeling, zoals de startdatum dat doet voor het re-integratietraject: een procedure die vóór 1 januari 2026 start, vraagt 9 maanden onafgebroken ongeschiktheid; een procedure vanaf 1 januari 2026 vraagt er 6, ook als de ongeschiktheid in 2025 begon. De vroegste startdatum is dus de drempel van 9 maanden als die vóór 2026 valt, anders de latere van de drempel van 6 maanden en 1 januari 2026.',
    en: 'The day the occupational physician receives the registered notification (the start of the procedure) decides the regime, as the start date does for the re-integration trajectory: a procedure started before 1 January 2026 needs 9 months of uninterrupted incapacity; a procedure from 1 January 2026 needs 6, also when the incapacity began in 2025. The earliest start is therefore the 9-month threshold when it falls before 2026, else the later of the 6-month threshold and 1 January 2026.',
    fr: "Le jour où le conseiller en prévention-médecin du travail reçoit la notification par envoi recommandé (le début de la procédure) détermine le régime, comme la date de début le fait pour le trajet de réintégration : une procédure qui commence avant le 1er janvier 2026 requiert 9 mois d'incapacité de travail ininterrompue ; une procédure à partir du 1er janvier 2026 en requiert 6, même si l'incapacité de travail a commencé en 2025. La première date de début possible est donc le seuil de 9 mois s'il tombe avant 2026, sinon la plus tardive de ces deux dates : le seuil de 6 mois et le 1er janvier 2026.",
  },
  alternatives: [
    {
      nl: 'De eerste dag van de ongeschiktheid bepaalt de regeling: een ongeschiktheid die vóór 2026 begon, blijft 9 maanden vragen.',
      en: 'The first day of the incapacity decides: an incapacity that began before 2026 keeps needing 9 months.',
      fr: "Le premier jour de l'incapacité de travail détermine le régime : une incapacité de travail qui a commencé avant 2026 continue de requérir 9 mois.",
    },
  ],
  sources: [
    'damien-avocat.be ("au moins 6 mois ininterrompus ... Cette période était de 9 mois jusqu’au 31 décembre 2025")',
    'incidence-asbl.org / CESSoC ("réduit de neuf à six mois le délai pour une rupture du contrat pour force majeure médicale")',
    'lydian.be (loi du 19 décembre 2025 et AR du 17 décembre 2025, MB 30 décembre 2025, en vigueur le 1er janvier 2026)',
  ],
};

/** FM-04 [C]: "at the earliest 10 days" or "within 10 days" (research A-12). */
export const FM_EXAM_NOT_BEFORE_TEN_DAYS: Interpretation = {
  id: 'force-majeure-exam-not-before-ten-days',
  question: 'A-12',
  chosen: {
    nl: 'De preventieadviseur-arbeidsarts nodigt de werknemer ten vroegste 10 kalenderdagen na de ontvangst van de kennisgeving uit voor het onderzoek (ontvangst + 10): een vroegste datum, geen uiterste termijn. Twee bronnen zeggen "ten vroegste" (Mensura, Beci); het doel is de partijen tijd te geven om zich voor te bereiden en bijstand te zoeken.',
    en: 'The occupational physician invites the worker to the examination at the earliest 10 calendar days after receiving the notification (receipt + 10): an earliest date, not a deadline. Two sources say "at the earliest" (Mensura, Beci); its purpose is to give the parties time to prepare and seek assistance.',
    fr: "Le conseiller en prévention-médecin du travail invite le travailleur à l'examen au plus tôt 10 jours calendrier après la réception de la notification (réception + 10) : une date au plus tôt, pas une échéance. Deux sources disent « au plus tôt » (Mensura, Beci) ; le but est de laisser aux parties le temps de se préparer et de se faire assister.",
  },
  alternatives: [
    {
      nl: 'De preventieadviseur-arbeidsarts nodigt de werknemer uit binnen 10 kalenderdagen na de kennisgeving (een uiterste termijn; SalarySolution).',
      en: 'The occupational physician invites the worker within 10 calendar days after the notification (a deadline; SalarySolution).',
      fr: 'Le conseiller en prévention-médecin du travail invite le travailleur dans les 10 jours calendrier qui suivent la notification (une échéance ; SalarySolution).',
    },
  ],
  sources: [
    'mensura.be (FR: "un examen effectué par le médecin du travail qui peut avoir lieu au plus tôt dix jours après la notification")',
    'beci.be ("Au plus tôt 10 jours après la notification reçue, le médecin du travail invite le ou la travailleur·euse")',
    'research legal-rules.md FM-04 (salarysolution.be: "within 10 calendar days")',
  ],
};

/** FM-05: what "a new period of 9 months" after three refused invitations counts from. */
export const FM_NEW_PERIOD_AFTER_NO_SHOW: Interpretation = {
  id: 'force-majeure-new-period-after-no-show',
  question: 'FM-05',
  chosen: {
    nl: 'Nadat de werknemer drie uitnodigingen niet aanvaardde, kan een nieuwe procedure pas starten na een nieuwe periode van 9 maanden (6 maanden voor een nieuwe procedure vanaf 1 januari 2026), geteld vanaf de dag waarop de procedure eindigde (monthsAfter); de drempel van de onafgebroken ongeschiktheid blijft daarnaast gelden.',
    en: 'After the worker did not accept three invitations, a new procedure can start only after a new period of 9 months (6 months for a new procedure from 1 January 2026), counted from the day the procedure ended (monthsAfter); the threshold of uninterrupted incapacity applies besides.',
    fr: "Lorsque le travailleur n'a pas accepté trois invitations, une nouvelle procédure ne peut commencer qu'après une nouvelle période de 9 mois (6 mois pour une nouvelle procédure à partir du 1er janvier 2026), comptée à partir du jour où la procédure a pris fin (monthsAfter) ; le seuil de l'incapacité de travail ininterrompue s'applique en outre.",
  },
  alternatives: [
    {
      nl: 'Een nieuwe periode van 9 maanden onafgebroken ongeschiktheid met de eindedatum als eerste dag (lastedFrom, een dag later bij een ingekorte maand), of steeds 9 maanden, ook na 2025.',
      en: 'A new period of 9 months of uninterrupted incapacity with the end as its first day (lastedFrom, a day later at a clamped month end), or always 9 months, also after 2025.',
      fr: "Une nouvelle période de 9 mois d'incapacité de travail ininterrompue dont le premier jour est le jour de la fin (lastedFrom, un jour plus tard lorsque la fin de mois est ramenée), ou toujours 9 mois, même après 2025.",
    },
  ],
  sources: ['beci.be ("la procédure est abandonnée et il faudra attendre 9 nouveaux mois pour la relancer")'],
};

/** FM-05: the three invitations and the three months. */
export const FM_NO_SHOW_COUNT_AND_GAPS: Interpretation = {
  id: 'force-majeure-no-show-count-and-gaps',
  question: 'A-9',
  chosen: {
    nl: 'Een beëindiging omdat de werknemer niet inging op de uitnodigingen vraagt 3 uitnodigingen met telkens minstens 14 kalenderdagen tussen de verzenddata; de "periode van 3 maanden" beschrijft de tijd die zulke uitnodigingen nemen en wordt niet apart nagekeken. Een beëindiging zonder die 3 uitnodigingen wordt zoals verklaard vastgelegd, met de waarschuwing `no-show-end-invalid`.',
    en: 'An end because the worker did not accept the invitations needs 3 invitations each at least 14 calendar days apart (between sending dates); the "period of 3 months" describes the time such invitations take and is not checked on its own. An end without those 3 invitations is recorded as declared, with the warning `no-show-end-invalid`.',
    fr: "Une fin de la procédure parce que le travailleur n'a pas accepté les invitations requiert 3 invitations espacées chacune d'au moins 14 jours calendrier (entre les dates d'envoi) ; la « période de 3 mois » décrit le temps que prennent ces invitations et n'est pas vérifiée séparément. Une fin sans ces 3 invitations est enregistrée telle que déclarée, avec l'avertissement `no-show-end-invalid`.",
  },
  alternatives: [
    {
      nl: 'De drie uitnodigingen moeten ook binnen 3 maanden na de eerste vallen.',
      en: 'The three invitations must also fall within 3 months of the first.',
      fr: 'Les trois invitations doivent en outre tomber dans les 3 mois qui suivent la première.',
    },
  ],
  sources: ['beci.be ("3 fois sur une période de 3 mois (avec 14 jours calendrier d’écarts entre deux convocations)")'],
};

/** FM-03: an employer's letter must name the worker's rights. */
export const FM_RIGHTS_FLAGGED_WHEN_ABSENT: Interpretation = {
  id: 'force-majeure-rights-flagged-when-absent',
  chosen: {
    nl: 'Een kennisgeving van de werkgever die uitdrukkelijk de rechten van de werknemer niet vermeldt (`rightsMentioned: false`), krijgt de waarschuwing `force-majeure-start-invalid`; zonder dat veld weet de bibliotheek het niet en waarschuwt ze niet.',
    en: 'An employer notification that expressly does not name the worker’s rights (`rightsMentioned: false`) gets the warning `force-majeure-start-invalid`; without the field the library does not know and does not warn.',
    fr: "Une notification de l'employeur dont il est expressément indiqué qu'elle ne mentionne pas les droits du travailleur (`rightsMentioned: false`) reçoit l'avertissement `force-majeure-start-invalid` ; sans ce champ, la bibliothèque ne le sait pas et n'avertit pas.",
  },
  alternatives: [
    { nl: 'Ook waarschuwen als het veld ontbreekt.', en: 'Also warn when the field is missing.', fr: 'Avertir aussi lorsque le champ manque.' },
  ],
  sources: ['werk.belgie.be (bijzondere procedure medische overmacht: inhoud van de kennisgeving van de werkgever)'],
};

/** FM-08: a request for adapted work made at the examination itself. */
export const FM_ASKED_AT_EXAMINATION: Interpretation = {
  id: 'force-majeure-adapted-work-asked-at-examination',
  question: 'FM-08',
  chosen: {
    nl: 'Vroeg de werknemer al tijdens het onderzoek om aangepast of ander werk te onderzoeken (`adaptedWorkAsked`), dan vermeldt de vaststelling zelf de mogelijkheden: er is geen termijn van 7 dagen voor een verzoek en geen termijn van 30 dagen voor een formulier, en het plan of verslag van de werkgever volgt op de vaststelling.',
    en: 'When the worker asked at the examination itself to examine adapted or other work (`adaptedWorkAsked`), the finding itself names the possibilities: there is no 7-day term for a request and no 30-day term for a form, and the employer’s plan or report follows the finding.',
    fr: "Si le travailleur a demandé, lors de l'examen même, que soient examinées les possibilités de travail adapté ou autre travail (`adaptedWorkAsked`), le constat mentionne lui-même ces possibilités : il n'y a ni délai de 7 jours pour une demande ni délai de 30 jours pour un formulaire, et le plan ou le rapport motivé de l'employeur suit le constat.",
  },
  alternatives: [
    {
      nl: 'Ook dan levert de preventieadviseur-arbeidsarts binnen 30 kalenderdagen een apart formulier.',
      en: 'The occupational physician then also delivers a separate form within 30 calendar days.',
      fr: 'Le conseiller en prévention-médecin du travail remet alors aussi un formulaire distinct dans les 30 jours calendrier.',
    },
  ],
  sources: ['securex.be Lex4You FR (force majeure: "si le travailleur n’a pas demandé pendant l’examen ...")', 'research legal-rules.md FM-08'],
};

/** FM-09: the day from which the contract may end. */
export const FM_MAY_END_WHEN_FINAL: Interpretation = {
  id: 'force-majeure-may-end-when-final',
  question: 'FM-09',
  chosen: {
    nl: 'De overeenkomst mag eindigen vanaf de dag waarop de vaststelling niet meer vatbaar is voor beroep (de dag na de beroepstermijn van 21 dagen, of de ontvangst van de bevestiging in beroep) en een van de drie voorwaarden vervuld is: geen verzoek om aangepast werk (vanaf de dag na de 7 dagen), het gemotiveerd verslag van de werkgever, of het plan dat de werknemer weigerde; de laatste van die data telt. Een beëindiging vereist nog een uitdrukkelijke schriftelijke kennisgeving, die het einde van de overeenkomst (`employment.ended`) zelf is.',
    en: 'The contract may end from the day the finding can no longer be appealed (the day after the 21-day appeal window, or the receipt of the confirmation on appeal) and one of the three conditions is met: no request for adapted work (from the day after the 7 days), the employer’s motivated report, or the plan the worker refused; the latest of those dates counts. An end still needs an express written notification, which is the end of the contract (`employment.ended`) itself.',
    fr: "Le contrat peut prendre fin à partir du jour où le constat n'est plus susceptible de recours (le lendemain du délai de recours de 21 jours, ou la réception de la confirmation en recours) et où l'une des trois conditions est remplie : aucune demande de travail adapté (à partir du lendemain des 7 jours), le rapport motivé de l'employeur, ou le plan refusé par le travailleur ; la plus tardive de ces dates compte. La fin requiert encore une notification écrite expresse, qui est la fin du contrat elle-même (`employment.ended`).",
  },
  alternatives: [
    {
      nl: 'Het einde is al mogelijk tijdens de beroepstermijn, met het risico dat een beroep het ongedaan maakt.',
      en: 'The end is possible during the appeal window already, at the risk that an appeal undoes it.',
      fr: "La fin est déjà possible pendant le délai de recours, au risque qu'un recours l'annule.",
    },
  ],
  sources: [
    'securex.be Lex4You FR "quelles-sont-les-autres-conditions-a-respecter" (les trois conditions; "Notification expresse nécessaire"; "Attendez la fin du délai de recours")',
  ],
};

/** FM-08: no term was found for the employer's plan or report. */
export const FM_PLAN_OR_REPORT_NO_TERM: Interpretation = {
  id: 'force-majeure-plan-or-report-no-term',
  question: 'FM-08',
  chosen: {
    nl: 'Geen bron noemt een termijn voor het plan of het gemotiveerd verslag van de werkgever in de procedure medische overmacht: de verplichting heeft geen vervaldag en wordt nooit "te laat"; ze blijft open tot het plan of verslag er is.',
    en: 'No source names a term for the employer’s plan or motivated report in the medical force majeure procedure: the duty has no due date and is never "late"; it stays open until the plan or report is there.',
    fr: "Aucune source ne fixe de délai pour le plan ou le rapport motivé de l'employeur dans la procédure de force majeure médicale : l'obligation n'a pas d'échéance et n'est jamais « dépassée » ; elle reste ouverte jusqu'à ce que le plan ou le rapport soit établi.",
  },
  alternatives: [
    {
      nl: 'De termijnen van het re-integratietraject naar analogie (63 dagen of 6 maanden).',
      en: 'The terms of the re-integration trajectory by analogy (63 days or 6 months).',
      fr: 'Les délais du trajet de réintégration, par analogie (63 jours ou 6 mois).',
    },
  ],
  sources: ['research legal-rules.md FM-08 ("deadline not found")'],
};

/** FM-10: who ended the contract, for the Terug Naar Werk-Fonds. */
export const FM_RIZIV_WHEN_EMPLOYER_ENDS: Interpretation = {
  id: 'force-majeure-riziv-when-employer-ends',
  question: 'FM-10',
  chosen: {
    nl: 'De melding aan het RIZIV is verplicht als de werkgever de overeenkomst eenzijdig beëindigt wegens medische overmacht, voor een einde vanaf 1 april 2024, binnen 45 dagen na de einddatum (einddatum + 45). De invoer zegt niet wie het einde inriep: elk einde met `reason: medical-force-majeure` wordt als een einde door de werkgever behandeld.',
    en: 'The notification to the RIZIV is due when the employer ends the contract unilaterally for medical force majeure, for an end from 1 April 2024, within 45 days after the end date (end + 45). The input does not say who invoked the end: every end with `reason: medical-force-majeure` is treated as an end by the employer.',
    fr: "La notification à l'INAMI (Fonds Retour au travail) est due lorsque l'employeur met fin unilatéralement au contrat pour force majeure médicale, pour une fin à partir du 1er avril 2024, dans les 45 jours qui suivent la date de fin (fin + 45). Les données d'entrée ne disent pas qui a invoqué la fin : toute fin avec `reason: medical-force-majeure` est traitée comme une fin à l'initiative de l'employeur.",
  },
  alternatives: [
    {
      nl: 'Zonder gegeven over wie het einde inriep geen termijn tonen.',
      en: 'Show no term without knowing who invoked the end.',
      fr: 'Ne pas afficher de délai sans savoir qui a invoqué la fin.',
    },
  ],
  sources: [
    'inami.fgov.be Terug Naar Werk-Fonds: werkgevers ("Binnen 45 dagen na de beëindigingsdatum van de arbeidsovereenkomst wegens medische overmacht op uw initiatief")',
    'prato.be ("beëindiging vanaf 01/04/2024", "eenzijdig door de werkgever")',
  ],
};
