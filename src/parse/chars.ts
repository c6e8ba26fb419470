/** Sentence-ending punctuation, full- and half-width: 。！？； and !?; */
export const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);

// Note: a table by code unit, not a Set: this is asked of every character of every paragraph, mostly
// before V8 has compiled the loops asking, where an array read is cheaper than a call.
const TERMINATOR_TABLE = new Uint8Array(0x10000);
for (const ch of TERMINATORS) TERMINATOR_TABLE[ch.charCodeAt(0)] = 1;
const TERMINATOR_RE = charClass(TERMINATORS);

/**
 * A regular expression matching any one of these characters (escaped where a class needs it), for
 * scans that jump between the characters they act on (a native search) instead of reading every
 * character in JavaScript, which runs mostly before V8 has compiled it.
 * @param chars the characters (BMP, one UTF-16 unit each)
 * @param flags flags (`g` for scans with `exec` or `matchAll`)
 * @returns the pattern `[…]`
 */
export function charClass(chars: Iterable<string>, flags = ''): RegExp {
  return new RegExp(`[${[...chars].map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('')}]`, flags);
}

/**
 * Whether a UTF-16 code unit is a sentence terminator (one of TERMINATORS).
 * @param c the code unit
 * @returns true for 。！？； and !?;
 */
export function isTerminatorCode(c: number): boolean {
  return TERMINATOR_TABLE[c] === 1;
}

/** Closing quotes and brackets that may follow a terminator at the end of a line (`…。”`). */
const TRAILING_CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '】']);

/** Punctuation that ends a line of running text without ending the paragraph's last sentence (`：`). */
const LINE_ENDERS = new Set([...TERMINATORS, '：', ':']);

/**
 * Whether a line ends like the end of a paragraph: a terminator or colon, optionally followed by closers.
 * @param text the line
 * @returns true when the line ends with 。！？；： (or half-width), possibly followed by ”）」…
 */
export function isTerminated(text: string): boolean {
  let i = text.trimEnd().length - 1;
  while (i >= 0 && TRAILING_CLOSERS.has(text[i])) i -= 1;
  return i >= 0 && LINE_ENDERS.has(text[i]);
}

/**
 * Whether the text contains a sentence terminator anywhere (it is running prose, not a title).
 * @param text the line
 * @returns true when 。！？； (or half-width) occurs
 */
export function hasTerminator(text: string): boolean {
  return TERMINATOR_RE.test(text);
}

/**
 * Whether a character is CJK (ideographs, CJK punctuation, full-width forms).
 * @param ch one character
 * @returns true for characters outside ASCII and Latin ranges
 */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2e80;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * Number of characters (code points) of a line, the unit line widths are measured in.
 * @param text the line
 * @returns the length in code points
 */
export function charLength(text: string): number {
  // Note: counted on char codes (a surrogate pair is one code point); iterating a string makes a
  // new string of every CJK character, and this runs on every line, almost always without a pair.
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

/**
 * Remove whitespace between two CJK characters (`全面 贯彻` → `全面贯彻`); other whitespace is kept.
 * @param text the text
 * @returns the text without spaces between CJK characters
 */
export function dropCjkSpaces(text: string): string {
  return text.replace(/(?<=[\u2e80-\uffff])[\s\u3000]+(?=[\u2e80-\uffff])/gu, '');
}

/**
 * Whether two pieces of text joined into one need a space between them: two Latin words of spaced text
 * (`the` + `quick`).
 * Note: Chinese PDF text breaks lines inside Latin words and numbers (`RIS`/`C-V`, `2`/`0条`); only a
 * piece whose last word follows a space (`the quick`), or is the whole piece, was broken at a space.
 * @param left the text before the join
 * @param right the text after it
 * @returns true when a space goes between them
 */
export function joinsWithSpace(left: string, right: string): boolean {
  return /(^|\s)[A-Za-z]+$/u.test(left) && /^[A-Za-z]/u.test(right);
}
