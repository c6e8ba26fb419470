import type { Target } from '../../types.js';
import type { Check, Draft } from './types.js';
import { horizonSlices, statements } from './relate.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { canonNumber, partition, sortedValues } from './group.js';
import { renderMessage, type MessageParts } from './messages.js';

/** How a document's targets must relate to those of the document it implements. */
export type RelationOp = '>=' | '<=' | '=';

/** A relation the user declared between two documents (config `relations`). */
export interface DocumentRelation {
  /** The implementing document (a path as given). */
  file: string;
  /** The document it implements (a path as given). */
  implements: string;
  /** Its targets must be ≥, ≤ or = the implemented document's. */
  relation: RelationOp;
}

/**
 * A declared relation between two documents does not hold: the implementing document (a province's plan)
 * sets a target below (for `>=`), above (`<=`) or unlike (`=`) the same target of the document it
 * implements (the national plan). Documents of different issuers are compared only through such a
 * relation. Only targets of one metric, horizon, kind of change, unit class and comparator class, with
 * specific metric keys, are compared; a ceiling (以内) turns `>=` round, as a lower ceiling is the stricter goal.
 */
export const targetRelation: Check<'target-relation'> = {
  id: 'target-relation',
  severity: 'error',
  description: 'A document declared to implement another (config relations) sets a target that breaks the declared relation.',
  check(cluster, ctx) {
    const rel = ctx.relation;
    if (rel === undefined) return [];
    const out: Draft[] = [];
    for (const slice of horizonSlices(cluster.targets)) {
      const groups = partition(slice, (t) => JSON.stringify([t.change, unitFamily(t.unit), comparatorClass(t.comparator)]));
      for (const group of groups) {
        const mine = statements(group.filter((t) => t.file === rel.file));
        const theirs = statements(group.filter((t) => t.file === rel.implements));
        if (mine.length === 0 || theirs.length === 0) continue;
        if ([...mine, ...theirs].some((t) => ctx.weakness(t.metricKey) !== null)) continue;
        const broken = mine.filter((a) => theirs.some((b) => !holds(a, b, rel.relation, ctx.tolerance)));
        if (broken.length === 0) continue;
        const first = broken[0];
        const op: '≥' | '≤' | '=' = rel.relation === '=' ? '=' : (rel.relation === '>=') !== (comparatorClass(first.comparator) === 'ceiling') ? '≥' : '≤';
        const parts: MessageParts = {
          metric: first.metric,
          change: first.change,
          year: first.year,
          groups: [[{ amount: first, places: broken }]],
          cap: 1,
          reason: { code: 'relation', op, expected: { amount: theirs[0], places: theirs }, file: rel.file, implements: rel.implements },
        };
        out.push({
          message: renderMessage(parts, ctx.lang),
          parts,
          metric: first.metric,
          targets: [...broken, ...theirs],
          key: [rel.relation, first.change, first.year, unitFamily(first.unit), comparatorClass(first.comparator)],
          values: sortedValues([...broken, ...theirs].map((t) => [t.file === rel.file ? 'file' : 'implements', canonNumber(t.value), canonNumber(t.high)])),
        });
      }
    }
    return out;
  },
};

function holds(a: Target, b: Target, relation: RelationOp, tolerance: number): boolean {
  if (sameAmount(a, b, tolerance)) return true;
  if (relation === '=') return false;
  const ceiling = comparatorClass(a.comparator) === 'ceiling';
  const higher = (a.high ?? a.value) > (b.high ?? b.value);
  return (relation === '>=') !== ceiling ? higher : !higher;
}
