/**
 * A worklist (`agenda`) as text (one block per actor and entity) and as CSV (one row per item). Labels in
 * Dutch, English or French; the article of every item next to it.
 *
 * @module
 */
import { citationShort } from '../../rules/sources.js';
import { ACTOR_NAMES, colon, type Bilingual } from '../../rules/types.js';
import { STATUS_NAMES } from '../../case/names.js';
import type { Agenda, AgendaItem } from '../agenda.js';
import type { Lang } from '../labels.js';
import { csvField } from './csv.js';


const WORDS = {
  title: { nl: 'Werklijst', en: 'Worklist', fr: 'Liste de travail' },
  window: { nl: 'tot en met', en: 'up to', fr: "jusqu'au" },
  items: { nl: 'acties', en: 'actions', fr: 'actions' },
  none: { nl: 'Geen acties.', en: 'No actions.', fr: 'Aucune action.' },
  asap: { nl: 'zo snel mogelijk', en: 'as soon as possible', fr: 'dès que possible' },
  cases: { nl: 'dossiers', en: 'cases', fr: 'dossiers' },
  skipped: { nl: 'overgeslagen', en: 'skipped', fr: 'ignoré(s)' },
  noEntity: { nl: '(geen entiteit)', en: '(no entity)', fr: '(sans entité)' },
} as const satisfies Record<string, Bilingual>;


const entityName = (entity: string, lang: Lang) => (entity === '(none)' ? WORDS.noEntity[lang] : entity);

/**
 * The worklist as text: per actor and entity, one line per action (due date, status, case, label, article).
 *
 * @example
 * renderAgendaText(agenda([], { asOf: '2025-05-05' }), 'en').split('\n')[0] //=> 'Worklist 2025-05-05 up to 2025-05-19: 0 actions (0 cases, 0 skipped)'
 */
export function renderAgendaText(list: Agenda, lang: Lang = 'nl'): string {
  const out = [
    `${WORDS.title[lang]} ${list.asOf} ${WORDS.window[lang]} ${list.until}${colon(lang)}${list.total} ${WORDS.items[lang]} (${list.cases} ${WORDS.cases[lang]}, ${list.invalidCases} ${WORDS.skipped[lang]})`,
  ];
  if (list.total === 0) out.push('', WORDS.none[lang]);
  for (const g of list.groups) {
    out.push('', `${ACTOR_NAMES[g.actor][lang]} · ${entityName(g.entity, lang)} (${g.items.length})`);
    for (const i of g.items) {
      const due = (i.due ?? WORDS.asap[lang]).padEnd(19);
      out.push(`  ${due} ${STATUS_NAMES[i.status][lang].padEnd(10)} ${i.caseId}  ${i.label[lang]} (${i.basis.map((c) => citationShort(c, lang)).join('; ')})`);
    }
  }
  return out.join('\n');
}

const CSV_COLUMNS = ['actor', 'entity', 'due', 'status', 'caseId', 'rule', 'label', 'article', 'trajectory', 'because'] as const;

const csvRow = (i: AgendaItem, lang: Lang): string[] => [
  i.actor,
  i.entity,
  i.due ?? '',
  i.status,
  i.caseId,
  i.rule,
  i.label[lang],
  i.basis.map((c) => citationShort(c, lang)).join('; '),
  i.trajectory !== undefined ? String(i.trajectory) : '',
  i.because.join(' '),
];

/**
 * The worklist as CSV (RFC 4180; texts that a spreadsheet would run as a formula get a leading `'`), one row per
 * action, in the order of the groups.
 *
 * @example
 * renderAgendaCsv(agenda([], { asOf: '2025-05-05' })) //=> 'actor,entity,due,status,caseId,rule,label,article,trajectory,because\n'
 */
export function renderAgendaCsv(list: Agenda, lang: Lang = 'nl'): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const g of list.groups) for (const i of g.items) lines.push(csvRow(i, lang).map(csvField).join(','));
  return lines.join('\n') + '\n';
}
