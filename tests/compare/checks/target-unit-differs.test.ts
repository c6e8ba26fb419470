import { describe, expect, it } from 'vitest';
import { targetUnitDiffers } from '../../../src/compare/checks/target-unit-differs.js';
import { run, target } from './helpers.js';

const a = (over = {}) => target({ file: 'a.txt', line: 5, metric: '研发人员', metricKey: '研发人员', ...over });
const b = (over = {}) => target({ file: 'b.txt', line: 9, metric: '研发人员', metricKey: '研发人员', ...over });

const valid: Array<[string, ReturnType<typeof target>[]]> = [
  ['个 vs 项 vs 家 count the same things', [a({ unit: '个' }), b({ unit: '项' }), b({ line: 10, unit: '家' })]],
  ['人 vs 名', [a({ value: 260, unit: '人' }), b({ value: 260, unit: '名' })]],
  ['eq vs 左右 vs 达', [a({ unit: '%', value: 6 }), b({ unit: '%', value: 6, comparator: 'approx' }), b({ line: 12, unit: '%', value: 6, comparator: 'gte' })]],
  ['increase vs increase', [a({ unit: '%', value: 7.5, change: 'increase' }), b({ unit: '%', value: 7.5, change: 'increase' })]],
  ['different units within one document', [a({ unit: '%' }), a({ line: 6, unit: '人' })]],
  ['different units, different horizons', [a({ unit: '%', year: 2025 }), b({ unit: '人', year: 2035 })]],
  // The five-year plan's 城镇调查失业率控制在5.5%以内 and the year's 5.5%左右: one amount agrees under any comparator.
  ['one amount as a ceiling and as a level', [a({ value: 5.5, unit: '%', comparator: 'lte', comparatorText: '控制在…以内' }), b({ value: 5.5, unit: '%', comparator: 'approx', comparatorText: '左右' })]],
  ['one decrease as a ceiling and as a level', [a({ value: 3, unit: '%', change: 'decrease' }), b({ value: 3, unit: '%', change: 'decrease', comparator: 'lte', comparatorText: '以内' })]],
];

const invalid: Array<[string, ReturnType<typeof target>[], string[]]> = [
  ['% vs 个百分点', [a({ value: 2, unit: '%' }), b({ value: 2, unit: '个百分点' })], ['研发人员 (2027): 2% (a.txt:5) vs 2个百分点 (b.txt:9): units differ (% vs 个百分点)']],
  ['人 vs 人次', [a({ value: 150000, unit: '人' }), b({ value: 150000, unit: '人次' })], ['研发人员 (2027): 15万人 (a.txt:5) vs 15万人次 (b.txt:9): units differ (人 vs 人次)']],
  [
    'level vs increase',
    [a({ value: 10, unit: '%' }), b({ value: 10, unit: '%', change: 'increase', comparatorText: '以上', comparator: 'gte' })],
    ['研发人员 (2027): 10% (a.txt:5) vs 10%以上 (b.txt:9): kinds differ (level vs increase)'],
  ],
  [
    '增长 (one-off) vs 年均增长 (yearly) are different kinds',
    [a({ unit: '%', value: 7.5, change: 'increase' }), b({ unit: '%', value: 7.5, change: 'rate' })],
    ['研发人员 (2027): 7.5% (a.txt:5) vs 7.5% (b.txt:9): kinds differ (increase vs annual rate)'],
  ],
  [
    'a decrease as a ceiling vs as a level: the message names the kind',
    [a({ value: 3, unit: '%', change: 'decrease' }), b({ value: 4, unit: '%', change: 'decrease', comparator: 'lte', comparatorText: '以内' })],
    ['研发人员 (decrease, 2027): 3% (a.txt:5) vs 4%以内 (b.txt:9): comparators differ (point vs ceiling)'],
  ],
  [
    'ceiling vs level',
    [a({ value: 3, unit: '%', comparator: 'approx', comparatorText: '左右' }), b({ value: 3.5, unit: '%', comparator: 'lte', comparatorText: '控制在…以内' })],
    ['研发人员 (2027): 3%左右 (a.txt:5) vs 控制在3.5%以内 (b.txt:9): comparators differ (point vs ceiling)'],
  ],
];

describe('target-unit-differs', () => {
  it('is a warning rule', () => {
    expect(targetUnitDiffers).toMatchObject({ id: 'target-unit-differs', severity: 'warning' });
  });
  it.each(valid)('valid: %s', (_name, targets) => {
    expect(run(targetUnitDiffers, targets)).toEqual([]);
  });
  it.each(invalid)('invalid: %s', (_name, targets, messages) => {
    expect(run(targetUnitDiffers, targets)).toEqual(messages);
  });
  it('gives one finding per metric and horizon, listing every value with its places', () => {
    const c = (over = {}) => target({ file: 'c.txt', line: 2, metric: '研发人员', metricKey: '研发人员', ...over });
    expect(run(targetUnitDiffers, [a({ value: 2, unit: '%' }), b({ value: 2, unit: '个百分点' }), c({ value: 2, unit: '%' }), c({ line: 3, value: 3, unit: '个百分点', comparator: 'lte' })])).toEqual([
      '研发人员 (2027): 2% (a.txt:5, c.txt:2) vs 2个百分点 (b.txt:9) vs ≤3个百分点 (c.txt:3): units differ (% vs 个百分点); comparators differ (point vs ceiling)',
    ]);
  });
});
