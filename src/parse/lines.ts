import type { SourceFile } from '../types.js';

/** One `\n`-separated line of `SourceFile.value`, with where it came from in the original file. */
export interface SourceLine {
  /** 0-based index of the line in `value`. */
  index: number;
  /** 0-based offset of the line's first character in `value`. */
  offset: number;
  /** The line without its line terminator. */
  text: string;
  /** 1-based line in the original file (via `lineMap` when present). */
  line: number;
  /** 1-based page, for .pdf sources. */
  page?: number;
  /** For a re-joined .pdf paragraph: where later printed lines start (column in this line of `value`). */
  continuations?: ReadonlyArray<{ column: number; line: number; page: number }>;
}

/** A place in the original file. */
export interface Place {
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column (UTF-16 code units) on that line of `value`. */
  column: number;
  /** 1-based page, for .pdf sources. */
  page?: number;
}

/**
 * The lines of a source one at a time, each mapped to its original line (honouring `lineMap`).
 * Note: a generator, not an array: on a big plan, an array of every line lives long enough to be
 * promoted to the old heap, and its garbage then stays in memory.
 * @param source the decoded file
 * @yields the lines of `source.value`, in order
 */
export function* eachLine(source: SourceFile): Generator<SourceLine> {
  const value = source.value;
  let offset = 0;
  let index = 0;
  while (offset <= value.length) {
    const nl = value.indexOf('\n', offset);
    const end = nl === -1 ? value.length : nl;
    const text = value.slice(offset, end > offset && value[end - 1] === '\r' ? end - 1 : end);
    const mapped = source.lineMap?.[index];
    const line: SourceLine = { index, offset, text, line: mapped?.line ?? index + 1 };
    if (mapped?.page !== undefined) line.page = mapped.page;
    if (mapped?.continuations?.length) line.continuations = mapped.continuations.toSorted((a, b) => a.column - b.column);
    yield line;
    if (nl === -1) break;
    offset = nl + 1;
    index += 1;
  }
}

/**
 * Build a function that turns an offset into `value` into an original line and column.
 * @param lines the lines from `eachLine`
 * @returns offset → place
 */
export function makeLocator(lines: Iterable<SourceLine>): (offset: number) => Place {
  // Note: the locator lives as long as the parse; it keeps numbers, not the lines and their text,
  // and the few lines with a page or continuations (a .pdf's) in a map.
  const startList: number[] = [];
  const numberList: number[] = [];
  const extra = new Map<number, Pick<SourceLine, 'page' | 'continuations'>>();
  for (const l of lines) {
    if (l.page !== undefined || l.continuations !== undefined) extra.set(startList.length, { page: l.page, continuations: l.continuations });
    startList.push(l.offset);
    numberList.push(l.line);
  }
  const starts = Int32Array.from(startList);
  const numbers = Int32Array.from(numberList);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const more = extra.get(lo);
    const column = offset - starts[lo] + 1;
    const cont = more?.continuations?.findLast((c) => c.column <= column);
    if (cont) return { line: cont.line, column: column - cont.column + 1, page: cont.page };
    const place: Place = { line: numbers[lo], column };
    if (more?.page !== undefined) place.page = more.page;
    return place;
  };
}
