/**
 * Readings of the law shared by several tracks: one reading per question, whatever rule asks it.
 *
 * @module
 */
import type { Interpretation } from './types.js';

/** Month terms end on the same day-number, clamped to a shorter month's last day (research A-3). */
export const MONTH_END_CLAMPED: Interpretation = {
  id: 'month-end-clamped',
  question: 'A-3',
  chosen: {
    nl: 'Een termijn in maanden eindigt op hetzelfde dagnummer zoveel maanden later; bestaat die dag niet in de doelmaand, dan op de laatste dag van die maand (31 augustus + 6 maanden = 28 februari; 31 december + 2 maanden = 28 of 29 februari).',
    en: 'A term in months ends on the same day-number that many months later; when the target month has no such day, on its last day (31 August + 6 months = 28 February; 31 December + 2 months = 28 or 29 February).',
    fr: "Un délai exprimé en mois prend fin le jour portant le même quantième autant de mois plus tard ; si ce jour n'existe pas dans le mois d'arrivée, le dernier jour de ce mois (31 août + 6 mois = 28 février ; 31 décembre + 2 mois = 28 ou 29 février).",
  },
  alternatives: [{ nl: 'De eerste dag van de volgende maand (1 maart).', en: 'The first day of the next month (1 March).', fr: 'Le premier jour du mois suivant (1er mars).' }],
  sources: ['Ger.W. art. 54 (by analogy)', 'Verordening (EEG, Euratom) 1182/71', 'research legal-rules.md A-3', 'SPEC section 2 (monthsAfter)'],
};

/**
 * "Once the incapacity has lasted n": the first day of incapacity is day 1 (research A-4, reading a); one reading
 * for every threshold (4 weeks, 8 weeks, 3 months).
 */
export const LASTED_FROM_FIRST_DAY_INCLUDED: Interpretation = {
  id: 'lasted-from-first-day-included',
  question: 'A-4',
  chosen: {
    nl: 'De eerste dag van arbeidsongeschiktheid is dag 1: een periode die op s begint, is volledig aan het einde van de dag vóór s + de duur, en de drempel is bereikt op s + de duur (4 weken: s + 28; 3 maanden vanaf 31 januari: 1 mei, want 31 januari tot 30 april is volledig).',
    en: 'The first day of incapacity is day 1: a period that starts on s is complete at the end of the day before s + its length, and the threshold is reached on s + its length (4 weeks: s + 28; 3 months from 31 January: 1 May, since 31 January to 30 April is complete).',
    fr: "Le premier jour d'incapacité de travail est le jour 1 : une période qui commence le jour s est complète à la fin du jour qui précède s + sa durée, et le seuil est atteint le jour s + sa durée (4 semaines : s + 28 ; 3 mois à partir du 31 janvier : le 1er mai, puisque la période du 31 janvier au 30 avril est complète).",
  },
  alternatives: [
    { nl: 'De eerste ziektedag niet meetellen (een dag later).', en: 'Not counting the first day of incapacity (one day later).', fr: "Ne pas compter le premier jour d'incapacité de travail (un jour plus tard)." },
  ],
  sources: [
    'research legal-rules.md A-4, E-1 and E-24',
    'cohezio.be ("ten vroegste na 3 maanden onafgebroken arbeidsongeschiktheid")',
    'SPEC section 2 (lastedFrom)',
  ],
};
