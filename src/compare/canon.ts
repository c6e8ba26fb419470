import type { Counts } from './model.js';
import { createSlab } from './slab.js';

// Note: NFKC unifies full/half width (（一）→(一), ，→,, １→1); the rest removes layout and converter residue.
const RESIDUE = /\[bookmark:[^\]]*\]/g;
const SPACE = /[\s\u3000\u00a0\u200b\ufeff]+/g;
const MARKER =
  /^(?:第[一二三四五六七八九十百千零〇两0-9]+[条章节编款项]|[一二三四五六七八九十百]+、|\([一二三四五六七八九十百]+\)|[0-9]+[.、](?![0-9])|\([0-9]+\)|[①-⑳]|专栏[0-9一二三四五六七八九十]*|-)/;
const NOT_WORD_CHAR = /^[\p{P}\p{S}\s]$/u;

/**
 * Canonical form of a clause for matching: width unified, whitespace, converter residue and a leading
 * outline marker removed, quotes and dashes unified. Two clauses with equal keys have the same content.
 * @param text the clause text (display text or the parser's `norm`)
 * @returns the canonical key
 */
export function canonText(text: string): string {
  let s = text.normalize('NFKC').replace(RESIDUE, '').replace(SPACE, '');
  s = s.replace(/[“”„‟〝〞"]/g, '"').replace(/[‘’`]/g, "'").replace(/[—–－―]+/g, '-').replace(/[〔【［]/g, '[').replace(/[〕】］]/g, ']');
  for (let i = 0; i < 2; i++) {
    const m = MARKER.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** Feature counts of canonical texts, computed once per distinct text and shared by both documents. */
export type Features = (key: string) => Counts;

/**
 * A feature extractor for one comparison: the character bigrams of a canonical text (punctuation,
 * symbols and spaces skipped), as feature ids from 0 up in order of first appearance; a text of one
 * character is its own feature.
 * Note: alignment does not use jieba words. Bigrams hold every two-character word and the context of
 * every single character, and they do not move when a user dictionary is added or when an edit
 * nearby makes jieba cut a phrase differently; without words only the changed clauses are cut (for
 * the word diff), not both documents: 335 → 303 ms for two 92 KB plans. The seeds' revisions (tests
 * and examples), the 动物防疫法 drafts and the ×1 synthetic pair align the same; in 科普法 2002→2024
 * one article whose reward sentence moved to another (similarity 0.39) is now removed + added; in the
 * ×10 synthetic pair (ten near-copies of one plan) 5 % of pairs pick another copy, with fewer moves;
 * comparisons of two different plans differ in a few weak matches.
 * Identical texts (most clauses of a revision) share one `Counts`, so the unchanged half of a
 * comparison costs neither time nor memory twice.
 * @returns the extractor
 */
export function createFeatures(): Features {
  // Note: a bigram is keyed by the dense indices of its two characters as one small integer (a few
  // thousand distinct characters), so no string is built and the map hashes small integers.
  const bigrams = new Map<number, number>();
  const charIndex = createCharIndex();
  const cache = new Map<string, Counts>();
  let next = 0;
  let buffer = new Int32Array(1024);
  const int32 = createSlab((n) => new Int32Array(n));
  const float32 = createSlab((n) => new Float32Array(n));
  const bigramId = (key: number): number => {
    let id = bigrams.get(key);
    if (id === undefined) bigrams.set(key, (id = next++));
    return id;
  };
  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    if (buffer.length < key.length + 1) buffer = new Int32Array(2 * (key.length + 1));
    let n = 0;
    // Note: punctuation, symbols and spaces are skipped in place (classified once per character),
    // with no punctuation-free copy of the text built.
    let previous = -1;
    let seen = 0;
    for (let i = 0; i < key.length; ) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      if (!isWord(cp)) continue;
      const c = charIndex(cp);
      if (previous >= 0) buffer[n++] = bigramId(previous < 0x8000 && c < 0x8000 ? previous * 0x8000 + c : 2 ** 30 + previous * 2 ** 21 + c);
      previous = c;
      seen++;
    }
    if (seen === 1) buffer[n++] = bigramId(-1 - previous); // a one-character text is its own feature
    const counts = runs(buffer.subarray(0, n).sort(), int32, float32);
    cache.set(key, counts);
    return counts;
  };
}

/** Whether a BMP character is a word character (not punctuation, symbol or space): 0 unknown, 1 yes, 2 no. */
const wordClass = new Uint8Array(0x10000);

function isWord(cp: number): boolean {
  if (cp >= 0x10000) return !NOT_WORD_CHAR.test(String.fromCodePoint(cp));
  let k = wordClass[cp];
  if (k === 0) wordClass[cp] = k = NOT_WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 1;
  return k === 1;
}

/** Dense indices of characters (code points), from 0 up in order of first appearance. */
function createCharIndex(): (cp: number) => number {
  const bmp = new Int32Array(0x10000);
  const astral = new Map<number, number>();
  let count = 0;
  return (cp) => {
    if (cp < 0x10000) {
      if (bmp[cp] === 0) bmp[cp] = ++count;
      return bmp[cp] - 1;
    }
    let c = astral.get(cp);
    if (c === undefined) astral.set(cp, (c = count++));
    return c;
  };
}

/** Counts of a sorted list of ids: each distinct id once, with how often it occurs. */
function runs(sorted: Int32Array, int32: (n: number) => Int32Array, float32: (n: number) => Float32Array): Counts {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const ids = int32(distinct);
  const values = float32(distinct);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) ids[++k] = sorted[i];
    values[k] += 1;
  }
  return { ids, values };
}

/**
 * Dice coefficient of the character pairs of two short strings (metric keys, subjects).
 * @param a a string
 * @param b another
 * @returns 0..1, 1 when they share every pair
 */
export function bigramDice(a: string, b: string): number {
  const pairs = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const x = pairs(a);
  const y = pairs(b);
  let shared = 0;
  for (const p of x) if (y.has(p)) shared += 1;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}
