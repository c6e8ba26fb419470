import { charLength, isTerminated } from './chars.js';
import { matchMarker } from './markers.js';

/** How the lines of a plain-text plan are laid out. */
export interface Layout {
  /** Lines are hard-wrapped at a fixed width (PDF text); otherwise one paragraph per line. */
  wrapped: boolean;
  /** Wrap width in characters (the most common length of an unfinished line), 0 when not wrapped. */
  width: number;
  /** Lines come from Markdown blocks: within a block, lines join unless one ends a sentence or the next is numbered. */
  markdown?: boolean;
}

/**
 * Decide from the evidence in the file whether its lines are hard-wrapped, and at what width.
 * Note: wrapped text shows many lines that stop mid-sentence, and their lengths cluster at the wrap
 * width; a Word export has nearly every line ending a sentence. The file name plays no part.
 * @param lines the non-empty content lines, trimmed
 * @returns the layout
 */
export function detectLayout(lines: readonly string[]): Layout {
  const open = lines.filter((l, i) => i < lines.length - 1 && !isTerminated(l) && !matchMarker(l));
  if (lines.length < 8 || open.length < lines.length * 0.3) return { wrapped: false, width: 0 };
  const counts = new Map<number, number>();
  for (const l of open) counts.set(charLength(l), (counts.get(charLength(l)) ?? 0) + 1);
  const [width, count] = [...counts].toSorted((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  // The mode and its neighbours must hold most unfinished lines, else lengths are not a wrap width.
  const near = (counts.get(width - 1) ?? 0) + count + (counts.get(width + 1) ?? 0);
  return near >= open.length * 0.5 ? { wrapped: true, width } : { wrapped: false, width: 0 };
}
