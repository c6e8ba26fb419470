import { describe, expect, it } from 'vitest';
import { comparatorClass, sameAmount, unitFamily } from '../../../src/compare/checks/units.js';
import { normalizeScope } from '../../../src/compare/checks/scope.js';
import type { Comparator } from '../../../src/types.js';

// What check counts as the same amount, unit class, comparator class and scope (issue 23: the mutation
// run found these behaviours unpinned).

describe('comparatorClass', () => {
  it.each<[Comparator, string]>([
    ['eq', 'point'],
    ['gte', 'point'],
    ['gt', 'point'],
    ['approx', 'point'],
    // 以内, 不超过, 低于: ceilings.
    ['lte', 'ceiling'],
    ['lt', 'ceiling'],
    ['range', 'range'],
  ])('%s is a %s', (comparator, want) => {
    expect(comparatorClass(comparator)).toBe(want);
  });
});

describe('unitFamily', () => {
  it.each([
    ['个', 'count'],
    ['项', 'count'],
    ['家', 'count'],
    ['人', 'person'],
    ['名', 'person'],
    ['人次', '人次'],
    ['%', '%'],
    ['个百分点', '个百分点'],
  ])('%s → %s', (unit, want) => {
    expect(unitFamily(unit)).toBe(want);
  });
});

describe('sameAmount', () => {
  const v = (value: number, high: number | null = null) => ({ value, high });
  it.each<[string, ReturnType<typeof v>, ReturnType<typeof v>, number, boolean]>([
    ['equal values', v(20), v(20), 0, true],
    ['different values', v(20), v(15), 0, false],
    ['float noise of base units (1.2万亿元)', v(1.2 * 1e12), v(1200000000000), 0, true],
    ['within a tolerance of 5%', v(100), v(104), 0.05, true],
    ['beyond a tolerance of 5%', v(100), v(106), 0.05, false],
    ['equal ranges', v(5, 10), v(5, 10), 0, true],
    ['ranges with other high ends', v(5, 10), v(5, 12), 0, false],
    ['ranges whose high ends are within the tolerance', v(5, 100), v(5, 104), 0.05, true],
    ['a range and a single value with its low end', v(5, 10), v(5), 0, false],
    ['a single value and a range', v(5), v(5, 10), 0, false],
    ['other low ends, same high end', v(4, 10), v(5, 10), 0, false],
  ])('%s', (_name, a, b, tolerance, want) => {
    expect(sameAmount(a, b, tolerance)).toBe(want);
    expect(sameAmount(b, a, tolerance)).toBe(want);
  });
});

describe('normalizeScope: where a target applies, as far as the metric does not say it already', () => {
  it.each<[string | null, string, string]>([
    [null, '联合实验室', ''],
    ['', '联合实验室', ''],
    ['与“一带一路”', '联合实验室', '一带一路'],
    // Only the words that lead into a scope: nothing left.
    ['与', '联合实验室', ''],
    ['“ ”', '联合实验室', ''],
    ['“一带一路”沿线国家', '联合实验室', '一带一路沿线国家'],
    ['与“一带一路”沿线国家', '一带一路联合实验室', ''],
    ['面向东盟国家', '联合实验室', '东盟国家'],
    ['东盟', '东盟联合实验室', ''],
    ['全市', '联合实验室', '市'],
  ])('%j for %s → %j', (scope, key, want) => {
    expect(normalizeScope(scope, key)).toBe(want);
  });
});
