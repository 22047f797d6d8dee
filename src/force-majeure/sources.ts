/**
 * The citations of the medical force majeure rules: art. 34 of the Arbeidsovereenkomstenwet (law of 3 July 1978),
 * the Codex over het welzijn op het werk (art. I.4-82/1, the procedure; art. I.4-80, the appeal it refers to) and
 * the health-insurance law for the Terug Naar Werk-Fonds.
 *
 * @module
 */
import type { PlainDate } from '../calendar/index.js';
import { codex } from '../rules/sources.js';
import type { Citation } from '../rules/types.js';

/** Where the procedure is explained by the FOD WASO, and where the RIZIV explains the employer's notification. */
export const FORCE_MAJEURE_URLS = {
  procedure: 'https://werk.belgie.be/nl/themas/welzijn-op-het-werk/het-gezondheidstoezicht-op-de-werknemers/bijzondere-procedure-medische',
  tnwFund: 'https://www.inami.fgov.be/nl/thema-s/socio-professionele-re-integratie/terug-naar-werk-fonds-werkgevers',
} as const;

/** A citation of an article of the Arbeidsovereenkomstenwet (law of 3 July 1978 on employment contracts). */
export const employmentContractsAct = (article: string): Citation => ({
  source: 'employment-contracts-act',
  article,
  url: FORCE_MAJEURE_URLS.procedure,
});

/**
 * A citation of the health-insurance law (GVU-wet, coordinated 14 July 1994) for the Terug Naar Werk-Fonds. The
 * article number inserted by the programme law of 26 December 2022 is not cited: no source read gave it.
 */
export const healthInsuranceAct = (): Citation => ({ source: 'health-insurance-act', url: FORCE_MAJEURE_URLS.tnwFund });

/** Codex I.4-82/1: the special procedure for medical force majeure. */
export const procedureArticle = (): Citation => codex('I.4-82/1');

/** The procedure of 28 November 2022: the new art. 34 Arbeidsovereenkomstenwet (law of 30 October 2022). */
export const FM2022_FROM = '2022-11-28' as PlainDate;
/** Procedures started from 1 January 2026: 6 months of incapacity (law of 19 December 2025, BS 30 December 2025). */
export const FM2026_FROM = '2026-01-01' as PlainDate;
/** The Terug Naar Werk-Fonds: ends of the contract from 1 April 2024 (KB of 28 March 2024). */
export const TNW_FUND_FROM = '2024-04-01' as PlainDate;
