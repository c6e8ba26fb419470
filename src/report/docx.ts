import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { AnyReport, CompareReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { comparisonRows } from './comparison/rows.js';
import { comparisonTable, MARK } from './docx/table.js';
import { targetChangesTable } from './docx/targets.js';
import { landscapeDocument } from './docx/page.js';
import { historyDocx } from './docx/history.js';

/**
 * Render a compare report as a Word 新旧对照表: a title, the files compared, a three-column table
 * (原条文 with deletions struck in red | 修改后条文 with insertions underlined | 说明) on A4
 * landscape in 宋体, then the changed targets.
 * Note: rows default to changed clauses only, as such tables are usually filed; `only: 'all'` keeps all.
 * @param report the compare report
 * @param options `only` selects changed or all clauses
 * @returns the .docx bytes
 */
export async function compareDocx(report: CompareReport, options: FormatOptions): Promise<Uint8Array> {
  const rows = comparisonRows(report, options.only ?? 'changed');
  const s = report.summary;
  const counts = `修改 ${s.modified} 条，新增 ${s.added} 条，删除 ${s.removed} 条，移动 ${s.moved} 条，调整序号 ${s.renumbered} 条；指标变化 ${s.targetChanges} 处。`;
  return landscapeDocument({
    title: '新旧对照表',
    description: `${report.old.path} → ${report.new.path}`,
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `原：${report.old.path}　　修改后：${report.new.path}`, size: 18 })] }),
      new Paragraph({
        spacing: { before: 120, after: 120 },
        children: [
          new TextRun({ text: `${counts}删除的文字`, size: 18 }),
          new TextRun({ text: '以删除线标出', size: 18, strike: true, color: MARK.deleted }),
          new TextRun({ text: '，新增的文字', size: 18 }),
          new TextRun({ text: '加下划线标出', size: 18, underline: {}, bold: true, color: MARK.inserted }),
          new TextRun({ text: '。', size: 18 }),
        ],
      }),
      rows.length > 0 ? comparisonTable(rows) : new Paragraph('两份文件的条文没有改动。'),
      ...targetChangesTable(report.targetChanges),
    ],
  });
}

/** Word 新旧对照表 (three-column table) for compare reports, 多稿对照表 (one column per version) for history. */
export const docx: Formatter = {
  description: 'Word 新旧对照表 (compare) and 多稿对照表 (history)',
  extensions: ['docx'],
  supports: ['plan-diff/compare@1', 'plan-diff/history@1'],
  format: (report: AnyReport, options: FormatOptions) => (report.schema === 'plan-diff/history@1' ? historyDocx(report, options) : compareDocx(report as CompareReport, options)),
};
