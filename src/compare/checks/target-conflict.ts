import type { Target } from '../../types.js';
import type { Check, Draft } from './types.js';
import { horizonSlices, statements } from './relate.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { normalizeScope } from './scope.js';
import { anyOpposed, apartSections, canonNumber, partition, sortedValues, valueEntries } from './group.js';
import { formatAmount, formatEntries, formatHead, formatPlaces } from './format.js';

/**
 * Same metric, same horizon, same scope, comparable units, different amounts: plans (or one plan in two
 * sections) promise different things. One finding per disagreement, however many files take part: it
 * lists every distinct value with all its places (a statement repeated in one file counts once), the
 * majority (or the baseline document's) value first.
 * Within one document this catches a 发展目标 figure contradicted by a task further down.
 */
export const targetConflict: Check<'target-conflict'> = {
  id: 'target-conflict',
  severity: 'error',
  description: 'The same target (metric, scope, horizon) is given different values.',
  check(cluster, ctx) {
    const out: Draft[] = [];
    for (const slice of horizonSlices(cluster.targets)) {
      for (const group of partition(slice, groupKey)) {
        const entries = valueEntries(statements(group), (a, b) => sameAmount(a, b, ctx.tolerance), ctx);
        if (!anyOpposed(entries, apartSections, ctx)) continue;
        const first = entries[0][0];
        out.push({
          message: `${formatHead(first, first.year)}: ${formatEntries(entries, (e) => `${formatAmount(e[0])} (${formatPlaces(e)})`, ' vs ')}`,
          metric: first.metric,
          targets: entries.flat(),
          key: [first.change, first.year, normalizeScope(first.scope, first.metricKey), unitFamily(first.unit), comparatorClass(first.comparator)],
          values: sortedValues(entries.map((e) => [canonNumber(e[0].value), canonNumber(e[0].high)])),
        });
      }
    }
    return out;
  },
};

/** Targets that can conflict: same kind of change, unit class, comparator class and scope (the year is the slice's). */
function groupKey(t: Target): string {
  return JSON.stringify([t.change, unitFamily(t.unit), comparatorClass(t.comparator), normalizeScope(t.scope, t.metricKey)]);
}
