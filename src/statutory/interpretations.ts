/**
 * Readings of the sickness rules of the Vlaams Personeelsstatuut (VPS, BVR of 13 January 2006, part X, title 4)
 * chosen where the sources leave a question open. Each is named, so it shows in the rule catalogue and in every
 * deadline that depends on it.
 *
 * @module
 */
import type { Interpretation } from '../rules/types.js';

/** Where the VPS text and the AgO pages on part-time work for illness can be read. */
export const VPS_URLS = {
  partX: 'https://overheid.vlaanderen.be/BVR_Deel10-T4',
  partTime: 'https://overheid.vlaanderen.be/personeel/verloven-afwezigheden-en-werktijdregeling/deeltijdse-prestaties-wegens-ziekte',
  partTimeIntern: 'https://www.vlaanderen.be/intern/deeltijdse-prestaties-wegens-ziekte/doelgroep-en-duur',
  partTimeInterpretation: 'https://overheid.vlaanderen.be/Int_deeltpresenziekte',
} as const;

/** The VPS sickness rules apply to statutory staff; the library needs `employee.status: 'statutory'` to apply them. */
export const STATUTORY_STAFF_ONLY: Interpretation = {
  id: 'vps-statutory-staff-only',
  chosen: {
    nl: 'De regels van het VPS over deeltijdse prestaties wegens ziekte (X 22) en de 666 werkdagen (X 20) gelden hier alleen voor een statutair personeelslid (employee.status: "statutory"). Voor een contractueel personeelslid of wanneer het statuut niet is opgegeven, berekent de bibliotheek niets (statutory: null); elk part-time-illness.granted-event krijgt dan een issue not-applicable, net als sickLeaveWorkingDaysBefore.',
    en: 'The VPS rules on part-time work for illness (X 22) and the 666 working days (X 20) apply here only to a statutory staff member (employee.status: "statutory"). For a contractual staff member, or when the status is not given, the library computes nothing (statutory: null); each part-time-illness.granted event then gets an issue not-applicable, and so does sickLeaveWorkingDaysBefore.',
    fr: 'Les règles du statut du personnel flamand (Vlaams Personeelsstatuut, VPS) sur les prestations à temps partiel pour cause de maladie (X 22) et les 666 jours ouvrables (X 20) ne s\'appliquent ici qu\'à un membre du personnel statutaire (employee.status: "statutory"). Pour un membre du personnel contractuel, ou lorsque le statut n\'est pas indiqué, la bibliothèque ne calcule rien (statutory: null) ; chaque événement part-time-illness.granted reçoit alors un problème (issue) not-applicable, de même que sickLeaveWorkingDaysBefore.',
  },
  alternatives: [
    {
      nl: 'Een onbekend statuut als statutair behandelen zodra de zaak een VPS-event bevat.',
      en: 'Treating an unknown status as statutory as soon as the case holds a VPS event.',
      fr: 'Traiter un statut inconnu comme statutaire dès que le dossier contient un événement du VPS.',
    },
  ],
  sources: [
    'overheid.vlaanderen.be deeltijdse prestaties wegens ziekte ("Statutaire personeelsleden" / contractual staff: the adviserend arts, up to 2 years)',
    'overheid.vlaanderen.be BVR_Deel10-T4 (X 20: "Indien de ambtenaar ...")',
  ],
};

/** "At most 3 months": a period from s ends at the latest the day before s + 3 months (1 July - 30 September). */
export const PERIOD_OF_THREE_MONTHS: Interpretation = {
  id: 'part-time-period-3-months-first-day-included',
  chosen: {
    nl: 'Een periode van ten hoogste 3 maanden die op s begint (s is dag 1), loopt ten laatste tot de dag vóór het punt waarop ze 3 maanden duurt (lastedFrom(s, 3 maanden) - 1 dag): 1 juli tot en met 30 september; 31 januari tot en met 30 april; 30 november 2023 tot en met 29 februari 2024. Een langere periode krijgt de vlag part-time-period-too-long; de toegekende einddatum blijft de einddatum.',
    en: 'A period of at most 3 months that starts on s (s is day 1) runs at the latest until the day before it has lasted 3 months (lastedFrom(s, 3 months) - 1 day): 1 July to 30 September; 31 January to 30 April; 30 November 2023 to 29 February 2024. A longer period gets the flag part-time-period-too-long; the granted end stays the end.',
    fr: "Une période d'au maximum 3 mois qui commence le jour s (s est le jour 1) court au plus tard jusqu'à la veille du jour où elle atteint 3 mois (lastedFrom(s, 3 mois) - 1 jour) : du 1er juillet au 30 septembre ; du 31 janvier au 30 avril ; du 30 novembre 2023 au 29 février 2024. Une période plus longue reçoit le signal part-time-period-too-long ; la date de fin accordée reste la date de fin.",
  },
  alternatives: [
    {
      nl: 'Tot en met dezelfde dagnummer 3 maanden later (1 juli tot en met 1 oktober), zoals een termijn "binnen 3 maanden".',
      en: 'Up to and including the same day-number 3 months later (1 July to 1 October), like a term "within 3 months".',
      fr: "Jusqu'au même quantième 3 mois plus tard inclus (du 1er juillet au 1er octobre), comme un délai « dans les 3 mois ».",
    },
  ],
  sources: [
    'vlaanderen.be/intern deeltijdse prestaties wegens ziekte, doelgroep en duur ("van 1 juli tot en met 30 september (3 maanden)")',
    'research legal-rules.md A-4 (lastedFrom)',
  ],
};

/** The 6 months of the right count from the first day of the first part-time period of a series. */
export const RIGHT_FROM_FIRST_PERIOD: Interpretation = {
  id: 'part-time-right-from-first-period',
  chosen: {
    nl: 'De 6 maanden waarin deeltijdse prestaties wegens ziekte een recht zijn, lopen vanaf de eerste dag van de eerste periode van een reeks (dag 1) tot de dag vóór het punt waarop ze 6 maanden duren: vanaf 1 juli tot en met 31 december. Vanaf de 7de maand is een periode een gunst (akkoord van de lijnmanager nodig; vlag part-time-favour).',
    en: 'The 6 months in which part-time work for illness is a right run from the first day of the first period of a series (day 1) to the day before they have lasted 6 months: from 1 July to 31 December. From the 7th month a period is a favour (the line manager must agree; flag part-time-favour).',
    fr: "Les 6 mois pendant lesquels les prestations à temps partiel pour cause de maladie sont un droit courent du premier jour de la première période d'une série (jour 1) jusqu'à la veille du jour où ils atteignent 6 mois : du 1er juillet au 31 décembre. À partir du 7e mois, une période est une faveur : elle requiert l'accord du supérieur hiérarchique (lijnmanager) et reçoit le signal part-time-favour.",
  },
  alternatives: [
    {
      nl: 'De 6 maanden tellen vanaf de eerste dag van de ziekte (de voltijdse afwezigheid vóór de deeltijdse hervatting).',
      en: 'The 6 months count from the first day of the illness (the full-time absence before the part-time resumption).',
      fr: "Les 6 mois se comptent à partir du premier jour de la maladie (l'absence à temps plein qui précède la reprise à temps partiel).",
    },
  ],
  sources: [
    'overheid.vlaanderen.be deeltijdse prestaties wegens ziekte ("Tijdens de 1ste 6 maanden is deze afwezigheid een recht ... Vanaf de 7de maand wordt de afwezigheid een gunst")',
    'vlaanderen.be/intern example: 1 July - 30 September leaves "nog recht op 3 maanden en 15 kalenderdagen"',
  ],
};

/** Each calendar day of full-time sickness within the right extends it by one day, also within the extension. */
export const RIGHT_EXTENDED_BY_SICK_DAYS: Interpretation = {
  id: 'part-time-right-extended-by-full-time-sick-days',
  chosen: {
    nl: 'Elke kalenderdag van voltijdse ziekte (een afwezigheid: absence.started tot de dag vóór work.resumed; een lopende afwezigheid tot asOf) binnen de periode van recht verlengt die met een kalenderdag, ook een ziektedag in de verlenging zelf: het recht eindigt op de dag waarop het personeelslid zoveel dagen buiten voltijdse ziekte telt als de 6 maanden dagen hebben. 1 juli 2025 met voltijdse ziekte van 1 tot en met 15 augustus: recht tot en met 15 januari 2026.',
    en: 'Each calendar day of full-time sickness (an absence: absence.started to the day before work.resumed; an open absence up to asOf) within the period of the right extends it by one calendar day, also a sick day within the extension itself: the right ends on the day on which the staff member counts as many days outside full-time sickness as the 6 months have days. 1 July 2025 with full-time sickness from 1 to 15 August: right until 15 January 2026.',
    fr: "Chaque jour calendrier de maladie à temps plein (une absence : de absence.started à la veille de work.resumed ; une absence en cours jusqu'à asOf) pendant la période du droit la prolonge d'un jour calendrier, y compris un jour de maladie pendant la prolongation elle-même : le droit prend fin le jour où le membre du personnel compte autant de jours hors maladie à temps plein que les 6 mois comptent de jours. Une série qui commence le 1er juillet 2025, avec une maladie à temps plein du 1er au 15 août : droit jusqu'au 15 janvier 2026 inclus.",
  },
  alternatives: [
    {
      nl: 'Alleen de ziektedagen binnen de oorspronkelijke 6 maanden tellen.',
      en: 'Counting only the sick days within the original 6 months.',
      fr: 'Ne compter que les jours de maladie compris dans les 6 mois initiaux.',
    },
  ],
  sources: [
    'vlaanderen.be/intern deeltijdse prestaties wegens ziekte ("aangevuld worden met het aantal kalenderdagen voltijdse ziekte"; 1 juli - 30 september plus 1 - 15 augustus: "nog recht op 3 maanden en 15 kalenderdagen")',
    'overheid.vlaanderen.be deeltijdse prestaties wegens ziekte',
  ],
};

/** A complete resumption ends the series: a new illness after it gives a new right. */
export const NEW_RIGHT_AFTER_FULL_RESUMPTION: Interpretation = {
  id: 'part-time-new-right-after-full-resumption',
  chosen: {
    nl: 'Een volledige hervatting (work.resumed met mode "full") na het begin van een reeks beëindigt de reeks; de volgende toekenning begint een nieuwe reeks met een nieuw recht van 6 maanden. Een hervatting in aangepast of ander werk is geen volledige hervatting. Zonder zo een event loopt de reeks door, ook over een onderbreking tussen twee perioden.',
    en: 'A complete resumption (work.resumed with mode "full") after a series began ends the series; the next grant starts a new series with a new right of 6 months. A resumption in adapted or other work is not a complete resumption. Without such an event the series runs on, also across a gap between two periods.',
    fr: 'Une reprise complète du travail (work.resumed avec mode "full") après le début d\'une série met fin à la série ; l\'octroi suivant commence une nouvelle série avec un nouveau droit de 6 mois. Une reprise dans un travail adapté ou autre travail n\'est pas une reprise complète. Sans un tel événement, la série se poursuit, même au-delà d\'une interruption entre deux périodes.',
  },
  alternatives: [
    {
      nl: 'Een volledige hervatting afleiden uit een dag tussen twee perioden die niet door een voltijdse afwezigheid gedekt is.',
      en: 'Inferring a complete resumption from a day between two periods that no full-time absence covers.',
      fr: "Déduire une reprise complète d'un jour situé entre deux périodes qu'aucune absence à temps plein ne couvre.",
    },
  ],
  sources: ['overheid.vlaanderen.be deeltijdse prestaties wegens ziekte ("je hebt opnieuw recht op deeltijdse prestaties als je na een volledige re-integratie terug ziek valt")'],
};

/** What counts towards the 666 working days of X 20. */
export const SICK_LEAVE_WORKING_DAYS: Interpretation = {
  id: 'sick-leave-working-days-of-full-absence',
  chosen: {
    nl: 'De 666 werkdagen zijn de werkdagen van de kalender van het personeelslid (maandag tot vrijdag, of tot zaterdag met workweek: "mon-sat"; zonder de wettelijke feestdagen en de extra feestdagen zoals 11 juli) waarop het voltijds afwezig was wegens ziekte of ongeval van gemeen recht: van absence.started tot de dag vóór work.resumed (een lopende afwezigheid tot asOf), plus employee.sickLeaveWorkingDaysBefore. Weekends en feestdagen tijdens de ziekte tellen niet; arbeidsongevallen en beroepsziekten tellen niet (geen ziekteverlof); dagen van deeltijdse prestaties wegens ziekte tellen niet. De aftrek van de vakantiedagen die door langdurige ziekte niet konden worden opgenomen (X 20, tweede lid) rekent de bibliotheek niet: daarvoor heeft ze geen gegevens.',
    en: 'The 666 working days are the working days of the staff member\'s calendar (Monday to Friday, or to Saturday with workweek: "mon-sat"; except the legal holidays and extra holidays such as 11 July) on which the staff member was absent full-time for illness or a private accident: from absence.started to the day before work.resumed (an open absence up to asOf), plus employee.sickLeaveWorkingDaysBefore. Weekends and holidays during the sickness do not count; work accidents and occupational diseases do not count (no sick leave); days of part-time work for illness do not count. The deduction of the holidays that could not be taken because of long illness (X 20, second paragraph) is not applied: the library has no data for it.',
    fr: 'Les 666 jours ouvrables sont les jours ouvrables du calendrier du membre du personnel (du lundi au vendredi, ou jusqu\'au samedi avec workweek: "mon-sat" ; hors les jours fériés légaux et les jours fériés supplémentaires comme le 11 juillet) pendant lesquels il était absent à temps plein pour cause de maladie ou d\'accident de droit commun : de absence.started à la veille de work.resumed (une absence en cours jusqu\'à asOf), plus employee.sickLeaveWorkingDaysBefore. Les week-ends et les jours fériés pendant la maladie ne comptent pas ; les accidents du travail et les maladies professionnelles ne comptent pas (pas de congé de maladie) ; les jours de prestations à temps partiel pour cause de maladie ne comptent pas. La déduction des jours de vacances qui n\'ont pas pu être pris en raison d\'une longue maladie (X 20, alinéa 2) n\'est pas appliquée : la bibliothèque n\'a pas de données pour cela.',
  },
  alternatives: [
    {
      nl: 'Ook het afwezige deel van deeltijdse prestaties wegens ziekte tellen (100 % min het prestatiepercentage per werkdag), zoals het op het ziektecontingent wordt aangerekend.',
      en: 'Also counting the absent part of part-time work for illness (100 % minus the work percentage per working day), as it is charged to the sick-leave contingent.',
      fr: "Compter aussi la part d'absence des prestations à temps partiel pour cause de maladie (100 % moins le pourcentage de prestations par jour ouvrable), telle qu'elle est imputée sur le contingent de congés de maladie.",
    },
    { nl: 'Kalenderdagen van ziekte tellen.', en: 'Counting calendar days of sickness.', fr: 'Compter les jours calendrier de maladie.' },
  ],
  sources: [
    'overheid.vlaanderen.be BVR_Deel10-T4 (X 17 §1: "ziekte of ongeval van gemeen recht"; X 20: "666 werkdagen afwezig ... wegens ziekte")',
    'overheid.vlaanderen.be Int_deeltpresenziekte (interpretatie bij X 22: aanrekening op het ziektecontingent van het afwezige deel)',
    'SPEC section 2 (working days)',
  ],
};

/** The line manager may refer from the day the 666th working day of sick leave is reached. */
export const REFERRAL_FROM_666TH_DAY: Interpretation = {
  id: 'referral-from-666th-working-day',
  chosen: {
    nl: 'De doorverwijzing is mogelijk vanaf de 666ste werkdag van ziekteverlof. Zolang het personeelslid afwezig is en de 666 niet bereikt zijn, toont de bibliotheek de datum waarop ze bereikt worden als de afwezigheid doorloopt (pending); zonder lopende afwezigheid geen datum. Bereikt sickLeaveWorkingDaysBefore alleen al 666, dan is de datum de eerste dag van de zaak (de dag zelf ligt ervoor).',
    en: 'The referral is possible from the 666th working day of sick leave. While the staff member is absent and the 666 are not reached, the library shows the day they are reached if the absence continues (pending); without an open absence, no date. When sickLeaveWorkingDaysBefore alone reaches 666, the date is the first day of the case (the day itself lies before it).',
    fr: "Le renvoi est possible à partir du 666e jour ouvrable de congé de maladie. Tant que le membre du personnel est absent et que les 666 jours ne sont pas atteints, la bibliothèque affiche le jour où ils le seront si l'absence se poursuit (pending) ; sans absence en cours, pas de date. Si sickLeaveWorkingDaysBefore atteint à lui seul 666, la date est le premier jour du dossier (le jour lui-même le précède).",
  },
  alternatives: [
    {
      nl: 'Pas vanaf de dag na de 666ste werkdag (wanneer 666 volle dagen voorbij zijn).',
      en: 'Only from the day after the 666th working day (once 666 whole days have passed).',
      fr: 'Seulement à partir du lendemain du 666e jour ouvrable (une fois 666 jours entiers écoulés).',
    },
  ],
  sources: ['overheid.vlaanderen.be BVR_Deel10-T4 (X 20)', 'overheid.vlaanderen.be toel_deel10-t4 ("ten vroegste na 666 werkdagen")'],
};
