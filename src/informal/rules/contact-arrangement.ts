import type { PlainDate } from '../../calendar/index.js';
import { agoGuidance, codex, omzendbrief } from '../../rules/sources.js';
import type { Citation, RuleProse, RuleSpec } from '../../rules/types.js';
import { VOID_WHEN_TRACK_ENDS } from '../interpretations.js';

/** The day the work rules must contain a contact procedure (Codex I.4-71/2, R2026). */
export const CONTACT_PROCEDURE_IN_WORK_RULES_FROM = '2026-01-01' as PlainDate;

// Frozen: shared by the rule and by every deadline that cites them.
const OMZENDBRIEF = Object.freeze(omzendbrief());
const STEP_1 = Object.freeze(agoGuidance('informeel traject, stap 1'));
const CONTACT_PROCEDURE = Object.freeze(codex('I.4-71/2'));

/**
 * The legal basis of a contact duty arising on `date`: the omzendbrief and the AgO guidance (step 1), and from
 * 1 January 2026 also Codex I.4-71/2 (the contact procedure every employer must put in its work rules).
 *
 * @example
 * contactBasis('2025-03-10').map((c) => c.source) //=> ['omzendbrief', 'ago-guidance']
 * contactBasis('2026-01-05').map((c) => c.article ?? '') //=> ['', 'informeel traject, stap 1', 'I.4-71/2']
 */
export function contactBasis(date: PlainDate): Citation[] {
  return date >= CONTACT_PROCEDURE_IN_WORK_RULES_FROM ? [OMZENDBRIEF, STEP_1, CONTACT_PROCEDURE] : [OMZENDBRIEF, STEP_1];
}

/**
 * Step 1: agree with the absent staff member how, and with whom, contact is kept during the absence (and, if
 * needed, a period of full disconnection). The entity's draaiboek (communication policy during illness) says how.
 *
 * AgO guidance, informal track step 1: "Bespreek met het personeelslid op welke manier en met wie het contact
 * tijdens diens afwezigheid het beste verloopt." No term is set: as soon as possible after the absence starts.
 * From 1 January 2026 the Codex (I.4-71/2) also requires a contact procedure in the work rules.
 */
export const contactArrangementRule: RuleSpec = {
  id: 'informal.contact-arrangement',
  track: 'informal',
  actor: 'manager',
  kind: 'obligation',
  label: {
    nl: 'Contactafspraken maken met het afwezige personeelslid',
    en: 'Agree how to keep in touch with the absent staff member',
    fr: 'Convenir des modalités de contact avec le membre du personnel absent',
  },
  counts: {
    from: 'absence.started',
    term: { none: true },
    rollover: false,
    voidWhen: ['the track ends (resumption, formal request, end of employment) before the arrangement is agreed'],
  },
  metBy: ['contact.agreed'],
  basis: [OMZENDBRIEF, STEP_1, CONTACT_PROCEDURE],
  validFrom: '2024-01-01' as PlainDate,
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const contactArrangementProse: RuleProse = {
  term: { nl: 'zo snel mogelijk (geen vaste termijn)', en: 'as soon as possible (no fixed term)', fr: 'dès que possible (pas de délai fixe)' },
  countedFrom: { nl: 'de start van de afwezigheid', en: 'the start of the absence', fr: "le début de l'absence" },
  interpretations: [VOID_WHEN_TRACK_ENDS],
};

/**
 * The contact arrangement has no term: it shows as an action without a due date until met.
 *
 * @example
 * contactArrangement({ start: '2025-03-10' }) //=> { due: null }
 */
export function contactArrangement(_input: { start: PlainDate }): { due: null } {
  return { due: null };
}
