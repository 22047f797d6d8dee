import type { Bilingual, Citation, Lang } from './types.js';

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

/**
 * The name of each source in the library's languages: `short` in timelines, worklists and calendars
 * (`Codex I.4-73`, `Code, art. I.4-73`), `full` in the catalogue. Dutch and English keep the Dutch names of the
 * Belgian and Flemish texts; French uses the official French titles where a text has one (the Codex and the
 * federal laws), and the Dutch name of the Flemish texts that exist in Dutch only.
 */
export const SOURCE_NAMES: Readonly<Record<Citation['source'], { readonly short: Bilingual; readonly full: Bilingual }>> = {
  codex: {
    short: { nl: 'Codex', en: 'Codex', fr: 'Code' },
    full: { nl: 'Codex welzijn op het werk', en: 'Codex welzijn op het werk', fr: 'Code du bien-être au travail' },
  },
  omzendbrief: {
    short: { nl: 'Omzendbrief', en: 'Omzendbrief', fr: 'Omzendbrief' },
    full: {
      nl: 'Omzendbrief re-integratie',
      en: 'Omzendbrief re-integratie',
      fr: 'Circulaire « omzendbrief re-integratie » du gouvernement flamand',
    },
  },
  'ago-guidance': {
    short: { nl: 'AgO', en: 'AgO', fr: 'AgO' },
    full: { nl: 'AgO-richtlijnen / AgO guidance', en: 'AgO-richtlijnen / AgO guidance', fr: "Lignes directrices de l'Agentschap Overheidspersoneel (AgO)" },
  },
  'judicial-code': {
    short: { nl: 'Ger.W.', en: 'Ger.W.', fr: 'C. jud.' },
    full: { nl: 'Gerechtelijk Wetboek', en: 'Gerechtelijk Wetboek', fr: 'Code judiciaire' },
  },
  'employment-contracts-act': {
    short: { nl: 'Arbeidsovereenkomstenwet', en: 'Arbeidsovereenkomstenwet', fr: 'Loi contrats de travail' },
    full: {
      nl: 'Arbeidsovereenkomstenwet (wet van 3 juli 1978)',
      en: 'Arbeidsovereenkomstenwet (wet van 3 juli 1978)',
      fr: 'Loi du 3 juillet 1978 relative aux contrats de travail',
    },
  },
  'health-insurance-act': {
    short: { nl: 'GVU-wet', en: 'GVU-wet', fr: 'Loi SSI' },
    full: {
      nl: 'GVU-wet (gecoördineerd op 14 juli 1994), Terug Naar Werk-Fonds',
      en: 'GVU-wet (gecoördineerd op 14 juli 1994), Terug Naar Werk-Fonds',
      fr: "Loi relative à l'assurance obligatoire soins de santé et indemnités (coordonnée le 14 juillet 1994), Fonds Retour au travail",
    },
  },
  vps: {
    short: { nl: 'VPS', en: 'VPS', fr: 'VPS' },
    full: {
      nl: 'Vlaams Personeelsstatuut (BVR van 13 januari 2006)',
      en: 'Vlaams Personeelsstatuut (BVR van 13 januari 2006)',
      fr: 'Statut du personnel flamand (Vlaams Personeelsstatuut, arrêté du Gouvernement flamand du 13 janvier 2006)',
    },
  },
};

/** Articles cited in words in the registry (Dutch), in French. */
const ARTICLES_FR: Readonly<Record<string, string>> = {
  'boek I, titel 4, hoofdstuk VI (R2026; voorheen I.4-36)': 'livre I, titre 4, chapitre VI (R2026 ; auparavant art. I.4-36)',
};

/**
 * The article of a citation as it follows the source's name: ` I.4-73` in Dutch and English, `, art. I.4-73` in
 * French (the AgO guidance exists in Dutch only: its sections keep their Dutch titles, quoted).
 */
function articleSuffix(c: Citation, lang: Lang): string {
  if (c.article === undefined) return '';
  if (lang !== 'fr') return ` ${c.article}`;
  const inWords = ARTICLES_FR[c.article];
  if (inWords !== undefined) return `, ${inWords}`;
  return c.source === 'ago-guidance' ? `, « ${c.article} »` : `, art. ${c.article}`;
}

/**
 * A citation as one short string in `lang`.
 *
 * @example
 * citationShort({ source: 'codex', article: 'I.4-73' }, 'nl') //=> 'Codex I.4-73'
 * citationShort({ source: 'codex', article: 'I.4-73' }, 'fr') //=> 'Code, art. I.4-73'
 * citationShort({ source: 'omzendbrief' }, 'en') //=> 'Omzendbrief'
 */
export const citationShort = (c: Citation, lang: Lang): string => `${SOURCE_NAMES[c.source].short[lang]}${articleSuffix(c, lang)}`;

/** A citation with the source's full name, as the catalogue shows it. */
export const citationFull = (c: Citation, lang: Lang): string => `${SOURCE_NAMES[c.source].full[lang]}${articleSuffix(c, lang)}`;
