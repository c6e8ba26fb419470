import type { Comparator, Target, TargetChangeType } from '../../types.js';

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

const CHANGE_LABELS: Readonly<Record<TargetChangeType, string>> = {
  level: 'level',
  increase: 'increase',
  decrease: 'decrease',
  rate: 'annual rate',
  ratio: 'multiple',
};

/**
 * A kind of change as messages name it (`level`, `increase`, `decrease`, `annual rate`, `multiple`).
 * @param change the kind of change
 * @returns display text
 */
export function changeLabel(change: TargetChangeType): string {
  return CHANGE_LABELS[change];
}

/**
 * Where a target sits, as `file:line` (with the page for PDF sources: `file:p3:12`).
 * @param t the target
 * @returns the place
 */
export function formatPlace(t: Pick<Target, 'file' | 'line' | 'page'>): string {
  return t.page !== undefined ? `${t.file}:p${t.page}:${t.line}` : `${t.file}:${t.line}`;
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

/**
 * What a finding is about, as its message begins: the metric with the kind of change unless it is a
 * level, and the year when given (`联合实验室 (2027)`, `赤字率 (increase, 2025)`).
 * @param t the primary target
 * @param year the year to name, or null for none
 * @param change whether to name the kind of change
 * @returns display text
 */
export function formatHead(t: Pick<Target, 'metric' | 'change'>, year: number | null, change = true): string {
  const tags = [...(change && t.change !== 'level' ? [changeLabel(t.change)] : []), ...(year !== null ? [String(year)] : [])];
  return tags.length > 0 ? `${t.metric} (${tags.join(', ')})` : t.metric;
}

/** How many places of one value a message names, and how many values, before `and N more`. */
export const MESSAGE_CAP = { places: 3, values: 6 } as const;

/**
 * The places of one value, as a message lists them: the first three, then `and N more`
 * (`b.txt:17, c.txt:9, d.txt:3 and 40 more`); the finding's locations hold them all.
 * @param targets the targets stating the value
 * @returns display text
 */
export function formatPlaces(targets: ReadonlyArray<Pick<Target, 'file' | 'line' | 'page'>>): string {
  const shown = targets.slice(0, MESSAGE_CAP.places).map(formatPlace).join(', ');
  const rest = targets.length - MESSAGE_CAP.places;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

/**
 * The values of a grouped finding joined for its message: each as `label` writes it, the first six,
 * then `and N more values in M places`.
 * @param entries the values, each with its targets
 * @param label the text of one value (amount and places)
 * @param separator between values (` vs `, ` → `)
 * @param cap how many values to name (default six)
 * @returns display text
 */
export function formatEntries(entries: readonly Target[][], label: (entry: Target[]) => string, separator: string, cap: number = MESSAGE_CAP.values): string {
  const shown = entries.slice(0, cap).map(label).join(separator);
  const rest = entries.slice(cap);
  if (rest.length === 0) return shown;
  const places = rest.reduce((n, e) => n + e.length, 0);
  return `${shown} and ${rest.length} more value${rest.length === 1 ? '' : 's'} in ${places} place${places === 1 ? '' : 's'}`;
}
