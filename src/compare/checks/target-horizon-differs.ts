import type { Check } from './types.js';
import { horizonSpread } from './relate.js';
import { formatAmount, formatPlace } from './format.js';

/**
 * The metric appears in documents whose horizons never meet (yearly work reports, successive plans):
 * shows how the target moved over the years, for review rather than as a conflict.
 */
export const targetHorizonDiffers: Check<'target-horizon-differs'> = {
  id: 'target-horizon-differs',
  severity: 'warning',
  description: 'The same metric is set for different horizons in different documents; shows how the value moved.',
  check(cluster) {
    const spread = horizonSpread(cluster.targets);
    if (spread.length < 2) return [];
    const steps = spread.map((t) => `${formatAmount(t)} (${t.year ?? 'year unknown'}, ${formatPlace(t)})`);
    return [{ message: `${spread[0].metric}: ${steps.join(' → ')}: horizons differ`, metric: spread[0].metric, targets: spread }];
  },
};
