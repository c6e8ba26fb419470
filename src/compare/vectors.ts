import type { Counts, Vector } from './model.js';
import { createSlab } from './slab.js';
import { select } from './select.js';

/** TF-IDF vectors of both sides plus an inverted index of the new side for candidate search. */
export interface VectorSpace {
  /** Unit-length vectors of the old side. */
  old: Vector[];
  /** Unit-length vectors of the new side. */
  new: Vector[];
  /**
   * Up to `k` new-side candidates for an old item, found through its most informative features in an
   * inverted index of the new side (work bounded per item, so linear in the number of items).
   */
  candidates(oldIndex: number, k: number): number[];
}

/** Features probed per old item. */
const PROBES = 32;
/** Posting lists longer than this are not read: the feature is too common to tell items apart. */
const CAP = 64;

/**
 * Weight raw feature counts of two document sides by TF-IDF over both, and index the new side.
 * @param oldCounts feature counts per old item
 * @param newCounts feature counts per new item
 * @returns vectors and a candidate finder
 */
export function buildVectors(oldCounts: readonly Counts[], newCounts: readonly Counts[]): VectorSpace {
  // Note: each loop is a function of its own: V8 optimises a long-running loop on its own (on-stack
  // replacement), and one function holding all of them was optimised, dropped at the next loop it had
  // not seen run yet, and optimised again, in every short run.
  let size = 0;
  for (const side of [oldCounts, newCounts]) for (let i = 0; i < side.length; i++) size = Math.max(size, lastId(side[i].ids) + 1);
  const df = new Int32Array(size);
  countFeatures(oldCounts, df);
  countFeatures(newCounts, df);
  const idf = inverseFrequencies(df, oldCounts.length + newCounts.length);
  // Note: identical texts share one `Counts` (see createFeatures), and so one vector.
  const weighed = new Map<Counts, Vector>();
  const float32 = createSlab((n) => new Float32Array(n));
  const weigh = (counts: Counts): Vector => {
    const cached = weighed.get(counts);
    if (cached) return cached;
    const vector = { ids: counts.ids, weights: weights(counts, idf, float32(counts.ids.length)) };
    weighed.set(counts, vector);
    return vector;
  };
  const oldVectors = oldCounts.map(weigh);
  const newVectors = newCounts.map(weigh);
  const { start, items, itemWeights } = invertedIndex(newVectors, size);
  const acc = new Float64Array(newVectors.length);
  // Note: each new item enters `touched` at most once per call (its score is then above 0).
  const touched = new Int32Array(newVectors.length);
  const candidates = (i: number, k: number): number[] => {
    const v = oldVectors[i];
    const threshold = strongest(v.weights, PROBES);
    let n = 0;
    for (let p = 0; p < v.ids.length; p++) {
      if (v.weights[p] < threshold) continue;
      const f = v.ids[p];
      if (f >= size || start[f + 1] - start[f] > CAP) continue;
      for (let q = start[f]; q < start[f + 1]; q++) {
        const j = items[q];
        if (acc[j] === 0) touched[n++] = j;
        acc[j] += v.weights[p] * itemWeights[q];
      }
    }
    const best = topScored(touched, n, acc, k);
    for (let t = 0; t < n; t++) acc[touched[t]] = 0;
    return best;
  };
  return { old: oldVectors, new: newVectors, candidates };
}

/** Add to `df` the number of items of one side holding each feature. */
function countFeatures(side: readonly Counts[], df: Int32Array): void {
  for (let i = 0; i < side.length; i++) {
    const ids = side[i].ids;
    for (let k = 0; k < ids.length; k++) df[ids[k]] += 1;
  }
}

/** The IDF of each feature once (not once per occurrence); features with df 0 are never read. */
function inverseFrequencies(df: Int32Array, total: number): Float64Array {
  const idf = new Float64Array(df.length);
  for (let f = 0; f < df.length; f++) if (df[f] > 0) idf[f] = Math.log(1 + total / df[f]);
  return idf;
}

/** TF-IDF weights of one item's counts, scaled to unit length, written into `out`. */
function weights(counts: Counts, idf: Float64Array, out: Float32Array): Float32Array {
  const ids = counts.ids;
  const values = counts.values;
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    // Note: most counts are 1, whose log-scaled term is exactly 1.
    const c = values[k];
    const w = (c === 1 ? 1 : 1 + Math.log(c)) * idf[ids[k]];
    out[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < out.length; k++) out[k] /= norm;
  return out;
}

/** Inverted index of the new side, as compressed rows: postings of f are items[start[f]..start[f+1]). */
function invertedIndex(newVectors: readonly Vector[], size: number): { start: Int32Array; items: Int32Array; itemWeights: Float32Array } {
  const start = postingStarts(newVectors, size);
  const items = new Int32Array(start[size]);
  const itemWeights = new Float32Array(start[size]);
  fillPostings(newVectors, start.slice(0, size), items, itemWeights);
  return { start, items, itemWeights };
}

/** Where each feature's postings start (prefix sums of the posting counts), `size + 1` entries. */
function postingStarts(newVectors: readonly Vector[], size: number): Int32Array {
  const start = new Int32Array(size + 1);
  for (let j = 0; j < newVectors.length; j++) {
    const ids = newVectors[j].ids;
    for (let k = 0; k < ids.length; k++) start[ids[k] + 1] += 1;
  }
  return prefixSums(start);
}

function prefixSums(counts: Int32Array): Int32Array {
  for (let f = 1; f < counts.length; f++) counts[f] += counts[f - 1];
  return counts;
}

/** Write each new item into the postings of its features, in item order (`fill`: next free slot per feature). */
function fillPostings(newVectors: readonly Vector[], fill: Int32Array, items: Int32Array, itemWeights: Float32Array): void {
  for (let j = 0; j < newVectors.length; j++) {
    const v = newVectors[j];
    for (let k = 0; k < v.ids.length; k++) {
      const f = v.ids[k];
      items[fill[f]] = j;
      itemWeights[fill[f]] = v.weights[k];
      fill[f] += 1;
    }
  }
}

function lastId(ids: Int32Array): number {
  return ids.length === 0 ? -1 : ids[ids.length - 1];
}

let scratch = new Float64Array(256);

/** The smallest of the `k` largest weights (all ties with it count among them); -Infinity when all count. */
function strongest(weights: Float32Array, k: number): number {
  if (weights.length <= k) return -Infinity;
  if (scratch.length < weights.length) scratch = new Float64Array(2 * weights.length);
  scratch.set(weights);
  // Note: weights are positive (never NaN), so selection gives exactly what sorting would.
  return select(scratch, weights.length, weights.length - k);
}

/** The `k` items with the highest scores among `items[0..n)` (ties: lower index first), best first. */
function topScored(items: Int32Array, n: number, score: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    const j = items[t];
    if (out.length === k && !before(j, out[k - 1], score)) continue;
    let at = out.length === k ? k - 1 : out.length;
    while (at > 0 && before(j, out[at - 1], score)) {
      if (at < k) out[at] = out[at - 1];
      at--;
    }
    out[at] = j;
  }
  return out;
}

function before(a: number, b: number, score: Float64Array): boolean {
  return score[a] > score[b] || (score[a] === score[b] && a < b);
}

/**
 * Cosine similarity of two unit-length sparse vectors.
 * @param a first vector
 * @param b second vector
 * @returns 0..1
 */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
    if (a.ids[x] === b.ids[y]) dot += a.weights[x++] * b.weights[y++];
    else if (a.ids[x] < b.ids[y]) x++;
    else y++;
  }
  return Math.min(1, Math.max(0, dot));
}

/**
 * Share of `a`'s weight on features that `b` also has.
 * @param a the part
 * @param b the whole
 * @returns 0..1
 */
export function containment(a: Vector, b: Vector): number {
  let shared = 0;
  let total = 0;
  for (let x = 0, y = 0; x < a.ids.length; x++) {
    total += a.weights[x];
    while (y < b.ids.length && b.ids[y] < a.ids[x]) y++;
    if (y < b.ids.length && b.ids[y] === a.ids[x]) shared += a.weights[x];
  }
  return total === 0 ? 0 : shared / total;
}

/**
 * Sum of vectors, normalized to unit length.
 * @param vectors the vectors
 * @returns their normalized sum
 */
export function sumVectors(vectors: readonly Vector[]): Vector {
  const sum = new Map<number, number>();
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k], (sum.get(v.ids[k]) ?? 0) + v.weights[k]);
  const ids = Int32Array.from(sum.keys()).sort();
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const weights = new Float32Array(ids.length);
  for (let k = 0; k < ids.length; k++) weights[k] = sum.get(ids[k])! / norm;
  return { ids, weights };
}
