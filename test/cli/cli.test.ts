import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'reintegratie-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('CLI (SPEC section 9)', () => {
  it("the README's worked example is the CLI's real output", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /```text\n(Case c-1[\s\S]*?)```/.exec(readme)?.[1];
    expect(shown, 'README has the worked example').toBeDefined();
    const c = file('readme-case.json', JSON.stringify({ caseId: 'c-1', events: [{ id: 'a1', type: 'absence.started', date: '2025-03-10', cause: 'illness' }] }));
    const r = await run('evaluate', c, '--as-of', '2025-05-05', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd()).toBe(shown!.trimEnd());
  });

  it('evaluate prints a readable timeline with due dates, actors and articles', async () => {
    const r = await run('evaluate', 'examples/cases/informal-escalation.json', '--as-of', '2025-07-11', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Case FICTIEF-INF-002');
    expect(r.out).toContain('2025-05-10 Sat');
    expect(r.out).toContain('formal-trajectory-required');
  });

  it('evaluate --format json prints the evaluation', async () => {
    const r = await run('evaluate', 'examples/cases/formal-decision-a.json', '--as-of', '2025-08-01', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ caseId: 'FICTIEF-FOR-003', asOf: '2025-08-01' });
  });

  it('evaluate --format mermaid prints a Gantt chart', async () => {
    const r = await run('evaluate', 'examples/cases/informal-escalation.json', '--as-of', '2025-07-11', '--format', 'mermaid');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('gantt');
    expect(r.out).toContain('dateFormat YYYY-MM-DD');
  });

  it('fails cleanly on a broken file: one message naming the file, exit code 1, no stack trace', async () => {
    const p = file('broken.json', '{"caseId": "x", "events": [');
    const r = await run('evaluate', p, '--as-of', '2025-07-11');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}: not valid JSON`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('fails cleanly on an impossible date, naming the file, the event and the field', async () => {
    const p = file('impossible.json', JSON.stringify({ caseId: 'x', events: [{ id: 'e1', type: 'absence.started', date: '2025-02-29' }] }));
    const r = await run('evaluate', p, '--as-of', '2025-07-11');
    expect(r.code).toBe(1);
    expect(r.err).toContain(p);
    expect(r.err).toContain('id "e1"');
    expect(r.err).toContain('"date"');
    expect(r.err).toContain('February 2025 has 28 days');
  });

  it('rejects an impossible --as-of and a missing file', async () => {
    expect((await run('evaluate', 'examples/cases/formal-decision-a.json', '--as-of', '2025-13-01')).code).toBe(1);
    const missing = await run('evaluate', join(dir, 'nope.json'), '--as-of', '2025-01-01');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read the file');
  });

  it('rules lists the catalogue in Dutch and in English', async () => {
    const nl = await run('rules', '--lang', 'nl');
    const en = await run('rules', '--lang', 'en');
    expect(nl.code).toBe(0);
    expect(nl.out).toContain('formal.start-required');
    expect(nl.out).toContain('Formeel re-integratietraject opstarten');
    expect(en.out).toContain('Start the formal re-integration trajectory');
  });

  it('an unknown command prints the usage and exits 1', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown command');
  });

  it('report renders the bundled population as Markdown, CSV, JSON and HTML', async () => {
    const base = ['report', 'examples/population/cases.ndjson', '--from', '2025-01-01', '--to', '2025-12-31'];
    const md = await run(...base, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.out).toContain('# Rapportering re-integratie');
    const csv = await run(...base, '--format', 'csv', '--group-by', 'none');
    expect(csv.out.split('\n')[0]).toBe('group,figure,value');
    expect(csv.out).toContain('(total),cases,400');
    const json = await run(...base, '--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' });
    const html = await run(...base, '--format', 'html', '--lang', 'en');
    expect(html.out).toMatch(/^<!DOCTYPE html>/i);
    expect(html.out).toContain('<svg');
  });

  it('report reads a JSON array too, and counts and names broken records without stopping', async () => {
    const p = file('cases.ndjson', [
      JSON.stringify({ caseId: 'ok', entity: 'A', events: [{ type: 'absence.started', date: '2025-03-10' }] }),
      '{broken',
      JSON.stringify({ caseId: 'bad', events: [{ type: 'absence.started', date: '2025-02-30' }] }),
    ].join('\n'));
    const r = await run('report', p, '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${p}: line 2`);
    expect(JSON.parse(r.out).total.cases).toBe(3);
    const arr = file('cases.json', JSON.stringify([{ caseId: 'x', events: [{ type: 'absence.started', date: '2025-03-10' }] }]));
    const a = await run('report', arr, '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json', '--group-by', 'none');
    expect(JSON.parse(a.out).total.informal.episodesStarted).toBe(1);
  });

  it('report without --from/--to fails cleanly', async () => {
    const r = await run('report', 'examples/population/cases.ndjson');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--from YYYY-MM-DD and --to YYYY-MM-DD are required');
  });

  it('agenda lists the actions of a cases file by actor and entity, filtered, in text, CSV, JSON and ICS', async () => {
    const cases = file(
      'agenda.ndjson',
      [
        JSON.stringify({ caseId: 'A-1', entity: 'Agentschap A', events: [{ type: 'absence.started', date: '2025-03-10' }] }),
        '{not json',
        JSON.stringify({ caseId: 'B-1', entity: 'Agentschap B', events: [{ id: 'b1', type: 'absence.started', date: '2025-04-01' }] }),
      ].join('\n'),
    );
    const text = await run('agenda', cases, '--as-of', '2025-05-05', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[0]).toBe('Worklist 2025-05-05 up to 2025-05-19: 5 actions (3 cases, 1 skipped)');
    expect(text.err).toContain('line 2');
    const csv = await run('agenda', cases, '--as-of', '2025-05-05', '--actor', 'employer', '--format', 'csv');
    expect(csv.out.split('\n').map((l) => l.split(',').slice(0, 6).join(','))).toEqual([
      'actor,entity,due,status,caseId,rule',
      'employer,Agentschap A,2025-04-07,overdue,A-1,health.notify-occupational-physician',
      'employer,Agentschap B,2025-04-29,overdue,B-1,health.notify-occupational-physician',
    ]);
    const json = JSON.parse((await run('agenda', cases, '--as-of', '2025-05-05', '--entity', 'Agentschap B', '--within', '27', '--format', 'json')).out);
    expect(json.groups.flatMap((g: { items: { rule: string }[] }) => g.items.map((i) => i.rule)).sort()).toEqual([
      'health.notify-occupational-physician',
      'informal.contact-arrangement',
      'informal.first-conversation',
    ]);
    const ics = await run('agenda', cases, '--as-of', '2025-05-05', '--format', 'ics');
    expect(ics.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.out.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect((await run('agenda', cases, '--within', 'soon')).err).toContain('--within must be a whole number');
    expect((await run('agenda', cases, '--actor', 'boss')).err).toContain('unknown actor "boss"');
  });

  it('evaluate --format ics prints the deadlines of one case as an iCalendar file', async () => {
    const r = await run('evaluate', 'examples/cases/informal-escalation.json', '--as-of', '2025-07-11', '--format', 'ics');
    expect(r.code).toBe(0);
    expect(r.out).toContain('UID:informal.first-conversation/2025-05-10/FICTIEF-INF-002@reintegratie');
    expect(r.out.split('\n').every((l) => l.endsWith('\r') || l === '')).toBe(true);
  });
});
