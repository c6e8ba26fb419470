import type { Comparator } from '../../types.js';
import type { NumberMatch } from '../numbers.js';

/** The comparator of a number, read from the words around it. */
export interface ComparatorMatch {
  /** Comparator semantics. */
  comparator: Comparator;
  /** The words as written (`达到`, `以上`, `保持在…左右`), or null for a bare number. */
  text: string | null;
  /** 0-based start of the words before the number (the number's start when there are none). */
  start: number;
  /** 0-based end of the words after the unit (the unit's end when there are none). */
  end: number;
}

/**
 * Words written before the number, longest first, with their meaning.
 * Note: 达/达到 mean "reach", so they are gte, not eq: `联合实验室达15家` and `联合实验室20家`
 * conflict only if both are read as exact. 保持在/稳定在 alone are eq; with 左右 they are approx.
 */
const BEFORE: ReadonlyArray<readonly [string, Comparator]> = ([
  // Limits (`不得超过300个` is at most 300, never more than 300).
  ['最多不超过', 'lte'], ['最长不超过', 'lte'], ['最高不超过', 'lte'], ['不得超过', 'lte'], ['不得高于', 'lte'],
  ['不得多于', 'lte'], ['不得大于', 'lte'], ['不得少于', 'gte'], ['不得低于', 'gte'], ['不得小于', 'gte'],
  ['至少', 'gte'], ['最少', 'gte'], ['最低', 'gte'], ['至多', 'lte'], ['最多', 'lte'], ['最长', 'lte'], ['最高', 'lte'],
  ['不足', 'lt'], ['未满', 'lt'], ['未达到', 'lt'], ['不满', 'lt'],
  ['力争达到', 'gte'], ['力争超过', 'gt'], ['力争突破', 'gt'], ['不少于', 'gte'], ['不低于', 'gte'],
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['保持在', 'eq'], ['稳定在', 'eq'], ['控制在', 'lte'],
  ['达到', 'gte'], ['超过', 'gt'], ['突破', 'gt'], ['高于', 'gt'], ['多于', 'gt'], ['大于', 'gt'], ['低于', 'lt'],
  ['少于', 'lt'], ['小于', 'lt'], ['约为', 'approx'], ['大约', 'approx'], ['接近', 'approx'], ['将近', 'approx'],
  ['约', 'approx'], ['近', 'approx'], ['达', 'gte'], ['超', 'gt'], ['逾', 'gt'],
] as ReadonlyArray<readonly [string, Comparator]>).toSorted((a, b) => b[0].length - a[0].length);

/** Words written after the unit, longest first. */
const AFTER: ReadonlyArray<readonly [string, Comparator]> = [
  ['（含）以上', 'gte'], ['(含)以上', 'gte'], ['（含）以下', 'lte'], ['(含)以下', 'lte'],
  ['及以上', 'gte'], ['及以下', 'lte'], ['以上', 'gte'], ['以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'],
  ['左右', 'approx'], ['上下', 'approx'],
];

/**
 * Read the comparator of a number from the words just before it and just after its unit.
 * Note: 以上 is gte, 左右 is approx and wins over the words before it (`达到…左右` is approx);
 * 余/多 in the numeral (`3000余万元`) are gt; a range is `range`.
 * @param text the clause or sentence text
 * @param number the number found in it
 * @param unitEnd 0-based end of the unit (the number's end when it has none)
 * @returns comparator, words and the span they cover
 */
export function readComparator(text: string, number: NumberMatch, unitEnd: number): ComparatorMatch {
  let start = number.start;
  let j = start;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  let before: readonly [string, Comparator] | undefined;
  for (const entry of BEFORE) {
    if (text.slice(0, j).endsWith(entry[0])) {
      before = entry;
      start = j - entry[0].length;
      break;
    }
  }
  let end = unitEnd;
  let k = end;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  let after: readonly [string, Comparator] | undefined;
  for (const entry of AFTER) {
    if (text.startsWith(entry[0], k)) {
      after = entry;
      end = k + entry[0].length;
      break;
    }
  }
  const words = [before?.[0], number.approxText && number.approx !== 'vague' ? number.approxText : null, after?.[0]].filter(
    (w): w is string => Boolean(w),
  );
  const wordsText = words.length === 0 ? null : words.join('…');
  return { comparator: decide(number, before?.[1], after?.[1]), text: wordsText, start, end };
}

function decide(number: NumberMatch, before: Comparator | undefined, after: Comparator | undefined): Comparator {
  if (number.range || number.high !== null) return 'range';
  if (after === 'approx') return 'approx';
  if (after === 'gte') return before === 'gt' ? 'gt' : 'gte';
  if (after === 'lte') return 'lte';
  if (number.approx === 'more') return 'gt';
  if (number.approx === 'atleast') return 'gte';
  if (number.approx === 'about') return 'approx';
  return before ?? 'eq';
}
