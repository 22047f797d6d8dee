import type { Citation } from './types.js';

/** Where the texts can be read. */
export const URLS = {
  codex: 'https://werk.belgie.be/nl/themas/welzijn-op-het-werk/codex-over-het-welzijn-op-het-werk',
  kb2022: 'https://wetwijzer.be/laws/2022205258',
  agoGuidance:
    'https://www.vlaanderen.be/informatie-voor-hr-professionals/dienstverlening-welzijn-en-gezondheid/re-integratietrajecten',
  omzendbrief:
    'https://www.vlaanderen.be/informatie-voor-hr-professionals/dienstverlening-welzijn-en-gezondheid/re-integratietrajecten',
} as const;

/** A citation of an article of the Codex over het welzijn op het werk (book I, title 4). */
export const codex = (article: string): Citation => ({ source: 'codex', article, url: URLS.codex });

/** A citation of the omzendbrief re-integratie of the Flemish government (in force 1 January 2024). */
export const omzendbrief = (article?: string): Citation =>
  article === undefined
    ? { source: 'omzendbrief', url: URLS.omzendbrief }
    : { source: 'omzendbrief', article, url: URLS.omzendbrief };

/** A citation of the AgO guidance for HR professionals (informal track, steps 1-4). */
export const agoGuidance = (article?: string): Citation =>
  article === undefined
    ? { source: 'ago-guidance', url: URLS.agoGuidance }
    : { source: 'ago-guidance', article, url: URLS.agoGuidance };

/** The name of each source: `short` in timelines (`Codex I.4-73`), `full` in the catalogue. */
export const SOURCE_NAMES: Readonly<Record<Citation['source'], { readonly short: string; readonly full: string }>> = {
  codex: { short: 'Codex', full: 'Codex welzijn op het werk' },
  omzendbrief: { short: 'Omzendbrief', full: 'Omzendbrief re-integratie' },
  'ago-guidance': { short: 'AgO', full: 'AgO-richtlijnen / AgO guidance' },
  'judicial-code': { short: 'Ger.W.', full: 'Gerechtelijk Wetboek' },
  'employment-contracts-act': { short: 'Arbeidsovereenkomstenwet', full: 'Arbeidsovereenkomstenwet (wet van 3 juli 1978)' },
  'health-insurance-act': { short: 'GVU-wet', full: 'GVU-wet (gecoördineerd op 14 juli 1994), Terug Naar Werk-Fonds' },
  vps: { short: 'VPS', full: 'Vlaams Personeelsstatuut (BVR van 13 januari 2006)' },
};
