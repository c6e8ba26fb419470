import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, VerticalAlign, WidthType } from 'docx';
import type { ClauseRef, DiffOp, Lang } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { itemMarker, type ComparisonRow } from '../comparison/rows.js';

/** Width of the three columns in twentieths of a point: 原条文 | 修改后条文 | 说明 (A4 landscape, 2 cm margins). */
export const COLUMN_WIDTHS = [5900, 5900, 2770] as const;

/** Colours of the marks: deletions red and struck through, insertions blue, bold and underlined. */
export const MARK = { deleted: 'C00000', inserted: '0050B3', section: 'F2F2F2', header: 'D9E2F3' } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/**
 * Build the 新旧对照表 as a Word table: a header row repeated on every page, a merged row for each
 * new section, then one row per clause with struck deletions and underlined insertions.
 * @param rows comparison rows in the order they appear in the table
 * @param lang language of the headers (default Chinese)
 * @returns the table
 */
export function comparisonTable(rows: ComparisonRow[], lang: Lang = 'zh'): Table {
  const m = messages(lang).doc;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [m.oldText, m.newText, m.notes].map((label, i) => cell([new Paragraph({ alignment: 'center', children: [new TextRun({ text: label, bold: true })] })], i, MARK.header)),
  });
  const body: TableRow[] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      body.push(sectionRow(section === '' ? m.preamble : section));
    }
    body.push(
      new TableRow({
        children: [
          cell([clauseParagraph(row, 'old')], 0),
          cell([clauseParagraph(row, 'new')], 1),
          cell(row.notes.length > 0 ? row.notes.map((note) => new Paragraph({ children: [new TextRun(note)] })) : [new Paragraph(m.unchanged)], 2),
        ],
      }),
    );
  }
  return new Table({
    width: { size: COLUMN_WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...COLUMN_WIDTHS],
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

/**
 * Word runs for one side of a clause: equal text plain, deletions red and struck, insertions blue,
 * bold and underlined.
 * @param ops the side's runs
 * @returns the text runs
 */
export function markedRuns(ops: DiffOp[]): TextRun[] {
  return ops
    .filter((op) => op.text !== '')
    .map((op) => {
      if (op.op === 'delete') return new TextRun({ text: op.text, strike: true, color: MARK.deleted });
      if (op.op === 'insert') return new TextRun({ text: op.text, underline: { type: UnderlineType.SINGLE }, bold: true, color: MARK.inserted });
      return new TextRun(op.text);
    });
}

// Note: the item number (`8.`) is not part of the clause text, so it is written in front of it,
// struck or underlined when the clause was removed, added or renumbered.
function clauseParagraph(row: ComparisonRow, side: 'old' | 'new'): Paragraph {
  const ref: ClauseRef | null = row.pair[side];
  const ops = row[side];
  if (ref === null || ops === null) return new Paragraph('');
  const marker = itemMarker(ref);
  const changed = row.pair.renumbered || row.pair.status === 'added' || row.pair.status === 'removed';
  const op: DiffOp['op'] = changed ? (side === 'old' ? 'delete' : 'insert') : 'equal';
  return new Paragraph({ children: markedRuns([...(marker === '' ? [] : [{ op, text: marker }]), ...ops]) });
}

/**
 * A shaded row spanning the table that names a section.
 * @param title the section path
 * @param span number of columns
 * @returns the row
 */
export function sectionRow(title: string, span = 3): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        borders: BORDERS,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: MARK.section },
        children: [new Paragraph({ children: [new TextRun({ text: title, bold: true })] })],
      }),
    ],
  });
}

function cell(children: Paragraph[], column: number, fill?: string): TableCell {
  return tableCell(children, COLUMN_WIDTHS[column]!, fill);
}

/**
 * A bordered table cell of a fixed width, text at the top, optionally shaded.
 * @param children the cell's paragraphs
 * @param width width in twentieths of a point
 * @param fill shading colour, if any
 * @returns the cell
 */
export function tableCell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
    children,
  });
}
