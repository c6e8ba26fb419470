import { charLength, hasTerminator, isTerminated, joinsWithSpace } from '../chars.js';
import type { Layout } from './layout.js';
import { concatMapped, EMPTY, lastOffset, mappedOf, type Mapped } from '../mapped.js';
import { matchMarker } from './markers.js';
import { joinsWrapped, levelOf, type LevelState, type WrapLine } from './wrapped.js';
import type { Block, VLine } from './block-types.js';

export type { Block, VLine } from './block-types.js';

/**
 * Re-join physical lines into logical blocks: hard-wrapped PDF lines and lines broken by page
 * breaks become one paragraph; headings stay on their own.
 * @param lines content lines, in order
 * @param layout wrapped or one paragraph per line
 * @returns the blocks, in order
 */
export function joinLines(lines: readonly VLine[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  const levels = new Map<string, LevelState>();
  let head = true;
  let parts: Mapped[] = [];
  let block = '';
  let prev: VLine | null = null;
  let first: VLine | null = null;
  const flush = () => {
    if (parts.length === 0) return;
    const text = concatMapped(parts);
    blocks.push(first?.table ? { text, table: true } : first?.mdDepth === undefined ? { text } : { text, mdDepth: first.mdDepth });
    const level = levelOf(text.text);
    if (level !== null) levels.set(level.kind, level.state);
    if (level !== null || isTerminated(text.text) || hasTerminator(text.text)) head = false;
  };
  const wrap = (l: VLine): WrapLine => ({ text: l.text.text, indent: l.indent, width: l.width ?? charLength(l.text.text) });
  for (const [i, line] of lines.entries()) {
    let join = false;
    if (prev !== null && (prev.table === true || line.table === true)) {
      // Note: the lines of one table row (one cell per line) make one paragraph; rows never join their neighbours.
      join = prev.table === true && line.table === true && prev.group === line.group;
    } else if (prev !== null && first !== null && prev.group === line.group && line.mdDepth === undefined && first.mdDepth === undefined) {
      if (startsMidSentence(line)) join = true;
      else if (layout.markdown) join = joinsMarkdown(prev, line);
      else if (layout.wrapped) {
        const after = lines[i + 1];
        const ctx = { width: layout.width, exact: layout.exact === true, levels, head, block };
        join = joinsWrapped(wrap(prev), prev === first, wrap(line), after === undefined ? undefined : wrap(after), ctx);
      } else join = joinsUnwrapped(prev, line, block);
    }
    if (join) {
      parts.push(line.table ? mappedOf('\t', [lastOffset(prev!.text) + 1]) : separator(prev!.text, line.text), line.text);
      block += line.text.text;
    } else {
      flush();
      parts = [line.text];
      block = line.text.text;
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

/**
 * Per-line text: join a paragraph cut off mid-sentence (a page break) with a following line that is no heading.
 * Note: a line that ends inside a sentence (after 、，的 or an opening bracket) goes on too, so that
 * fragments of one sentence on separate lines (a web page's links: `本作品是中华人民共和国的` / `法律`) stay one paragraph.
 */
function joinsUnwrapped(prev: VLine, line: VLine, block: string): boolean {
  if (isTerminated(prev.text.text) || matchMarker(line.text.text) !== null) return false;
  return hasTerminator(block) || /[、，,的《“（(]$/u.test(block);
}

/** Joining two wrapped lines adds nothing, except a space between two Latin words of spaced text. */
function separator(left: Mapped, right: Mapped): Mapped {
  if (joinsWithSpace(left.text, right.text)) return mappedOf(' ', [lastOffset(left) + 1]);
  return EMPTY;
}
