import type { Vector } from './model.js';

/**
 * A cosine for one side scored against many candidates: the old vector is scattered once into a
 * dense array by feature id, so each candidate costs one look-up per feature instead of a merge of
 * two sorted id lists.
 * Note: the products are summed in the candidate's ascending id order, as `cosine` sums them (a
 * feature the old vector lacks adds +0), so the result is bit-identical to `cosine`.
 * @param newVectors the vectors that will be passed as `b` (they bound the dense array)
 * @returns `(a, b)` giving the cosine similarity of unit vectors `a` and `b`, 0..1
 */
export function denseCosine(newVectors: readonly Vector[]): (a: Vector, b: Vector) => number {
  let size = 0;
  for (const v of newVectors) if (v.ids.length > 0) size = Math.max(size, v.ids[v.ids.length - 1] + 1);
  const dense = new Float64Array(size);
  let current: Vector | null = null;
  return (a, b) => {
    if (a !== current) {
      if (current) for (let k = 0; k < current.ids.length; k++) if (current.ids[k] < size) dense[current.ids[k]] = 0;
      for (let k = 0; k < a.ids.length; k++) if (a.ids[k] < size) dense[a.ids[k]] = a.weights[k];
      current = a;
    }
    let dot = 0;
    const ids = b.ids;
    const weights = b.weights;
    for (let k = 0; k < ids.length; k++) {
      const f = ids[k];
      if (f < size) dot += dense[f] * weights[k];
    }
    return Math.min(1, Math.max(0, dot));
  };
}
