import type { Comparator, Lang, TargetChange, TargetRef } from '../../types.js';
import { messages } from '../../i18n/messages.js';

/** Comparator shown before a value; `eq` has none and `range` is written as `low–high`. */
const COMPARATOR_PREFIX: Record<Comparator, string> = {
  eq: '',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  approx: '约',
  range: '',
};

/** Units that are never scaled to 万/亿 (a share or a rate stays as written). */
const UNSCALED = new Set(['%', '个百分点', '‰', '倍']);

/**
 * Write a target value the way a plan would (`15家`, `≥30个`, `1.2万亿元`, `3–5个`, `约6%`).
 * @param ref one side of a target change
 * @param withYear prefix the horizon year (`2027年`) when there is one
 * @returns the value for display
 */
export function formatQuantity(ref: Pick<TargetRef, 'value' | 'high' | 'unit' | 'comparator' | 'year'>, withYear = false): string {
  const scaled = !UNSCALED.has(ref.unit);
  const low = formatNumber(ref.value, scaled);
  const body = ref.high === null || ref.high === ref.value ? low : `${low}–${formatNumber(ref.high, scaled)}`;
  const year = withYear && ref.year !== null ? `${ref.year}年` : '';
  return `${year}${COMPARATOR_PREFIX[ref.comparator]}${body}${ref.unit}`;
}

/**
 * Describe a target change in one line for a 说明 cell (`市级“一带一路”联合实验室 20家→15家`).
 * @param change the target change
 * @param lang language of the words around the values (default Chinese)
 * @returns the label
 */
export function targetChangeLabel(change: TargetChange, lang: Lang = 'zh'): string {
  const withYear = change.fields.includes('year');
  const m = messages(lang).doc.note;
  if (change.kind === 'added' && change.new) return m.addedTarget(change.metric, formatQuantity(change.new, true));
  if (change.kind === 'removed' && change.old) return m.removedTarget(change.metric, formatQuantity(change.old, true));
  const before = change.old ? formatQuantity(change.old, withYear) : '—';
  const after = change.new ? formatQuantity(change.new, withYear) : '—';
  return `${change.metric} ${before}→${after}`;
}

// Note: base-unit values come back to 万/亿 for reading (12000000000000 元 → 1.2万亿元), with at most
// four significant decimals so binary noise (0.1+0.2) never shows.
function formatNumber(value: number, scaled: boolean): string {
  const abs = Math.abs(value);
  if (scaled && abs >= 1e12) return `${trim(value / 1e12)}万亿`;
  if (scaled && abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (scaled && abs >= 1e4 && abs % 1000 === 0) return `${trim(value / 1e4)}万`;
  return trim(value);
}

function trim(value: number): string {
  return String(Number(value.toFixed(4)));
}
