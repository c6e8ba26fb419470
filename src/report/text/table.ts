import { charWidth, textWidth } from './width.js';

/**
 * A bordered terminal table, drawn the way cli-table3 draws it (same characters, padding, word
 * wrapping, row spans and "…" cuts), in time linear in the size of its cells.
 * Note: cli-table3 cuts a line by dropping one character at a time and measuring the rest again, and
 * does so for the whole cell on every line it draws (for a debug message), so a cell of n characters
 * costs n² per line: 100 targets in one sentence took 12 s, 200 over 120 s. Here each line is measured
 * once. Only the options plan-diff uses exist (fixed column widths, head, colours, wordWrap, rowSpan);
 * tests/report/text/table.test.ts checks the output against cli-table3's on random tables.
 */
export class Table {
  private readonly rows: Row[] = [];
  private readonly options: TableOptions;

  /** @param options head row, column widths (borders' padding included), colours, word wrapping */
  constructor(options: TableOptions) {
    this.options = options;
  }

  /**
   * Add rows.
   * @param rows cells as strings or `{content, rowSpan}`; a row under a spanning cell leaves its column out
   * @returns the number of rows
   */
  push(...rows: Row[]): number {
    return this.rows.push(...rows);
  }

  /** @returns the table, lines joined by `\n`, without a trailing newline */
  toString(): string {
    const { head, colWidths: given = [], wordWrap = false, style = {} } = this.options;
    const headColors = style.head ?? ['red'];
    const borderColors = style.border ?? ['grey'];
    const border = (s: string) => paint(s, borderColors);
    const grid = layout([head, ...this.rows], given, wordWrap);
    const colWidths = columnWidths(grid, given);
    const heights = rowHeights(grid);
    const out: string[] = [];
    grid.forEach((row, y) => {
      out.push(row.map((slot) => drawSeparator(slot, y, grid, heights, colWidths, border, headColors)).join(''));
      for (let line = 0; line < heights[y]; line++) {
        out.push(row.map((slot) => drawText(slot, slot.top + line, y, grid, colWidths, heights, border, headColors)).join(''));
      }
    });
    const last = grid[grid.length - 1];
    out.push(last.map((slot) => border((slot.cell.x === 0 ? CHARS.bottomLeft : CHARS.bottomMid) + CHARS.bottom.repeat(colWidths[slot.cell.x]) + (isLast(slot, colWidths) ? CHARS.bottomRight : ''))).join(''));
    return out.join('\n');
  }
}

/** Options (a subset of cli-table3's). */
export interface TableOptions {
  /** Header cells. */
  head: string[];
  /** Width of each column, one space of padding on each side included; a column without one fits its widest line. */
  colWidths?: number[];
  /** Wrap cells at spaces to their column (cli-table3's `wordWrap`); else only at `\n`, cutting with "…". */
  wordWrap?: boolean;
  /** Colours (cli-table3 names) of the header text and the borders; defaults red and grey. */
  style?: { head?: string[]; border?: string[] };
}

/** A cell as given: its text, or its text and how many rows it spans. */
export type CellInput = string | number | { content: string; rowSpan?: number; vAlign?: 'top' };
type Row = CellInput[];

interface Cell {
  x: number;
  y: number;
  span: number;
  lines: string[];
  /** Lines it covers: its rows' heights and the separators between them. */
  height: number;
}

/** A cell's place in one row: the cell itself, or the part of a spanning cell from a row above. */
interface Slot {
  cell: Cell;
  /** First line of the cell's text drawn in this row (0 in the row the cell starts in). */
  top: number;
}

const CHARS = {
  top: '─', topMid: '┬', topLeft: '┌', topRight: '┐', bottom: '─', bottomMid: '┴', bottomLeft: '└', bottomRight: '┘',
  left: '│', leftMid: '├', mid: '─', midMid: '┼', right: '│', rightMid: '┤', middle: '│',
} as const;

/** ANSI colours by cli-table3 (colors.js) name. */
const COLORS: Readonly<Record<string, readonly [number, number]>> = {
  red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], grey: [90, 39], gray: [90, 39], bold: [1, 22], dim: [2, 22],
};

function paint(text: string, colors: readonly string[]): string {
  if (text === '') return text;
  let out = text;
  for (const name of colors.toReversed()) {
    const code = COLORS[name];
    if (code) out = `\u001b[${code[0]}m${out}\u001b[${code[1]}m`;
  }
  return out;
}

/** Place every cell in its column (a row under a spanning cell starts further right) and split it into lines. */
function layout(rows: readonly Row[], colWidths: readonly number[], wordWrap: boolean): Slot[][] {
  const spans: Array<{ cell: Cell; until: number } | undefined> = [];
  return rows.map((row, y) => {
    const slots: Slot[] = [];
    let x = 0;
    let i = 0;
    while (i < row.length || spans.some((s, col) => s && s.until >= y && col >= x)) {
      const above = spans[x];
      if (above && above.until >= y) {
        slots.push({ cell: above.cell, top: -1 });
        x++;
        continue;
      }
      if (i >= row.length) break;
      const input = row[i++];
      const content = typeof input === 'object' ? input.content : String(input);
      const span = typeof input === 'object' ? (input.rowSpan ?? 1) : 1;
      const width = colWidths[x];
      const cell: Cell = { x, y, span, height: 0, lines: wordWrap && width !== undefined ? content.split('\n').flatMap((l) => wrapWords(l, width - 2)) : content.split('\n') };
      if (span > 1) spans[x] = { cell, until: y + span - 1 };
      slots.push({ cell, top: 0 });
      x++;
    }
    return slots;
  });
}

/** Column widths: as given, else the widest line of the column's cells plus padding (cli-table3's rule). */
function columnWidths(grid: readonly Slot[][], given: readonly number[]): number[] {
  const widths = [...given];
  for (const row of grid) {
    for (const { cell, top } of row) {
      if (top !== 0 || given[cell.x] !== undefined) continue;
      widths[cell.x] = Math.max(widths[cell.x] ?? 1, 2 + Math.max(...cell.lines.map(textWidth)));
    }
  }
  return widths;
}

/** Row heights as cli-table3 computes them: the tallest single-row cell, then spanning cells spread over their rows. */
function rowHeights(grid: readonly Slot[][]): number[] {
  const heights = grid.map((row) => Math.max(1, ...row.filter((s) => s.top === 0 && s.cell.span === 1).map((s) => s.cell.lines.length)));
  const spanners = grid.flatMap((row) => row.filter((s) => s.top === 0 && s.cell.span > 1).map((s) => s.cell));
  for (const cell of spanners.toReversed()) {
    let existing = heights[cell.y];
    for (let i = 1; i < cell.span; i++) existing += 1 + heights[cell.y + i];
    let editable = cell.span;
    for (let i = 0; editable > 0 && cell.lines.length > existing; i++, editable--) {
      const dif = Math.round((cell.lines.length - existing) / editable);
      existing += dif;
      heights[cell.y + i] += dif;
    }
  }
  // Note: a spanning cell's later rows start where the lines above (and the separators between) end.
  grid.forEach((row, y) => {
    for (const slot of row) {
      if (slot.top === 0) slot.cell.height = -1;
      if (slot.top === 0 || slot.top === -1) slot.cell.height += heights[y] + 1;
      if (slot.top === -1) slot.top = grid[y - 1].find((s) => s.cell === slot.cell)!.top + heights[y - 1] + 1;
    }
  });
  return heights;
}

function isLast(slot: Slot, colWidths: readonly number[]): boolean {
  return slot.cell.x + 1 === colWidths.length;
}

/** The line above row y: a border for a cell starting here, a line of text for a cell spanning from above. */
function drawSeparator(slot: Slot, y: number, grid: readonly Slot[][], heights: readonly number[], colWidths: readonly number[], border: (s: string) => string, head: readonly string[]): string {
  const { cell } = slot;
  if (cell.y !== y) return drawText(slot, slot.top - 1, y, grid, colWidths, heights, border, head, true);
  const left = y === 0 ? (cell.x === 0 ? CHARS.topLeft : CHARS.topMid) : cell.x === 0 || isSpanned(grid[y], cell.x - 1, y) ? CHARS.leftMid : CHARS.midMid;
  const fill = y === 0 ? CHARS.top : CHARS.mid;
  const right = isLast(slot, colWidths) ? (y === 0 ? CHARS.topRight : CHARS.rightMid) : '';
  return border(left + fill.repeat(colWidths[cell.x]) + right);
}

function isSpanned(row: readonly Slot[], x: number, y: number): boolean {
  const slot = row.find((s) => s.cell.x === x);
  return slot !== undefined && slot.cell.y !== y;
}

/** One line of a cell's text, cut with "…" when wider than its column and padded to it. */
function drawText(slot: Slot, lineNum: number, y: number, grid: readonly Slot[][], colWidths: readonly number[], heights: readonly number[], border: (s: string) => string, head: readonly string[], separator = false): string {
  const { cell } = slot;
  const width = colWidths[cell.x];
  let left: string = cell.x === 0 ? CHARS.left : CHARS.middle;
  if (separator && cell.x > 0 && !isSpanned(grid[y], cell.x - 1, y)) left = CHARS.rightMid;
  const right = isLast(slot, colWidths) ? CHARS.right : '';
  const height = cell.height;
  const line = cell.lines[lineNum];
  let content: string;
  if (line === undefined) {
    content = ' '.repeat(width);
  } else {
    const force = cell.lines.length > height && lineNum + 1 >= height;
    const cut = truncate(force ? `${line}…` : line, width - 2);
    content = ` ${cut.text}${' '.repeat(Math.max(width - 2 - cut.width, 0))} `;
  }
  return border(left) + (cell.y === 0 ? paint(content, head) : content) + border(right);
}

/** Cut a line to a display width with a closing "…", measuring each character once. */
function truncate(line: string, width: number): { text: string; width: number } {
  const full = textWidth(line);
  if (full <= width) return { text: line, width: full };
  let text = '';
  // Note: a cut line loses its colours (plan-diff colours only short cells).
  // eslint-disable-next-line no-control-regex
  line = line.replace(/\u001b\[[0-9;]*m/g, '');
  let used = 0;
  for (const ch of line) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    text += ch;
    used += w;
  }
  return { text: `${text}…`, width: used + 1 };
}

/** cli-table3's word wrap: break at runs of whitespace, a word wider than the line stays whole (and is cut later). */
function wrapWords(input: string, width: number): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let used = 0;
  let space: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i];
    const wordWidth = textWidth(word);
    let next = used + wordWidth;
    if (used > 0 && space) next += space.length;
    if (next > width) {
      if (used !== 0) lines.push(line.join(''));
      line = [word];
      used = wordWidth;
    } else {
      line.push(space ?? '', word);
      used = next;
    }
    space = split[i + 1];
  }
  if (used) lines.push(line.join(''));
  return lines;
}
