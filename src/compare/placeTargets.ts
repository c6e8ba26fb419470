import type { Target } from '../types.js';
import { scanNumbers, toHalfWidthDigits } from '../parse/numbers.js';
import type { TokenDiff } from './diffClauses.js';

/**
 * Where a target's number sits in the word diff of its pair: in text kept on both sides, `-(k + 1)`
 * for the new-side token `k` its first token is (the same on both sides); in a changed run, the
 * number (from 1) of that run, the same on both sides for a deletion and the insertion replacing it.
 */
export type TargetPlace = number;

/**
 * Place the targets of an aligned pair (or group, texts joined) in its word diff by where their
 * numbers are written, so they can be matched by position rather than by their metric phrase.
 * @param diff the token diff of the pair's texts
 * @param olds targets of the old clause(s), in document order
 * @param news targets of the new clause(s), in document order
 * @returns a place per target, null where its number cannot be found in the clause text
 */
export function placeTargets(diff: TokenDiff, olds: readonly Target[], news: readonly Target[]): { old: Array<TargetPlace | null>; new: Array<TargetPlace | null> } {
  const oldMap = new Int32Array(diff.old.length);
  const newMap = new Int32Array(diff.new.length);
  let x = 0;
  let y = 0;
  let hunk = 0;
  let inHunk = false;
  for (const { op, count } of diff.runs) {
    if (op !== 'equal' && !inHunk) hunk += 1;
    inHunk = op !== 'equal';
    if (op === 'equal') {
      for (let k = 0; k < count; k++) oldMap[x + k] = newMap[y + k] = -(y + k + 1);
      x += count;
      y += count;
    } else if (op === 'delete') oldMap.fill(hunk, x, (x += count));
    else newMap.fill(hunk, y, (y += count));
  }
  return { old: placeSide(diff.old, oldMap, olds), new: placeSide(diff.new, newMap, news) };
}

function placeSide(tokens: readonly string[], map: Int32Array, targets: readonly Target[]): Array<TargetPlace | null> {
  const text = searchable(tokens.join(''));
  // token index of each character of the joined text
  const owner = new Int32Array(text.source.length);
  let offset = 0;
  tokens.forEach((t, i) => {
    owner.fill(i, offset, offset + t.length);
    offset += t.length;
  });
  let cursor = 0;
  return targets.map((t) => {
    const span = numberSpan(t, text, cursor);
    if (span === null) return null;
    cursor = span.start + 1;
    const first = owner[text.position[span.start]];
    const last = owner[text.position[span.end - 1]];
    // Note: a number is unchanged only when all its tokens are; otherwise it is in the first changed run it touches.
    for (let i = first; i <= last; i++) if (map[i] > 0) return map[i];
    return map[first];
  });
}

/** A text without whitespace and with half-width digits, and where each of its characters was. */
interface Searchable {
  source: string;
  text: string;
  position: number[];
}

function searchable(source: string): Searchable {
  const wide = toHalfWidthDigits(source);
  let text = '';
  const position: number[] = [];
  for (let i = 0; i < wide.length; i++) {
    if (/\s/.test(wide[i])) continue;
    text += wide[i];
    position.push(i);
  }
  return { source, text, position };
}

/**
 * The characters (in `text.text`) of the target's number (for a range written as two numbers, from
 * the low one through the high one): its phrase found from `from` on, then the number(s) in it;
 * failing that, the number alone when it occurs once in the clause.
 */
function numberSpan(t: Target, text: Searchable, from: number): { start: number; end: number } | null {
  const phrase = searchable(t.text).text;
  const numbers = scanNumbers(phrase);
  if (numbers.length === 0) return null;
  const low = numbers.findIndex((n) => near(n.value, t.value));
  const first = low >= 0 ? low : 0;
  const high = t.high === null ? -1 : numbers.findIndex((n, k) => k >= first && (near(n.value, t.high!) || (n.high !== null && near(n.high, t.high!))));
  const span = { start: numbers[first].start, end: numbers[Math.max(first, high)].end };
  const at = text.text.indexOf(phrase, from);
  if (at >= 0) return { start: at + span.start, end: at + span.end };
  const raw = phrase.slice(span.start, span.end);
  const once = text.text.indexOf(raw);
  if (once < 0 || text.text.indexOf(raw, once + 1) >= 0) return null;
  return { start: once, end: once + raw.length };
}

/**
 * Whether two values are equal up to float rounding.
 * @param a a value
 * @param b another
 * @returns true when they are the same number
 */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
