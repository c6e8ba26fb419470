import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffArrays } from 'diff';
import { arrayDiff, type ArrayChange } from '../../src/compare/arrayDiff.js';
import { diffClauses } from '../../src/compare/diffClauses.js';
import { canonText } from '../../src/compare/canon.js';
import { getSegmenter } from '../../src/parse/segmenter.js';
import type { DiffOp } from '../../src/types.js';

/** jsdiff's runs in arrayDiff's form (its `value` must hold `count` elements). */
function jsdiff(a: readonly number[], b: readonly number[]): ArrayChange[] {
  return diffArrays([...a], [...b]).map((c) => {
    expect(c.value.length).toBe(c.count);
    return { op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', count: c.count };
  });
}

const RUNS = 2000;
const alphabet = fc.integer({ min: 1, max: 6 });
const over = (k: number, maxLength = 60) => fc.array(fc.integer({ min: 0, max: k - 1 }), { maxLength });
/** Pairs of arrays over one small alphabet, of every shape the clause diffs meet. */
const pairs = alphabet.chain((k) =>
  fc.oneof(
    fc.tuple(over(k), over(k)),
    // common head and tail around different middles
    fc.tuple(over(k, 20), over(k, 20), over(k, 20), over(k, 20)).map(([head, x, y, tail]) => [[...head, ...x, ...tail], [...head, ...y, ...tail]] as const),
    // pure insertions and pure deletions: the old array is a subsequence of the new one or the reverse
    fc.tuple(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: k - 1 })), { maxLength: 60 }), fc.boolean()).map(([marks, flip]) => {
      const whole = marks.map(([, v]) => v);
      const part = marks.filter(([keep]) => keep).map(([, v]) => v);
      return flip ? ([whole, part] as const) : ([part, whole] as const);
    }),
    over(k).map((a) => [a, a] as const),
    fc.tuple(over(k), over(k)).map(([a, b]) => [a, b.map((v) => v + k)] as const),
    // repeated symbols: runs of one or two values
    fc.tuple(fc.nat(60), fc.nat(60), fc.nat(3), fc.nat(3)).map(([m, n, p, q]) => [Array.from({ length: m }, (_, i) => (i % (p + 1) === 0 ? 0 : 1)), Array.from({ length: n }, (_, i) => (i % (q + 1) === 0 ? 0 : 1))] as const),
  ),
);

describe('arrayDiff', () => {
  it('gives exactly the runs jsdiff diffArrays gives', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(arrayDiff(a, b)).toEqual(jsdiff(a, b));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives exactly the runs jsdiff gives on longer arrays with few edits (its diagonal pruning)', () => {
    const long = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.nat(3), { minLength: 50, maxLength: 300 })).chain(([k, base]) =>
      fc.array(fc.tuple(fc.nat(299), fc.boolean(), fc.integer({ min: 0, max: k + 2 })), { maxLength: 12 }).map((edits) => {
        const next = [...base];
        for (const [at, remove, v] of edits) {
          if (remove) next.splice(at % Math.max(next.length, 1), 1);
          else next.splice(at % (next.length + 1), 0, v);
        }
        return [base, next] as const;
      }),
    );
    fc.assert(
      fc.property(long, ([a, b]) => {
        expect(arrayDiff(a, b)).toEqual(jsdiff(a, b));
        expect(arrayDiff(b, a)).toEqual(jsdiff(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('takes typed arrays and leaves its inputs unchanged', () => {
    const a = Int32Array.from([5, 1, 2, 3, 5]);
    const b = Int32Array.from([1, 4, 3, 5, 5]);
    expect(arrayDiff(a, b)).toEqual(jsdiff([...a], [...b]));
    expect([...a, ...b]).toEqual([5, 1, 2, 3, 5, 1, 4, 3, 5, 5]);
  });

  it('puts a deletion before the insertion that replaces it', () => {
    expect(arrayDiff([1, 2, 3], [1, 4, 3])).toEqual([
      { op: 'equal', count: 1 },
      { op: 'delete', count: 1 },
      { op: 'insert', count: 1 },
      { op: 'equal', count: 1 },
    ]);
  });

  it('breaks ties as jsdiff does', () => {
    expect(arrayDiff([1, 2], [2, 1])).toEqual([
      { op: 'delete', count: 1 },
      { op: 'equal', count: 1 },
      { op: 'insert', count: 1 },
    ]);
    expect(arrayDiff([0, 0, 1], [1, 0, 0])).toEqual([
      { op: 'insert', count: 1 },
      { op: 'equal', count: 2 },
      { op: 'delete', count: 1 },
    ]);
    expect(arrayDiff([1, 2, 3, 4], [3, 4, 1, 2])).toEqual([
      { op: 'delete', count: 2 },
      { op: 'equal', count: 2 },
      { op: 'insert', count: 2 },
    ]);
  });

  it('handles empty and identical arrays', () => {
    expect(arrayDiff([], [])).toEqual([]);
    expect(arrayDiff([7], [])).toEqual([{ op: 'delete', count: 1 }]);
    expect(arrayDiff([], [7, 7])).toEqual([{ op: 'insert', count: 2 }]);
    expect(arrayDiff([1, 2, 3], [1, 2, 3])).toEqual([{ op: 'equal', count: 3 }]);
  });
});

describe('diffClauses on arrayDiff', () => {
  const segmenter = getSegmenter();
  // Note: no whitespace or bookmarks, so the segmenter's words are exactly the tokens diffClauses diffs.
  const words = ['发展', '产业', '，', '。', '加快', '建设', '15家', '20家', '１５家', '新型', '数字经济', '２０２５年', '2025年', '推动', 'ＡＩ', 'AI'];
  /** diffClauses as it was on jsdiff: canonical forms of the words, diffArrays, merged runs. */
  const reference = (oldText: string, newText: string): DiffOp[] => {
    const a = segmenter.words(oldText);
    const b = segmenter.words(newText);
    const canon = (t: string) => canonText(t) || t.normalize('NFKC');
    const ops: DiffOp[] = [];
    let x = 0;
    let y = 0;
    for (const c of diffArrays(a.map(canon), b.map(canon))) {
      const op: DiffOp['op'] = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
      const text = (op === 'delete' ? a.slice(x, x + c.count) : b.slice(y, y + c.count)).join('');
      if (op !== 'insert') x += c.count;
      if (op !== 'delete') y += c.count;
      if (text === '') continue;
      const last = ops.at(-1);
      if (last && last.op === op) ops[ops.length - 1] = { op, text: last.text + text };
      else ops.push({ op, text });
    }
    return ops;
  };
  const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(''));

  it('gives the diff the jsdiff version gave, with a fresh or a shared canon map', () => {
    const shared = new Map<string, string>();
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const expected = reference(oldText, newText);
        expect(diffClauses(oldText, newText, segmenter)).toEqual(expected);
        expect(diffClauses(oldText, newText, segmenter, shared)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('counts tokens equal up to width as equal and shows the new side for them', () => {
    expect(diffClauses('建设１５家', '建设15家新型', segmenter)).toEqual([
      { op: 'equal', text: '建设15家' },
      { op: 'insert', text: '新型' },
    ]);
  });
});
