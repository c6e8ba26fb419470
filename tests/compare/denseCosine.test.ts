import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { denseCosine } from '../../src/compare/denseCosine.js';
import { cosine } from '../../src/compare/vectors.js';
import type { Vector } from '../../src/compare/model.js';

const vector = fc.dictionary(fc.integer({ min: 0, max: 60 }).map(String), fc.float({ min: Math.fround(0.01), max: 1, noNaN: true })).map((entries): Vector => {
  const ids = Int32Array.from(Object.keys(entries).map(Number)).sort();
  const raw = Float32Array.from(ids, (id) => entries[String(id)]);
  const norm = Math.hypot(...raw) || 1;
  return { ids, weights: raw.map((w) => w / norm) };
});

describe('denseCosine', () => {
  it('is bit-identical to cosine, whatever order the old vectors come in', () => {
    fc.assert(
      fc.property(fc.array(vector, { minLength: 1, maxLength: 5 }), fc.array(vector, { minLength: 1, maxLength: 5 }), (olds, news) => {
        const dense = denseCosine(news);
        for (const a of [...olds, ...olds.toReversed()]) for (const b of news) expect(dense(a, b)).toBe(cosine(a, b));
      }),
    );
  });

  it('scores a vector against itself as 1 and disjoint vectors as 0', () => {
    const a: Vector = { ids: Int32Array.from([1, 3]), weights: Float32Array.from([0.6, 0.8]) };
    const b: Vector = { ids: Int32Array.from([2]), weights: Float32Array.from([1]) };
    const dense = denseCosine([a, b]);
    expect(dense(a, a)).toBeCloseTo(1, 6);
    expect(dense(a, b)).toBe(0);
  });
});
