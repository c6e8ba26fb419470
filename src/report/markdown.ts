import type { PhrasingContent, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { AnyReport, CompareReport, DiffOp, Lang, TargetChange } from '../types.js';
import { messages } from '../i18n/messages.js';
import type { FormatOptions, Formatter } from './types.js';
import { comparisonRows, itemMarker, type ComparisonRow } from './comparison/rows.js';
import { formatQuantity } from './comparison/quantity.js';
import { inert, phrasing, table, text } from './markdown/mdast.js';
import { historyMdast } from './markdown/history.js';

/**
 * Build the 新旧对照表 of a compare report as an mdast tree: a title, the files, a three-column GFM
 * table (原条文 with deletions as `~~…~~` | 修改后条文 with insertions as `**…**` | 说明), a bold row
 * for each new section, then the changed targets.
 * @param report the compare report
 * @param only `changed` (default) keeps changed clauses only, `all` keeps every clause
 * @param lang language of headings, notes and the summary (default Chinese)
 * @returns the mdast root
 */
export function compareMdast(report: CompareReport, only: 'changed' | 'all' = 'changed', lang: Lang = 'zh'): Root {
  const m = messages(lang);
  const rows = comparisonRows(report, only, lang);
  const [before, struck, middle, bold, after] = m.doc.mdLegend;
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(m.doc.compareTitle)] },
    { type: 'paragraph', children: [text(m.doc.oldFile), { type: 'inlineCode', value: report.old.path }, text(lang === 'zh' ? '　' : ' '), text(m.doc.newFile), { type: 'inlineCode', value: report.new.path }] },
    {
      type: 'paragraph',
      children: [
        text(m.compare.summary(report.summary) + before),
        { type: 'delete', children: [text(struck)] },
        text(middle),
        { type: 'strong', children: [text(bold)] },
        text(after),
      ],
    },
    rows.length > 0 ? table([m.doc.oldText, m.doc.newText, m.doc.notes], clauseRows(rows, lang)) : { type: 'paragraph', children: [text(m.doc.noClauseChanges)] },
  ];
  if (report.targetChanges.length > 0) {
    const h = m.doc.targetHead;
    children.push({ type: 'heading', depth: 2, children: [text(m.doc.targetChanges)] }, table([h.metric, h.old, h.new, h.change], report.targetChanges.map((t) => targetRow(t, lang))));
  }
  return { type: 'root', children };
}

/** GitHub-flavoured Markdown: the 新旧对照表 for compare reports, serialised by remark-stringify. */
export const markdown: Formatter = {
  description: 'GitHub-flavoured Markdown (新旧对照表 for compare, 多稿对照表 for history)',
  extensions: ['md', 'markdown'],
  supports: ['plan-diff/compare@1', 'plan-diff/history@1'],
  format(report: AnyReport, options: FormatOptions) {
    const tree =
      report.schema === 'plan-diff/history@1' ? historyMdast(report, options.only ?? 'changed', options.lang ?? 'zh') : compareMdast(report as CompareReport, options.only ?? 'changed', options.lang ?? 'zh');
    // Note: no padding of cells to align the pipes (tablePipeAlign): it pads every cell to the widest of
    // its column, so a table grew as rows × its longest clause (issue 22: 38× the input for one long
    // clause), and it counted UTF-16 units, so columns of Chinese text did not line up anyway.
    return unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true }).stringify(tree);
  },
};

function clauseRows(rows: ComparisonRow[], lang: Lang): PhrasingContent[][][] {
  const out: PhrasingContent[][][] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      out.push([[{ type: 'strong', children: section === '' ? [text(messages(lang).doc.preamble)] : inert(section) }], [], []]);
    }
    out.push([side(row, 'old'), side(row, 'new'), joinNotes(row.notes, lang)]);
  }
  return out;
}

function side(row: ComparisonRow, which: 'old' | 'new'): PhrasingContent[] {
  const ref = row.pair[which];
  const ops = row[which];
  if (ref === null || ops === null) return [];
  const marker = itemMarker(ref);
  const changed = row.pair.renumbered || row.pair.status === 'added' || row.pair.status === 'removed';
  const markerOp: DiffOp['op'] = changed ? (which === 'old' ? 'delete' : 'insert') : 'equal';
  // Note: a plain space after a struck or bold number keeps `~~8.~~` from needing an entity before
  // the next CJK letter; a wholly added or removed clause keeps the space inside its mark.
  const whole = row.pair.status === 'added' || row.pair.status === 'removed';
  const lead: DiffOp[] = marker === '' ? [] : whole ? [{ op: markerOp, text: `${marker} ` }] : [{ op: markerOp, text: marker }, { op: 'equal', text: ' ' }];
  return phrasing([...lead, ...ops]);
}

function targetRow(change: TargetChange, lang: Lang): PhrasingContent[][] {
  const label = messages(lang).compare.targetKind[change.kind];
  const value = (which: 'old' | 'new', op: DiffOp['op']) => {
    const ref = change[which];
    return ref === null ? [text('—')] : phrasing([{ op: change.kind === 'changed' || change.kind === (which === 'old' ? 'removed' : 'added') ? op : 'equal', text: formatQuantity(ref, true) }]);
  };
  return [inert(change.metric), value('old', 'delete'), value('new', 'insert'), [text(label)]];
}

// Note: notes name sections and metrics, which are document text: addresses in them stay inert.
function joinNotes(notes: string[], lang: Lang): PhrasingContent[] {
  const m = messages(lang).doc;
  // Note: notes quote headings of the documents (移自…), so they are document text too.
  return notes.length === 0 ? [text(m.unchanged)] : inert(notes.join(m.note.noteSeparator));
}
