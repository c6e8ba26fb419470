/**
 * Text that remembers, for each UTF-16 unit, its offset in `SourceFile.value`.
 * Note: one offset per unit keeps slicing, joining and trimming trivially correct; the memory cost
 * (one number per character) is small for plans of a few hundred kilobytes.
 */
export interface Mapped {
  /** The text. */
  text: string;
  /** `offsets[i]` is the offset in `SourceFile.value` of `text[i]`. */
  offsets: readonly number[];
}

/**
 * Take a slice of the source value as mapped text.
 * @param value the whole decoded text
 * @param start 0-based start offset
 * @param end 0-based end offset (exclusive)
 * @returns the mapped slice
 */
export function fromSource(value: string, start: number, end: number): Mapped {
  const offsets: number[] = [];
  for (let i = start; i < end; i++) offsets.push(i);
  return { text: value.slice(start, end), offsets };
}

/**
 * Slice mapped text.
 * @param m the text
 * @param start start index
 * @param end end index (exclusive), defaults to the end
 * @returns the slice
 */
export function sliceMapped(m: Mapped, start: number, end = m.text.length): Mapped {
  return { text: m.text.slice(start, end), offsets: m.offsets.slice(start, end) };
}

/**
 * Join mapped texts.
 * @param parts texts to join, in order
 * @returns the joined text
 */
export function concatMapped(parts: readonly Mapped[]): Mapped {
  return { text: parts.map((p) => p.text).join(''), offsets: parts.flatMap((p) => p.offsets) };
}

/**
 * Remove leading and trailing whitespace (including U+3000).
 * @param m the text
 * @returns the trimmed text
 */
export function trimMapped(m: Mapped): Mapped {
  const start = m.text.length - m.text.trimStart().length;
  const end = m.text.trimEnd().length;
  return start >= end ? { text: '', offsets: [] } : sliceMapped(m, start, end);
}

/**
 * Remove every match of a global pattern, keeping the offsets of what remains.
 * @param m the text
 * @param pattern a global regular expression
 * @returns the text without the matches
 */
export function removeMatches(m: Mapped, pattern: RegExp): Mapped {
  const parts: Mapped[] = [];
  let last = 0;
  for (const match of m.text.matchAll(pattern)) {
    parts.push(sliceMapped(m, last, match.index));
    last = match.index + match[0].length;
  }
  if (last === 0) return m;
  parts.push(sliceMapped(m, last));
  return concatMapped(parts);
}
