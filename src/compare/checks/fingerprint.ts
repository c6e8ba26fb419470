import { createHash } from 'node:crypto';
import type { Target } from '../../types.js';

/**
 * A fingerprint that survives edits elsewhere in the files: rule, metric key and, for each target, its
 * file, amount, unit, comparator, year, scope and kind of change. Line numbers are left out on purpose, so inserting a
 * paragraph above does not turn an ignored or baselined finding into a new one.
 * @param rule rule id
 * @param metricKey canonical metric key of the cluster
 * @param targets targets of the finding
 * @returns 16 hex digits
 */
export function fingerprint(rule: string, metricKey: string, targets: readonly Target[]): string {
  const parts = targets
    // Note: the kind of change is added only when it is not a level, so fingerprints written before it
    // was part of them (every level target) stay valid.
    .map((t) => JSON.stringify([t.file.replaceAll('\\', '/'), t.value, t.high, t.unit, t.comparator, t.year, t.scope ?? null, ...(t.change !== 'level' ? [t.change] : [])]))
    .toSorted();
  return createHash('sha256').update(JSON.stringify([rule, metricKey, parts])).digest('hex').slice(0, 16);
}
