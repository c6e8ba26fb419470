import type { Target } from '../../types.js';
import type { CheckContext, Cluster } from './types.js';
import { horizonSlices, relate, statements, type Relation } from './relate.js';

/**
 * Every pair of statements of a cluster that share a horizon and relate in one of the given ways.
 * Note: two targets of one section of one document are never paired: there, a second figure is a part of
 * the first (`服务百个创新主体 … 重点服务50家创新主体`), not a contradiction; a 发展目标 figure
 * contradicted by a task in another section is.
 * @param cluster the cluster
 * @param ctx tolerance
 * @param wanted relations to keep
 * @param crossFile true to keep only pairs from two different files
 * @returns pairs, first target before second in input order, without repeats
 */
export function relatedPairs(
  cluster: Cluster,
  ctx: CheckContext,
  wanted: readonly Relation[],
  crossFile: boolean,
): Array<{ a: Target; b: Target; relation: Relation }> {
  const seen = new Set<string>();
  const out: Array<{ a: Target; b: Target; relation: Relation }> = [];
  for (const slice of horizonSlices(cluster.targets)) {
    const reps = statements(slice);
    for (let i = 0; i < reps.length; i++) {
      for (let j = i + 1; j < reps.length; j++) {
        const [a, b] = [reps[i], reps[j]];
        if (a.file === b.file && (crossFile || a.nodeId === b.nodeId)) continue;
        const relation = relate(a, b, ctx);
        const id = `${a.file}\0${a.id}\0${b.file}\0${b.id}`;
        if (!wanted.includes(relation) || seen.has(id)) continue;
        seen.add(id);
        out.push({ a, b, relation });
      }
    }
  }
  return out;
}
