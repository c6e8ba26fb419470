import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Lang, TargetChange } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { formatQuantity } from '../comparison/quantity.js';
import { markedRuns } from './table.js';

const WIDTHS = [4570, 4000, 4000, 2000] as const;

/**
 * The 主要指标变化 heading and table (指标 | 原 | 新 | 变化) after the 新旧对照表, or nothing.
 * @param changes target changes in new document order
 * @param lang language of the heading and labels (default Chinese)
 * @returns the paragraphs and table to append
 */
export function targetChangesTable(changes: TargetChange[], lang: Lang = 'zh'): Array<Paragraph | Table> {
  if (changes.length === 0) return [];
  const m = messages(lang);
  const h = m.doc.targetHead;
  const row = (cells: Paragraph[][], header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((children, i) => new TableCell({ width: { size: WIDTHS[i]!, type: WidthType.DXA }, children })),
    });
  const text = (value: string, bold = false) => [new Paragraph({ children: [new TextRun({ text: value, bold })] })];
  const side = (change: TargetChange, which: 'old' | 'new') => {
    const ref = change[which];
    if (ref === null) return text('—');
    const op = change.kind === 'changed' || change.kind === (which === 'old' ? 'removed' : 'added') ? (which === 'old' ? 'delete' : 'insert') : 'equal';
    return [new Paragraph({ children: markedRuns([{ op, text: formatQuantity(ref, true) }]) }), new Paragraph({ children: [new TextRun({ text: ref.text, size: 18 })] })];
  };
  return [
    new Paragraph({ spacing: { before: 360, after: 120 }, children: [new TextRun({ text: m.doc.targetChanges, bold: true, size: 28 })] }),
    new Table({
      width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: [...WIDTHS],
      layout: TableLayoutType.FIXED,
      rows: [
        row([text(h.metric, true), text(h.old, true), text(h.new, true), text(h.change, true)], true),
        ...changes.map((change) => row([text(change.metric), side(change, 'old'), side(change, 'new'), text(m.compare.targetKind[change.kind])])),
      ],
    }),
  ];
}
