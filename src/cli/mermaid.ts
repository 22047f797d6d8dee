import type { Evaluation } from '../case/output.js';
import type { Lang } from './timeline.js';

const clean = (s: string): string => s.replace(/[:;#\n\r]/g, ' ').trim();

/**
 * A Mermaid Gantt chart of a case: the absence episode, and every deadline as a milestone on its due date,
 * tagged `done` (met), `crit` (overdue) or `active` (open, due soon).
 */
export function renderMermaidGantt(ev: Evaluation, lang: Lang = 'nl'): string {
  const lines = [
    'gantt',
    `  title ${clean(`${lang === 'nl' ? 'Dossier' : 'Case'} ${ev.caseId} (${lang === 'nl' ? 'stand op' : 'as of'} ${ev.asOf})`)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %d/%m/%y',
  ];
  if (ev.absence.uninterruptedSince) {
    lines.push(`  section ${lang === 'nl' ? 'Afwezigheid' : 'Absence'}`);
    lines.push(`  ${lang === 'nl' ? 'Arbeidsongeschikt' : 'Incapacity'} :a0, ${ev.absence.uninterruptedSince}, ${ev.asOf}`);
  }
  const sections: Array<[string, (rule: string) => boolean]> = [
    [lang === 'nl' ? 'Informeel traject' : 'Informal track', (r) => r.startsWith('informal.')],
    [lang === 'nl' ? 'Gezondheidstoezicht' : 'Health surveillance', (r) => r.startsWith('health.')],
    [lang === 'nl' ? 'Formeel traject' : 'Formal trajectory', (r) => r.startsWith('formal.')],
  ];
  let n = 0;
  for (const [title, inSection] of sections) {
    const ds = ev.deadlines.filter((d) => inSection(d.rule) && d.due !== null);
    if (ds.length === 0) continue;
    lines.push(`  section ${title}`);
    for (const d of ds) {
      const tag =
        d.status === 'met' || d.status === 'reached'
          ? 'done, '
          : d.status === 'overdue' || d.status === 'met-late'
            ? 'crit, '
            : d.status === 'open' || d.status === 'due-soon'
              ? 'active, '
              : '';
      lines.push(`  ${clean(d.label[lang])} :${tag}milestone, m${n++}, ${d.due}, 0d`);
    }
  }
  return lines.join('\n');
}
