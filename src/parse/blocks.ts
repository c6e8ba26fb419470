import { charLength, hasTerminator, isTerminated } from './chars.js';
import type { Layout } from './layout.js';
import { concatMapped, type Mapped } from './mapped.js';
import { matchMarker } from './markers.js';

/** A content line ready to be joined into blocks (from plain text or from a Markdown block). */
export interface VLine {
  /** Text, trimmed, mapped to `value`. */
  text: Mapped;
  /** Indented by two or more columns. */
  indent: boolean;
  /** A converter bullet was removed from its front. */
  bullet: boolean;
  /** Lines join only within one group (one Markdown block; plain text is one group). */
  group: number;
  /** Markdown heading depth, for heading lines. */
  mdDepth?: number;
}

/** A logical line: a heading candidate or a paragraph, with wrapped lines re-joined. */
export interface Block {
  /** Joined text, mapped to `value`. */
  text: Mapped;
  /** Markdown heading depth, when the block is a Markdown heading. */
  mdDepth?: number;
}

/**
 * Re-join physical lines into logical blocks: hard-wrapped PDF lines and lines broken by page
 * breaks become one paragraph; headings stay on their own.
 * @param lines content lines, in order
 * @param layout wrapped or one paragraph per line
 * @returns the blocks, in order
 */
export function joinLines(lines: readonly VLine[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let parts: Mapped[] = [];
  let prev: VLine | null = null;
  let first: VLine | null = null;
  const flush = () => {
    if (parts.length > 0) blocks.push(first?.mdDepth === undefined ? { text: concatMapped(parts) } : { text: concatMapped(parts), mdDepth: first.mdDepth });
    parts = [];
  };
  for (const [i, line] of lines.entries()) {
    const join = prev !== null && first !== null && prev.group === line.group && line.mdDepth === undefined && first.mdDepth === undefined &&
      (startsMidSentence(line) ||
        (layout.markdown ? joinsMarkdown(prev, line) : layout.wrapped ? joinsWrapped(prev, first, line, lines[i + 1], layout.width) : joinsUnwrapped(prev, line, parts)));
    if (join) {
      parts.push(separator(prev!.text, line.text), line.text);
    } else {
      flush();
      parts = [line.text];
      first = line;
    }
    prev = line;
  }
  flush();
  return blocks;
}

/** Markdown: lines of one block join unless the first ends a sentence or the second is numbered. */
function joinsMarkdown(prev: VLine, line: VLine): boolean {
  return !isTerminated(prev.text.text) && matchMarker(line.text.text) === null;
}

/** A line cannot start with 、，。 or a closing bracket: it continues the line before (a link or page break split it). */
function startsMidSentence(line: VLine): boolean {
  return /^[、，,。；;：:！？）》」』”]/u.test(line.text.text) && line.mdDepth === undefined;
}

/** Per-line text: join a paragraph cut off mid-sentence (a page break) with a following line that is no heading. */
function joinsUnwrapped(prev: VLine, line: VLine, block: readonly Mapped[]): boolean {
  return !isTerminated(prev.text.text) && block.some((part) => hasTerminator(part.text)) && matchMarker(line.text.text) === null;
}

/** Hard-wrapped text: decide from line lengths, terminators and indents whether `line` continues the paragraph. */
function joinsWrapped(prev: VLine, first: VLine, line: VLine, after: VLine | undefined, width: number): boolean {
  const p = prev.text.text;
  const len = charLength(p);
  const next = charLength(line.text.text);
  // Note: the first line of a paragraph lost its two-character indent in extraction, so it is two
  // (sometimes three or four) characters shorter than a full line; a full line follows it.
  const firstLike = next >= width - 4 && next <= width - 2;
  const opens = line.indent || (firstLike && after !== undefined && charLength(after.text.text) >= width - 1 && matchMarker(after.text.text) === null);
  if (isTerminated(p)) {
    // A short terminated line ends its paragraph; a full one may end mid-paragraph.
    if (len < width - 2 || matchMarker(line.text.text) !== null || opens) return false;
    // A terminated short line after a full one is the paragraph's tail; an unfinished one that is not
    // full starts something new (a paragraph, a caption, a signature line).
    return isTerminated(line.text.text) || next >= width - 1;
  }
  const full = len >= width - 1;
  if (!full && (opens || matchMarker(line.text.text) !== null)) return false;
  const marker = prev === first ? matchMarker(p) : null;
  if (marker !== null && marker.kind !== 'article' && marker.kind !== 'annex') {
    // A heading line that is not full is complete; a longer one wraps onto the next line, unless
    // the next line opens a paragraph (a heading exactly as long as the width).
    return len >= width - 2 && !opens;
  }
  // Note: a wrapped line is full, or up to four characters short on a paragraph's first line; a
  // shorter unfinished line is a title or the last line of an unpunctuated paragraph.
  return len >= width - 4;
}

/**
 * Joining two wrapped lines adds nothing, except a space between two Latin words of spaced text.
 * Note: Chinese PDF text breaks lines inside Latin words and numbers (`RIS`/`C-V`, `2`/`0条`); only a
 * line whose last word follows a space (`the quick`) was broken at a space.
 */
function separator(left: Mapped, right: Mapped): Mapped {
  if (/(^|\s)[A-Za-z]+$/u.test(left.text) && /^[A-Za-z]/u.test(right.text)) return { text: ' ', offsets: [(left.offsets.at(-1) ?? 0) + 1] };
  return { text: '', offsets: [] };
}
