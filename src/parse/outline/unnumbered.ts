import type { Block } from './block-types.js';
import type { HeadingCandidate } from './heading.js';
import { charLength } from '../chars.js';
import { offsetAt } from '../mapped.js';
import { cleanTitle } from './heading.js';

/** Longest unnumbered heading: a part title (`2024年工作回顾`, `加强政府自身建设`), never a sentence. */
const MAX_UNNUMBERED = 25;

/**
 * Which blocks are section headings without a number: the parts of a work report that names them
 * bare (`2024年工作回顾`, `2025年工作安排建议`) above its numbered tasks. A block is a candidate when it is
 * a short line of words alone (no marker, no punctuation, ending in a letter or digit), after a finished
 * paragraph (or a heading), before a longer paragraph or a numbered heading. The candidates are headings
 * only as a pattern, so one stray short line never is: two or more of them, the first before any
 * numbered heading (they are the top level), and under a later one a numbered level starting at 1,
 * again or for the first time (what makes them parents: （一）…（六） under the review, （一）…（九） under
 * the plan; or prose parts, then the tasks numbered under the last).
 * @param blocks the document's blocks after the title
 * @param headings each block read as a numbered heading, or null
 * @returns the indices of the blocks that are unnumbered headings
 */
export function unnumberedHeadings(blocks: readonly Block[], headings: ReadonlyArray<HeadingCandidate | null>): Set<number> {
  const candidates = blocks.flatMap((block, i) => (isCandidate(blocks, headings, i) ? [i] : []));
  if (candidates.length < 2) return new Set();
  const firstNumbered = headings.findIndex((h) => h !== null && h.ordinal !== null);
  if (firstNumbered >= 0 && firstNumbered < candidates[0]) return new Set();
  return restartsAfter(candidates, headings) ? new Set(candidates) : new Set();
}

/**
 * The heading of an unnumbered block: its whole line is the title.
 * @param block the block
 * @returns the heading candidate, a level of its own (`unnumbered`), standing alone
 */
export function unnumberedHeading(block: Block): HeadingCandidate {
  const title = cleanTitle(block.text.text);
  return { kind: 'unnumbered', style: 'unnumbered', marker: '', ordinal: null, idPart: title.replace(/[\s/]/gu, ''), title, end: '', body: null, offset: offsetAt(block.text, 0), standalone: true };
}

// Words alone: letters, digits, spaces, 、 and quotes; no sentence or clause punctuation.
const WORDS = /^[\p{L}\p{N}\s、“”"'‘’《》]+$/u;
const FINISHED = /[。！？；!?;…”’」』)）]$/u;

function isCandidate(blocks: readonly Block[], headings: ReadonlyArray<HeadingCandidate | null>, i: number): boolean {
  const block = blocks[i];
  const text = block.text.text.trim();
  if (block.mdDepth !== undefined || headings[i] !== null || !WORDS.test(text) || !/[\p{L}\p{N}]$/u.test(text)) return false;
  const length = charLength(text);
  if (length < 2 || length > MAX_UNNUMBERED) return false;
  const before = i > 0 ? blocks[i - 1] : undefined;
  if (before !== undefined && headings[i - 1] === null && !FINISHED.test(before.text.text.trim())) return false;
  const after = blocks[i + 1];
  if (after === undefined) return false;
  // Note: a body is a finished paragraph longer than the line (a signature's date line is not).
  const body = after.text.text.trim();
  return headings[i + 1] !== null || (FINISHED.test(body) && charLength(body) > length);
}

// Under a later candidate, before the next, the numbering starts at 1: again (its level was used before),
// or for the first time (no numbered heading before it: the first parts are prose, the tasks numbered).
function restartsAfter(candidates: readonly number[], headings: ReadonlyArray<HeadingCandidate | null>): boolean {
  return candidates.slice(1).some((at, k) => {
    const end = candidates[k + 2] ?? headings.length;
    const next = headings.findIndex((h, i) => i > at && i < end && h !== null && h.ordinal !== null);
    if (next < 0 || headings[next]!.ordinal !== 1) return false;
    const before = headings.slice(0, at).filter((h) => h !== null && h.ordinal !== null);
    return before.length === 0 || before.some((h) => h!.kind === headings[next]!.kind);
  });
}
