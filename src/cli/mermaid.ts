import type { Evaluation } from '../case/output.js';
import type { Bilingual } from '../rules/types.js';
import type { Lang } from './timeline.js';

const W = {
  case: { nl: 'Dossier', en: 'Case', fr: 'Dossier' },
  asOf: { nl: 'stand op', en: 'as of', fr: 'situation au' },
  absence: { nl: 'Afwezigheid', en: 'Absence', fr: 'Absence' },
  incapacity: { nl: 'Arbeidsongeschikt', en: 'Incapacity', fr: 'Incapacité de travail' },
  informal: { nl: 'Informeel traject', en: 'Informal track', fr: 'Trajet informel' },
  health: { nl: 'Gezondheidstoezicht', en: 'Health surveillance', fr: 'Surveillance de la santé' },
  formal: { nl: 'Formeel traject', en: 'Formal trajectory', fr: 'Trajet de réintégration' },
} as const satisfies Record<string, Bilingual>;

const clean = (s: string): string => s.replace(/[:;#\n\r]/g, ' ').trim();

/**
 * A Mermaid Gantt chart of a case: the absence episode, and every deadline as a milestone on its due date,
 * tagged `done` (met), `crit` (overdue) or `active` (open, due soon).
 */
export function renderMermaidGantt(ev: Evaluation, lang: Lang = 'nl'): string {
  const lines = [
    'gantt',
    `  title ${clean(`${W.case[lang]} ${ev.caseId} (${W.asOf[lang]} ${ev.asOf})`)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %d/%m/%y',
  ];
  if (ev.absence.uninterruptedSince) {
    lines.push(`  section ${W.absence[lang]}`);
    lines.push(`  ${W.incapacity[lang]} :a0, ${ev.absence.uninterruptedSince}, ${ev.asOf}`);
  }
  const sections: Array<[string, (rule: string) => boolean]> = [
    [W.informal[lang], (r) => r.startsWith('informal.')],
    [W.health[lang], (r) => r.startsWith('health.')],
    [W.formal[lang], (r) => r.startsWith('formal.')],
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
