import type { Check } from './types.js';
import { horizonSpread } from './relate.js';
import { formatAmount, formatMetric, formatPlace } from './format.js';

/**
 * The metric appears in documents whose horizons never meet (yearly work reports, successive plans):
 * shows how the target moved over the years, for review rather than as a conflict. One finding per kind
 * of change: levels and increases of one metric are separate series.
 */
export const targetHorizonDiffers: Check<'target-horizon-differs'> = {
  id: 'target-horizon-differs',
  severity: 'warning',
  description: 'The same metric is set for different horizons in different documents; shows how the value moved.',
  check(cluster) {
    return horizonSpread(cluster.targets).map((spread) => {
      const steps = spread.map((t) => `${formatAmount(t)} (${t.year ?? 'year unknown'}, ${formatPlace(t)})`);
      return { message: `${formatMetric(spread[0])}: ${steps.join(' → ')}: horizons differ`, metric: spread[0].metric, targets: spread };
    });
  },
};
