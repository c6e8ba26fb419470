import type { Target } from '../../types.js';
import type { Check, Draft } from './types.js';
import { horizonSlices, statements } from './relate.js';
import { MESSAGE_CAP, renderMessage, valueParts, type MessageParts, type Reason } from './messages.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { agreedIn, anyOpposed, apartOwnFiles, canonNumber, sortedValues, valueEntries } from './group.js';

/**
 * Same metric and horizon, but units, kinds of change or comparators make the values incomparable:
 * review. One finding per metric and horizon, listing every statement of that year by value.
 */
export const targetUnitDiffers: Check<'target-unit-differs'> = {
  id: 'target-unit-differs',
  severity: 'warning',
  description: 'The same metric is stated in incomparable units, kinds of change (level vs growth) or comparators (ceiling vs level); review.',
  check(cluster, ctx) {
    const out: Draft[] = [];
    for (const slice of horizonSlices(cluster.targets)) {
      // Note: one amount under two comparators agrees (`控制在5.5%以内` and `5.5%左右`; `≥20` and `≈20`).
      const same = (a: Target, b: Target) => unitFamily(a.unit) === unitFamily(b.unit) && a.change === b.change && sameAmount(a, b, ctx.tolerance);
      const entries = valueEntries(statements(slice), same, ctx);
      if (!anyOpposed(entries, apartOwnFiles(agreedIn(slice)), ctx, (a, b) => classOf(a) !== classOf(b))) continue;
      const first = entries[0][0];
      const oneChange = entries.every((e) => e[0].change === first.change);
      const parts: MessageParts = { metric: first.metric, change: oneChange ? first.change : null, year: first.year, groups: [valueParts(entries)], cap: MESSAGE_CAP.values, reason: why(entries.map((e) => e[0])) };
      out.push({
        message: renderMessage(parts, ctx.lang),
        parts,
        metric: first.metric,
        targets: entries.flat(),
        key: [first.year],
        values: sortedValues(entries.map((e) => [unitFamily(e[0].unit), e[0].change, comparatorClass(e[0].comparator), canonNumber(e[0].value), canonNumber(e[0].high)])),
      });
    }
    return out;
  },
};

/** The class of a statement: only statements of one class can be compared. */
function classOf(t: Target): string {
  return JSON.stringify([unitFamily(t.unit), t.change, comparatorClass(t.comparator)]);
}

/** What makes the values incomparable: every unit class (one unit named per class: 个 for 个/项/家), kind of change and comparator class. */
function why(reps: readonly Target[]): Reason {
  const byFamily = reps.filter((t, i) => reps.findIndex((u) => unitFamily(u.unit) === unitFamily(t.unit)) === i);
  return { code: 'unit-differs', units: byFamily.map((t) => t.unit), kinds: reps.map((t) => t.change), comparators: reps.map((t) => comparatorClass(t.comparator)) };
}
