/**
 * The command line in French (`--lang fr`, issue 19): the catalogue, a timeline, a report and a worklist, in the
 * terms of the official French text of the Codex. Every expected line is written by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { LIBRARY_VERSION, RULES_VERSION } from '../../src/version.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'reintegratie-cli-fr-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** Every rule id and the article (or source) it rests on, as `reintegratie rules` cites it. */
const ARTICLES: Record<string, string> = {
  'informal.contact-arrangement': 'AgO, « informeel traject, stap 1 »',
  'informal.keep-contact': 'AgO, « informeel traject, stap 1 »',
  'informal.first-conversation': 'AgO, « informeel traject, stap 2 »',
  'informal.next-conversation': 'AgO, « informeel traject, stap 2 »',
  'informal.resumption-arrangements': 'AgO, « informeel traject, stap 3 »',
  'informal.follow-up': 'AgO, « informeel traject, stap 4 »',
  'health.notify-occupational-physician': 'Code, art. I.4-4 §3',
  'health.inform-worker': 'Code, art. I.4-71/1',
  'health.return-to-work-exam': 'Code, art. I.4-34',
  'health.pre-resumption-visit': 'Code, art. I.4-36',
  'formal.start-required': 'Code, art. I.4-72',
  'formal.employer-may-request': 'Code, art. I.4-73',
  'formal.assessment': 'Code, art. I.4-73',
  'formal.next-invitation': 'Code, art. I.4-73',
  'formal.plan-after-a': 'Code, art. I.4-75',
  'formal.appeal-window': 'Code, art. I.4-80 §1-2',
  'formal.appeal-decision': 'Code, art. I.4-80',
  'formal.plan-after-b': 'Code, art. I.4-75; Code, art. I.4-80',
  'formal.plan-response': 'Code, art. I.4-76',
  'formal.contact-worker': 'Code, art. I.4-76',
  'formal.plan-follow-up': 'Code, art. I.4-76',
  'formal.restart-bar': 'Code, art. I.4-73',
  'formal.work-potential-request': 'Code, art. I.4-73',
  'formal.mandatory-start': 'Code, art. I.4-73',
  'force-majeure.may-start': 'Code, art. I.4-82/1',
  'force-majeure.invitation': 'Code, art. I.4-82/1',
  'force-majeure.next-invitation': 'Code, art. I.4-82/1',
  'force-majeure.appeal-window': 'Code, art. I.4-82/1',
  'force-majeure.appeal-decision': 'Code, art. I.4-82/1',
  'force-majeure.adapted-work-request': 'Code, art. I.4-82/1',
  'force-majeure.adapted-work-form': 'Code, art. I.4-82/1',
  'force-majeure.plan-or-report': 'Code, art. I.4-82/1',
  'force-majeure.may-end': 'Loi contrats de travail, art. 34',
  'force-majeure.riziv-notification': 'Loi SSI',
  'statutory.part-time-right': 'VPS, art. X 22',
  'statutory.part-time-period': 'VPS, art. X 22',
  'statutory.definitive-unfitness-referral': 'VPS, art. X 20',
};

describe('the CLI in French (--lang fr)', () => {
  it('rules --lang fr lists every rule id with its article, in French', async () => {
    const r = await run('rules', '--lang', 'fr');
    expect(r.code).toBe(0);
    const blocks = new Map(r.out.split('\n\n').filter((b) => b.trim() !== '').map((b) => [b.split('  (')[0]!, b]));
    expect([...blocks.keys()].sort()).toEqual(Object.keys(ARTICLES).sort());
    for (const [id, article] of Object.entries(ARTICLES)) {
      const basis = blocks.get(id)!.split('\n').find((l) => l.startsWith('  base juridique : '));
      expect(basis, id).toContain(article);
    }
    const assessment = blocks.get('formal.assessment')!.split('\n');
    expect(assessment.slice(0, 4)).toEqual([
      'formal.assessment  (occupational-physician, obligation)',
      '  Évaluation de réintégration par le conseiller en prévention-médecin du travail',
      '  délai : 49 jours calendrier · à compter de : la réception de la demande de réintégration par le conseiller en prévention-médecin du travail',
      '  régime : R2022, R2026',
    ]);
    expect(blocks.get('formal.plan-after-b')).toContain('  Plan de réintégration ou rapport motivé après la décision B');
    expect(blocks.get('formal.appeal-window')).toContain('  Recours contre la décision B auprès du médecin-inspecteur social');
    expect(blocks.get('force-majeure.may-start')).toContain('  La procédure de force majeure médicale peut commencer (au plus tôt)');
    // Interpretations in French, like every other line.
    expect(blocks.get('informal.first-conversation')).toContain(
      "  interprétation first-conversation-held-not-planned : L'entretien avec le coach de retour (terugkeercoach) doit avoir lieu dans les 2 mois (conversation.held) ; le planifier ne suffit pas.",
    );
    expect(blocks.get('formal.restart-bar')).toContain(
      '  interprétation restart-bar-from-last-receipt : Les 3 mois courent à partir de la dernière réception du formulaire contenant la décision C',
    );
    expect(r.out).not.toContain('en anglais');
    expect(r.out).not.toMatch(/\n {2}(term|basis|termijn|grondslag): /);
  });

  it("evaluate --lang fr prints the timeline of the README's case in French", async () => {
    const c = file('c-1.json', JSON.stringify({ caseId: 'c-1', events: [{ id: 'a1', type: 'absence.started', date: '2025-03-10', cause: 'illness' }] }));
    const r = await run('evaluate', c, '--as-of', '2025-05-05', '--lang', 'fr');
    expect(r.code).toBe(0);
    const notify = "Communiquer l'incapacité de travail de 4 semaines au conseiller en prévention-médecin du travail";
    const conversation = 'Entretien avec le coach de retour (terugkeercoach) sur les étapes vers le travail';
    const contact = 'Convenir des modalités de contact avec le membre du personnel absent';
    expect(r.out.split('\n')).toEqual([
      'Dossier c-1 · situation au 2025-05-05 lun',
      `  reintegratie ${LIBRARY_VERSION}, rules ${RULES_VERSION}`,
      'Absence : absent (depuis 2025-03-10, sans interruption depuis 2025-03-10)',
      'Trajet informel : maintien du contact (étape 1)',
      'Trajet de réintégration : (néant)',
      '',
      'Événements',
      '  2025-03-10  absence.started (cause: illness)',
      '',
      'Délais',
      `  2025-04-07 lun DÉPASSÉ                ${notify}`,
      '                                        health.notify-occupational-physician · employeur · Code, art. I.4-4 §3',
      `  2025-05-10 sam bientôt dû             ${conversation}`,
      '                                        informal.first-conversation · coach de retour (terugkeercoach) · Omzendbrief; AgO, « informeel traject, stap 2 »',
      "  2025-06-10 mar en attente             L'employeur peut demander un trajet de réintégration",
      '                                        formal.employer-may-request · employeur · Code, art. I.4-73',
      `  sans échéance  ouvert                 ${contact}`,
      '                                        informal.contact-arrangement · supérieur hiérarchique · Omzendbrief; AgO, « informeel traject, stap 1 »',
      '',
      'À faire maintenant',
      `  2025-04-07 lun DÉPASSÉ      employeur                      ${notify} (Code, art. I.4-4 §3)`,
      `  2025-05-10 sam bientôt dû   coach de retour (terugkeercoach) ${conversation} (Omzendbrief; AgO, « informeel traject, stap 2 »)`,
      `  sans échéance  ouvert       supérieur hiérarchique         ${contact} (Omzendbrief; AgO, « informeel traject, stap 1 »)`,
      '',
      'Signaux',
      `  [warning] overdue depuis 2025-04-08 : Délai dépassé : ${notify} (au plus tard le 2025-04-07).`,
      `  [info] due-soon depuis 2025-05-03 : À faire bientôt : ${conversation} (au plus tard le 2025-05-10).`,
    ]);
  });

  it('evaluate --lang fr names the formal trajectory, its decision and the escalation in French', async () => {
    const late = await run('evaluate', 'examples/cases/informal-escalation.json', '--as-of', '2025-07-11', '--lang', 'fr');
    expect(late.out).toContain('  2025-07-11 ven bientôt dû             Démarrer le trajet de réintégration\n');
    expect(late.out).toContain(
      "  [critical] formal-trajectory-required (no-conversation-within-4-months) depuis 2025-07-11 : Quatre mois après le début de l'absence, il n'y a toujours pas eu d'entretien avec le coach de retour (terugkeercoach) du trajet informel (circulaire flamande « omzendbrief re-integratie », gouvernement flamand) : démarrez un trajet de réintégration.",
    );
    const b = await run('evaluate', 'examples/cases/formal-decision-b-appeal.json', '--as-of', '2025-11-03', '--lang', 'fr');
    expect(b.out).toContain('Trajet informel : transmis au trajet de réintégration\n');
    expect(b.out).toContain('Trajet de réintégration #0 : décision B · R2022 · employeur 2025-06-02\n');
    expect(b.out).toContain('  2025-09-10 mer respecté 2025-09-05    Décision sur le recours par le médecin-inspecteur social [trajet #0]');
    expect(b.out).toContain('  2026-03-05 jeu ouvert                 Plan de réintégration ou rapport motivé après la décision B [trajet #0]');
    expect(b.out).toContain('                                        formal.plan-after-b · employeur · Code, art. I.4-75; Code, art. I.4-80');
    for (const english of ['Deadlines', 'Actions now', 'Flags', 'OVERDUE', 'due soon', 'no due date', 'employer ·', 'escalated', 'decided-b']) expect(b.out + late.out).not.toContain(english);
  });

  it('report --lang fr renders the figures in French', async () => {
    const cases = file(
      'report-fr.ndjson',
      [
        JSON.stringify({
          caseId: 'R-1',
          events: [
            { id: 'b1', type: 'absence.started', date: '2025-01-06', cause: 'accident' },
            { id: 'b2', type: 'conversation.held', date: '2025-02-20', outcome: 'not-yet-possible' },
            { id: 'b3', type: 'formal.requested', date: '2025-04-16', initiator: 'worker' },
            { id: 'b4', type: 'formal.invited', date: '2025-04-22' },
            { id: 'b5', type: 'formal.assessed', date: '2025-05-19', decision: 'A', receivedByEmployer: '2025-05-20', receivedByWorker: '2025-05-20' },
            { id: 'b6', type: 'formal.plan-offered', date: '2025-07-15' },
            { id: 'b7', type: 'formal.plan-answered', date: '2025-07-24', answer: 'agreed' },
            { id: 'b8', type: 'work.resumed', date: '2025-08-04', mode: 'adapted' },
          ],
        }),
        JSON.stringify({ caseId: 'R-2', events: [{ id: 'c1', type: 'absence.started', date: '2025-03-10', cause: 'illness' }] }),
      ].join('\n'),
    );
    const r = await run('report', cases, '--from', '2025-01-01', '--to', '2025-12-31', '--group-by', 'none', '--min-cell-size', '1', '--lang', 'fr');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('# Rapport de réintégration');
    for (const line of [
      '### Dossiers',
      '| Chiffre | Nombre |',
      '| Dossiers lus | 2 |',
      "| Épisodes d'absence commencés | 2 |",
      // first conversation on 20 February, within 2 months of 6 January; R-2: none.
      '| Premiers entretiens avec le coach de retour (terugkeercoach) | 1 |',
      '| … dans les 2 mois du début | 1 |',
      '### Trajet de réintégration (Code du bien-être au travail, livre I, titre 4, chapitre VI)',
      '| Trajets de réintégration demandés | 1 |',
      '| … par le travailleur | 1 |',
      '| Décision A (temporairement inapte, travail adapté ou autre travail) | 1 |',
      '| Plans de réintégration proposés | 1 |',
      '| … acceptés | 1 |',
      // Requested 16 April, assessed 19 May: well within 49 days.
      '| Évaluations dans les 49 jours | 1 |',
      '### Reprises du travail',
      '| Travail adapté | 1 |',
      '### Délais dépassés à la date de référence',
      "_Données globalisées et anonymisées (arrêté royal du 11 septembre 2022 ; circulaire flamande « omzendbrief re-integratie »). Aucun dossier n'est présenté individuellement._",
    ]) {
      expect(lines, line).toContain(line);
    }
    // R-2 never had a conversation: the coach's conversation of 10 May is overdue at the reference date.
    expect(lines).toContain('| Entretien avec le coach de retour (terugkeercoach) sur les étapes vers le travail (informal.first-conversation) | 1 |');
  });

  it('agenda --lang fr lists the worklist in French, by actor and entity', async () => {
    const cases = file(
      'agenda-fr.ndjson',
      [
        JSON.stringify({ caseId: 'A-1', entity: 'Agentschap A', events: [{ type: 'absence.started', date: '2025-03-10' }] }),
        '{not json',
        JSON.stringify({ caseId: 'B-1', entity: 'Agentschap B', events: [{ id: 'b1', type: 'absence.started', date: '2025-04-01' }] }),
      ].join('\n'),
    );
    const r = await run('agenda', cases, '--as-of', '2025-05-05', '--lang', 'fr');
    expect(r.code).toBe(0);
    const contact = 'Convenir des modalités de contact avec le membre du personnel absent (Omzendbrief; AgO, « informeel traject, stap 1 »)';
    const notify = "Communiquer l'incapacité de travail de 4 semaines au conseiller en prévention-médecin du travail (Code, art. I.4-4 §3)";
    // absent since 10 March (4 weeks on 7 April, conversation within 2 months: 10 May); B-1: since 1 April
    // (4 weeks on 29 April; its conversation of 1 June lies after the window of 19 May).
    expect(r.out.split('\n')).toEqual([
      "Liste de travail 2025-05-05 jusqu'au 2025-05-19 : 5 actions (3 dossiers, 1 ignoré(s))",
      '',
      'supérieur hiérarchique · Agentschap A (1)',
      `  dès que possible    ouvert     A-1  ${contact}`,
      '',
      'supérieur hiérarchique · Agentschap B (1)',
      `  dès que possible    ouvert     B-1  ${contact}`,
      '',
      'coach de retour (terugkeercoach) · Agentschap A (1)',
      '  2025-05-10          bientôt dû A-1  Entretien avec le coach de retour (terugkeercoach) sur les étapes vers le travail (Omzendbrief; AgO, « informeel traject, stap 2 »)',
      '',
      'employeur · Agentschap A (1)',
      `  2025-04-07          dépassé    A-1  ${notify}`,
      '',
      'employeur · Agentschap B (1)',
      `  2025-04-29          dépassé    B-1  ${notify}`,
    ]);
    const ics = await run('agenda', cases, '--as-of', '2025-05-05', '--format', 'ics', '--lang', 'fr');
    const unfolded = ics.out.replace(/\r\n /g, '');
    expect(unfolded).toContain('X-WR-CALNAME:Réintégration : délais\r\n');
    expect(unfolded).toContain('SUMMARY:Convenir des modalités de contact avec le membre du personnel absent (B-1) - dès que possible\r\n');
    // RFC 5545 escapes the comma of the French citation in a TEXT value.
    expect(unfolded).toContain('DESCRIPTION:Base juridique : Code\\, art. I.4-4 §3\\n');
  });
});
