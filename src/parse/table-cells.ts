// The cells of a line of a table: a leaf module of tables.ts.

/** A cell of a table row as written, trimmed. */
export interface TableCell {
  /** The cell's text. */
  text: string;
  /** 0-based offset in `value` of its first character (of the row's start for a cell the row leaves out). */
  offset: number;
}

/** A line of `value`. */
export interface Line {
  /** The line's text. */
  text: string;
  /** 0-based offset in `value` of its first character. */
  offset: number;
}

/**
 * A line's cells: between `|` (a Markdown or text pipe row), between tabs (Word), else between runs of
 * two or more spaces (PDF and web text); one cell when none of these splits it.
 * @param line the line
 * @returns the cells, trimmed, with their offsets
 */
export function splitCells(line: Line): TableCell[] {
  const { text, offset } = line;
  const pipes = (text.match(/\|/gu) ?? []).length;
  let pattern: RegExp;
  let body = text;
  let from = 0;
  if (pipes >= 1 && !text.includes('\t')) {
    // Note: GitHub's pipe tables may leave out the outer pipes (`指标 | 2025年`).
    from = /^\s*\|/u.test(text) ? text.indexOf('|') + 1 : 0;
    const last = text.lastIndexOf('|');
    body = text.slice(from, /^\s*$/u.test(text.slice(last + 1)) ? last : text.length);
    pattern = /(?<!\\)\|/gu;
  } else if (text.includes('\t')) pattern = /\t/gu;
  else pattern = SPACES;
  const cells: TableCell[] = [];
  let at = 0;
  for (const m of [...body.matchAll(pattern), null]) {
    const stop = m === null ? body.length : m.index;
    const raw = body.slice(at, stop);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), offset: offset + from + at + lead });
    if (m !== null) at = stop + m[0].length;
  }
  // Note: a row keeps its empty cells (Word's merged cells, `| |`); the leading empty ones are the cells
  // a merged 类别 leaves, so they are dropped and the row is aligned from the right.
  while (cells.length > 1 && cells[0]!.text === '') cells.shift();
  return pattern.source === SPACES.source ? joinSpacedWords(cells) : cells;
}

/** What parts a line into cells. */
export const CELL_MARK = /[|\t]|[ \u3000]{2}/u;

/** Cells apart by two or more spaces. */
const SPACES = /[ \u3000]{2,}/gu;

/** Two one-character cells in a row are one word spaced out (`指  标`, `属  性`), not two cells. */
function joinSpacedWords(cells: TableCell[]): TableCell[] {
  const out: TableCell[] = [];
  for (const cell of cells) {
    const last = out.at(-1);
    if (last !== undefined && ONE_HAN.test(last.text) && ONE_HAN.test(cell.text)) out[out.length - 1] = { text: `${last.text}${cell.text}`, offset: last.offset };
    else out.push(cell);
  }
  return out;
}

const ONE_HAN = /^\p{Script=Han}$/u;

