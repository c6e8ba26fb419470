import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { allNodes, depthCounts, load, SEEDS } from './helpers.js';

// Counts of numbered headings per depth, checked by hand against each seed.
const seeds: Array<[string, Record<number, number>, string | null]> = [
  ['beijing-bri-sti-action-plan-2024-2027-draft.txt', { 1: 3, 2: 9, 3: 12 }, '“一带一路”科技创新北京行动计划（2024-2027年）（征求意见稿）'],
  ['beijing-sti-internationalisation-action-plan-2024-2027-draft.txt', { 1: 3, 2: 13, 3: 20 }, '北京国际科技创新中心科技创新国际化提升行动计划（2024-2027年）（征求意见稿）'],
  ['national-bri-sti-cooperation-special-plan-2016.txt', { 1: 7, 2: 36 }, null],
  ['beijing-14th-fyp-international-sti-centre-plan-2021.txt', { 1: 11, 2: 47 }, '北京市“十四五”时期国际科技创新中心建设规划'],
  ['most-beijing-sti-centre-work-plan-2023.txt', { 1: 4, 2: 9, 3: 22 }, '深入贯彻落实习近平总书记重要批示精神加快推动北京国际科技创新中心建设的工作方案'],
];

/** Lines of the seed that start (after bullets, spaces and bookmark residue) with a numbered marker of the plan hierarchy. */
function markerLines(value: string): number[] {
  return value.split('\n').flatMap((line, i) => {
    const t = line.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^[\s-]+/, '');
    return /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、]\s*\D)/.test(t) ? [i + 1] : [];
  });
}

describe('seed outlines', () => {
  it.each(seeds)('%s has the expected headings per depth', (name, counts, title) => {
    const source = load(SEEDS, name);
    const doc = parsePlan(source, { targets: false });
    expect(depthCounts(doc)).toEqual(counts);
    expect(doc.title).toBe(title);
    expect(doc.warnings).toEqual([]);
  });

  it.each(seeds)('%s: every numbered heading sits on a line the seed starts with a marker, and all such lines are headings', (name) => {
    const source = load(SEEDS, name);
    const doc = parsePlan(source, { targets: false });
    const headingLines = allNodes(doc.nodes).map((n) => n.line);
    expect(headingLines).toEqual(markerLines(source.value));
  });

  it('finds the task behind the [bookmark: …] residue in seed 001', () => {
    const doc = parsePlan(load(SEEDS, 'beijing-sti-internationalisation-action-plan-2024-2027-draft.txt'), { targets: false });
    const task = allNodes(doc.nodes).find((n) => n.id === '二/一/3');
    expect(task).toMatchObject({ marker: '3.', title: '加快国际科技组织与机构集聚发展', line: 27, depth: 3 });
    expect(doc.label).toBe('附件1');
  });

  it('splits a heading with its body on the same line', () => {
    const doc = parsePlan(load(SEEDS, 'beijing-sti-internationalisation-action-plan-2024-2027-draft.txt'), { targets: false });
    const node = allNodes(doc.nodes).find((n) => n.id === '三/一')!;
    expect(node.title).toBe('强化组织保障');
    expect(node.paragraphs[0].text.startsWith('坚持党对科技创新国际化工作的领导')).toBe(true);
    expect(node.paragraphs[0]).toMatchObject({ id: '三/一#p1', line: 51 });
  });

  it('records lead titles of paragraphs', () => {
    const doc = parsePlan(load(SEEDS, 'beijing-bri-sti-action-plan-2024-2027-draft.txt'), { targets: false });
    const principles = allNodes(doc.nodes).find((n) => n.id === '一/二')!;
    expect(principles.paragraphs.map((p) => p.title)).toEqual(['共商共建', '创新引领', '产业协同']);
    expect(doc.period).toEqual({ start: 2024, end: 2027 });
  });

  it('re-joins the continuation line `- 励、企业创新等方面` of the 2023 work plan into task 16', () => {
    const doc = parsePlan(load(SEEDS, 'most-beijing-sti-centre-work-plan-2023.txt'), { targets: false });
    const task = allNodes(doc.nodes).find((n) => n.id === '三/五/16')!;
    expect(task.paragraphs).toHaveLength(1);
    expect(task.paragraphs[0].text).toContain('人才激励、企业创新等方面');
    expect(task).toMatchObject({ line: 65, endLine: 67 });
  });

  it('re-joins the wrapped lines of the 14th-FYP plan and keeps original line numbers', () => {
    const doc = parsePlan(load(SEEDS, 'beijing-14th-fyp-international-sti-centre-plan-2021.txt'), { targets: false });
    expect(doc.period).toEqual({ start: 2021, end: 2025 });
    expect(doc.preamble.map((p) => [p.line, p.endLine])).toEqual([[4, 14], [16, 25], [27, 27]]);
    const lab = allNodes(doc.nodes).find((n) => n.id === '三/一')!;
    expect(lab.paragraphs.map((p) => p.title)).toEqual(['加快推进国家实验室建设', '推进在京国家重点实验室体系化发展', '持续优化并争取更多国家创新平台在京落地']);
    expect(lab.paragraphs[1].sentences[1]).toMatchObject({ line: 290, column: 18 });
  });
});
