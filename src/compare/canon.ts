import type { Segmenter } from '../parse/segmenter.js';

// Note: NFKC unifies full/half width (（一）→(一), ，→,, １→1); the rest removes layout and converter residue.
const RESIDUE = /\[bookmark:[^\]]*\]/g;
const SPACE = /[\s\u3000\u00a0\u200b\ufeff]+/g;
const MARKER =
  /^(?:第[一二三四五六七八九十百千零〇两0-9]+[条章节编款项]|[一二三四五六七八九十百]+、|\([一二三四五六七八九十百]+\)|[0-9]+[.、](?![0-9])|\([0-9]+\)|[①-⑳]|专栏[0-9一二三四五六七八九十]*|-)/;
const PUNCT_ONLY = /^[\p{P}\p{S}\s]+$/u;
const NOT_WORD = /[\p{P}\p{S}\s]/gu;

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

/**
 * Feature counts of a canonical text: jieba words (punctuation dropped) and character bigrams.
 * @param key canonical text
 * @param segmenter the word segmenter
 * @returns feature → count (`w:` words, `b:` bigrams)
 */
export function featureCounts(key: string, segmenter: Segmenter): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string, n = 1) => counts.set(f, (counts.get(f) ?? 0) + n);
  for (const word of segmenter.words(key)) if (!PUNCT_ONLY.test(word)) add('w:' + word);
  const chars = [...key.replace(NOT_WORD, '')];
  if (chars.length === 1) add('b:' + chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) add('b:' + chars[i] + chars[i + 1]);
  return counts;
}

/**
 * Add feature counts into an accumulator, scaled.
 * @param into accumulator (a new map is returned; inputs are not mutated)
 * @param counts counts to add
 * @param scale factor
 * @returns the sum
 */
export function addCounts(into: Map<string, number>, counts: Map<string, number>, scale = 1): Map<string, number> {
  const out = new Map(into);
  for (const [f, n] of counts) out.set(f, (out.get(f) ?? 0) + n * scale);
  return out;
}
