import { createHash } from 'node:crypto';
import type { Target } from '../../types.js';

/**
 * The fingerprint of one disagreement: rule, issuer, the primary statement's own metric key (normalised,
 * before aliases), what it is about (kind of change, year, scope, unit class… as the rule's `key`) and
 * the set of distinct values — not the files, not the lines, not the alias table.
 * Note: files are left out so that a plan added to the folder which repeats a value already stated
 * (one more draft at 20家) keeps the finding's fingerprint: ignores and baselines stay valid. Values
 * are in, so a new value — a new disagreement (a plan at 12家 where the others said 20家 or 15家) —
 * gets a new fingerprint and fails CI even when the metric was ignored or baselined before. The price:
 * when one value is brought in line but others still disagree, the finding is new again and needs a
 * new look (or `--write-baseline`). Lines are left out so inserting a paragraph above changes nothing.
 * The key is the target's own, not the alias table's canonical metric, so adding an alias leaves the
 * fingerprints of findings that existed before unchanged.
 * @param rule rule id
 * @param issuer the issuer of the primary statement's document (`''` when unknown)
 * @param metricKey normalised metric key of the primary statement (before aliases)
 * @param key what the disagreement is about, as the rule groups it
 * @param values the distinct values, canonical and sorted
 * @returns 16 hex digits
 */
export function fingerprint(rule: string, issuer: string, metricKey: string, key: readonly unknown[], values: readonly unknown[]): string {
  return hash(['v3', rule, issuer, metricKey, key, values]);
}

/**
 * The fingerprint plan-diff 0.x gave a grouped finding (before issuers): rule, the cluster's canonical
 * metric key (after aliases), the rule's key and the values. Still honoured in `ignore` and findings
 * baselines, so that configs written before keep working.
 * @param rule rule id
 * @param metricKey canonical metric key of the cluster
 * @param key what the disagreement is about
 * @param values the distinct values
 * @returns 16 hex digits
 */
export function groupedFingerprint(rule: string, metricKey: string, key: readonly unknown[], values: readonly unknown[]): string {
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
