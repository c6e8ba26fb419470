import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { AnyReport, CompareReport } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';
import { comparisonRows } from './comparison/rows.js';
import { comparisonTable, MARK } from './docx/table.js';
import { targetChangesTable } from './docx/targets.js';
import { landscapeDocument } from './docx/page.js';
import { historyDocx } from './docx/history.js';
import { messages } from '../i18n/messages.js';

/**
 * Render a compare report as a Word 新旧对照表: a title, the files compared, a three-column table
 * (原条文 with deletions struck in red | 修改后条文 with insertions underlined | 说明) on A4
 * landscape in 宋体, then the changed targets.
 * Note: rows default to changed clauses only, as such tables are usually filed; `only: 'all'` keeps all.
 * @param report the compare report
 * @param options `only` selects changed or all clauses; `lang` the language of headings and notes (default Chinese)
 * @returns the .docx bytes
 */
export async function compareDocx(report: CompareReport, options: FormatOptions): Promise<Uint8Array> {
  const lang = options.lang ?? 'zh';
  const m = messages(lang);
  const rows = comparisonRows(report, options.only ?? 'changed', lang);
  const counts = m.compare.summary(report.summary);
  const [before, struck, middle, underlined, after] = m.doc.docxLegend;
  return landscapeDocument({
    title: m.doc.compareTitle,
    description: `${report.old.path} → ${report.new.path}`,
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${m.doc.oldFile}${report.old.path}${lang === 'zh' ? '　　' : '    '}${m.doc.newFile}${report.new.path}`, size: 18 })] }),
      new Paragraph({
        spacing: { before: 120, after: 120 },
        children: [
          new TextRun({ text: `${counts}${before}`, size: 18 }),
          new TextRun({ text: struck, size: 18, strike: true, color: MARK.deleted }),
          new TextRun({ text: middle, size: 18 }),
          new TextRun({ text: underlined, size: 18, underline: {}, bold: true, color: MARK.inserted }),
          new TextRun({ text: after, size: 18 }),
        ],
      }),
      rows.length > 0 ? comparisonTable(rows, lang) : new Paragraph(m.doc.noClauseChanges),
      ...targetChangesTable(report.targetChanges, lang),
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
