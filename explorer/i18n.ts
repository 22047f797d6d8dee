/**
 * The words of the explorer page in Dutch, French and English. The words of the law (rule labels, terms, where a
 * term is counted from, flags, interpretations) come from the library itself; only the page's own words are here.
 */

import type { Lang } from '../src/index.js';

export type { Lang };
/** The languages in the order of the page's menu (the library's `LANGS` has English second). */
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];
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
  /** After the count of the VPS's working days of sick leave. */
  workingDays: string;
  /** A flag's severity (the code stays beside it, as in the output). */
  severity: Record<'critical' | 'warning' | 'info', string>;
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
  workingDays: 'werkdagen ziekte',
  severity: { critical: 'kritiek', warning: 'waarschuwing', info: 'info' },
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
  workingDays: 'jours ouvrables de maladie',
  severity: { critical: 'critique', warning: 'avertissement', info: 'info' },
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
  workingDays: 'working days of sick leave',
  severity: { critical: 'critical', warning: 'warning', info: 'info' },
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
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  footer: 'Fictitious examples. Not legal advice: read the source of each deadline.',
};

export const WORDS: Record<Lang, Words> = { nl, fr, en };
