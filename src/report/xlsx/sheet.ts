import ExcelJS from 'exceljs';
import { textWidth } from '../text/width.js';
import type { Table } from '../rows/types.js';

/** A plain cell value: text, number, boolean, or null for an empty cell. */
export type Cell = string | number | boolean | null;

/** How a column's cells are written. */
export type ColumnKind = 'text' | 'number' | 'boolean';

/** One column of a sheet. */
export interface Column {
  /** Header text (first row). */
  header: string;
  /** Cell type: text cells are always strings (never formulas), numbers are numbers. */
  kind: ColumnKind;
}

/** One worksheet: a name, its columns and its data rows. */
export interface Sheet {
  /** Sheet name (at most 31 characters, no `[]:*?/\`). */
  name: string;
  /** Columns in order. */
  columns: Column[];
  /** Data rows, one cell per column. */
  rows: Cell[][];
}

/** Widest column, in Excel character widths; longer text wraps inside the cell. */
export const MAX_WIDTH = 60;

/** Most characters Excel keeps in a cell; a longer text is cut there and ends in `…`. */
export const MAX_CELL = 32767;

/**
 * Write sheets as an .xlsx workbook: each sheet with a bold header row frozen at the top, an
 * autofilter over the header, columns as wide as their text (CJK counted twice, up to 60 wide),
 * long text wrapped, and every cell a plain value (strings stay strings, never formulas).
 * @param sheets the sheets, in order
 * @returns the .xlsx bytes
 */
export async function workbookBytes(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plan-diff';
  // Note: a fixed date, so the same report gives the same workbook (docProps/core.xml).
  workbook.created = workbook.modified = new Date(0);
  for (const sheet of sheets) addSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Columns for a flat table (the CSV rows): a column whose non-empty cells are all numbers is a number
 * column, all booleans a boolean column, anything else text.
 * @param table header and rows
 * @returns the columns
 */
export function columnsOf(table: Table): Column[] {
  return table.header.map((header, i) => {
    const cells = table.rows.map((row) => row[i]).filter((cell) => cell !== null && cell !== undefined);
    const kind: ColumnKind =
      cells.length > 0 && cells.every((c) => typeof c === 'number') ? 'number' : cells.length > 0 && cells.every((c) => typeof c === 'boolean') ? 'boolean' : 'text';
    return { header, kind };
  });
}

/**
 * A sheet of a flat table, column kinds read from the cells.
 * @param name sheet name
 * @param table header and rows
 * @returns the sheet
 */
export function sheetOf(name: string, table: Table): Sheet {
  return { name, columns: columnsOf(table), rows: table.rows };
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): void {
  // Note: Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const ws = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths = sheet.columns.map((column, i) => Math.max(textWidth(column.header), ...sheet.rows.map((row) => cellWidth(row[i] ?? null))));
  ws.columns = sheet.columns.map((column, i) => ({
    header: column.header,
    width: Math.min(MAX_WIDTH, Math.max(6, widths[i]! + 2)),
    style: column.kind === 'text' && widths[i]! > MAX_WIDTH ? { alignment: { wrapText: true, vertical: 'top' } } : { alignment: { vertical: 'top' } },
  }));
  for (const row of sheet.rows) ws.addRow(sheet.columns.map((column, i) => value(row[i] ?? null, column.kind)));
  ws.getRow(1).font = { bold: true };
  if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
}

// Note: exceljs writes a formula only for an object value ({formula}); a string is written as a
// shared string whatever its first character, so `=SUM(A1)` stays text. Text columns turn every
// value into a string, so a number in a text column is written as the text it is.
function value(cell: Cell, kind: ColumnKind): Cell {
  if (cell === null) return null;
  if (kind !== 'text') return cell;
  const text = String(cell);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}

function cellWidth(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell !== 'string') return String(cell).length;
  return Math.max(...cell.split('\n').map(textWidth));
}
