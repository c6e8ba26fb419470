import type { Sentence, SourceFile } from '../../types.js';

/** Maps an index in a sentence's text to its line, column and page in the original file. */
export type Locator = (sentence: Pick<Sentence, 'text' | 'offset' | 'line' | 'column'>, index: number) => { line: number; column: number; page?: number };

/**
 * Build a locator for a source: it finds a sentence's characters in `source.value` from the
 * sentence offset on (skipping line breaks, spaces and bullets the sentence text re-joined away),
 * then turns the offset into an original line (through `lineMap` when present) and column.
 * @param source the decoded file
 * @returns the locator
 */
export function createLocator(source: SourceFile): Locator {
  const value = source.value;
  const starts = [0];
  // Note: indexOf, not a loop over every character: this runs before V8 has compiled it.
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) starts.push(i + 1);
  // Note: the alignment reached for the last index asked, so the next number of the same sentence (asked
  // in text order) continues from there instead of from the sentence start: 8,000 numbers in one long
  // sentence were quadratic.
  let memo: { text: string; from: number; i: number; j: number } | null = null;
  return (sentence, index) => {
    const resume = memo !== null && memo.text === sentence.text && memo.from === sentence.offset && memo.i <= index ? memo : null;
    const { offset, j } = findOffset(value, sentence.text, resume?.i ?? 0, resume?.j ?? sentence.offset, index);
    memo = { text: sentence.text, from: sentence.offset, i: index, j };
    if (offset === null) return { line: sentence.line, column: sentence.column };
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - starts[lo]! + 1;
    const mapped = source.lineMap?.[lo];
    if (!mapped) return { line: lo + 1, column };
    return mapped.page === undefined ? { line: mapped.line, column } : { line: mapped.line, column, page: mapped.page };
  };
}

/**
 * Align text[start..index] with value from `from` on; each text character is looked for a short way ahead.
 * @returns the offset of text[index] (or null), and where in value the search for text[index] began
 */
function findOffset(value: string, text: string, start: number, from: number, index: number): { offset: number | null; j: number } {
  if (from < 0 || from > value.length) return { offset: null, j: from };
  let j = from;
  for (let i = start; i <= index && i < text.length; i++) {
    // Note: searched only 64 characters ahead (indexOf to the end of a 10 MB text for a missing character
    // made each call linear in the file).
    const found = value.slice(j, j + 65).indexOf(text[i]!);
    if (found === -1) {
      if (i === index) return { offset: j < value.length ? j : null, j };
      continue;
    }
    if (i === index) return { offset: j + found, j };
    j += found + 1;
  }
  return { offset: null, j };
}
