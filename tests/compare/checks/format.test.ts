import { describe, expect, it } from 'vitest';
import { formatAmount, formatPlace } from '../../../src/compare/checks/format.js';
import { target } from './helpers.js';

describe('formatAmount', () => {
  it.each([
    [{ value: 20, unit: '家' }, '20家'],
    [{ value: 15, unit: '家', comparator: 'gte' as const, comparatorText: '达' }, '达15家'],
    [{ value: 6, unit: '%', comparator: 'approx' as const, comparatorText: '左右' }, '6%左右'],
    [{ value: 6, unit: '%', comparator: 'approx' as const, comparatorText: '保持在…左右' }, '保持在6%左右'],
    [{ value: 1.2e12, unit: '元', comparator: 'gt' as const, comparatorText: '超过' }, '超过1.2万亿元'],
    [{ value: 12000 * 1e8, unit: '元' }, '1.2万亿元'],
    [{ value: 8e11, unit: '元' }, '8000亿元'],
    [{ value: 75000, unit: '人' }, '7.5万人'],
    [{ value: 150000, unit: '人次', comparator: 'gte' as const, comparatorText: '以上' }, '15万人次以上'],
    [{ value: 12345.678, unit: '件' }, '12345.678件'],
    [{ value: 3, high: 5, unit: '%', comparator: 'range' as const }, '3-5%'],
    [{ value: 1e10, high: 2e10, unit: '元', comparator: 'range' as const }, '100-200亿元'],
    [{ value: 5, unit: '%', comparator: 'lte' as const }, '≤5%'],
    [{ value: 2, unit: '个百分点' }, '2个百分点'],
    [{ value: 30000, unit: '%' }, '30000%'],
    [{ value: 12000, unit: '件', comparator: 'gte' as const, comparatorText: '（含）以上' }, '1.2万件（含）以上'],
  ])('%j → %s', (over, text) => {
    expect(formatAmount(target(over))).toBe(text);
  });
});

describe('formatPlace', () => {
  it('writes file:line, with the page for PDF sources', () => {
    expect(formatPlace(target({ file: 'a.txt', line: 33 }))).toBe('a.txt:33');
    expect(formatPlace(target({ file: 'a.pdf', line: 12, page: 3 }))).toBe('a.pdf:p3:12');
  });
});
