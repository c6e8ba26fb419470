import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { allNodes, CORPUS, load } from './helpers.js';

describe('government work reports: title, dateline and licence trailer', () => {
  it.each([
    ['national-gov-work-report-2023.txt', 2023, '国务院总理李克强'],
    ['national-gov-work-report-2024.txt', 2024, '国务院总理李强'],
  ])('%s: the title is 政府工作报告; the dateline and speaker open the preamble; the year comes from the dateline', (name, year, speaker) => {
    const doc = parsePlan(load(CORPUS, name));
    expect(doc.title).toBe('政府工作报告');
    expect(doc.preamble[0].text).toBe(`——${year}年3月5日在第十四届全国人民代表大会第${year === 2023 ? '一' : '二'}次会议上`);
    expect(doc.preamble.slice(1, 3).map((p) => p.text.replace(/[\s\u3000]/gu, '')).join('')).toBe(speaker);
    expect(doc.period).toEqual({ start: year, end: year });
    expect(doc.targets.length).toBeGreaterThan(0);
  });

  it('keeps the Wikisource licence trailer whole sentences, with no targets in it', () => {
    const doc = parsePlan(load(CORPUS, 'national-gov-work-report-2024.txt'));
    const paragraphs = allNodes(doc.nodes).flatMap((n) => n.paragraphs);
    const licence = paragraphs.find((p) => p.text.startsWith('本作品是'))!;
    expect(licence.sentences[0].text).toMatch(/^本作品是中华人民共和国的法律、法规，国家机关的决议/u);
    expect(licence.sentences.map((s) => s.text).join('')).toContain('根据《中华人民共和国著作权法》第五条第一项');
    expect(doc.targets.filter((t) => t.line >= licence.line)).toEqual([]);
  });
});
