/**
 * Readings of the omzendbrief re-integratie and the AgO guidance chosen where the texts leave a question open.
 * Each is named, so it shows in the rule catalogue and in every deadline that depends on it
 * (`Deadline.interpretations`).
 *
 * The texts: the omzendbrief (in force 1 January 2024) states the policy; its process is described by the AgO
 * slides ("Het re-integratieproces") and the AgO page for HR professionals (informal track, steps 1-4).
 *
 * @module
 */
import type { Interpretation } from '../rules/types.js';

/** The first conversation must take place within 2 months; planning it is not enough. */
export const CONVERSATION_HELD_NOT_PLANNED: Interpretation = {
  id: 'first-conversation-held-not-planned',
  chosen: {
    nl: 'Het gesprek met de terugkeercoach moet binnen de 2 maanden plaatsvinden (conversation.held); het inplannen alleen volstaat niet.',
    en: 'The conversation with the return-to-work coach must take place within the 2 months (conversation.held); planning it is not enough.',
    fr: "L'entretien avec le coach de retour (terugkeercoach) doit avoir lieu dans les 2 mois (conversation.held) ; le planifier ne suffit pas.",
  },
  alternatives: [
    {
      nl: 'Het volstaat dat de terugkeercoach het gesprek binnen de 2 maanden inplant ("plant binnen de 2 maanden ... een gesprek in").',
      en: 'It is enough that the coach plans the conversation within the 2 months ("plant binnen de 2 maanden ... een gesprek in").',
      fr: "Il suffit que le coach de retour (terugkeercoach) planifie l'entretien dans les 2 mois (« plant binnen de 2 maanden ... een gesprek in »).",
    },
  ],
  sources: [
    'AgO slides "Het re-integratieproces": "binnen 2 maanden na de start van de ziekteafwezigheid vindt een gesprek plaats"',
    'AgO page, informal track step 2: "De terugkeercoach plant binnen de 2 maanden na de start van de afwezigheid een gesprek in"',
    'SPEC section 5 (met by conversation.held)',
  ],
};

/** Month terms of the informal track: the library's one reading of month terms (research A-3). */
export { MONTH_END_CLAMPED as INFORMAL_MONTHS_CLAMPED } from '../rules/interpretations.js';

/** The 2-month arrangements term runs from the conversation in which resumption was judged possible. */
export const ARRANGEMENTS_FROM_CONVERSATION: Interpretation = {
  id: 'arrangements-term-from-conversation',
  chosen: {
    nl: 'De termijn van 2 maanden voor afspraken of een stappenplan loopt vanaf de datum van het gesprek waarin werkhervatting mogelijk bleek. Een later gesprek met dezelfde uitkomst verlengt hem niet; blijkt werkhervatting later toch nog niet mogelijk, dan vervalt de termijn en begint een volgende inschatting een nieuwe.',
    en: 'The 2-month term for arrangements or a step plan runs from the date of the conversation in which resumption was judged possible. A later conversation with the same outcome does not extend it; when resumption later turns out not to be possible yet, the term lapses and a new judgement starts a new one.',
    fr: "Le délai de 2 mois pour les accords ou un plan par étapes court à partir de la date de l'entretien dont il ressort que la reprise du travail est possible. Un entretien ultérieur ayant le même résultat ne le prolonge pas ; s'il apparaît ensuite que la reprise du travail n'est pas encore possible, le délai devient caduc et une nouvelle appréciation en fait courir un nouveau.",
  },
  alternatives: [
    {
      nl: 'Vanaf de dag waarop de medewerker zelf aangeeft te kunnen hervatten (niet geregistreerd).',
      en: 'From the day the staff member says they can resume (not recorded).',
      fr: 'À partir du jour où le membre du personnel indique lui-même pouvoir reprendre le travail (non enregistré).',
    },
  ],
  sources: [
    'AgO page, step 3: "binnen de 2 maanden nadat werkhervatting mogelijk is"',
    'AgO slides: "2 maanden na deze inschatting nog geen concreet stappenplan of concrete afspraken"',
  ],
};

/** A relapse within 14 days continues the track; its terms count from the first start (research A-5, SPEC 4). */
export const RELAPSE_CONTINUES_TRACK: Interpretation = {
  id: 'relapse-continues-informal-track',
  question: 'A-5',
  chosen: {
    nl: 'Hervalt het personeelslid binnen de eerste 14 dagen van de werkhervatting (de hervattingsdag is dag 1), dan loopt hetzelfde informele traject verder: de termijnen blijven geteld vanaf de eerste ziektedag en wat al gebeurde blijft verworven. Een later herval start een nieuw traject met nieuwe termijnen.',
    en: 'When the staff member falls ill again within the first 14 days of the resumption (the resumption day being day 1), the same informal track continues: the terms stay counted from the first day of absence and what was done stays done. A later relapse starts a new track with fresh terms.',
    fr: "Si le membre du personnel retombe malade dans les 14 premiers jours de la reprise du travail (le jour de la reprise étant le jour 1), le même trajet informel se poursuit : les délais restent comptés à partir du premier jour d'absence et ce qui a été fait reste acquis. Une rechute ultérieure démarre un nouveau trajet avec de nouveaux délais.",
  },
  alternatives: [
    {
      nl: 'Elk herval start een nieuw informeel traject.',
      en: 'Every relapse starts a new informal track.',
      fr: 'Toute rechute démarre un nouveau trajet informel.',
    },
  ],
  sources: ['Codex I.4-73 §1 (14-day relapse rule, by analogy)', 'SPEC section 4', 'research legal-rules.md A-5'],
};

/** A deviation moves the arrangements term to its `until` date, or sets it aside when open-ended. */
export const DEVIATION_MOVES_OR_WAIVES: Interpretation = {
  id: 'deviation-moves-or-waives-term',
  chosen: {
    nl: 'Een geregistreerde afwijking (complex dossier) verschuift de termijn voor afspraken of stappenplan naar de opgegeven einddatum; zonder einddatum vervalt de termijn (status waived) en leidt het uitblijven van afspraken niet tot een verplicht formeel traject. De laatste afwijking telt; ook een afwijking die na het verstrijken van de termijn wordt geregistreerd, want de teksten beperken ze niet in de tijd.',
    en: 'A recorded deviation (complex case) moves the term for arrangements or a step plan to its end date; without an end date the term is set aside (status waived) and the lack of arrangements does not make the formal track mandatory. The latest deviation counts, also one recorded after the term ran out, since the texts put no time limit on it.',
    fr: "Une dérogation enregistrée (dossier complexe) reporte le délai pour les accords ou le plan par étapes à la date de fin indiquée ; sans date de fin, le délai est levé (statut waived) et l'absence d'accords ne rend pas le trajet de réintégration formel obligatoire. La dernière dérogation compte, même si elle est enregistrée après l'expiration du délai, car les textes ne la limitent pas dans le temps.",
  },
  alternatives: [
    {
      nl: 'Een afwijking zonder einddatum schort de termijn op tot een nieuwe inschatting.',
      en: 'An open-ended deviation suspends the term until a new judgement.',
      fr: "Une dérogation sans date de fin suspend le délai jusqu'à une nouvelle appréciation.",
    },
  ],
  sources: ['AgO page, step 3: "Let wel: bij complexe dossiers kun je van die termijn afwijken."'],
};

/** The 4-month mark is a threshold: never rolled over to a working day. */
export const FOUR_MONTHS_IS_THRESHOLD: Interpretation = {
  id: 'four-month-mark-is-threshold',
  chosen: {
    nl: 'Het formeel traject wordt verplicht vanaf de dag na 4 maanden na de start van de afwezigheid (start + 4 maanden, afgekapt op het maandeinde) als er tegen dan nog geen gesprek plaatsvond. Dat is een drempel, geen termijn: de optie rollover verschuift hem niet.',
    en: 'The formal track becomes mandatory from the day after 4 months after the absence started (start + 4 months, clamped to the month end) when no conversation has taken place by then. It is a threshold, not a term: the rollover option does not move it.',
    fr: "Le trajet de réintégration formel devient obligatoire à partir du lendemain des 4 mois qui suivent le début de l'absence (début + 4 mois, ramené à la fin du mois) si aucun entretien n'a eu lieu d'ici là. C'est un seuil, pas un délai : l'option rollover ne le déplace pas.",
  },
  sources: [
    'AgO slides: "Er 4 maanden na de start van de ziekteafwezigheid nog geen gesprek mogelijk was"',
    'SPEC section 2 (rollover never moves a threshold)',
  ],
};

/** The duty to start the formal track once arises when the informal term ran out; a late step does not undo it. */
export const ESCALATION_WHEN_TERM_RAN_OUT: Interpretation = {
  id: 'escalation-when-term-ran-out',
  chosen: {
    nl: 'Het formeel traject wordt verplicht op het ogenblik dat de informele termijn verstreek terwijl het traject nog liep (geen herneming van het werk, geen einde van de tewerkstelling, geen formeel verzoek vóór die dag). Een laattijdig gesprek of laattijdige afspraken maken dat niet ongedaan; een formeel verzoek op of na die dag wel.',
    en: 'The formal track becomes mandatory at the moment the informal term ran out while the track was still running (no resumption of work, no end of employment, no formal request before that day). A late conversation or late arrangements do not undo it; a formal request on or after that day does.',
    fr: "Le trajet de réintégration formel devient obligatoire au moment où le délai du trajet informel expire alors que ce trajet est encore en cours (pas de reprise du travail, pas de fin de l'occupation, pas de demande de trajet formel avant ce jour). Un entretien tardif ou des accords tardifs n'y changent rien ; une demande de trajet formel ce jour-là ou après, si.",
  },
  alternatives: [
    {
      nl: 'De verplichting vervalt zodra het gesprek of de afspraken alsnog plaatsvinden.',
      en: 'The duty lapses once the conversation or the arrangements take place after all.',
      fr: "L'obligation devient caduque dès que l'entretien ou les accords ont finalement lieu.",
    },
  ],
  sources: [
    'AgO slides: "Een formeel re-integratietraject moet echter opgestart worden wanneer ..."',
    'AgO page, step 3: "dan moet de entiteit een formeel re-integratietraject opstarten"',
  ],
};

/** Open informal obligations lapse when the track ends (resumption, formal request, end of employment). */
export const VOID_WHEN_TRACK_ENDS: Interpretation = {
  id: 'informal-obligations-void-when-track-ends',
  chosen: {
    nl: 'Wat nog openstaat in het informele traject vervalt (void) wanneer het personeelslid het werk hervat, een formeel traject wordt aangevraagd of de tewerkstelling eindigt; ook een termijn die toen al verstreken was. Herval binnen 14 dagen: het traject loopt verder en die verplichtingen herleven.',
    en: 'What is still open in the informal track becomes void when the staff member resumes work, a formal trajectory is requested or the employment ends, also a term that had already run out. Relapse within 14 days: the track continues and those obligations revive.',
    fr: "Ce qui reste ouvert dans le trajet informel devient caduc (void) lorsque le membre du personnel reprend le travail, qu'un trajet de réintégration formel est demandé ou que l'occupation prend fin, même un délai déjà expiré. Rechute dans les 14 jours : le trajet se poursuit et ces obligations renaissent.",
  },
  sources: ['SPEC sections 5 and 7 ("void (no longer relevant, e.g. employment ended, track escalated)")'],
};

/** The next conversation: the planned date, else the entity's own term, else no date. */
export const NEXT_CONVERSATION_DUE: Interpretation = {
  id: 'next-conversation-planned-or-policy',
  chosen: {
    nl: 'Na een gesprek waaruit blijkt dat stappen naar werk nog niet mogelijk zijn, is het volgende gesprek verschuldigd op de datum waarvoor het werd ingepland (de laatste planning vanaf de dag van dat gesprek en vóór de dag van het volgende, voor een latere dag); zonder planning binnen het aantal dagen van het eigen draaiboek (policy.nextConversationWithinDays); anders zonder vaste datum.',
    en: 'After a conversation in which steps towards work were not yet possible, the next conversation is due on the date it was planned for (the latest planning made from the day of that conversation and before the day of the next one, for a later day); without a planning within the days set by the entity\'s own draaiboek (policy.nextConversationWithinDays); otherwise without a fixed date.',
    fr: "Après un entretien dont il ressort que des étapes vers le travail ne sont pas encore possibles, le nouvel entretien est dû à la date pour laquelle il a été planifié (la dernière planification faite à partir du jour de cet entretien et avant le jour du suivant, pour un jour ultérieur) ; sans planification, dans le nombre de jours fixé par le plan d'action (draaiboek) propre à l'entité (policy.nextConversationWithinDays) ; sinon, sans date fixe.",
  },
  sources: ['AgO page, step 2: "Dan plant de terugkeercoach in samenspraak met het personeelslid een nieuw gesprek in"'],
};

/** A disconnection period ends after its `disconnectUntil` day; contact is due at the earliest the next day. */
export const DISCONNECTION_INCLUSIVE: Interpretation = {
  id: 'disconnection-until-inclusive',
  chosen: {
    nl: 'Een periode van volledige deconnectie loopt tot en met disconnectUntil; het volgende contact is ten vroegste de dag erna verschuldigd. Het ritme van het draaiboek (policy.contactEveryDays) loopt vanaf het laatste contact, of vanaf de start van de afwezigheid (of van het herval).',
    en: 'A period of full disconnection runs up to and including disconnectUntil; the next contact is due at the earliest the day after. The rhythm of the draaiboek (policy.contactEveryDays) runs from the last contact, or from the start of the absence (or of the relapse).',
    fr: "Une période de déconnexion complète court jusqu'au disconnectUntil inclus ; le contact suivant est dû au plus tôt le lendemain. Le rythme du plan d'action (draaiboek, policy.contactEveryDays) court à partir du dernier contact, ou du début de l'absence (ou de la rechute).",
  },
  sources: ['AgO page, step 1: "Maak indien nodig ook afspraken over een bepaalde periode van volledige deconnectie."'],
};

/** Follow-up after resumption only with the entity's own rhythm. */
export const FOLLOW_UP_RHYTHM: Interpretation = {
  id: 'follow-up-rhythm-from-policy',
  chosen: {
    nl: 'De opvolging na werkhervatting heeft enkel een termijn als de entiteit een ritme vastlegt (policy.followUpEveryDays): telkens n dagen na de hervatting of na de vorige opvolging, zolang het personeelslid aan het werk is. Herval, formeel traject of einde van de tewerkstelling beëindigen het ritme.',
    en: 'The follow-up after resumption only has a term when the entity sets a rhythm (policy.followUpEveryDays): each time n days after the resumption or after the previous follow-up, as long as the staff member is at work. A relapse, a formal trajectory or the end of employment ends the rhythm.',
    fr: "Le suivi après la reprise du travail n'a de délai que si l'entité fixe un rythme (policy.followUpEveryDays) : chaque fois n jours après la reprise du travail ou après le suivi précédent, tant que le membre du personnel est au travail. Une rechute, un trajet de réintégration formel ou la fin de l'occupation mettent fin au rythme.",
  },
  sources: ['AgO page, step 4: "De leidinggevende en de terugkeercoach volgen de afspraken voor de werkhervatting op."'],
};

/** `attentionPoints` is required with a resumption-possible conversation. */
export const ATTENTION_POINTS_REQUIRED: Interpretation = {
  id: 'attention-points-required',
  chosen: {
    nl: 'Een gesprek met uitkomst "resumption-possible" zonder attentionPoints is onvolledig: het wordt geweigerd als ongeldige gebeurtenis (invalid-event) en verandert niets, want zonder dat gegeven is niet te bepalen wie de afspraken maakt (leidinggevende of terugkeercoach).',
    en: 'A conversation with outcome "resumption-possible" without attentionPoints is incomplete: it is rejected as an invalid event (invalid-event) and changes nothing, since without it the library cannot tell who makes the arrangements (manager or return-to-work coach).',
    fr: 'Un entretien avec le résultat "resumption-possible" sans attentionPoints est incomplet : il est rejeté comme événement invalide (invalid-event) et ne change rien, car sans cette donnée la bibliothèque ne peut pas déterminer qui conclut les accords (le supérieur hiérarchique ou le coach de retour, terugkeercoach).',
  },
  alternatives: [
    {
      nl: 'Zonder aandachtspunten veronderstellen (leidinggevende).',
      en: 'Assume no attention points (manager).',
      fr: "Supposer l'absence de points d'attention (supérieur hiérarchique).",
    },
  ],
  sources: ['SPEC section 3 ("attentionPoints is required with resumption-possible")'],
};
