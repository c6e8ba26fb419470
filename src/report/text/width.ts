/**
 * Display width of terminal text: CJK and full-width characters take two columns, the rest one.
 * Note: hand-written rather than string-width (not a direct dependency); the terminal tables (table.ts)
 * and check's findings wrap their text with it, each piece measured once, so wrapping is linear.
 */

/**
 * Columns a string takes in a terminal (ANSI colour codes count as none).
 * @param text the text
 * @returns its display width
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/**
 * Wrap text to a display width the way Chinese typesetting does: a line may break between any two Chinese
 * characters, never inside a Latin word or an amount (`100个`, `1.2万亿元` stay whole), never before closing
 * punctuation (，。：）”) nor after opening punctuation (（“); spaces at a break are dropped. A unit wider
 * than the line is cut where it must be.
 * @param text the text (no newlines)
 * @param width columns per line, at least 1
 * @returns the lines, at least one
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Note: the width of `line`, kept as pieces are added (not measured again for every unit).
  let used = 0;
  for (const unit of units(text)) {
    const unitWidth = textWidth(unit);
    if (line !== '' && used + unitWidth > width) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    const piece = line === '' ? unit.trimStart() : unit;
    const pieceWidth = piece === unit ? unitWidth : textWidth(piece);
    if (pieceWidth <= width) {
      line += piece;
      used += pieceWidth;
      continue;
    }
    for (const ch of piece) {
      const w = charWidth(ch.codePointAt(0)!);
      if (line !== '' && used + w > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += ch;
      used += w;
    }
  }
  return [...lines, line.trimEnd()];
}

const CLOSING = /^[，。、：；！？）》」』】〉”’,.:;!?)\]%]/u;
// Note: a number keeps its magnitude and measure word (`100个`, `1.2万亿元`, `2025年`).
const AMOUNT = /\d[万亿千百]*$/u;
// Note: and its bound words (`260人左右`, `3%以上`).
const BOUND = /\d[%‰]?[万亿千百]*\p{Script=Han}?$/u;
const OPENING = /[（《「『【〈“‘(\[]$/u;
/** Characters at the end of a unit the glue rules look at (a number's magnitude, its bound words). */
const TAIL = 12;

/** Units a line may not break inside: a run of narrow non-space characters, one wide character, spaces. */
function units(text: string): string[] {
  const raw = text.match(/ +|[^ \p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]+|./gsu) ?? [];
  const out: string[] = [];
  for (const u of raw) {
    const last = out.length - 1;
    // Note: only the end of the unit so far decides (a tail, so a long unit costs no rescans: linear).
    const prev = (out[last] ?? '').slice(-TAIL);
    const glue = CLOSING.test(u) || OPENING.test(prev) || (AMOUNT.test(prev) && /^\p{Script=Han}$/u.test(u)) || (BOUND.test(prev) && /^[左以]$/u.test(u)) || (/[左以]$/u.test(prev) && /^[右上下内]$/u.test(u));
    if (last >= 0 && !u.startsWith(' ') && glue) out[last] += u;
    else out.push(u);
  }
  return out;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Display width of a code point (the East Asian wide ranges string-width counts as two).
 * @param cp the code point
 * @returns 1 or 2
 */
export function charWidth(cp: number): number {
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    cp === 0x2329 ||
    cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}
