import { describe, expect, it } from 'vitest';
import { targetHorizonDiffers } from '../../../src/compare/checks/target-horizon-differs.js';
import { run, target } from './helpers.js';

const cpi = (file: string, line: number, year: number, value: number) =>
  target({ file, line, year, value, unit: '%', metric: '居民消费价格涨幅', metricKey: '居民消费价格涨幅', comparator: 'approx', comparatorText: '左右' });

const deficit = (file: string, line: number, year: number, value: number, unit: string, change: 'level' | 'increase') =>
  target({ file, line, year, value, unit, change, metric: '赤字率', metricKey: '赤字率', id: `${file}#${line}:${change}` });

const valid: Array<[string, ReturnType<typeof target>[]]> = [
  ['same horizon', [cpi('a.txt', 1, 2025, 3), cpi('b.txt', 2, 2025, 2)]],
  ['two horizons in one document', [cpi('a.txt', 1, 2025, 3), cpi('a.txt', 9, 2035, 2)]],
  ['files that share one of their horizons', [cpi('a.txt', 1, 2025, 3), cpi('a.txt', 9, 2035, 2), cpi('b.txt', 2, 2025, 3)]],
  ['unknown years in both', [target({ year: null }), target({ file: 'b.txt', year: null })]],
  ['a level and an increase, each stated in one year only', [deficit('r2024.txt', 81, 2024, 3, '%', 'level'), deficit('r2025.txt', 53, 2025, 1, '个百分点', 'increase')]],
];

const energy = (file: string, line: number, year: number, value: number, since: number) =>
  target({ file, line, year, since, value, unit: '%', change: 'decrease', metric: '单位国内生产总值能耗', metricKey: '单位国内生产总值能耗' });

const invalid: Array<[string, ReturnType<typeof target>[], string[]]> = [
  [
    'a five-year cut shows its period',
    [energy('r2021.txt', 122, 2021, 3, 2020), energy('r2021.txt', 107, 2025, 13.5, 2020), energy('r2024.txt', 75, 2024, 2.5, 2023), energy('r2025.txt', 47, 2025, 3, 2024)],
    ['单位国内生产总值能耗 (decrease): 3% (2021, r2021.txt:122) → 2.5% (2024, r2024.txt:75) → 13.5% (2021–2025, r2021.txt:107) → 3% (2025, r2025.txt:47): horizons differ'],
  ],
  [
    'yearly work reports',
    [cpi('r2023.txt', 171, 2023, 3), cpi('r2024.txt', 75, 2024, 3), cpi('r2025.txt', 47, 2025, 2)],
    ['居民消费价格涨幅: 3%左右 (2023, r2023.txt:171) → 3%左右 (2024, r2024.txt:75) → 2%左右 (2025, r2025.txt:47): horizons differ'],
  ],
  [
    'an unknown year comes last',
    [cpi('r2025.txt', 47, 2025, 2), cpi('r2023.txt', 171, 2023, 3), target({ file: 'x.txt', line: 3, year: null, value: 3, unit: '%', metric: '居民消费价格涨幅', metricKey: '居民消费价格涨幅', comparator: 'approx', comparatorText: '左右' })],
    ['居民消费价格涨幅: 3%左右 (2023, r2023.txt:171) → 2%左右 (2025, r2025.txt:47) → 3%左右 (year unknown, x.txt:3): horizons differ'],
  ],
  [
    'a level and an increase are two series, never one (赤字率 4%左右 and 比上年提高1个百分点)',
    [
      deficit('r2023.txt', 173, 2023, 3, '%', 'level'),
      deficit('r2024.txt', 81, 2024, 3, '%', 'level'),
      deficit('r2025.txt', 53, 2025, 4, '%', 'level'),
      deficit('r2025.txt', 53, 2025, 1, '个百分点', 'increase'),
    ],
    ['赤字率: 3% (2023, r2023.txt:173) → 3% (2024, r2024.txt:81) → 4% (2025, r2025.txt:53): horizons differ'],
  ],
  [
    'each kind of change that moves gets its own finding, named by its kind',
    [
      deficit('r2024.txt', 81, 2024, 3.9e12, '元', 'level'),
      deficit('r2024.txt', 81, 2024, 1e11, '元', 'increase'),
      deficit('r2025.txt', 53, 2025, 4.4e12, '元', 'level'),
      deficit('r2025.txt', 53, 2025, 5e11, '元', 'increase'),
    ],
    [
      '赤字率: 3.9万亿元 (2024, r2024.txt:81) → 4.4万亿元 (2025, r2025.txt:53): horizons differ',
      '赤字率 (increase): 1000亿元 (2024, r2024.txt:81) → 5000亿元 (2025, r2025.txt:53): horizons differ',
    ],
  ],
  [
    'ordered by year, not by file',
    [cpi('new.txt', 5, 2027, 20), cpi('old.txt', 8, 2025, 15)],
    ['居民消费价格涨幅: 15%左右 (2025, old.txt:8) → 20%左右 (2027, new.txt:5): horizons differ'],
  ],
];

describe('target-horizon-differs', () => {
  it('is an info rule (a series, not a conflict)', () => {
    expect(targetHorizonDiffers).toMatchObject({ id: 'target-horizon-differs', severity: 'info' });
  });
  it.each(valid)('valid: %s', (_name, targets) => {
    expect(run(targetHorizonDiffers, targets)).toEqual([]);
  });
  it.each(invalid)('invalid: %s', (_name, targets, messages) => {
    expect(run(targetHorizonDiffers, targets)).toEqual(messages);
  });
  it('lists each year\'s value once with all its places, and a baseline must take part', () => {
    const series = [cpi('a.txt', 1, 2023, 3), cpi('b.txt', 4, 2023, 3), cpi('c.txt', 7, 2025, 2)];
    expect(run(targetHorizonDiffers, series)).toEqual(['居民消费价格涨幅: 3%左右 (2023, a.txt:1, b.txt:4) → 2%左右 (2025, c.txt:7): horizons differ']);
    expect(run(targetHorizonDiffers, series, 0, 'c.txt')).toHaveLength(1);
    expect(run(targetHorizonDiffers, series, 0, 'z.txt')).toEqual([]);
  });
});
