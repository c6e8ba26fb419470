import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import type { CompareReport, Pair } from '../../src/types.js';

const CORPUS = 'fixtures/corpus/';
const load = (name: string) =>
  parsePlan({ path: name, value: readFileSync(CORPUS + name, 'utf8'), format: name.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });
const run = (a: string, b: string) => comparePlans(load(a), load(b));
const find = (r: CompareReport, needle: string, side: 'old' | 'new' = 'new'): Pair => {
  const hits = r.pairs.filter((p) => p[side]?.text.includes(needle));
  expect(hits, needle).toHaveLength(1);
  return hits[0];
};
const changed = (p: Pair, op: 'delete' | 'insert') => p.diff.filter((d) => d.op === op).map((d) => d.text);

describe('corpus: 专利法实施细则 2010 → 2023 (articles renumbered throughout)', () => {
  const r = run('reg-patent-law-implementing-rules-2010.md', 'reg-patent-law-implementing-rules-2023.md');

  it('shows an article renumbered but unchanged as unchanged + renumbered, not deleted and inserted', () => {
    const p = find(r, '按照专利合作条约已确定国际申请日并指定中国的国际申请');
    expect(p).toMatchObject({ status: 'unchanged', renumbered: true, moved: false });
    expect(p.old?.outline).toContain('第一百零二条');
    expect(p.new?.outline).toContain('第一百一十九条');
    const unchangedRenumbered = r.pairs.filter((x) => x.status === 'unchanged' && x.renumbered).length;
    console.log('patent rules:', JSON.stringify(r.summary), `unchanged+renumbered ${unchangedRenumbered}`);
    expect(unchangedRenumbered).toBeGreaterThan(200);
    expect(r.summary.removed).toBeLessThan(20);
  });

  it('diffs reworded clauses word by word, cross-references as whole words', () => {
    const deadline = find(r, '不计算在期限内');
    expect(deadline.status).toBe('modified');
    expect(changed(deadline, 'delete')).toContain('第一日');
    expect(changed(deadline, 'insert')).toContain('当日');
    const pct = find(r, '受理按照专利合作条约提出的专利国际申请');
    expect(changed(pct, 'delete')).toEqual(['第二十条']);
    expect(changed(pct, 'insert')).toEqual(['第十九条']);
  });

  it('reports the new electronic-filing clause as added', () => {
    expect(find(r, '以电子形式向国务院专利行政部门提交各种文件的').status).toBe('added');
  });
});

describe('corpus: 科学技术普及法 2002 → 2024', () => {
  const r = run('law-sci-popularization-2002.md', 'law-sci-popularization-2024.md');

  it('pairs the revised first article and shows the inserted strategy', () => {
    console.log('sci popularization:', JSON.stringify(r.summary));
    const first = find(r, '为了实施科教兴国战略');
    expect(first.status).toBe('modified');
    expect(first.old?.outline).toContain('第一条');
    expect(changed(first, 'insert').join('')).toContain('人才强国战略');
  });

  it('shows 科普工作者 → 科普人员 in a renumbered article', () => {
    const p = find(r, '国家保护科普组织和科普');
    expect(p).toMatchObject({ status: 'modified', renumbered: true, moved: false });
    expect(changed(p, 'delete')).toContain('工作者');
    expect(changed(p, 'insert')).toContain('人员');
  });
});

describe('corpus: 动物防疫法 draft 1 → draft 2 → final', () => {
  it('draft 1 → 2: a clause moved from 法律责任 into 动物疫病的预防 is moved, not deleted and inserted', () => {
    const r = run('law-animal-epidemic-prevention-2020-draft1.txt', 'law-animal-epidemic-prevention-2020-draft2.txt');
    console.log('animal epidemic draft1→draft2:', JSON.stringify(r.summary));
    const p = find(r, '后仍不符合免疫质量要求的');
    expect(p).toMatchObject({ status: 'modified', moved: true });
    expect(p.old?.outline).toContain('第十一章');
    expect(p.new?.outline).toContain('第二章');
    // layout: draft 1 and 2 are both hard-wrapped PDF text; wrapping never shows as a change
    expect(find(r, '国家实行动物疫病监测和疫情预警制度。').status).toBe('unchanged');
  });

  it('draft 2 → final: articles under a dropped 第一章 heading are not moved', () => {
    const r = run('law-animal-epidemic-prevention-2020-draft2.txt', 'law-animal-epidemic-prevention-2021-final.txt');
    console.log('animal epidemic draft2→final:', JSON.stringify(r.summary));
    expect(r.summary.moved).toBeLessThan(5);
    // a target change lists exactly the attributes that differ
    for (const t of r.targetChanges.filter((x) => x.kind === 'changed')) {
      expect(t.fields.includes('value')).toBe(t.old!.value !== t.new!.value || t.old!.high !== t.new!.high);
      expect(t.fields.includes('unit')).toBe(t.old!.unit !== t.new!.unit);
    }
  });
});

describe('corpus: national work reports 2024 → 2025 (two annual editions)', () => {
  const [a, b] = [load('national-gov-work-report-2024.txt'), load('national-gov-work-report-2025.txt')];
  const r = comparePlans(a, b);

  it('reports a target change only where a number of the same metric and kind changed', () => {
    console.log('work reports 2024→2025:', JSON.stringify(r.summary), r.targetChanges.filter((t) => t.kind === 'changed').map((t) => `${t.metric} ${t.old!.text} → ${t.new!.text}`));
    const find = (doc: typeof a, ref: { line: number; text: string }) => doc.targets.find((t) => t.line === ref.line && t.text === ref.text)!;
    for (const t of r.targetChanges) {
      if (t.kind !== 'changed') continue;
      const [x, y] = [find(a, t.old!), find(b, t.new!)];
      expect([x.metricKey, x.kind], `${t.old!.text} → ${t.new!.text}`).toEqual([y.metricKey, y.kind]);
      expect(t.fields.filter((f) => f !== 'year'), `${t.old!.text} → ${t.new!.text}`).not.toEqual([]);
    }
    // the CPI goal changes, 3%左右 → 2%左右; GDP 5%左右 is the same in both years and no change
    expect(r.targetChanges).toContainEqual(expect.objectContaining({ kind: 'changed', metricKey: '居民消费价格涨幅', old: expect.objectContaining({ value: 3 }), new: expect.objectContaining({ value: 2 }) }));
    expect(r.targetChanges.some((t) => t.metricKey === '国内生产总值' && t.kind === 'changed')).toBe(false);
  });
});

describe('corpus: successors on a full rewrite (科普法 2002 → 2024, 国家自然科学基金条例 2007 → 2024)', () => {
  it('finds weak but probable successors as related, with their similarity, never counted as unchanged', () => {
    const nsfc = run('reg-nsfc-2007.md', 'reg-nsfc-2024.md');
    const related = nsfc.pairs.filter((p) => p.status === 'related');
    console.log('nsfc related:', related.map((p) => `${p.old!.id} → ${p.new!.id} ${p.similarity}`));
    // 第二条 (设立国家自然科学基金，用于资助…基础研究) → 第三条 ¶1, which adds 人才培养和团队建设
    expect(related.map((p) => [p.old!.id, p.new!.id])).toContainEqual(['第一章/第二条#p1', '第一章/第三条#p1']);
    expect(nsfc.summary.related).toBe(related.length);
    for (const p of related) {
      expect(p.similarity).toBeGreaterThan(0);
      expect(p.similarity).toBeLessThan(1);
      expect(p.diff.length).toBeGreaterThan(1);
    }
    const sci = run('law-sci-popularization-2002.md', 'law-sci-popularization-2024.md');
    const successors = (id: string) => sci.pairs.filter((p) => p.old?.id === id && p.new !== null);
    // 第十五条 ¶1 (科学研究和技术开发机构、高等院校、自然科学和社会科学类社会团体…) went to 第二十二条
    // (科学研究和技术开发机构、高等学校应当支持和组织…) and 第二十四条 (社会团体…): one related split
    const fifteen = successors('第三章/第十五条#p1');
    expect(fifteen.map((p) => [p.new!.id, p.status])).toEqual([
      ['第三章/第二十二条#p1', 'related'],
      ['第三章/第二十四条#p1', 'related'],
    ]);
    expect(new Set(fifteen.map((p) => p.group))).toEqual(new Set(['第三章/第十五条#p1>第三章/第二十二条#p1+第三章/第二十四条#p1']));
    // 第三十条 (以科普为名进行有损社会公共利益的活动…；违反治安管理规定的…；构成犯罪的…) went to 第五十四条
    // (…以科普为名损害…社会公共利益…) and 第五十九条 (…治安管理处罚；构成犯罪的…)
    const thirty = successors('第五章/第三十条#p1');
    expect(thirty.map((p) => p.new!.id)).toEqual(['第七章/第五十四条#p1', '第七章/第五十九条#p1']);
    expect(new Set(thirty.map((p) => p.group)).size).toBe(1);
    expect(sci.summary.related).toBe(new Set(sci.pairs.filter((p) => p.status === 'related').map((p) => p.group ?? `${p.old!.id}>${p.new!.id}`)).size);
    // 第二十九条 (…对在科普工作中做出重要贡献的组织和个人，予以表彰和奖励) → 第十三条 (…做出突出贡献的…给予表彰、奖励)
    expect(sci.pairs.find((p) => p.old?.id === '第四章/第二十九条#p1')).toMatchObject({ status: 'related', new: { id: '第一章/第十三条#p1' } });
    expect(sci.summary.unchanged).toBe(sci.pairs.filter((p) => p.status === 'unchanged' && p.group === undefined).length + new Set(sci.pairs.filter((p) => p.status === 'unchanged' && p.group !== undefined).map((p) => p.group)).size);
  });
});

describe('corpus: an article split whose pieces lie apart, and what is no split', () => {
  it('湖北 2025 → 2026: 三 ¶2 (坚持政治引领) and ¶4 (依法行政) went to 四/一 and 四/三, ¶1 to 四 and ¶7 to 四/五: no group, as the section went several ways', () => {
    const report = run('hubei-gov-work-report-2025.txt', 'hubei-gov-work-report-2026.txt');
    const pair = (id: string) => report.pairs.find((p) => p.old?.id === id && p.new !== null)!;
    expect(pair('三#p2').new!.id).toBe('四/一#p1');
    expect(pair('三#p4').new!.id).toBe('四/三#p1');
    expect([pair('三#p1').new!.id, pair('三#p7').new!.id]).toEqual(['四#p1', '四/五#p2']);
    expect(pair('三#p2').group).toBeUndefined();
    expect(pair('三#p4').group).toBeUndefined();
  });

  it('动物防疫法 2020 一审稿 → 2021: 第二十六条 (…运输等活动。人畜共患传染病名录由…公布) went to 第三十五条 and 第四条 ¶6: one group', () => {
    const report = run('law-animal-epidemic-prevention-2020-draft1.txt', 'law-animal-epidemic-prevention-2021-final.txt');
    const links = report.pairs.filter((p) => p.old?.id === '第二章/第二十六条#p1' && p.new !== null);
    expect(links.map((p) => p.new!.id)).toEqual(['第四条#p6', '第三章/第三十五条#p1']);
    expect(new Set(links.map((p) => p.group)).size).toBe(1);
  });
});
