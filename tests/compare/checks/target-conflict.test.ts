import { describe, expect, it } from 'vitest';
import { targetConflict } from '../../../src/compare/checks/target-conflict.js';
import { drafts, run, target } from './helpers.js';

const a = (over = {}) => target({ file: 'a.txt', line: 33, ...over });
// b words its sentence differently: a copy of a's sentence would agree with it (see agreedIn).
const b = (over = {}) => target({ file: 'b.txt', line: 17, sentence: '建设联合实验室。', ...over });

const valid: Array<[string, ReturnType<typeof target>[]]> = [
  ['same value, 个 vs 项', [a({ value: 100, unit: '个' }), b({ value: 100, unit: '项' })]],
  ['same value, eq vs 达 (gte)', [a({ value: 15 }), b({ value: 15, comparator: 'gte', comparatorText: '达' })]],
  ['1.2万亿元 vs 12000亿元 (base units)', [a({ value: 1.2e12, unit: '元' }), b({ value: 12000 * 1e8, unit: '元' })]],
  ['different horizon', [a({ value: 20, year: 2025 }), b({ value: 15, year: 2027 })]],
  ['different scope', [a({ value: 30, scope: '围绕“一带一路”' }), b({ value: 100 })]],
  ['incomparable units', [a({ value: 30, unit: '个' }), b({ value: 6, unit: '%' })]],
  ['ceiling vs level', [a({ value: 3, unit: '%' }), b({ value: 5, unit: '%', comparator: 'lte' })]],
  ['growth vs level', [a({ value: 5, unit: '%', change: 'rate' }), b({ value: 6, unit: '%' })]],
  ['within one file, same value twice', [a({ line: 3 }), a({ line: 40 })]],
  ['within one section: a part of the total', [a({ line: 35, nodeId: '一/（二）', value: 100, unit: '个' }), a({ line: 35, column: 80, nodeId: '一/（二）', value: 50 })]],
  ['within one document, in two sections (a target-review)', [a({ line: 5, nodeId: '一/（二）' }), a({ line: 60, nodeId: '二/（三）/8', value: 18, comparatorText: '达到', comparator: 'gte' })]],
  ['a copy of the same document: every statement agreed', [a({ nodeId: '一' }), a({ line: 60, nodeId: '二', value: 15 }), target({ file: 'b.txt', nodeId: '一' }), target({ file: 'b.txt', line: 60, nodeId: '二', value: 15 })]],
  ['a vague metric key (a verb) is a target-review', [a({ metricKey: '推动', metric: '推动' }), b({ metricKey: '推动', metric: '推动', value: 15 })]],
  ['scope already named by the metric', [a({ metricKey: '一带一路联合实验室', value: 15, scope: '与“一带一路”' }), b({ metricKey: '一带一路联合实验室', value: 15 })]],
  ['an unknown year is not the same horizon as a known one', [a({ year: null }), b({ value: 15 })]],
  // The 十四五 纲要's 能耗降低13.5% (2021–2025) and the 2025 report's 降低3%左右 (that year): both end in 2025.
  ['a cut over five years vs a cut over one year', [a({ value: 13.5, unit: '%', change: 'decrease', year: 2025, since: 2020 }), b({ value: 3, unit: '%', change: 'decrease', year: 2025, since: 2024 })]],
];

const invalid: Array<[string, ReturnType<typeof target>[], string[]]> = [
  ['20家 vs 达15家', [a(), b({ value: 15, comparator: 'gte', comparatorText: '达' })], ['联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17)']],
  ['same scope words', [a({ scope: '在海外' }), b({ value: 25, scope: '在 海外' })], ['联合实验室 (2027): 20家 (a.txt:33) vs 25家 (b.txt:17)']],
  ['two cuts from one base year', [a({ value: 13.5, unit: '%', change: 'decrease', since: 2020 }), b({ value: 12, unit: '%', change: 'decrease', since: 2020 })], ['联合实验室 (decrease, 2027): 13.5% (a.txt:33) vs 12% (b.txt:17)']],
  [
    'a scope the metric already names (与"一带一路"沿线地区 on 一带一路联合实验室)',
    [a({ metricKey: '一带一路联合实验室' }), b({ metricKey: '一带一路联合实验室', value: 15, scope: '与“一带一路”沿线地区' })],
    ['联合实验室 (2027): 20家 (a.txt:33) vs 15家 (b.txt:17)'],
  ],
  ['both years unknown', [a({ year: null }), b({ value: 15, year: null })], ['联合实验室: 20家 (a.txt:33) vs 15家 (b.txt:17)']],
  [
    'ranges',
    [a({ value: 3, high: 5, unit: '%', comparator: 'range' }), b({ value: 4, high: 5, unit: '%', comparator: 'range' })],
    ['联合实验室 (2027): 3-5% (a.txt:33) vs 4-5% (b.txt:17)'],
  ],
  [
    'amounts shown with 万亿 and 左右',
    [a({ value: 1.2e12, unit: '元', comparator: 'gt', comparatorText: '超过' }), b({ value: 1e12, unit: '元', comparator: 'approx', comparatorText: '左右' })],
    ['联合实验室 (2027): 超过1.2万亿元 (a.txt:33) vs 1万亿元左右 (b.txt:17)'],
  ],
];

describe('target-conflict', () => {
  it('is an error rule', () => {
    expect(targetConflict).toMatchObject({ id: 'target-conflict', severity: 'error' });
  });
  it.each(valid)('valid: %s', (_name, targets) => {
    expect(run(targetConflict, targets)).toEqual([]);
  });
  it.each(invalid)('invalid: %s', (_name, targets, messages) => {
    expect(run(targetConflict, targets)).toEqual(messages);
  });
  it('reports a repeated statement once', () => {
    expect(run(targetConflict, [a({ line: 3 }), a({ line: 40 }), b({ value: 15 })])).toEqual(['联合实验室 (2027): 20家 (a.txt:3) vs 15家 (b.txt:17)']);
  });
  it('counts values within the tolerance as equal', () => {
    expect(run(targetConflict, [a({ value: 100 }), b({ value: 100.5 })], 0.01)).toEqual([]);
    expect(run(targetConflict, [a({ value: 100 }), b({ value: 100.5 })])).toHaveLength(1);
  });

  it('gives one finding per disagreement, the majority value first, every place in order', () => {
    const c = (over = {}) => target({ file: 'c.txt', line: 9, ...over });
    const [draft, ...rest] = drafts(targetConflict, [a(), b({ value: 15 }), c({ value: 15 })]);
    expect(rest).toEqual([]);
    expect(draft.message).toBe('联合实验室 (2027): 15家 (b.txt:17, c.txt:9) vs 20家 (a.txt:33)');
    expect(draft.targets.map((t) => `${t.file}:${t.line}`)).toEqual(['b.txt:17', 'c.txt:9', 'a.txt:33']);
  });
  it('with a baseline document names its value first, and needs it in the disagreement', () => {
    const c = (over = {}) => target({ file: 'c.txt', line: 9, ...over });
    expect(run(targetConflict, [a(), b({ value: 15 }), c({ value: 15 })], 0, 'a.txt')).toEqual(['联合实验室 (2027): 20家 (a.txt:33) vs 15家 (b.txt:17, c.txt:9)']);
    // b and c disagree with each other, not with the baseline, which states no value here.
    expect(run(targetConflict, [a({ year: 2025 }), b({ value: 15 }), c({ value: 12 })], 0, 'a.txt')).toEqual([]);
    // Within the baseline alone, two sections: not a deviation of another document.
    expect(run(targetConflict, [a({ nodeId: '一' }), a({ line: 60, nodeId: '二', value: 15 }), b()], 0, 'a.txt')).toEqual(['联合实验室 (2027): 20家 (a.txt:33, b.txt:17) vs 15家 (a.txt:60)']);
    expect(run(targetConflict, [a({ nodeId: '一' }), a({ line: 60, nodeId: '二', value: 15 }), b()], 0, 'a.txt')).toHaveLength(1);
    expect(run(targetConflict, [a({ nodeId: '一' }), a({ line: 60, nodeId: '二', value: 15 })], 0, 'a.txt')).toEqual([]);
  });
  it('caps the places of a value at three and the values at six in the message, keeping every place', () => {
    const many = Array.from({ length: 7 }, (_, i) => target({ file: `p${i}.txt`, line: 2 }));
    const [capped] = drafts(targetConflict, [...many, b({ value: 15 })]);
    expect(capped.message).toBe('联合实验室 (2027): 20家 (p0.txt:2, p1.txt:2, p2.txt:2 and 4 more) vs 15家 (b.txt:17)');
    expect(capped.targets).toHaveLength(8);
    const values = Array.from({ length: 8 }, (_, i) => target({ file: `v${i}.txt`, line: 1, value: 10 + i }));
    expect(run(targetConflict, values)).toEqual([
      '联合实验室 (2027): 10家 (v0.txt:1) vs 11家 (v1.txt:1) vs 12家 (v2.txt:1) vs 13家 (v3.txt:1) vs 14家 (v4.txt:1) vs 15家 (v5.txt:1) and 2 more values in 2 places',
    ]);
  });
  it('a part of a total in one section still stands against another file', () => {
    const sec = { nodeId: '一/（二）' };
    expect(run(targetConflict, [a({ ...sec, value: 100 }), a({ ...sec, column: 80, value: 50 }), b({ value: 100 })])).toEqual([
      '联合实验室 (2027): 100家 (a.txt:33, b.txt:17) vs 50家 (a.txt:33)',
    ]);
  });
  it('keys a finding by what it is about and records its values, not its files', () => {
    const [one] = drafts(targetConflict, [a(), b({ value: 15 })]);
    expect(one.key).toEqual(['level', 2027, '', 'count', 'point']);
    expect(one.values).toEqual(['[15,null]', '[20,null]']);
    const [two] = drafts(targetConflict, [a(), b({ value: 15 }), target({ file: 'c.txt', value: 20 })]);
    expect([two.key, two.values]).toEqual([one.key, one.values]);
  });
});

describe('target-conflict on a second draft', () => {
  it('names only the changed statement, in both drafts, and leaves the agreed ones out', () => {
    const draft = (file: string, value: number) => [
      target({ file, line: 9, nodeId: '一', value: 5, sentence: '过去一年增长5%。' }),
      target({ file, line: 33, nodeId: '二', value, sentence: `主要预期目标是：增长${value}%左右。` }),
      target({ file, line: 35, nodeId: '二', value: 5, sentence: '经济增长预期目标为5%左右。' }),
    ];
    expect(run(targetConflict, [...draft('a.txt', 5), ...draft('b.txt', 6)])).toEqual(['联合实验室 (2027): 5家 (a.txt:33) vs 6家 (b.txt:33)']);
    expect(run(targetConflict, [...draft('a.txt', 5), ...draft('b.txt', 5)])).toEqual([]);
  });
});
