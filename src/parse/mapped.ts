/**
 * Text that remembers, for each UTF-16 unit, its offset in `SourceFile.value`.
 * Note: one 32-bit offset per unit in a typed array (4 bytes, no boxing) keeps slicing, joining and
 * trimming trivially correct; slices are views (`subarray`), so they copy nothing.
 */
export interface Mapped {
  /** The text. */
  text: string;
  /** `offsets[i]` is the offset in `SourceFile.value` of `text[i]`. */
  offsets: Int32Array;
}

/** Mapped text with no characters. */
export const EMPTY: Mapped = Object.freeze({ text: '', offsets: new Int32Array(0) }) as Mapped;

/**
 * Take a slice of the source value as mapped text.
 * @param value the whole decoded text
 * @param start 0-based start offset
 * @param end 0-based end offset (exclusive)
 * @returns the mapped slice
 */
export function fromSource(value: string, start: number, end: number): Mapped {
  const offsets = new Int32Array(Math.max(0, end - start));
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: value.slice(start, end), offsets };
}

/**
 * Mapped text whose characters all point at given offsets (a separator, an escape, a list marker).
 * @param text the text
 * @param offsets one offset per UTF-16 unit
 * @returns the mapped text
 */
export function mappedOf(text: string, offsets: ArrayLike<number>): Mapped {
  return { text, offsets: Int32Array.from(offsets) };
}

/**
 * Slice mapped text (the offsets are a view, not a copy).
 * @param m the text
 * @param start start index
 * @param end end index (exclusive), defaults to the end
 * @returns the slice
 */
export function sliceMapped(m: Mapped, start: number, end = m.text.length): Mapped {
  return { text: m.text.slice(start, end), offsets: m.offsets.subarray(start, end) };
}

/**
 * Join mapped texts.
 * @param parts texts to join, in order
 * @returns the joined text
 */
export function concatMapped(parts: readonly Mapped[]): Mapped {
  if (parts.length === 1) return parts[0];
  let total = 0;
  for (const p of parts) total += p.offsets.length;
  const offsets = new Int32Array(total);
  let at = 0;
  for (const p of parts) {
    offsets.set(p.offsets, at);
    at += p.offsets.length;
  }
  return { text: parts.map((p) => p.text).join(''), offsets };
}

/**
 * Remove leading and trailing whitespace (including U+3000).
 * @param m the text
 * @returns the trimmed text
 */
export function trimMapped(m: Mapped): Mapped {
  const start = m.text.length - m.text.trimStart().length;
  const end = m.text.trimEnd().length;
  if (start >= end) return EMPTY;
  return start === 0 && end === m.text.length ? m : sliceMapped(m, start, end);
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
