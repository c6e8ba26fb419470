import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { allNodes, allParagraphs, CORPUS, load } from './helpers.js';

// Chapters and articles of the corpus laws: counted with grep for `^第X章` / `^第X条` lines and
// cross-checked with fixtures/corpus/README.md.
const laws: Array<[string, number, number]> = [
  ['law-sci-popularization-2024.md', 8, 60],
  ['law-sci-popularization-2002.md', 6, 34],
  ['reg-patent-law-implementing-rules-2023.md', 13, 149],
  ['reg-patent-law-implementing-rules-2010.md', 11, 123],
  ['reg-nsfc-2007.md', 7, 43],
  ['reg-nsfc-2024.md', 7, 45],
  ['law-sci-tech-achievement-transformation-2015.md', 6, 52],
  ['shanghai-tech-transfer-regs-2017.md', 7, 43],
  ['beijing-tech-transfer-regs-2019.md', 6, 45],
  ['law-animal-epidemic-prevention-2020-draft1.txt', 12, 113],
  ['law-animal-epidemic-prevention-2020-draft2.txt', 12, 112],
  // The final text's file starts at 第一条: 第一章 is missing from the source itself.
  ['law-animal-epidemic-prevention-2021-final.txt', 11, 113],
];

describe('corpus laws', () => {
  it.each(laws)('%s has %i chapters and %i articles, numbered in sequence', (name, chapters, articles) => {
    const doc = parsePlan(load(CORPUS, name), { targets: false });
    const nodes = allNodes(doc.nodes);
    const chapterNodes = nodes.filter((n) => n.style === 'chapter');
    const articleNodes = nodes.filter((n) => n.style === 'article');
    expect(chapterNodes).toHaveLength(chapters);
    expect(articleNodes).toHaveLength(articles);
    expect(articleNodes.map((n) => n.ordinal)).toEqual(Array.from({ length: articles }, (_, i) => i + 1));
    expect(chapterNodes.every((n) => n.depth === 1)).toBe(true);
    expect(articleNodes.every((n) => n.depth === 2 && n.title === '')).toBe(true);
  });

  it('keeps 款 as paragraphs and （一） items of an article as its paragraphs, not headings', () => {
    const doc = parsePlan(load(CORPUS, 'law-animal-epidemic-prevention-2020-draft1.txt'), { targets: false });
    const art4 = allNodes(doc.nodes).find((n) => n.id === '第一章/第四条')!;
    expect(art4.children).toEqual([]);
    expect(art4.paragraphs.map((p) => p.text.slice(0, 8))).toEqual(['根据动物疫病对养殖', '(一)一类疫病,是', '(二)二类疫病,是', '(三)三类疫病,是', '前款一、二、三类动'].map((s) => s.slice(0, 8)));
    // The first 款 spans a page break (line 19, blank line, line 21) and is joined.
    expect(art4.paragraphs[0]).toMatchObject({ line: 19, endLine: 21 });
  });

  it('reads the markdown plan: the scraper\'s 政策全文 heading and metadata are metadata, 一、 at depth 1', () => {
    const doc = parsePlan(load(CORPUS, 'national-14th-fyp-digital-economy-plan-2021.md'), { targets: false });
    expect(doc.title).toBe('“十四五”数字经济发展规划');
    expect(doc.nodes.map((n) => [n.depth, n.marker])).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、'].map((m) => [1, m]));
    expect(doc.metadata?.map((m) => m.text)).toEqual(['发布日期: 2022年1月', '发布机构: 加快布局', '分类:', '来源: https://www.gov.cn/zhengce/content/2022-01/12/content_5667817.htm', '政策全文', '更新时间: 2026-01-26 11:25:36']);
  });

  it.each(['national-gov-work-report-2023.txt', 'national-gov-work-report-2024.txt', 'national-gov-work-report-2025.txt'])('%s parses with its 一、 parts', (name) => {
    const doc = parsePlan(load(CORPUS, name), { targets: false });
    expect(doc.nodes.length).toBeGreaterThanOrEqual(2);
    expect(doc.nodes.every((n) => n.style === 'cn-dun' && n.depth === 1)).toBe(true);
    expect(allParagraphs(doc).length).toBeGreaterThan(80);
  });
});
