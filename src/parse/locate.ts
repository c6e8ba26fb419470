import type { Sentence, SourceFile } from '../types.js';

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
  return (sentence, index) => {
    const offset = findOffset(value, sentence.text, sentence.offset, index);
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

/** Align text[0..index] with value from `from` on; each text character is looked for a short way ahead. */
function findOffset(value: string, text: string, from: number, index: number): number | null {
  if (from < 0 || from > value.length) return null;
  let j = from;
  for (let i = 0; i <= index && i < text.length; i++) {
    const found = value.indexOf(text[i]!, j);
    if (found === -1 || found - j > 64) {
      if (i === index) return j < value.length ? j : null;
      continue;
    }
    if (i === index) return found;
    j = found + 1;
  }
  return null;
}
