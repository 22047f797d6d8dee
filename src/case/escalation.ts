import { compareDates, type PlainDate } from '../calendar/index.js';
import { agoGuidance, codex, omzendbrief } from '../rules/sources.js';
import type { Bilingual, RuleProse, RuleSpec } from '../rules/types.js';
import type { Flag } from './output.js';
import { deadline, type DeadlineDraft } from './engine.js';
import type { EscalationTrigger, TrackContext } from './track.js';

/**
 * The employer must start the formal trajectory: the informal track ran out of time (omzendbrief; AgO guidance,
 * step 3: "dan moet de entiteit een formeel re-integratietraject opstarten") or the R2026 mandatory start
 * (Codex, R2026) was missed.
 */
export const startRequiredRule: RuleSpec = {
  id: 'formal.start-required',
  track: 'formal',
  actor: 'employer',
  kind: 'obligation',
  label: {
    nl: 'Formeel re-integratietraject opstarten',
    en: 'Start the formal re-integration trajectory',
    fr: 'Démarrer le trajet de réintégration',
  },
  // Due on the day the escalation arose: the duty starts then, no term runs.
  counts: {
    from: 'escalation',
    term: { days: 0 },
    rollover: false,
    voidWhen: ['employment.ended', 'work.resumed (no relapse within 14 days)'],
  },
  metBy: ['formal.requested'],
  basis: [omzendbrief(), agoGuidance('informeel traject, stap 3'), codex('I.4-72')],
};

/** The rule in the words of the catalogue (`RuleProse`). */
export const startRequiredProse: RuleProse = {
  term: { nl: 'vanaf de escalatiedatum', en: 'from the escalation date', fr: 'dès le jour où le trajet de réintégration devient obligatoire' },
  countedFrom: {
    nl: '4 maanden zonder gesprek, 2 maanden zonder afspraken of stappenplan, of de verplichte start (R2026)',
    en: '4 months without a conversation, 2 months without arrangements or step plan, or the mandatory start (R2026)',
    fr: '4 mois sans entretien ou 2 mois sans accords ni plan par étapes dans le trajet informel (circulaire flamande « omzendbrief re-integratie », gouvernement flamand), ou le démarrage obligatoire (R2026)',
  },
};

/**
 * The messages of the `formal-trajectory-required` flags: static data, frozen and shared by every flag (as the
 * rules' labels are), so that no caller can change them for the next evaluation.
 */
const MESSAGES: Readonly<Record<EscalationTrigger['reason'], Bilingual>> = {
  'no-conversation-within-4-months': {
    nl: 'Vier maanden na de start van de afwezigheid was er nog geen gesprek met de terugkeercoach: start een formeel re-integratietraject.',
    en: 'Four months after the absence started there was still no conversation with the return-to-work coach: start a formal re-integration trajectory.',
    fr: "Quatre mois après le début de l'absence, il n'y a toujours pas eu d'entretien avec le coach de retour (terugkeercoach) du trajet informel (circulaire flamande « omzendbrief re-integratie », gouvernement flamand) : démarrez un trajet de réintégration.",
  },
  'no-arrangements-within-2-months': {
    nl: 'Twee maanden nadat werkhervatting mogelijk bleek, zijn er nog geen afspraken of stappenplan: start een formeel re-integratietraject.',
    en: 'Two months after resumption was judged possible there are still no arrangements or step plan: start a formal re-integration trajectory.',
    fr: "Deux mois après qu'il est apparu que la reprise du travail était possible, il n'y a toujours ni accords ni plan par étapes (trajet informel, gouvernement flamand) : démarrez un trajet de réintégration.",
  },
  'mandatory-start-6-months': {
    nl: 'Verplichte start (R2026): er is arbeidspotentieel en het formeel traject is niet binnen 6 maanden na de start van de ongeschiktheid aangevraagd.',
    en: 'Mandatory start (R2026): there is work potential and the formal trajectory was not requested within 6 months after the incapacity began.',
    fr: "Démarrage obligatoire (R2026) : il y a un potentiel de travail et le trajet de réintégration n'a pas été demandé dans les 6 mois suivant le début de l'incapacité de travail.",
  },
};
for (const m of Object.values(MESSAGES)) Object.freeze(m);

const bySinceThenReason = (a: EscalationTrigger, b: EscalationTrigger): number =>
  compareDates(a.since, b.since) || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);

/**
 * Joins the escalation triggers of all tracks into the `formal-trajectory-required` flags (one per reason) and
 * one `formal.start-required` deadline per episode, due on the first trigger date and met by the first formal
 * request on or after it. Employment ended or work resumed (without a relapse within 14 days): the deadline is
 * void and no flag is raised.
 */
export function resolveEscalations(
  triggers: readonly EscalationTrigger[],
  ctx: TrackContext,
): { deadlines: DeadlineDraft[]; flags: Flag[] } {
  const deadlines: DeadlineDraft[] = [];
  const flags: Flag[] = [];
  const episodes = [...new Set(triggers.map((t) => t.episode))].sort((a, b) => a - b);
  const requests = ctx.events.filter((e) => e.type === 'formal.requested');
  for (const episode of episodes) {
    const own = triggers.filter((t) => t.episode === episode).sort(bySinceThenReason);
    const first = own[0]!;
    const request = requests.find((r) => compareDates(r.date, first.since) >= 0);
    const ep = ctx.episodes[episode];
    const endedOn: PlainDate | undefined = ep?.employmentEndedOn ?? ctx.employmentEndedOn;
    // Back at work (and no relapse within 14 days yet): the incapacity is over, so is the duty to start the
    // formal trajectory for it. A relapse within 14 days continues the episode and revives the duty.
    const over = endedOn !== undefined || ep?.segments.at(-1)?.resumedOn !== undefined;
    const because = [...new Set(own.flatMap((t) => t.because))];
    deadlines.push(
      deadline(
        startRequiredRule,
        {
          from: first.since,
          because: request ? [...because, request.ref] : because,
          reason: first.reason,
          ...(request ? { metOn: request.date } : over ? { state: 'void' } : {}),
        },
        ctx,
      ),
    );
    if (request || over) continue;
    for (const t of own.filter((t, i) => own.findIndex((u) => u.reason === t.reason) === i)) {
      flags.push({
        code: 'formal-trajectory-required',
        severity: 'critical',
        since: t.since,
        reason: t.reason,
        message: MESSAGES[t.reason],
        ...(t.rule !== undefined ? { rule: t.rule } : {}),
      });
    }
  }
  return { deadlines, flags };
}
