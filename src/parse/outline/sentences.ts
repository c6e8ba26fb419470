import { charClass, isTerminatorCode, TERMINATORS } from '../chars.js';

/** A half-open range `[start, end)` of a text. */
export interface Span {
  /** Start index. */
  start: number;
  /** End index (exclusive). */
  end: number;
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）', '(': ')', '【': '】', '〔': '〕', '[': ']' };
/** Opener code → its closer's code, and closer code → its opener's code. */
const OPENER_OF = new Map(Object.entries(PAIRS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const CLOSER_OF = new Map(Object.entries(PAIRS).map(([o, c]) => [c.charCodeAt(0), o.charCodeAt(0)]));

// Note: the two scans below jump from one character they act on to the next (see charClass).
const TERMINATOR_AT = charClass(TERMINATORS, 'g');
const BRACKET_AT = charClass(['"', "'", ...Object.keys(PAIRS), ...Object.values(PAIRS)], 'g');

/**
 * Split a paragraph into sentences at 。！？； (and !?;), never inside quotes or brackets
 * (“”「」『』《》（）()【】 and straight quotes); unbalanced brackets protect nothing.
 * @param text the paragraph text
 * @returns sentence ranges, trimmed, covering every non-space character in order
 */
export function splitSentences(text: string): Span[] {
  const inside = protectedMask(text);
  const spans: Span[] = [];
  let start = 0;
  TERMINATOR_AT.lastIndex = 0;
  for (let m = TERMINATOR_AT.exec(text); m !== null; m = TERMINATOR_AT.exec(text)) {
    const i = m.index;
    if (inside[i] === 1) continue;
    let end = i + 1;
    while (end < text.length && (isTerminatorCode(text.charCodeAt(end)) || (CLOSER_OF.has(text.charCodeAt(end)) && inside[end] === 0))) end += 1;
    pushTrimmed(spans, text, start, end);
    start = end;
    TERMINATOR_AT.lastIndex = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/** Mark characters inside matched quote/bracket pairs (1 = inside); an opener without its closer protects nothing. */
function protectedMask(text: string): Uint8Array {
  // Note: char codes and a typed array, not one-character strings and a boolean array: this runs
  // over every character of every paragraph, and a CJK character read as `text[i]` allocates a string.
  const mask = new Uint8Array(text.length);
  const openers: number[] = [];
  const openedAt: number[] = [];
  let double = -1;
  let single = -1;
  BRACKET_AT.lastIndex = 0;
  for (let m = BRACKET_AT.exec(text); m !== null; m = BRACKET_AT.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (double < 0) double = i;
      else {
        mask.fill(1, double + 1, i);
        double = -1;
      }
    } else if (c === 0x27) {
      if (single < 0) single = i;
      else {
        mask.fill(1, single + 1, i);
        single = -1;
      }
    } else if (OPENER_OF.has(c)) {
      openers.push(c);
      openedAt.push(i);
    } else {
      const opener = CLOSER_OF.get(c);
      if (opener === undefined) continue;
      const k = openers.lastIndexOf(opener);
      if (k >= 0) {
        mask.fill(1, openedAt[k] + 1, i);
        openers.length = k;
        openedAt.length = k;
      }
    }
  }
  return mask;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start])) start += 1;
  while (end > start && /\s/u.test(text[end - 1])) end -= 1;
  if (end > start) spans.push({ start, end });
}
