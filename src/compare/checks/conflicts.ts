import type { Target } from '../../types.js';
import type { CheckContext, Cluster, Draft } from './types.js';
import type { KeyWeakness } from './keys.js';
import { horizonSlices, statements } from './relate.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { normalizeScope } from './scope.js';
import { agreedIn, anyOpposed, apartFiles, apartSections, canonNumber, partition, sortedValues, valueEntries } from './group.js';
import { MESSAGE_CAP, renderMessage, valueParts, type Reason } from './messages.js';

/** Why a disagreement on one metric, scope and horizon is or is not a conflict. */
export type DisagreementKind =
  | 'conflict' // documents of one issuer state different values, and both keys name the metric
  | 'weak-key' // documents disagree, but a metric key is a verb, a function word or a generic word
  | 'same-document'; // only two sections of one document differ (a part, a result, or a reading to review)

/** Values of one metric, scope and horizon that disagree. */
export interface Disagreement {
  /** What kind of disagreement. */
  kind: DisagreementKind;
  /** The values in disagreement, each with its targets, majority (or baseline) first. */
  entries: Target[][];
  /** The first weak metric key's weakness, when a key is weak. */
  weakness: KeyWeakness;
  /** The weak key, when one is. */
  weakKey: string | null;
}

const memo = new WeakMap<Cluster, Disagreement[]>();

/**
 * The disagreements of a cluster, one per horizon, kind of change, unit class, comparator class and
 * scope. Between documents, a statement every document makes in the same sentence is agreed and left
 * out; two of the remaining values, stated in different documents, are a conflict when every
 * metric key involved names a measured thing (see `keyWeakness`), else `weak-key`. Otherwise, two
 * sections of one document stating different values are `same-document`.
 * Note: computed once per cluster and shared by `target-conflict` and `target-review`.
 * @param cluster targets of one metric, of documents of one issuer
 * @param ctx tolerance, baseline document and the key test
 * @returns the disagreements
 */
export function disagreements(cluster: Cluster, ctx: CheckContext): Disagreement[] {
  const known = memo.get(cluster);
  if (known) return known;
  const out: Disagreement[] = [];
  for (const slice of horizonSlices(cluster.targets)) {
    for (const group of partition(slice, groupKey)) {
      const entries = valueEntries(statements(group), (a, b) => sameAmount(a, b, ctx.tolerance), ctx);
      if (entries.length < 2) continue;
      const files = [...new Set(group.map((t) => t.file))];
      // Note: a statement every document makes in the same sentence (a draft's unchanged sentence) is
      // agreed; the rest are each document's own, and only those can conflict.
      const agreed = agreedIn(group);
      const own = valueEntries(statements(group.filter((t) => !agreed(t))), (a, b) => sameAmount(a, b, ctx.tolerance), ctx);
      if (files.length > 1 && own.length > 1 && anyOpposed(own, apartFiles, ctx)) {
        out.push(withWeakness('conflict', own, ctx));
      } else if (anyOpposed(entries, apartSections, ctx)) {
        out.push(withWeakness('same-document', entries, ctx));
      }
    }
  }
  memo.set(cluster, out);
  return out;
}

/**
 * Targets that can conflict: same kind of change, unit class, comparator class and scope (the year is the slice's).
 * @param t a target
 * @returns the key
 */
export function groupKey(t: Target): string {
  let key = groupKeys.get(t);
  if (key === undefined) {
    key = JSON.stringify([t.change, unitFamily(t.unit), comparatorClass(t.comparator), normalizeScope(t.scope, t.metricKey)]);
    groupKeys.set(t, key);
  }
  return key;
}

const groupKeys = new WeakMap<Target, string>();

function withWeakness(kind: DisagreementKind, entries: Target[][], ctx: CheckContext): Disagreement {
  for (const key of new Set(entries.flat().map((t) => t.metricKey))) {
    const weakness = ctx.weakness(key);
    if (weakness !== null) return { kind: kind === 'conflict' ? 'weak-key' : kind, entries, weakness, weakKey: key };
  }
  return { kind, entries, weakness: null, weakKey: null };
}

/**
 * The draft finding of a disagreement: the metric and horizon, each value with its places, and the
 * key (kind of change, year, scope, unit class, comparator class) and values of its fingerprint.
 * @param entries the values, each with its targets
 * @param keyHead what goes before the key (the review's kind of disagreement), empty for a conflict
 * @param reason why (a conflict, or a review and what makes it one)
 * @param ctx the message language
 * @returns the draft
 */
export function disagreementDraft(entries: Target[][], keyHead: readonly unknown[], reason: Reason, ctx: Pick<CheckContext, 'lang'>): Draft {
  const first = entries[0][0];
  const parts = { metric: first.metric, change: first.change, year: first.year, groups: [valueParts(entries)], cap: MESSAGE_CAP.values, reason };
  return {
    message: renderMessage(parts, ctx.lang),
    parts,
    metric: first.metric,
    targets: entries.flat(),
    key: [...keyHead, first.change, first.year, normalizeScope(first.scope, first.metricKey), unitFamily(first.unit), comparatorClass(first.comparator)],
    values: sortedValues(entries.map((e) => [canonNumber(e[0].value), canonNumber(e[0].high)])),
  };
}
