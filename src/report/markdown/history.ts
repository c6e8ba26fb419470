import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { HistoryReport, Lang } from '../../types.js';
import { changedInLabel, historyRows, joinNotes, needsYear, quantity, sectionTitle, versionLabel } from '../comparison/history.js';
import { phrasing, table, text } from './mdast.js';

const WORDS = {
  zh: {
    title: '多稿对照表',
    legend: '每一稿对照前一稿标出改动：删除的文字以 ',
    strike: '删除线',
    bold: '粗体',
    legendEnd: [' 标出，新增的文字以 ', ' 标出。'],
    step: (a: string, b: string, m: HistoryReport['steps'][number]['summary']) =>
      `${a}→${b}：修改 ${m.modified} 条，新增 ${m.added} 条，删除 ${m.removed} 条，移动 ${m.moved} 条，调整序号 ${m.renumbered} 条；指标变化 ${m.targetChanges} 处。`,
    notes: '说明',
    none: '各稿条文没有改动。',
    targets: '指标演变',
    metric: '指标',
    changedIn: '改动于',
    unchanged: '未改动',
  },
  en: {
    title: 'Draft history',
    legend: 'Each version is marked against the one before it: deleted words are ',
    strike: 'struck',
    bold: 'bold',
    legendEnd: [', inserted words ', '.'],
    step: (a: string, b: string, m: HistoryReport['steps'][number]['summary']) =>
      `${a} → ${b}: ${m.modified} modified, ${m.added} added, ${m.removed} removed, ${m.moved} moved, ${m.renumbered} renumbered; ${m.targetChanges} target changes.`,
    notes: 'Notes',
    none: 'No clause changed in any version.',
    targets: 'Target evolution',
    metric: 'Metric',
    changedIn: 'Changed in',
    unchanged: 'unchanged',
  },
} as const;

/**
 * Build the 多稿对照表 of a history report as an mdast tree: a title, the versions, one line per step,
 * a GFM table with one column per version (each marked against the previous one: deletions `~~…~~`,
 * insertions `**…**`) and a 说明 column, a bold row for each new section, then the target evolution.
 * @param report the history report
 * @param only `changed` (default) keeps the lineages that changed in some version, `all` every one
 * @param lang language of the labels (default `zh`)
 * @returns the mdast root
 */
export function historyMdast(report: HistoryReport, only: 'changed' | 'all' = 'changed', lang: Lang = 'zh'): Root {
  const w = WORDS[lang];
  const rows = historyRows(report, only, lang);
  const versions = report.versions.map((_, k) => versionLabel(k, lang));
  const body: PhrasingContent[][][] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      body.push([[{ type: 'strong', children: [text(sectionTitle(section, lang))] }], ...versions.map(() => [])]);
    }
    body.push([...row.columns.map((ops) => (ops === null ? [] : phrasing(ops))), [text(row.notes.length > 0 ? joinNotes(row.notes, lang) : w.unchanged)]]);
  }
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(w.title)] },
    { type: 'list', ordered: false, spread: false, children: report.versions.map((v, k) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(`${versions[k]}${lang === 'zh' ? '：' : ': '}`), { type: 'inlineCode', value: v.path }] }] })) },
    ...report.steps.map((s): RootContent => ({ type: 'paragraph', children: [text(w.step(versions[s.from]!, versions[s.to]!, s.summary))] })),
    {
      type: 'paragraph',
      children: [text(w.legend), { type: 'delete', children: [text(w.strike)] }, text(w.legendEnd[0]), { type: 'strong', children: [text(w.bold)] }, text(w.legendEnd[1])],
    },
    rows.length > 0 ? table([...versions, w.notes], body) : { type: 'paragraph', children: [text(w.none)] },
  ];
  const moving = report.targets.filter((t) => t.changedIn.length > 0);
  if (moving.length > 0) {
    children.push(
      { type: 'heading', depth: 2, children: [text(w.targets)] },
      table(
        [w.metric, ...versions, w.changedIn],
        moving.map((t) => [[text(t.metric)], ...t.values.map((v) => [text(quantity(v, needsYear(t)))]), [text(changedInLabel(t, lang))]]),
      ),
    );
  }
  return { type: 'root', children };
}
