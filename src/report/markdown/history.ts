import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { HistoryReport, Lang } from '../../types.js';
import { changedInLabel, historyRows, joinNotes, needsYear, quantity, sectionTitle, versionLabel } from '../comparison/history.js';
import { inert, phrasing, table, text } from './mdast.js';
import { messages } from '../../i18n/messages.js';

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
  const w = messages(lang).history;
  const legend = w.legendMarkdown;
  const rows = historyRows(report, only, lang);
  const versions = report.versions.map((_, k) => versionLabel(k, lang));
  const body: PhrasingContent[][][] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      body.push([[{ type: 'strong', children: inert(sectionTitle(section, lang)) }], ...versions.map(() => [])]);
    }
    body.push([...row.columns.map((ops) => (ops === null ? [] : phrasing(ops))), row.notes.length > 0 ? inert(joinNotes(row.notes, lang)) : [text(w.unchanged)]]);
  }
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(w.title)] },
    { type: 'list', ordered: false, spread: false, children: report.versions.map((v, k) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(w.versionOf(versions[k]!)), { type: 'inlineCode', value: v.path }] }] })) },
    ...report.steps.map((s): RootContent => ({ type: 'paragraph', children: [text(w.step(versions[s.from]!, versions[s.to]!, s.summary))] })),
    {
      type: 'paragraph',
      children: [text(legend[0]), { type: 'delete', children: [text(legend[1])] }, text(legend[2]), { type: 'strong', children: [text(legend[3])] }, text(legend[4])],
    },
    rows.length > 0 ? table([...versions, w.notes], body) : { type: 'paragraph', children: [text(w.none)] },
  ];
  const moving = report.targets.filter((t) => t.changedIn.length > 0);
  if (moving.length > 0) {
    children.push(
      { type: 'heading', depth: 2, children: [text(w.targets)] },
      table(
        [w.metric, ...versions, w.changedIn],
        moving.map((t) => [inert(t.metric), ...t.values.map((v) => [text(quantity(v, needsYear(t)))]), [text(changedInLabel(t, lang))]]),
      ),
    );
  }
  return { type: 'root', children };
}
