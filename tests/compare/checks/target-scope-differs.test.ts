import { describe, expect, it } from 'vitest';
import { targetScopeDiffers } from '../../../src/compare/checks/target-scope-differs.js';
import { run, target } from './helpers.js';

const a = (over = {}) => target({ file: 'a.txt', line: 33, metric: '国际科技合作基地', metricKey: '国际科技合作基地', unit: '个', ...over });
const b = (over = {}) => target({ file: 'b.txt', line: 18, metric: '国际科技合作基地', metricKey: '国际科技合作基地', unit: '个', ...over });

const valid: Array<[string, ReturnType<typeof target>[]]> = [
  ['same scope, different values (a conflict, not this rule)', [a({ value: 30 }), b({ value: 100 })]],
  ['different scope, same value', [a({ value: 30, scope: '围绕“一带一路”' }), b({ value: 30 })]],
  ['different scope within one document', [a({ value: 30, scope: '围绕“一带一路”' }), a({ line: 40, value: 100 })]],
  ['different scope, different horizon', [a({ value: 30, scope: '在海外', year: 2025 }), b({ value: 100 })]],
  ['scope word already in the metric key', [a({ metricKey: '一带一路联合实验室', value: 30, scope: '围绕“一带一路”' }), b({ metricKey: '一带一路联合实验室', value: 100 })]],
];

const invalid: Array<[string, ReturnType<typeof target>[], string[]]> = [
  [
    '围绕"一带一路" vs the whole city',
    [a({ value: 30, scope: '围绕“一带一路”', comparator: 'gte', comparatorText: '达' }), b({ value: 100, comparator: 'gte', comparatorText: '达' })],
    ['国际科技合作基地 (2027): 达30个 [围绕“一带一路”] (a.txt:33) vs 达100个 [no scope] (b.txt:18): scopes differ'],
  ],
  [
    'two different scopes',
    [a({ value: 30, scope: '与共建国家' }), b({ value: 50, scope: '与世界主要创新国家（地区）' })],
    ['国际科技合作基地 (2027): 30个 [与共建国家] (a.txt:33) vs 50个 [与世界主要创新国家（地区）] (b.txt:18): scopes differ'],
  ],
];

describe('target-scope-differs', () => {
  it('is a warning rule', () => {
    expect(targetScopeDiffers).toMatchObject({ id: 'target-scope-differs', severity: 'warning' });
  });
  it.each(valid)('valid: %s', (_name, targets) => {
    expect(run(targetScopeDiffers, targets)).toEqual([]);
  });
  it.each(invalid)('invalid: %s', (_name, targets, messages) => {
    expect(run(targetScopeDiffers, targets)).toEqual(messages);
  });
  it('gives one finding per metric and horizon, each scope with its values and all their places', () => {
    const c = (over = {}) => target({ file: 'c.txt', line: 4, metric: '国际科技合作基地', metricKey: '国际科技合作基地', unit: '个', ...over });
    const scoped = { scope: '围绕“一带一路”' };
    expect(run(targetScopeDiffers, [a({ value: 30, ...scoped }), b({ value: 100 }), c({ value: 30, ...scoped }), c({ line: 9, value: 35, ...scoped })])).toEqual([
      '国际科技合作基地 (2027): 30个 [围绕“一带一路”] (a.txt:33, c.txt:4) vs 35个 [围绕“一带一路”] (c.txt:9) vs 100个 [no scope] (b.txt:18): scopes differ',
    ]);
  });
});
