/** How a target's amount is written for people: the same in every language (it is the document's own wording). */
import type { Comparator, Target } from '../types.js';

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
const SUFFIX_WORDS = /^(?:[(（]含[)）])?(?:以上|以下|以内|之内|左右|上下|余|多)/;
const SYMBOLS: Readonly<Record<Comparator, string>> = { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '约', range: '' };

/**
 * The amount of a target as a reader writes it: number with 万/亿/万亿 where exact, unit, comparator words
 * (`达15家`, `5%左右`, `超过1.2万亿元`, `3-5%`).
 * @param t the target
 * @returns display text
 */
export function formatAmount(t: Pick<Target, 'value' | 'high' | 'unit' | 'comparator' | 'comparatorText'>): string {
  const scale = pickScale(Math.max(Math.abs(t.value), Math.abs(t.high ?? 0)), t.unit);
  const number = t.high !== null ? `${scaled(t.value, scale)}-${scaled(t.high, scale)}` : scaled(t.value, scale);
  const core = `${number}${scale?.[1] ?? ''}${t.unit}`;
  const words = t.comparatorText?.trim();
  if (!words) return `${SYMBOLS[t.comparator]}${core}`;
  const gap = words.indexOf('…');
  if (gap >= 0) return `${words.slice(0, gap)}${core}${words.slice(gap + 1)}`;
  return SUFFIX_WORDS.test(words) ? `${core}${words}` : `${words}${core}`;
}

function pickScale(magnitude: number, unit: string): readonly [number, string] | undefined {
  if (unit.startsWith('%') || unit.includes('百分点') || magnitude < 1e4) return undefined;
  // Note: only a scale that shows the number exactly with at most four decimals (7.5万, 8000亿, 1.2万亿).
  return SCALES.find(([s]) => magnitude >= s && Math.abs(Number((magnitude / s).toFixed(4)) * s - magnitude) <= magnitude * 1e-12);
}

function scaled(value: number, scale: readonly [number, string] | undefined): string {
  const n = scale ? value / scale[0] : value;
  return String(Number(n.toPrecision(12)));
}
