import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/types.js';
import { allNodes, parse } from './helpers.js';

const meta = (doc: PlanDocument) => (doc.metadata ?? []).map((m) => m.text);
const headings = (doc: PlanDocument) => allNodes(doc.nodes).map((n) => `${n.depth} ${n.marker}${n.title}`);

describe('web chrome and scraper metadata around a plan', () => {
  it('keeps page controls copied one word a line as metadata, not as title', () => {
    const doc = parse('下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n——2026年1月20日在某省人民代表大会上\n来源：某省日报\n时间：2026-02-11\n各位代表：\n现在，我代表省人民政府报告工作。\n一、回顾\n内容。\n相关报道：\n');
    expect(doc.title).toBe('2026年某省政府工作报告');
    expect(doc.period).toEqual({ start: 2026, end: 2026 });
    expect(meta(doc)).toEqual(['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '来源：某省日报', '时间：2026-02-11', '相关报道：']);
    expect(doc.metadata?.map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 18]);
    expect(doc.preamble.map((p) => p.text)).toEqual(['——2026年1月20日在某省人民代表大会上', '各位代表：', '现在，我代表省人民政府报告工作。']);
    expect(headings(doc)).toEqual(['1 一、回顾']);
  });

  it('reads a key alone with its value below, a time stamp and a bottom run with a repeat of the opening', () => {
    const doc = parse('2026年某省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n某省日报\n【字体：\n大\n中\n小\n】\n分享：\n2026年2月3日在某省人民代表大会上\n各位代表：\n现在，我代表省人民政府报告工作。\n一、回顾\n内容。\n责任编辑：\n李某某\n扫一扫在手机打开当前页\n相关链接>>\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\n关于政府工作报告的决议\n打印本页\n关闭窗口\n2026年某省人民政府工作报告\n各位代表：现在，我代表省人民政府报告工作。\n');
    expect(doc.title).toBe('2026年某省人民政府工作报告');
    expect(meta(doc)).toEqual([
      '2026年02月10日 07时41分', '来源:', '某省日报', '【字体：', '大', '中', '小', '】', '分享：',
      '责任编辑：', '李某某', '扫一扫在手机打开当前页', '相关链接>>', 'abcd39f1fb7f426d9dfb6bd0fa1f2146:', '关于政府工作报告的决议', '打印本页', '关闭窗口', '2026年某省人民政府工作报告', '各位代表：现在，我代表省人民政府报告工作。',
    ]);
    expect(doc.preamble[0].text).toBe('2026年2月3日在某省人民代表大会上');
    expect(doc.nodes[0].paragraphs.map((p) => p.text)).toEqual(['内容。']);
  });

  it('reads a scraper\'s Markdown: metadata block, 政策全文, the notice, the plan\'s own title, 一、 at depth 1', () => {
    const md = '# 关于印发《某某行动方案（2024-2026年）》的通知\n\n**发布日期**: 2024-01-10\n**发布机构**: 某某委员会\n**原文链接**: [http://example.gov.cn/a.html](http://example.gov.cn/a.html)\n**分类**: \n\n---\n\n## 政策全文\n\n某科〔2024〕5号\n\n各有关单位：\n\n现将《某某行动方案（2024-2026年）》印发给你们。\n\n**某某行动方案（2024-2026年）**\n\n一、主要目标\n\n到2026年，形成体系。\n\n二、重点任务\n\n1.支持研发。内容。\n\n【原文下载】\n- [关于印发《某某行动方案》的通知.pdf](/a.pdf)\n\n---\n\n**更新时间**: 2026-01-26 11:25:36\n';
    const doc = parse(md, 'md');
    expect(doc.title).toBe('某某行动方案（2024-2026年）');
    expect(doc.period).toEqual({ start: 2024, end: 2026 });
    expect(doc.titleLines).toEqual({ line: 18, endLine: 18 });
    expect(meta(doc)).toEqual(['发布日期: 2024-01-10', '发布机构: 某某委员会', '原文链接: http://example.gov.cn/a.html', '分类:', '政策全文', '【原文下载】', '关于印发《某某行动方案》的通知.pdf', '更新时间: 2026-01-26 11:25:36']);
    expect(doc.preamble.map((p) => p.text)).toEqual(['关于印发《某某行动方案（2024-2026年）》的通知', '某科〔2024〕5号', '各有关单位：', '现将《某某行动方案（2024-2026年）》印发给你们。']);
    expect(headings(doc)).toEqual(['1 一、主要目标', '1 二、重点任务', '2 1.支持研发']);
  });

  it.each([
    ['a size word away from any control', '某某计划\n一、任务\n大\n内容。\n', [], ['大', '内容。']],
    ['a signature and date at the end', '某某计划\n一、任务\n内容。\n国务院\n2021年12月12日\n', [], ['内容。', '国务院', '2021年12月12日']],
    ['a sentence that starts like a key', '某某计划\n一、任务\n时间：2025年底前完成。\n', [], ['时间：2025年底前完成。']],
    ['a repeat of the opening with no wrapper above it', '某某计划\n各位代表：\n一、任务\n内容。\n某某计划\n', [], ['内容。', '某某计划']],
  ])('keeps plan lines: %s', (_label, text, expectedMeta, paragraphs) => {
    const doc = parse(text);
    expect(meta(doc)).toEqual(expectedMeta);
    expect(doc.nodes[0].paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('keeps a notice as the title when the plan it names is not in the file', () => {
    const doc = parse('关于印发《某某行动方案》的通知\n各单位：\n现印发给你们。\n一、任务\n内容。\n');
    expect(doc.title).toBe('关于印发《某某行动方案》的通知');
  });
});

describe('附件 labels and Markdown rules', () => {
  it('reads 附件 above the plan\'s title, under a notice, as the label', () => {
    const doc = parse('# 关于印发《某某方案（2024-2026年）》的通知\n\n各区：\n\n现印发给你们。\n\n附件\n\n某某方案（2024-2026年）\n\n一、总体要求\n\n内容。\n', 'md');
    expect([doc.label, doc.title, doc.period]).toEqual(['附件', '某某方案（2024-2026年）', { start: 2024, end: 2026 }]);
    expect(headings(doc)).toEqual(['1 一、总体要求']);
  });

  it('reads a Markdown heading 附件2 above the title as the label', () => {
    const doc = parse('## 附件2\n\n某某方案（2024-2026年）\n\n一、总体要求\n\n内容。\n', 'md');
    expect([doc.label, doc.title]).toEqual(['附件2', '某某方案（2024-2026年）']);
  });

  it('reads --- under a paragraph as a rule, under a numbered line as a heading', () => {
    const doc = parse('# 某某计划\n\n一、总体要求\n\n内容一。\n---\n\n二、任务\n\n（一）强化保障。内容二。\n---\n', 'md');
    expect(headings(doc)).toEqual(['1 一、总体要求', '1 二、任务', '2 （一）强化保障']);
    expect(doc.nodes[0].paragraphs.map((p) => p.text)).toEqual(['内容一。']);
    expect(allNodes(doc.nodes)[2].paragraphs.map((p) => p.text)).toEqual(['内容二。']);
  });
});
