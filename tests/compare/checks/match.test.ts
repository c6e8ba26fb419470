import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonKey, matchTargets } from '../../../src/compare/checks/match.js';
import { target } from './helpers.js';

const order = new Map([
  ['a.txt', 0],
  ['b.txt', 1],
]);
const keys = (clusters: ReturnType<typeof matchTargets>) => clusters.map((c) => [c.key, c.targets.map((t) => `${t.file}:${t.line}`)]);

describe('matchTargets', () => {
  it('groups equal keys and drops metrics stated once', () => {
    const ts = [target({ file: 'b.txt', line: 2, metricKey: 'x' }), target({ file: 'a.txt', line: 9, metricKey: 'x' }), target({ file: 'a.txt', line: 1, metricKey: 'y' })];
    expect(keys(matchTargets(ts, order))).toEqual([['x', ['a.txt:9', 'b.txt:2']]]);
  });

  it('maps aliases (keys or phrases, punctuation ignored) onto the canonical metric', () => {
    const ts = [
      target({ file: 'a.txt', metric: '研发投入强度', metricKey: '研发投入强度', unit: '%' }),
      target({ file: 'b.txt', metric: '“R&D”经费投入强度', metricKey: 'rd经费投入强度', unit: '%' }),
    ];
    expect(matchTargets(ts, order)).toEqual([]);
    const clusters = matchTargets(ts, order, { aliases: { 研发经费支出占地区生产总值比重: ['研发投入强度', 'R&D经费投入强度'] } });
    expect(keys(clusters)).toEqual([['研发经费支出占地区生产总值比重', ['a.txt:1', 'b.txt:1']]]);
  });

  it('does not chain unrelated metrics that share a few characters', () => {
    const ts = [
      target({ file: 'a.txt', metricKey: '国际科技合作基地', unit: '个' }),
      target({ file: 'b.txt', metricKey: '国际科技合作机制', unit: '个' }),
    ];
    expect(matchTargets(ts, order)).toEqual([]);
  });

  it('ignores targets without a metric key', () => {
    expect(matchTargets([target({ metricKey: '' }), target({ file: 'b.txt', metricKey: '“”' })], order)).toEqual([]);
  });

  it('is independent of the input order (property)', () => {
    const pool = ['联合实验室', '市级联合实验室', '国际联合研发项目', '国际联合研发项目数', '研发经费支出占地区生产总值比重', '全社会研发经费支出占地区生产总值比重'];
    const arb = fc.array(fc.record({ k: fc.constantFrom(...pool), f: fc.constantFrom('a.txt', 'b.txt'), line: fc.integer({ min: 1, max: 50 }), unit: fc.constantFrom('个', '%') }), { maxLength: 12 });
    fc.assert(
      fc.property(arb, (specs) => {
        const ts = specs.map((s, i) => target({ id: `t${i}`, file: s.f, line: s.line, metricKey: s.k, unit: s.unit }));
        expect(JSON.stringify(matchTargets(ts.toReversed(), order))).toBe(JSON.stringify(matchTargets(ts, order)));
      }),
    );
  });
});

describe('canonKey', () => {
  it('drops width, spaces, quotes and punctuation', () => {
    expect(canonKey('市级“一带一路” 联合实验室')).toBe('市级一带一路联合实验室');
    expect(canonKey('ＰＣＴ专利申请量')).toBe('PCT专利申请量');
  });
});
