import { createHash } from 'node:crypto';
import type { Target } from '../../types.js';

/**
 * The fingerprint of one disagreement: rule, metric key, what it is about (kind of change, year, scope,
 * unit class… as the rule's `key`) and the set of distinct values — not the files, not the lines.
 * Note: files are left out so that a plan added to the folder which repeats a value already stated
 * (one more province at 20家) keeps the finding's fingerprint: ignores and baselines stay valid. Values
 * are in, so a new value — a new disagreement (a plan at 12家 where the others said 20家 or 15家) —
 * gets a new fingerprint and fails CI even when the metric was ignored or baselined before. The price:
 * when one value is brought in line but others still disagree, the finding is new again and needs a
 * new look (or `--write-baseline`). Lines are left out so inserting a paragraph above changes nothing.
 * @param rule rule id
 * @param metricKey canonical metric key of the cluster
 * @param key what the disagreement is about, as the rule groups it
 * @param values the distinct values, canonical and sorted
 * @returns 16 hex digits
 */
export function fingerprint(rule: string, metricKey: string, key: readonly unknown[], values: readonly unknown[]): string {
  return hash(['v2', rule, metricKey, key, values]);
}

/**
 * The fingerprint plan-diff gave a finding when findings were pairs of targets: rule, metric key and,
 * per target, file, amount, unit, comparator, year, scope and (unless a level) kind of change.
 * Note: still computed for a finding of exactly two statements, which is what such a pair was, so
 * `ignore` entries and findings baselines written before findings were grouped keep working.
 * @param rule rule id
 * @param metricKey canonical metric key of the cluster
 * @param targets the statements of the finding
 * @returns 16 hex digits
 */
export function pairFingerprint(rule: string, metricKey: string, targets: readonly Target[]): string {
  const parts = targets
    .map((t) => JSON.stringify([t.file.replaceAll('\\', '/'), t.value, t.high, t.unit, t.comparator, t.year, t.scope ?? null, ...(t.change !== 'level' ? [t.change] : [])]))
    .toSorted();
  return hash([rule, metricKey, parts]);
}

function hash(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}
