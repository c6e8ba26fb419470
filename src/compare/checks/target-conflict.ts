import type { Check } from './types.js';
import { relatedPairs } from './pairs.js';
import { formatAmount, formatMetric, formatPlace } from './format.js';

/**
 * Same metric, same horizon, same scope, comparable units, different amounts: two plans (or one plan in
 * two places) promise different things. Within one document this catches a 发展目标 figure contradicted
 * by a task further down.
 */
export const targetConflict: Check<'target-conflict'> = {
  id: 'target-conflict',
  severity: 'error',
  description: 'The same target (metric, scope, horizon) is given different values.',
  check(cluster, ctx) {
    return relatedPairs(cluster, ctx, ['conflict'], false).map(({ a, b }) => ({
      message: `${formatMetric(a)}: ${formatAmount(a)} (${formatPlace(a)}) vs ${formatAmount(b)} (${formatPlace(b)})`,
      metric: a.metric,
      targets: [a, b],
    }));
  },
};
