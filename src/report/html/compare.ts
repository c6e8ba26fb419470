import type { CompareReport, LineUnit } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { comparisonRows, type ComparisonRow } from '../comparison/rows.js';
import { html, type SafeHtml } from './escape.js';
import { renderPage } from './page.js';
import { clauseRows, type Placed } from './compare-rows.js';
import { outlineNav } from './outline-nav.js';
import { targetChangesTable } from './target-changes.js';

/**
 * Render a compare report as a side-by-side HTML page: aligned clauses with word highlights,
 * moved clauses linked to their old place, an outline navigator and the target changes.
 * @param report the compare report
 * @param options `only` picks the filter shown first (every row is in the page either way)
 * @returns the HTML document
 */
export function compareHtml(report: CompareReport, options: FormatOptions): string {
  const rows = comparisonRows(report, 'all');
  const placed = placeRows(rows);
  const s = report.summary;
  const units = { old: unitOf(report.old.lineUnit), new: unitOf(report.new.lineUnit) };
  const main = html`<h2 id="clauses">条文对照</h2>
<table class="sbs">
<colgroup><col class="text"><col class="text"><col class="note"></colgroup>
<thead><tr><th scope="col">原条文<small>${report.old.path}</small></th><th scope="col">修改后条文<small>${report.new.path}</small></th><th scope="col">说明</th></tr></thead>
<tbody>
${rows.length === 0 ? html`<tr><td colspan="3" class="empty-note">两份文件都没有条文。</td></tr>` : clauseRows(placed, units)}
</tbody>
</table>
<h2 id="targets">指标变化</h2>
${targetChangesTable(report.targetChanges, rows)}`;
  return renderPage({
    title: '新旧对照表',
    subtitle: html`<span>原：<code>${report.old.path}</code></span><span>新：<code>${report.new.path}</code></span>`,
    summary: [
      ['修改', s.modified, 'modified'],
      ...(s.related > 0 ? [['相关', s.related, 'modified'] as [string, number, string]] : []),
      ['新增', s.added, 'added'],
      ['删除', s.removed, 'removed'],
      ['移动', s.moved, 'moved'],
      ['调整序号', s.renumbered, 'renumbered'],
      ...(s.split > 0 ? [['拆分', s.split, 'modified'] as [string, number, string]] : []),
      ...(s.merged > 0 ? [['合并', s.merged, 'modified'] as [string, number, string]] : []),
      ['未改动', s.unchanged, 'unchanged'],
      ['指标变化', s.targetChanges, 'targets'],
    ],
    toolbar: legend(),
    filters: ['仅看改动', '全部条文'],
    defaultFilter: options.only ?? 'changed',
    nav: outlineNav(placed, report.targetChanges.length),
    main,
  });
}

/**
 * Place rows for display: each moved clause also leaves a marker row at its old place, found as
 * the row after which its old clause stood in the old document.
 * @param rows rows in new document order
 * @returns rows and old-place markers in display order
 */
export function placeRows(rows: ComparisonRow[]): Placed[] {
  const inOldOrder = rows.filter((row) => row.pair.old !== null).toSorted((a, b) => a.pair.old!.line - b.pair.old!.line || a.index - b.index);
  const ghostsAfter = new Map<number, ComparisonRow[]>();
  for (const row of rows.filter((r) => r.pair.moved && r.pair.old !== null)) {
    const at = inOldOrder.indexOf(row);
    const before = inOldOrder.slice(0, at).findLast((r) => !r.pair.moved);
    const key = before?.index ?? -1;
    ghostsAfter.set(key, [...(ghostsAfter.get(key) ?? []), row]);
  }
  const ghosts = (key: number): Placed[] => (ghostsAfter.get(key) ?? []).map((row) => ({ row, ghost: true }));
  return [...ghosts(-1), ...rows.flatMap((row) => [{ row, ghost: false }, ...ghosts(row.index)])];
}

function legend(): SafeHtml {
  return html`<span class="legend">图例：<del>删除的文字</del><ins>新增的文字</ins></span>`;
}

function unitOf(unit: LineUnit): string {
  return unit === 'paragraph' ? '段' : '行';
}
