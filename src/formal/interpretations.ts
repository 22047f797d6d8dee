/**
 * Readings of the law shared by several rules of the formal trajectory. Each is named, so that it shows in the
 * rule catalogue and in every deadline that depends on it (`Deadline.interpretations`).
 *
 * @module
 */
import type { Interpretation, Prose } from '../rules/types.js';

/** Calendar-day terms start the day after receipt (research A-1). */
export const DAY_AFTER_RECEIPT: Interpretation = {
  id: 'day-after-receipt-is-day-1',
  question: 'A-1',
  chosen: {
    nl: 'De termijn begint de dag na de ontvangst; de laatste dag telt mee (ontvangst + n kalenderdagen).',
    en: 'The term starts the day after receipt and its last day is included (receipt + n calendar days).',
    fr: 'Le délai commence le lendemain de la réception et son dernier jour est compris (réception + n jours calendrier).',
  },
  alternatives: [
    {
      nl: 'Tellen vanaf de dag van ontvangst zelf (een dag korter).',
      en: 'Counting from the day of receipt itself (one day shorter).',
      fr: 'Compter à partir du jour même de la réception (un jour plus court).',
    },
  ],
  sources: [
    'mensura.be/nl/nieuwe-spelregels-kb-re-integratie ("telling begint telkens vanaf de dag NA ontvangst")',
    'securex.be Lex4You ("die aanvangt op de dag volgend op de dag van ontvangst")',
    'Ger.W. art. 52-53',
  ],
};

export { MONTH_END_CLAMPED } from '../rules/interpretations.js';

/**
 * R2026 keeps the R2022 numbers of the trajectory (research A-15). The decree is known (KB of 17 December 2025,
 * BS 30 December 2025), but no stored copy of its text could be read, so none of these numbers is confirmed for
 * trajectories from 1 January 2026: each stays an assumption.
 */
export const R2026_TERMS_AS_R2022: Interpretation = {
  id: 'r2026-terms-as-r2022',
  question: 'A-15',
  chosen: {
    nl: 'Voor trajecten vanaf 1 januari 2026 gelden dezelfde termijnen als sinds 1 oktober 2022: 49 en 63 kalenderdagen, 6 maanden, 14, 21 en 42 kalenderdagen, 3 uitnodigingen met 14 kalenderdagen ertussen en 3 maanden na beslissing C. De bronnen melden geen wijziging ("Het formele re-integratietraject blijft grotendeels hetzelfde", FOD WASO), maar de tekst van het KB van 17 december 2025 (BS 30 december 2025) kon niet worden nagelezen: geen van deze termijnen is voor 2026 bevestigd.',
    en: 'Trajectories from 1 January 2026 keep the terms in force since 1 October 2022: 49 and 63 calendar days, 6 months, 14, 21 and 42 calendar days, 3 invitations 14 calendar days apart and 3 months after decision C. The sources report no change ("the formal re-integration trajectory largely stays the same", FOD WASO), but the text of the royal decree of 17 December 2025 (BS 30 December 2025) could not be read: none of these terms is confirmed for 2026.',
    fr: "Les trajets de réintégration qui commencent à partir du 1er janvier 2026 gardent les délais en vigueur depuis le 1er octobre 2022 : 49 et 63 jours calendrier, 6 mois, 14, 21 et 42 jours calendrier, 3 invitations à 14 jours calendrier d'intervalle et 3 mois après la décision C. Les sources ne signalent aucun changement (« Het formele re-integratietraject blijft grotendeels hetzelfde », SPF Emploi, Travail et Concertation sociale), mais le texte de l'arrêté royal du 17 décembre 2025 (MB du 30 décembre 2025) n'a pas pu être lu : aucun de ces délais n'est confirmé pour 2026.",
  },
  alternatives: [
    {
      nl: 'Een of meer termijnen werden in 2026 gewijzigd (niet gevonden).',
      en: 'One or more terms changed in 2026 (not found).',
      fr: 'Un ou plusieurs délais ont été modifiés en 2026 (non trouvé).',
    },
  ],
  sources: [
    'blog.ncoi.be (FOD WASO, 27 November 2025: "Het formele re-integratietraject blijft grotendeels hetzelfde")',
    'prevent.be/fr/banque-de-connaissance/reintegration-30 ("L’AR du 17 décembre 2025 ... (MB du 30 décembre 2025)")',
    'cohezio.be',
    'docs/how-we-read-the-law.md, "Verified citations"',
  ],
};

/**
 * The article number cited for a rule could not be confirmed in an official text (Staatsblad, ejustice, etaamb,
 * wetwijzer, werk.belgie.be): no stored copy of the consolidated Codex could be read past its first part.
 * `found` says what the search found instead (docs/how-we-read-the-law.md, "Verified citations").
 */
export const articleUnverified = (article: string, found: Prose): Interpretation => ({
  id: 'article-number-unverified',
  chosen: {
    nl: `Het artikelnummer (${article}) is de best gekende plaats van de regel in boek I, titel 4, hoofdstuk VI van de codex, maar geen officiële tekst bevestigt het. ${found.nl} De termijn zelf is wel door meerdere bronnen bevestigd.`,
    en: `The article number (${article}) is the best-known place of the rule in book I, title 4, chapter VI of the Codex, but no official text confirms it. ${found.en} The term itself is confirmed by several sources.`,
    fr: `Le numéro d'article (${article}) est l'emplacement le plus connu de la règle dans le livre I, titre 4, chapitre VI du Code, mais aucun texte officiel ne le confirme. ${found.fr} Le délai lui-même est confirmé par plusieurs sources.`,
  },
  sources: ['docs/how-we-read-the-law.md, "Verified citations"', 'research legal-rules.md section 15'],
});
