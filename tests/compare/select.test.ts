import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { select } from '../../src/compare/select.js';

describe('select', () => {
  it('gives the value sorting would put at rank k', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(20), (values, r, extra) => {
        const k = r % values.length;
        const scratch = new Float64Array(values.length + extra);
        scratch.set(values);
        const sorted = Float64Array.from(values).sort();
        expect(select(scratch, values.length, k)).toBe(sorted[k]);
      }),
    );
  });

  it('handles many ties', () => {
    const values = Float64Array.from([2, 1, 2, 2, 1, 3, 2, 1, 2]);
    expect(select(values.slice(), values.length, 3)).toBe(2);
    expect(select(values.slice(), values.length, 2)).toBe(1);
    expect(select(values.slice(), values.length, 8)).toBe(3);
  });
});
