/**
 * The words of the explorer page in Dutch, French and English. The words of the law (rule labels, terms, where a
 * term is counted from, flags, interpretations) come from the library itself; only the page's own words are here.
 */
import type { Actor, Citation, DeadlineStatus } from '../src/index.js';

export const LANGS = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

type Words = {
  title: string;
  intro: string;
  example: string;
  edited: string;
  language: string;
  asOf: string;
  form: string;
  json: string;
  caseFields: string;
  options: string;
  events: string;
  addEvent: string;
  remove: string;
  up: string;
  down: string;
  jsonInvalid: string;
  issues: string;
  noIssues: string;
  state: string;
  absence: string;
  informal: string;
  formal: string;
  forceMajeure: string;
  statutory: string;
  none: string;
  timeline: string;
  deadlines: string;
  actions: string;
  noActions: string;
  flags: string;
  noFlags: string;
  noDue: string;
  term: string;
  countedFrom: string;
  basis: string;
  interpretations: string;
  metOn: string;
  future: string;
  legend: string;
  tracks: Record<'events' | 'informal' | 'health' | 'formal' | 'force-majeure' | 'statutory', string>;
  status: Record<DeadlineStatus, string>;
  weekdays: readonly [string, string, string, string, string, string, string];
  footer: string;
};

const nl: Words = {
  title: 'Re-integratie: de regels aan het werk',
  intro: 'Kies een voorbeelddossier of bewerk de gebeurtenissen, schuif de datum en zie elke termijn met zijn regel, artikel en interpretatie. Alles wordt in deze pagina berekend door de bibliotheek reintegratie; er wordt niets verstuurd.',
  example: 'Voorbeeld',
  edited: '(eigen dossier)',
  language: 'Taal',
  asOf: 'Stand op',
  form: 'Formulier',
  json: 'JSON',
  caseFields: 'Dossier',
  options: 'Opties',
  events: 'Gebeurtenissen',
  addEvent: 'Gebeurtenis toevoegen',
  remove: 'Verwijderen',
  up: 'Omhoog',
  down: 'Omlaag',
  jsonInvalid: 'Geen geldige JSON',
  issues: 'Problemen in de invoer',
  noIssues: 'Geen problemen in de invoer.',
  state: 'Stand',
  absence: 'Afwezigheid',
  informal: 'Informeel traject',
  formal: 'Formeel traject',
  forceMajeure: 'Medische overmacht',
  statutory: 'Statutair (VPS)',
  none: '(geen)',
  timeline: 'Tijdlijn',
  deadlines: 'Termijnen',
  actions: 'Nu te doen',
  noActions: 'Niets te doen.',
  flags: 'Signalen',
  noFlags: 'Geen signalen.',
  noDue: 'geen vervaldag',
  term: 'Termijn',
  countedFrom: 'Gerekend vanaf',
  basis: 'Rechtsgrond',
  interpretations: 'Gekozen interpretatie',
  metOn: 'vervuld op',
  future: 'na de stand-datum',
  legend: 'Legende',
  tracks: { events: 'Gebeurtenissen', informal: 'Informeel traject', health: 'Gezondheidstoezicht', formal: 'Formeel traject', 'force-majeure': 'Medische overmacht', statutory: 'Statutair (VPS)' },
  status: {
    open: 'open', 'due-soon': 'binnenkort', overdue: 'te laat', met: 'vervuld', 'met-late': 'laat vervuld', expired: 'verstreken',
    suspended: 'geschorst', waived: 'vrijgesteld', void: 'vervallen', pending: 'nog niet', reached: 'bereikt',
  },
  weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  footer: 'Fictieve voorbeelden. Geen juridisch advies: lees de bron bij elke termijn.',
};

const fr: Words = {
  title: 'Réintégration : les règles à l’œuvre',
  intro: 'Choisissez un dossier d’exemple ou modifiez les événements, déplacez la date et voyez chaque délai avec sa règle, son article et son interprétation. Tout est calculé dans cette page par la bibliothèque reintegratie ; rien n’est envoyé.',
  example: 'Exemple',
  edited: '(dossier modifié)',
  language: 'Langue',
  asOf: 'Situation au',
  form: 'Formulaire',
  json: 'JSON',
  caseFields: 'Dossier',
  options: 'Options',
  events: 'Événements',
  addEvent: 'Ajouter un événement',
  remove: 'Supprimer',
  up: 'Monter',
  down: 'Descendre',
  jsonInvalid: 'JSON non valide',
  issues: 'Problèmes dans les données',
  noIssues: 'Aucun problème dans les données.',
  state: 'Situation',
  absence: 'Absence',
  informal: 'Trajet informel',
  formal: 'Trajet formel',
  forceMajeure: 'Force majeure médicale',
  statutory: 'Statutaire (VPS)',
  none: '(aucun)',
  timeline: 'Ligne du temps',
  deadlines: 'Délais',
  actions: 'À faire maintenant',
  noActions: 'Rien à faire.',
  flags: 'Signaux',
  noFlags: 'Aucun signal.',
  noDue: 'pas d’échéance',
  term: 'Délai',
  countedFrom: 'Compté à partir de',
  basis: 'Base légale',
  interpretations: 'Interprétation choisie',
  metOn: 'rempli le',
  future: 'après la date de situation',
  legend: 'Légende',
  tracks: { events: 'Événements', informal: 'Trajet informel', health: 'Surveillance de santé', formal: 'Trajet formel', 'force-majeure': 'Force majeure médicale', statutory: 'Statutaire (VPS)' },
  status: {
    open: 'ouvert', 'due-soon': 'bientôt', overdue: 'en retard', met: 'rempli', 'met-late': 'rempli en retard', expired: 'expiré',
    suspended: 'suspendu', waived: 'dispensé', void: 'caduc', pending: 'pas encore', reached: 'atteint',
  },
  weekdays: ['lu', 'ma', 'me', 'je', 've', 'sa', 'di'],
  footer: 'Exemples fictifs. Pas un avis juridique : lisez la source de chaque délai.',
};

const en: Words = {
  title: 'Re-integration: the rules at work',
  intro: 'Pick an example case or edit the events, move the date and see every deadline with its rule, article and interpretation. Everything is computed in this page by the reintegratie library; nothing is sent anywhere.',
  example: 'Example',
  edited: '(edited case)',
  language: 'Language',
  asOf: 'As of',
  form: 'Form',
  json: 'JSON',
  caseFields: 'Case',
  options: 'Options',
  events: 'Events',
  addEvent: 'Add event',
  remove: 'Remove',
  up: 'Up',
  down: 'Down',
  jsonInvalid: 'Not valid JSON',
  issues: 'Issues in the input',
  noIssues: 'No issues in the input.',
  state: 'State',
  absence: 'Absence',
  informal: 'Informal track',
  formal: 'Formal trajectory',
  forceMajeure: 'Medical force majeure',
  statutory: 'Statutory (VPS)',
  none: '(none)',
  timeline: 'Timeline',
  deadlines: 'Deadlines',
  actions: 'Actions due now',
  noActions: 'Nothing to do.',
  flags: 'Flags',
  noFlags: 'No flags.',
  noDue: 'no due date',
  term: 'Term',
  countedFrom: 'Counted from',
  basis: 'Legal basis',
  interpretations: 'Interpretation chosen',
  metOn: 'met on',
  future: 'after the as-of date',
  legend: 'Legend',
  tracks: { events: 'Events', informal: 'Informal track', health: 'Health surveillance', formal: 'Formal trajectory', 'force-majeure': 'Medical force majeure', statutory: 'Statutory (VPS)' },
  status: {
    open: 'open', 'due-soon': 'due soon', overdue: 'overdue', met: 'met', 'met-late': 'met late', expired: 'expired',
    suspended: 'suspended', waived: 'waived', void: 'void', pending: 'not yet', reached: 'reached',
  },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  footer: 'Fictitious examples. Not legal advice: read the source of each deadline.',
};

export const WORDS: Record<Lang, Words> = { nl, fr, en };

/**
 * The actors' names, as in the library's own table (`ACTOR_NAMES` in src/rules/types.ts), which is not a public
 * export; the page uses only the public entry points, so it keeps this copy until the library exports the table.
 */
export const ACTOR_WORDS: Record<Actor, Record<Lang, string>> = {
  employee: { nl: 'personeelslid', en: 'employee', fr: 'membre du personnel' },
  manager: { nl: 'leidinggevende', en: 'manager', fr: 'supérieur hiérarchique (responsable)' },
  'return-to-work-coach': { nl: 'terugkeercoach', en: 'return-to-work coach', fr: 'coach de retour (terugkeercoach)' },
  hr: { nl: 'HR', en: 'HR', fr: 'RH' },
  employer: { nl: 'werkgever', en: 'employer', fr: 'employeur' },
  'occupational-physician': { nl: 'preventieadviseur-arbeidsarts', en: 'occupational physician', fr: 'conseiller en prévention-médecin du travail' },
  'inspector-physician': { nl: 'arts-sociaal inspecteur', en: 'inspector physician', fr: 'médecin-inspecteur social' },
  worker: { nl: 'werknemer', en: 'worker', fr: 'travailleur' },
  'treating-physician': { nl: 'behandelend arts', en: 'treating physician', fr: 'médecin traitant' },
};

/** Short names of the legal sources, as in the CLI's timelines ("Codex I.4-4 §3", "AgO informeel traject, stap 2"). */
const SOURCE_WORDS: Record<Citation['source'], Record<Lang, string>> = {
  codex: { nl: 'Codex', fr: 'Code', en: 'Codex' },
  omzendbrief: { nl: 'Omzendbrief', fr: 'Circulaire', en: 'Omzendbrief' },
  'ago-guidance': { nl: 'AgO', fr: 'AgO', en: 'AgO' },
  'judicial-code': { nl: 'Ger.W.', fr: 'C. jud.', en: 'Judicial Code' },
  'employment-contracts-act': { nl: 'Arbeidsovereenkomstenwet', fr: 'Loi relative aux contrats de travail', en: 'Employment Contracts Act' },
  'health-insurance-act': { nl: 'GVU-wet', fr: 'Loi SSI', en: 'Health Insurance Act' },
  vps: { nl: 'VPS', fr: 'VPS', en: 'VPS' },
};

/** A citation in a few words: "Codex I.4-4 §3". */
export const citationText = (c: Citation, lang: Lang): string =>
  c.article === undefined ? SOURCE_WORDS[c.source][lang] : `${SOURCE_WORDS[c.source][lang]} ${c.article}`;
