import type { Target } from '../../types.js';
import type { Check } from './types.js';
import { relatedPairs } from './pairs.js';
import { changeLabel, formatAmount, formatMetric, formatPlace } from './format.js';
import { comparatorClass, unitFamily } from './units.js';

/** Same metric and horizon, but units, kinds of change or comparators make the values incomparable: review. */
export const targetUnitDiffers: Check<'target-unit-differs'> = {
  id: 'target-unit-differs',
  severity: 'warning',
  description: 'The same metric is stated in incomparable units, kinds of change (level vs growth) or comparators (ceiling vs level); review.',
  check(cluster, ctx) {
    return relatedPairs(cluster, ctx, ['unit', 'comparator'], true).map(({ a, b }) => ({
      message: `${a.change === b.change ? formatMetric(a) : a.metric}: ${formatAmount(a)} (${formatPlace(a)}) vs ${formatAmount(b)} (${formatPlace(b)}): ${why(a, b)}`,
      metric: a.metric,
      targets: [a, b],
    }));
  },
};

function why(a: Target, b: Target): string {
  if (unitFamily(a.unit) !== unitFamily(b.unit)) return `units differ (${a.unit || 'none'} vs ${b.unit || 'none'})`;
  if (a.change !== b.change) return `kinds differ (${changeLabel(a.change)} vs ${changeLabel(b.change)})`;
  return `comparators differ (${comparatorClass(a.comparator)} vs ${comparatorClass(b.comparator)})`;
}
