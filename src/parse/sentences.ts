import { TERMINATORS } from './chars.js';

/** A half-open range `[start, end)` of a text. */
export interface Span {
  /** Start index. */
  start: number;
  /** End index (exclusive). */
  end: number;
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '（': '）', '(': ')', '【': '】', '〔': '〕', '[': ']' };
const CLOSERS = new Set(Object.values(PAIRS));

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
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATORS.has(text[i]) || inside[i]) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]) || CLOSERS.has(text[end]) && !inside[end])) end += 1;
    pushTrimmed(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/** Mark characters inside matched quote/bracket pairs; an opener without its closer protects nothing. */
function protectedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const stack: Array<{ ch: string; at: number }> = [];
  const straight: Record<string, number> = {};
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      if (straight[ch] === undefined) straight[ch] = i;
      else {
        mask.fill(true, straight[ch] + 1, i);
        delete straight[ch];
      }
    } else if (ch in PAIRS) {
      stack.push({ ch, at: i });
    } else if (CLOSERS.has(ch)) {
      const k = stack.findLastIndex((o) => PAIRS[o.ch] === ch);
      if (k >= 0) {
        mask.fill(true, stack[k].at + 1, i);
        stack.length = k;
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
