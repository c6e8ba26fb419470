/**
 * Text that remembers, for each UTF-16 unit, its offset in `SourceFile.value`.
 * Note: the map is kept as runs, not one offset per unit: `runs` holds pairs `[index, offset]`, and
 * `text[i]` for `i` from a run's index up to the next run's is at `offset + (i - index)`. A source line
 * is one run, a joined paragraph one run per line, so a plan's lines cost a pair each, not 4 bytes a
 * character (measured: the per-unit arrays were most of the parser's short-lived memory on big plans).
 */
export interface Mapped {
  /** The text. */
  text: string;
  /** Runs `[index0, offset0, index1, offset1, …]`, indexes rising from 0; empty for empty text. */
  runs: readonly number[];
}

/** Mapped text with no characters. */
export const EMPTY: Mapped = Object.freeze({ text: '', runs: Object.freeze([]) as readonly number[] });

/**
 * Take a slice of the source value as mapped text.
 * @param value the whole decoded text
 * @param start 0-based start offset
 * @param end 0-based end offset (exclusive)
 * @returns the mapped slice
 */
export function fromSource(value: string, start: number, end: number): Mapped {
  return end > start ? { text: value.slice(start, end), runs: [0, start] } : EMPTY;
}

/**
 * Mapped text whose characters all point at given offsets (a separator, an escape, a list marker).
 * @param text the text
 * @param offsets one offset per UTF-16 unit
 * @returns the mapped text
 */
export function mappedOf(text: string, offsets: ArrayLike<number>): Mapped {
  const runs: number[] = [];
  for (let i = 0; i < offsets.length; i++) {
    if (i === 0 || offsets[i] !== offsets[i - 1] + 1) runs.push(i, offsets[i] | 0);
  }
  return { text, runs };
}

/**
 * The offset in `SourceFile.value` of one unit of mapped text.
 * @param m the text
 * @param i 0-based index into `m.text`, less than its length
 * @returns the offset of `m.text[i]`
 */
export function offsetAt(m: Mapped, i: number): number {
  const k = runAt(m.runs, i);
  return m.runs[k + 1] + (i - m.runs[k]);
}

/**
 * The offset of the last unit of mapped text.
 * @param m the text
 * @returns the offset of its last unit, or 0 for empty text
 */
export function lastOffset(m: Mapped): number {
  return m.text.length === 0 ? 0 : offsetAt(m, m.text.length - 1);
}

/**
 * Slice mapped text.
 * @param m the text
 * @param start start index
 * @param end end index (exclusive), defaults to the end
 * @returns the slice
 */
export function sliceMapped(m: Mapped, start: number, end = m.text.length): Mapped {
  const length = m.text.length;
  const s = Math.max(0, Math.min(start, length));
  const e = Math.max(s, Math.min(end, length));
  if (e === s) return { text: '', runs: [] };
  const runs = m.runs;
  const first = runAt(runs, s);
  const out = [0, runs[first + 1] + (s - runs[first])];
  for (let k = first + 2; k < runs.length && runs[k] < e; k += 2) out.push(runs[k] - s, runs[k + 1]);
  return { text: m.text.slice(s, e), runs: out };
}

/**
 * Join mapped texts.
 * @param parts texts to join, in order
 * @returns the joined text
 */
export function concatMapped(parts: readonly Mapped[]): Mapped {
  if (parts.length === 1) return parts[0];
  const runs: number[] = [];
  let at = 0;
  for (const p of parts) {
    for (let k = 0; k < p.runs.length; k += 2) {
      const index = at + p.runs[k];
      const offset = p.runs[k + 1];
      const n = runs.length;
      // A run that carries on the one before (the next unit of the source) adds nothing.
      if (n > 0 && runs[n - 1] + (index - runs[n - 2]) === offset) continue;
      runs.push(index, offset);
    }
    at += p.text.length;
  }
  return { text: parts.map((p) => p.text).join(''), runs };
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

/** Index into `runs` of the run holding text index `i`: the last run starting at or before it. */
function runAt(runs: readonly number[], i: number): number {
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[2 * mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return 2 * lo;
}
