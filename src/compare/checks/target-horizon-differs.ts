import type { Check } from './types.js';
import { horizonSpread } from './relate.js';
import { canonNumber, sortedValues } from './group.js';
import { readSeries, statementOf } from './series.js';
import { renderMessage, valueParts, type MessageParts } from './messages.js';

/**
 * The metric appears in documents whose horizons never meet (yearly work reports, successive plans):
 * shows how the target moved over the years (`info`: a series, not a conflict); a value that never
 * moved is no finding. One finding per kind
 * of change (levels and increases of one metric are separate series), each year's values with all their
 * places, by year.
 */
export const targetHorizonDiffers: Check<'target-horizon-differs'> = {
  id: 'target-horizon-differs',
  severity: 'info',
  description: 'The same metric is set for different horizons in different documents; shows how the value moved.',
  check(cluster, ctx) {
    return horizonSpread(cluster.targets)
      .filter((spread) => ctx.baseline === undefined || (spread.some((t) => t.file === ctx.baseline) && spread.some((t) => t.file !== ctx.baseline)))
      .map((spread) => {
        const { entries, moved, weak } = readSeries(spread, ctx);
        // Note: the same value year after year (5%左右 ×3) is consistent: no finding (its match says
        // consistent); a series of a vague key (a verb such as 实施, a preposition such as 为) follows no
        // metric: no finding either.
        if (weak || !moved) return null;
        const first = entries[0][0];
        const parts: MessageParts = { metric: first.metric, change: first.change, year: null, groups: [valueParts(entries, (t) => ({ year: t.year, ...(t.since !== undefined && t.year !== null && t.year - t.since > 1 ? { since: t.since } : {}) }))], cap: Infinity, reason: { code: 'horizon-differs' } };
        return {
          message: renderMessage(parts, ctx.lang),
          parts,
          metric: first.metric,
          targets: entries.flat(),
          key: [first.change],
          values: sortedValues(entries.map((e) => [e[0].year, statementOf(e[0]), canonNumber(e[0].value), canonNumber(e[0].high)])),
        };
      })
      .filter((d) => d !== null);
  },
};
