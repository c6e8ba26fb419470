import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans, type CompareOptions } from '../../src/compare/index.js';

const parse = (path: string, value: string) => parsePlan({ path, value, format: 'txt', lineUnit: 'line' });
const compare = (a: string, b: string, options: CompareOptions = {}) => comparePlans(parse('old.txt', a), parse('new.txt', b), options);
const brief = (r: ReturnType<typeof compare>) => r.targetChanges.map((t) => `${t.kind} ${t.old?.text ?? '-'} → ${t.new?.text ?? '-'}`);

const LAW = `第一章 总则
第一条 为了预防、控制动物疫病，制定本法。
第二章 法律责任
第二条 违反本法规定，运载工具不符合动物防疫要求的，由县级以上地方人民政府农业农村主管部门责令改正，可以处五千元以下罚款；情节严重的，处五千元以上五万元以下罚款。
第三条 违反本法规定，未按照规定处置染疫动物的，由县级以上地方人民政府农业农村主管部门责令限期处理，处一千元以上一万元以下罚款。`;

describe('target changes by position in the word diff', () => {
  it('a fine whose words around it are reworded is no change; a fine whose amount changed is one', () => {
    const revised = LAW.replace('责令改正，可以处五千元以下罚款', '责令改正，依照有关规定可以处五千元以下罚款')
      .replace('由县级以上地方人民政府农业农村主管部门责令限期处理，处一千元以上一万元以下罚款', '由县级以上地方人民政府农业农村主管部门责令限期处理；逾期不处理的，处一千元以上三万元以下罚款');
    const r = compare(LAW, revised, { kinds: 'all' });
    expect(r.summary.modified).toBe(2);
    expect(brief(r)).toEqual(['changed 处一千元以上一万元以下罚款 → 处一千元以上三万元以下罚款']);
    expect(r.targetChanges[0]).toMatchObject({ fields: ['value'], old: { value: 1000, high: 10000 }, new: { value: 1000, high: 30000 } });
  });

  it('compares goals only by default: a law’s fines show with --kind all (or their own kind)', () => {
    const revised = LAW.replace('处五千元以上五万元以下罚款', '处一万元以上十万元以下罚款');
    expect(compare(LAW, revised).targetChanges).toEqual([]);
    const kind = parse('old.txt', LAW).targets.find((t) => t.text.includes('五万元'))!.kind;
    expect(compare(LAW, revised, { kinds: [kind] }).targetChanges).toHaveLength(1);
    expect(compare(LAW, revised, { kinds: 'all' }).targetChanges).toHaveLength(1);
  });

  it('a change of the year alone between two annual editions is no target change', () => {
    const report = (year: number, cpi: string) =>
      `一、${year}年经济社会发展总体要求和政策取向\n${year}年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；居民消费价格涨幅${cpi}左右。`;
    const r = compare(report(2024, '3%'), report(2025, '2%'));
    expect(r.summary.modified).toBeGreaterThan(0);
    expect(brief(r)).toEqual(['changed 居民消费价格涨幅3%左右 → 居民消费价格涨幅2%左右']);
    expect(r.targetChanges[0].fields).toContain('value');
  });

  it('a number in a replaced run of words is a change when its metric is the same or reworded, not another metric', () => {
    const a = '一、主要目标\n到2027年，建设市级联合实验室20家。';
    const reworded = compare(a, '一、主要目标\n到2027年，建设市级重点联合实验室25家。');
    expect(reworded.targetChanges).toHaveLength(1);
    expect(reworded.targetChanges[0]).toMatchObject({ kind: 'changed', old: { value: 20 }, new: { value: 25 } });
    const other = compare(a, '一、主要目标\n到2027年，培育高新技术企业25家。');
    expect(other.targetChanges.map((t) => t.kind).toSorted()).toEqual(['added', 'removed']);
  });
});
