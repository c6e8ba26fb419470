import type { SourceLine } from './lines.js';
import { CELL_MARK, splitCells, type Line, type TableCell } from './table-cells.js';
import { readColumn, VALUE_ROLES, type Column } from './table-header.js';

export type { TableCell } from './table-cells.js';

// Indicator tables (主要指标表) found in the lines of a source, in any of the forms text takes: Markdown
// pipe rows, Word's tab-separated rows, cells separated by runs of spaces (PDF and web text), or one
// cell per line. A leaf module: the text preparation keeps each row one paragraph, never a heading, and
// the target reader reads its cells.

/** One row of an indicator table. */
export interface TableRow {
  /** 0-based offset in `value` where the row's first line starts. */
  start: number;
  /** 0-based offset in `value` where its last line ends. */
  end: number;
  /** Its cells, one per column; a row with fewer cells than the header lacks its leading ones (merged 类别 cells). */
  cells: TableCell[];
}

/** An indicator table: a header of columns and rows that name an indicator each. */
export interface IndicatorTable {
  /** The columns, from the header. */
  columns: Column[];
  /** The header's cells as written, one per column. */
  headers: string[];
  /** Index of the column naming the indicator. */
  indicator: number;
  /** Where the header starts and ends in `value`. */
  header: { start: number; end: number };
  /** The rows, in order. */
  rows: TableRow[];
}

/**
 * Find the indicator tables of a text: a header row whose cells are header words with at least one
 * column of values (a year, 基期, 目标值, 年均/累计), then the rows below it whose indicator cell names an
 * indicator. A table without such a header (a list of projects with names and dates) is none.
 * @param source the source's lines (`eachLine`)
 * @returns the tables, in order
 */
export function findTables(source: Iterable<SourceLine>): IndicatorTable[] {
  const lines: Line[] = [];
  for (const l of source) lines.push({ text: l.text, offset: l.offset });
  const tables: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = tableAt(lines, i);
    if (found === null) continue;
    tables.push(found.table);
    i = found.next - 1;
  }
  return tables;
}

/** The table whose header starts at line i, and the line after it; null when none does. */
function tableAt(lines: readonly Line[], i: number): { table: IndicatorTable; next: number } | null {
  // Note: most lines are prose, which no header is: no cell mark and longer than a header word.
  const text = lines[i]!.text;
  if (text.length > 16 && !CELL_MARK.test(text)) return null;
  const cells = splitCells(lines[i]!);
  const perLine = cells.length === 1;
  const headerCells = perLine ? headerRun(lines, i) : cells;
  const columns = headerColumns(headerCells.map((c) => c.text), perLine);
  if (columns === null) return null;
  const width = columns.length;
  const indicator = indicatorColumn(columns);
  const rows: TableRow[] = [];
  let j = i + (perLine ? width : 1);
  const header = { start: lines[i]!.offset, end: end(lines[j - 1]!) };
  while (j < lines.length) {
    if (!perLine && SEPARATOR.test(lines[j]!.text)) {
      j++;
      continue;
    }
    const rowLines = perLine ? lines.slice(j, j + width) : [lines[j]!];
    const rowCells = perLine ? (rowLines.length === width ? rowLines.flatMap(splitCells) : []) : splitCells(lines[j]!);
    if (rowCells.length < 2 || rowCells.length > width || (perLine && rowCells.length !== width)) break;
    const start = rowLines[0]!.offset;
    const aligned = [...Array.from({ length: width - rowCells.length }, () => ({ text: '', offset: start })), ...rowCells];
    if (!namesIndicator(aligned[indicator]!.text) || !aligned.every((c, k) => k === indicator || !VALUE_ROLES.has(columns[k]!.role) || valueLike(c.text))) break;
    rows.push({ start, end: end(rowLines.at(-1)!), cells: aligned });
    j += rowLines.length;
  }
  const valued = rows.some((r) => r.cells.some((c, k) => VALUE_ROLES.has(columns[k]!.role) && /\d/u.test(c.text)));
  return valued ? { table: { columns, headers: headerCells.map((c) => c.text), indicator, header, rows }, next: j } : null;
}

/** The columns of a header row, or null when the cells are not an indicator table's header. */
function headerColumns(cells: readonly string[], perLine: boolean): Column[] | null {
  if (cells.length < (perLine ? 3 : 2)) return null;
  const read = cells.map(readColumn);
  const unknown = read.filter((c) => c === null).length;
  if (unknown > (perLine ? 0 : Math.floor((cells.length - 1) / 2))) return null;
  const columns = read.map((c) => c ?? { role: 'other' as const, year: null });
  if (!columns.some((c) => VALUE_ROLES.has(c.role))) return null;
  const first = columns.findIndex((c) => c.role !== 'index' && c.role !== 'category');
  // Note: the indicator comes before the values: a header that opens on a year is a list by year.
  if (first < 0 || VALUE_ROLES.has(columns[first]!.role)) return null;
  if (perLine && !columns.some((c) => c.role === 'indicator')) return null;
  return columns;
}

/** Cells on consecutive lines, one per line, that are header words (for the cell-per-line form). */
function headerRun(lines: readonly Line[], i: number): TableCell[] {
  const run: TableCell[] = [];
  for (let j = i; j < lines.length && run.length < 12; j++) {
    const cells = splitCells(lines[j]!);
    if (cells.length !== 1 || readColumn(cells[0]!.text) === null) break;
    run.push(cells[0]!);
  }
  return run;
}

/** The column naming the indicator: the one titled so, else the first that is no index, category or value. */
function indicatorColumn(columns: readonly { role: string }[]): number {
  const titled = columns.findIndex((c) => c.role === 'indicator');
  if (titled >= 0) return titled;
  return columns.findIndex((c) => c.role !== 'index' && c.role !== 'category');
}

/** An indicator's name: Chinese words, not a number or a sentence of running text. */
function namesIndicator(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/[。！？；]$/u.test(text) && text.length <= 60;
}

/** What a value cell may hold: a number with its comparator words, a dash, a few words (`高于GDP增长`), 预期性. */
function valueLike(text: string): boolean {
  return text.length <= 24 && !/[。；]/u.test(text);
}

/** A Markdown separator row (`|---|:--:|`). */
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

function end(line: Line): number {
  return line.offset + line.text.length;
}
