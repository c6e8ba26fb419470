import type { Vector } from './model.js';

/** TF-IDF vectors of both sides plus an inverted index of the new side for candidate search. */
export interface VectorSpace {
  /** Unit-length vectors of the old side. */
  old: Vector[];
  /** Unit-length vectors of the new side. */
  new: Vector[];
  /**
   * Up to `k` new-side candidates for an old item, found through shared features that are rare enough
   * (an inverted index, so the work is linear in the postings read, not in the document length squared).
   */
  candidates(oldIndex: number, k: number): number[];
}

/**
 * Weight raw feature counts of two document sides by TF-IDF over both, and index the new side.
 * @param oldCounts feature counts per old item
 * @param newCounts feature counts per new item
 * @returns vectors and a candidate finder
 */
export function buildVectors(oldCounts: ReadonlyArray<Map<string, number>>, newCounts: ReadonlyArray<Map<string, number>>): VectorSpace {
  const df = new Map<string, number>();
  for (const counts of [...oldCounts, ...newCounts]) for (const f of counts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const total = oldCounts.length + newCounts.length;
  const weigh = (counts: Map<string, number>): Vector => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [f, n] of counts) {
      const w = (1 + Math.log(n)) * Math.log(1 + total / (df.get(f) ?? 1));
      v.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  };
  const oldVectors = oldCounts.map(weigh);
  const newVectors = newCounts.map(weigh);
  const postings = new Map<string, Array<[number, number]>>();
  newVectors.forEach((v, j) => {
    for (const [f, w] of v) {
      const list = postings.get(f);
      if (list) list.push([j, w]);
      else postings.set(f, [[j, w]]);
    }
  });
  // Note: features shared by more than `cap` items (的, 推动, 创新…) are not read from the index; rare
  // features carry the similarity anyway, and skipping common ones keeps candidate search near-linear.
  const cap = Math.max(64, Math.ceil(4 * Math.sqrt(newVectors.length)));
  const candidates = (i: number, k: number): number[] => {
    const acc = new Map<number, number>();
    for (const [f, w] of oldVectors[i]) {
      const list = postings.get(f);
      if (!list || list.length > cap) continue;
      for (const [j, wj] of list) acc.set(j, (acc.get(j) ?? 0) + w * wj);
    }
    return [...acc.entries()]
      .toSorted((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([j]) => j);
  };
  return { old: oldVectors, new: newVectors, candidates };
}

/**
 * Cosine similarity of two unit-length sparse vectors.
 * @param a first vector
 * @param b second vector
 * @returns 0..1
 */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, w] of small) {
    const x = large.get(f);
    if (x !== undefined) dot += w * x;
  }
  return Math.min(1, Math.max(0, dot));
}
