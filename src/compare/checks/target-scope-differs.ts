import type { Target } from '../../types.js';
import type { Check } from './types.js';
import { relatedPairs } from './pairs.js';
import { formatAmount, formatMetric, formatPlace } from './format.js';

/** Same metric and horizon, different amounts, but the plans state it for different scopes: review. */
export const targetScopeDiffers: Check<'target-scope-differs'> = {
  id: 'target-scope-differs',
  severity: 'warning',
  description: 'The same metric has different values for different scopes (e.g. 围绕"一带一路" vs the whole city); review whether they should agree.',
  check(cluster, ctx) {
    return relatedPairs(cluster, ctx, ['scope'], true).map(({ a, b }) => ({
      message: `${formatMetric(a)}: ${formatAmount(a)} ${scopeLabel(a)} (${formatPlace(a)}) vs ${formatAmount(b)} ${scopeLabel(b)} (${formatPlace(b)}): scopes differ`,
      metric: a.metric,
      targets: [a, b],
    }));
  },
};

function scopeLabel(t: Target): string {
  return t.scope ? `[${t.scope}]` : '[no scope]';
}
