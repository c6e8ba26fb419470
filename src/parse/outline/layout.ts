import { charLength, isTerminated } from '../chars.js';
import { matchMarker } from './markers.js';

/** How the lines of a plain-text plan are laid out. */
export interface Layout {
  /** Lines are hard-wrapped at a fixed width (PDF text); otherwise one paragraph per line. */
  wrapped: boolean;
  /** Wrap width in characters (the most common length of an unfinished line), 0 when not wrapped. */
  width: number;
  /** Wrapped lines are cut at exactly the width (a fixed-width fold, or justified text without slack). */
  exact?: boolean;
  /** Lines come from Markdown blocks: within a block, lines join unless one ends a sentence or the next is numbered. */
  markdown?: boolean;
}

/**
 * Decide from the evidence in the file whether its lines are hard-wrapped, and at what width.
 * Note: wrapped text shows many lines that stop mid-sentence, and their lengths cluster at the wrap
 * width; a Word export has nearly every line ending a sentence. The file name plays no part.
 * @param lines the non-empty content lines, trimmed
 * @param widths characters each line takes in the file (defaults to the lines' lengths)
 * @returns the layout
 */
export function detectLayout(lines: readonly string[], widths: readonly number[] = lines.map(charLength)): Layout {
  const open = widths.filter((_, i) => i < lines.length - 1 && !isTerminated(lines[i]) && !matchMarker(lines[i]));
  if (lines.length < 8 || open.length < lines.length * 0.3) return { wrapped: false, width: 0 };
  const counts = new Map<number, number>();
  for (const w of open) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [width, count] = [...counts].toSorted((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  // The mode and its neighbours must hold most unfinished lines, else lengths are not a wrap width.
  const near = (counts.get(width - 1) ?? 0) + count + (counts.get(width + 1) ?? 0);
  if (near < open.length * 0.5) return { wrapped: false, width: 0 };
  // Note: PDF text of justified lines varies by a character or two (half-width digits, hanging
  // punctuation); text folded at a fixed count has nearly all unfinished lines at exactly the width.
  return { wrapped: true, width, exact: count >= open.length * 0.8 };
}
