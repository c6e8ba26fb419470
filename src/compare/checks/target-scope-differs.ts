import type { Target } from '../../types.js';
import type { Check, Draft } from './types.js';
import { horizonSlices, statements } from './relate.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { normalizeScope } from './scope.js';
import { agreedIn, anyOpposed, apartOwnFiles, canonNumber, partition, sortedValues, valueEntries } from './group.js';
import { renderMessage, valueParts, type MessageParts } from './messages.js';

/**
 * Same metric and horizon, different amounts, but the plans state it for different scopes: review. One
 * finding per metric and horizon, listing each scope's values with their places (a scope's values
 * together, the majority or baseline value first).
 */
export const targetScopeDiffers: Check<'target-scope-differs'> = {
  id: 'target-scope-differs',
  severity: 'warning',
  description: 'The same metric has different values for different scopes (e.g. 围绕"一带一路" vs the whole city); review whether they should agree.',
  check(cluster, ctx) {
    const out: Draft[] = [];
    for (const slice of horizonSlices(cluster.targets)) {
      for (const group of partition(slice, (t) => JSON.stringify([t.change, unitFamily(t.unit), comparatorClass(t.comparator)]))) {
        const same = (a: Target, b: Target) => scopeOf(a) === scopeOf(b) && sameAmount(a, b, ctx.tolerance);
        const ranked = valueEntries(statements(group), same, ctx);
        const differ = (a: Target, b: Target) => scopeOf(a) !== scopeOf(b) && !sameAmount(a, b, ctx.tolerance);
        if (!anyOpposed(ranked, apartOwnFiles(agreedIn(group)), ctx, differ)) continue;
        // Note: a scope's values stay together, in the order of the scope's best-ranked value, and the
        // message names at most three values per scope, so every scope shows however many values each has.
        const scopes = [...new Set(ranked.map((e) => scopeOf(e[0])))];
        const byScope = scopes.map((s) => ranked.filter((e) => scopeOf(e[0]) === s));
        const entries = byScope.flat();
        const first = entries[0][0];
        const groups = byScope.map((es) => valueParts(es, (t) => ({ scope: t.scope ?? null })));
        const parts: MessageParts = { metric: first.metric, change: first.change, year: first.year, groups, cap: 3, reason: { code: 'scope-differs' } };
        out.push({
          message: renderMessage(parts, ctx.lang),
          parts,
          metric: first.metric,
          targets: entries.flat(),
          key: [first.change, first.year, unitFamily(first.unit), comparatorClass(first.comparator)],
          values: sortedValues(entries.map((e) => [scopeOf(e[0]), canonNumber(e[0].value), canonNumber(e[0].high)])),
        });
      }
    }
    return out;
  },
};

function scopeOf(t: Target): string {
  return normalizeScope(t.scope, t.metricKey);
}
