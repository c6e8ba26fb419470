import { charLength, isTerminated } from './chars.js';
import type { VLine } from './outline/blocks.js';
import type { SourceLine } from './lines.js';
import { EMPTY, fromSource, removeMatches, sliceMapped, trimMapped, type Mapped } from './mapped.js';

/** A line of text after converter residue, bullets and surrounding whitespace are removed. */
interface CleanLine {
  /** 0-based index of the source line. */
  index: number;
  /** Content (may be empty), mapped back to `value`. */
  text: Mapped;
  /** The line was indented by at least two columns (a paragraph indent, not a one-space page-break artefact). */
  indent: boolean;
  /** A converter bullet (`- `) was removed from the front. */
  bullet: boolean;
  /** Characters the line takes in the file up to its last character: converter residue, bullet and leading spaces included. */
  width: number;
}

/** Word-export bookmark residue: `[bookmark: _GoBack]`, `[bookmark: _Hlk181636415]`. */
export const RESIDUE = /\[bookmark[:：]\s*[^\]\n]*\]/g;

const BULLET = /^[-•·*]\s+(?=\S)/;
/** A printed page number on its own line (`— 22 —`, `- 3 -`). */
const PAGE_NUMBER = /^[-—–－]\s*\d{1,4}\s*[-—–－]$/u;

/**
 * The content lines of a plain-text plan, ready to be joined into blocks: `[bookmark: …]` residue and
 * printed page numbers dropped, and the `- ` bullets a converter put before every paragraph stripped (only when
 * the file shows that habit); lines left empty (blank, a page number, only residue) are dropped.
 * Note: made line by line, so no clean line outlives its loop turn (on a big plan, whole arrays of
 * them lived long enough to be promoted to the old heap).
 * @param lines the source lines
 * @param value the whole decoded text
 * @param levels Word heading levels by 0-based line index (a .docx reader's heading styles)
 * @param bulletHabit the file bullets every paragraph (`hasBulletHabit`)
 * @returns the content lines, in order
 */
export function contentLines(lines: Iterable<SourceLine>, value: string, levels: ReadonlyMap<number, number>, bulletHabit: boolean): VLine[] {
  const out: VLine[] = [];
  for (const source of lines) {
    // Note: about half the lines of a plan are blank; they need none of cleanLine's work.
    if (source.text === '') continue;
    const l = cleanLine(source, value, bulletHabit);
    if (l.text.text === '') continue;
    const line: VLine = { text: l.text, indent: l.indent, bullet: l.bullet, group: 0, width: l.width };
    const level = levels.get(l.index);
    out.push(level === undefined ? line : { ...line, mdDepth: level });
  }
  return out;
}

function cleanLine(line: SourceLine, value: string, bulletHabit: boolean): CleanLine {
  const whole = fromSource(value, line.offset, line.offset + line.text.length);
  const raw = line.text.includes('[bookmark') ? removeMatches(whole, RESIDUE) : whole;
  const indent = leadColumns(raw.text) >= 2;
  let text = trimMapped(raw);
  let bullet = false;
  const b = bulletHabit ? BULLET.exec(text.text) : null;
  if (b) {
    text = trimMapped(sliceMapped(text, b[0].length));
    bullet = true;
  }
  return { index: line.index, text: PAGE_NUMBER.test(text.text) ? EMPTY : text, indent, bullet, width: charLength(line.text.trimEnd()) };
}

/**
 * Whether a converter put a `- ` bullet before every paragraph of the file.
 * @param lines the source lines
 * @returns true when the file shows that habit
 */
export function hasBulletHabit(lines: Iterable<SourceLine>): boolean {
  // Note: a converter that bullets every paragraph leaves `- ` on most lines; a plan that uses a few
  // dashes on purpose does not reach this share. Re-wrapped, such text keeps the bullet on the first
  // line of each paragraph only: then most lines that follow a finished sentence carry one.
  // Counted in one pass, holding no line.
  let content = 0;
  let bullets = 0;
  let starts = 0;
  let bulletedStarts = 0;
  let prevTerminated = false;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') continue;
    const bulleted = BULLET.test(t);
    if (bulleted) bullets += 1;
    if (content > 0 && prevTerminated) {
      starts += 1;
      if (bulleted) bulletedStarts += 1;
    }
    prevTerminated = isTerminated(t);
    content += 1;
  }
  if (bullets < 3) return false;
  if (bullets >= content * 0.25) return true;
  return bulletedStarts >= starts * 0.5;
}

/** Columns of a line's leading whitespace: U+3000 and tab count two, other whitespace one. */
function leadColumns(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3000 || c === 0x09) n += 2;
    else if (/\s/u.test(text[i])) n += 1;
    else break;
  }
  return n;
}
