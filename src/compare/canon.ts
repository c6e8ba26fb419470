import type { Segmenter } from '../parse/segmenter.js';
import type { Counts } from './model.js';

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

/** Interns feature strings as small integers, shared by both documents of a comparison. */
export type FeatureIds = (feature: string) => number;

/**
 * A fresh feature interner.
 * @returns a function giving each distinct feature string its own id, from 0 up
 */
export function createFeatureIds(): FeatureIds {
  const ids = new Map<string, number>();
  return (feature) => {
    let id = ids.get(feature);
    if (id === undefined) {
      id = ids.size;
      ids.set(feature, id);
    }
    return id;
  };
}

/**
 * Feature counts of a canonical text: jieba words (punctuation dropped) and character bigrams.
 * @param key canonical text
 * @param segmenter the word segmenter
 * @param ids the feature interner
 * @returns feature id → count
 */
export function featureCounts(key: string, segmenter: Segmenter, ids: FeatureIds): Counts {
  const counts = new Map<number, number>();
  const add = (f: string) => {
    const id = ids(f);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const word of segmenter.words(key)) if (!PUNCT_ONLY.test(word)) add('w:' + word);
  const chars = [...key.replace(NOT_WORD, '')];
  if (chars.length === 1) add('b:' + chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) add('b:' + chars[i] + chars[i + 1]);
  return toCounts(counts);
}

/**
 * Compact counts from a map.
 * @param map feature id → count
 * @returns the same counts as sorted typed arrays (a fraction of a Map's memory)
 */
export function toCounts(map: ReadonlyMap<number, number>): Counts {
  const ids = Int32Array.from(map.keys()).sort();
  return { ids, values: Float32Array.from(ids, (f) => map.get(f)!) };
}
