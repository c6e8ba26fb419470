import { textWidth, wrapText } from './width.js';

/** A column of a terminal table. */
export interface Column {
  /** Header text (one line). */
  head: string;
  /** Columns of content, padding and borders not included. */
  width: number;
}

/**
 * A block of rows: its first `span.length` columns hold one cell each across every row of the block
 * (a metric and its year beside each place stating it), the other columns one cell per row.
 */
export interface RowGroup {
  /** Cells spanning the whole group, as lines (already fitted to their columns). */
  span?: readonly (readonly string[])[];
  /** Rows of the remaining columns, each cell as lines (already fitted to its column). */
  rows: readonly (readonly (readonly string[])[])[];
}

/** How headers and borders are painted (identity without colour). */
export interface TableStyle {
  head(text: string): string;
  border(text: string): string;
}

const PLAIN: TableStyle = { head: (t) => t, border: (t) => t };

/**
 * Draw a box table for the terminal, every line exactly as wide as the columns say.
 * Note: hand-drawn rather than cli-table3: cells come in already wrapped, so each line is measured once
 * (cli-table3 measures and truncates long cells over and over, super-linear in their length, and cuts
 * CJK cells with "…").
 * @param columns the columns, widths without padding
 * @param groups blocks of rows
 * @param style colours of headers and borders
 * @param rules `all`: a rule between every two groups; `wrapped`: only next to a group of more than one line
 * @returns the table, without a trailing newline
 */
export function drawTable(columns: readonly Column[], groups: readonly RowGroup[], style: TableStyle = PLAIN, rules: 'all' | 'wrapped' = 'all'): string {
  const b = style.border;
  const rule = (left: string, mid: string, right: string, from = 0) => b(left + columns.slice(from).map((c) => '─'.repeat(c.width + 2)).join(mid) + right);
  const cell = (text: string, i: number) => ` ${text}${' '.repeat(Math.max(0, columns[i].width - textWidth(text)))} `;
  const line = (cells: readonly string[], from = 0) => b('│') + cells.map((t, i) => cell(t, from + i)).join(b('│')) + b('│');
  const out = [rule('┌', '┬', '┐'), line(columns.map((c) => style.head(c.head))), rule('├', '┼', '┤')];
  // Note: a rule between two rows of one line each separates nothing; a list of thousands of short rows
  // (targets) would be half rules, three bytes a character (issue 22).
  const tall = (group: RowGroup) => group.rows.length > 1 || (group.span ?? []).some((c) => c.length > 1) || (group.rows[0] ?? []).some((c) => c.length > 1);
  groups.forEach((group, g) => {
    if (g > 0 && (rules === 'all' || tall(group) || tall(groups[g - 1]!))) out.push(rule('├', '┼', '┤'));
    const k = group.span?.length ?? 0;
    // Note: the left part of a line shows the spanning cells; it has no right border of its own.
    const left = (i: number) => (k === 0 ? '' : b('│') + group.span!.map((c, j) => cell(c[i] ?? '', j)).join(b('│')));
    let at = 0;
    for (const part of groupParts(group)) {
      out.push(left(at++) + (part === null ? rule('├', '┼', '┤', k) : line(part, k)));
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** The lines of a group's unspanned columns: cells per line, or null for a rule between two rows. */
function groupParts(group: RowGroup): Array<readonly string[] | null> {
  const heights = group.rows.map((row) => Math.max(1, ...row.map((c) => c.length)));
  // Note: the rules between the rows of a group take a line of the spanning cells too.
  const room = heights.reduce((a, h) => a + h, 0) + heights.length - 1;
  const need = Math.max(0, ...(group.span ?? []).map((c) => c.length));
  if (need > room && heights.length > 0) heights[heights.length - 1] += need - room;
  const parts: Array<readonly string[] | null> = [];
  group.rows.forEach((row, r) => {
    if (r > 0) parts.push(null);
    for (let j = 0; j < heights[r]; j++) parts.push(row.map((c) => c[j] ?? ''));
  });
  return parts;
}

/**
 * Fit text to a column: wrapped where Chinese typesetting allows, never cut.
 * @param text the cell's text (newlines start new lines)
 * @param width the column's width
 * @returns the lines
 */
export function fit(text: string, width: number): string[] {
  return text.split('\n').flatMap((part) => wrapText(part, width));
}

/**
 * The widest line of some cells, for a column sized to its content.
 * @param cells texts (each may hold several lines)
 * @returns display columns
 */
export function widest(cells: readonly string[]): number {
  let w = 0;
  for (const c of cells) for (const l of c.split('\n')) w = Math.max(w, textWidth(l));
  return w;
}
