/**
 * The names of the codes in `evaluate`'s output (SPEC section 7) in the library's languages: what the timeline,
 * the worklist, the calendar export, the reports and the explorer show instead of the codes themselves. The codes
 * stay the contract; these are their words for a reader.
 *
 * @module
 */
import type { Bilingual } from '../rules/types.js';
import type {
  DeadlineStatus,
  Evaluation,
  ForceMajeureEndReason,
  ForceMajeureStatus,
  FormalEndReason,
  FormalStatus,
  InformalStatus,
  StatutoryPosition,
} from './output.js';

/** The name of each deadline status (timelines, worklists, calendars). */
export const STATUS_NAMES: Readonly<Record<DeadlineStatus, Bilingual>> = {
  open: { nl: 'open', en: 'open', fr: 'ouvert' },
  'due-soon': { nl: 'binnenkort', en: 'due soon', fr: 'bientôt dû' },
  overdue: { nl: 'te laat', en: 'overdue', fr: 'dépassé' },
  met: { nl: 'voldaan', en: 'met', fr: 'respecté' },
  'met-late': { nl: 'te laat voldaan', en: 'met late', fr: 'respecté en retard' },
  expired: { nl: 'verstreken', en: 'expired', fr: 'expiré' },
  suspended: { nl: 'geschorst', en: 'suspended', fr: 'suspendu' },
  waived: { nl: 'vervallen', en: 'waived', fr: 'levé' },
  void: { nl: 'niet meer van toepassing', en: 'void', fr: 'caduc' },
  pending: { nl: 'nog niet', en: 'not yet', fr: 'en attente' },
  reached: { nl: 'bereikt', en: 'reached', fr: 'atteint' },
};

/** The staff member's absence at `asOf` (`Evaluation.absence.status`). */
export const ABSENCE_STATUS_NAMES: Readonly<Record<Evaluation['absence']['status'], Bilingual>> = {
  absent: { nl: 'afwezig', en: 'absent', fr: 'absent' },
  working: { nl: 'aan het werk', en: 'at work', fr: 'au travail' },
  ended: { nl: 'tewerkstelling beëindigd', en: 'employment ended', fr: 'occupation terminée' },
  none: { nl: 'geen afwezigheid', en: 'no absence', fr: "pas d'absence" },
};

/** The informal track's status (omzendbrief re-integratie, steps 1-4). */
export const INFORMAL_STATUS_NAMES: Readonly<Record<InformalStatus, Bilingual>> = {
  contact: { nl: 'contact houden (stap 1)', en: 'keeping in touch (step 1)', fr: 'maintien du contact (étape 1)' },
  exploring: { nl: 'stappen naar werk verkennen (stap 2)', en: 'exploring steps towards work (step 2)', fr: 'exploration des étapes vers le travail (étape 2)' },
  'preparing-resumption': { nl: 'werkhervatting voorbereiden (stap 3)', en: 'preparing the resumption (step 3)', fr: 'préparation de la reprise du travail (étape 3)' },
  'resumption-agreed': { nl: 'afspraken of stappenplan gemaakt', en: 'arrangements or step plan agreed', fr: 'accords ou plan par étapes convenus' },
  resumed: { nl: 'werk hervat (stap 4)', en: 'work resumed (step 4)', fr: 'travail repris (étape 4)' },
  closed: { nl: 'afgesloten: tewerkstelling beëindigd', en: 'closed: employment ended', fr: "clôturé : fin de l'occupation" },
  escalated: { nl: 'overgedragen aan het formele traject', en: 'handed over to the formal trajectory', fr: 'transmis au trajet de réintégration' },
};

/** The formal trajectory's status (Codex, book I, title 4, chapter VI). */
export const FORMAL_STATUS_NAMES: Readonly<Record<FormalStatus, Bilingual>> = {
  requested: { nl: 'aangevraagd', en: 'requested', fr: 'demandé' },
  assessing: { nl: 're-integratiebeoordeling loopt', en: 'being assessed', fr: 'évaluation de réintégration en cours' },
  'decided-a': { nl: 'beslissing A', en: 'decision A', fr: 'décision A' },
  'decided-b': { nl: 'beslissing B', en: 'decision B', fr: 'décision B' },
  'appeal-pending': { nl: 'beroep loopt', en: 'appeal pending', fr: 'recours en cours' },
  'plan-offered': { nl: 're-integratieplan aangeboden', en: 're-integration plan offered', fr: 'plan de réintégration proposé' },
  'plan-agreed': { nl: 're-integratieplan aanvaard', en: 're-integration plan agreed', fr: 'plan de réintégration accepté' },
  ended: { nl: 'beëindigd', en: 'ended', fr: 'terminé' },
  unsupported: { nl: 'niet berekend: gestart vóór 1 oktober 2022', en: 'not computed: started before 1 October 2022', fr: 'non calculé : démarré avant le 1er octobre 2022' },
};

/** Why a formal trajectory ended. */
export const FORMAL_END_NAMES: Readonly<Record<FormalEndReason, Bilingual>> = {
  'no-show': { nl: 'uitnodiging driemaal niet aanvaard', en: 'invitation not accepted three times', fr: 'invitation non acceptée à trois reprises' },
  'decision-c': { nl: 'beslissing C', en: 'decision C', fr: 'décision C' },
  report: { nl: 'gemotiveerd verslag', en: 'motivated report', fr: 'rapport motivé' },
  'plan-refused': { nl: 'plan geweigerd', en: 'plan refused', fr: 'plan refusé' },
  'plan-deemed-refused': { nl: 'plan geacht geweigerd', en: 'plan deemed refused', fr: 'plan réputé refusé' },
  'employment-ended': { nl: 'tewerkstelling beëindigd', en: 'employment ended', fr: 'occupation terminée' },
};

/** The status of a medical force majeure procedure. */
export const FORCE_MAJEURE_STATUS_NAMES: Readonly<Record<ForceMajeureStatus, Bilingual>> = {
  notified: { nl: 'aangemeld bij de arbeidsarts', en: 'notified to the occupational physician', fr: 'notifié au médecin du travail' },
  invited: { nl: 'uitgenodigd voor het onderzoek', en: 'invited to the examination', fr: "invité à l'examen" },
  unfit: { nl: 'definitief ongeschikt bevonden', en: 'found definitively unfit', fr: 'déclaré définitivement inapte' },
  'appeal-pending': { nl: 'beroep loopt', en: 'appeal pending', fr: 'recours en cours' },
  'adapted-work': { nl: 'aangepast of ander werk onderzocht', en: 'adapted or other work examined', fr: 'travail adapté ou autre travail examiné' },
  'plan-offered': { nl: 'plan voor aangepast werk aangeboden', en: 'plan for adapted work offered', fr: 'plan de travail adapté proposé' },
  'may-end': { nl: 'overeenkomst mag eindigen', en: 'the contract may end', fr: 'le contrat peut prendre fin' },
  ended: { nl: 'beëindigd', en: 'ended', fr: 'terminé' },
};

/** Why a medical force majeure procedure ended. */
export const FORCE_MAJEURE_END_NAMES: Readonly<Record<ForceMajeureEndReason, Bilingual>> = {
  'no-show': { nl: 'uitnodiging driemaal niet aanvaard', en: 'invitation not accepted three times', fr: 'invitation non acceptée à trois reprises' },
  'not-unfit': { nl: 'geen definitieve ongeschiktheid', en: 'no definitive unfitness', fr: "pas d'incapacité définitive" },
  'appeal-overturned': { nl: 'vaststelling hervormd in beroep', en: 'finding overturned on appeal', fr: 'constat réformé en recours' },
  'plan-agreed': { nl: 'plan voor aangepast of ander werk aanvaard', en: 'plan for adapted or other work agreed', fr: 'plan de travail adapté ou autre travail accepté' },
  'contract-ended': { nl: 'overeenkomst beëindigd wegens medische overmacht', en: 'contract ended for medical force majeure', fr: 'contrat rompu pour force majeure médicale' },
  'employment-ended': { nl: 'tewerkstelling om een andere reden beëindigd', en: 'employment ended for another reason', fr: 'occupation terminée pour une autre raison' },
};

/** Part-time work for illness of a statutory staff member (VPS X 22). */
export const PART_TIME_STATUS_NAMES: Readonly<Record<StatutoryPosition['partTime']['status'], Bilingual>> = {
  none: { nl: 'geen', en: 'none', fr: 'aucune' },
  right: { nl: 'recht', en: 'right', fr: 'droit' },
  favour: { nl: 'gunst', en: 'favour', fr: 'faveur' },
};
