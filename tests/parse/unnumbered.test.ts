import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { allNodes, parse } from './helpers.js';
import { corpusPath } from '../helpers/corpus.js';

const BODY = '过去一年，全省经济运行稳中向好，地区生产总值增长5.7%，城镇新增就业106万人，各项工作取得新成效。';
const PLAN = '今年发展主要预期目标是：地区生产总值增长5.5%以上，城镇新增就业85万人，粮食产量725亿斤以上。';
const heads = (value: string) => allNodes(parse(value).nodes).map((n) => `${n.depth}:${n.style}:${n.title}`);

describe('section headings without a number (work reports)', () => {
  it('reads bare part lines as the top level when the numbering restarts under them', () => {
    const text = `各位代表：\n现在，我代表省人民政府，向大会报告工作。\n2024年工作回顾\n${BODY}\n（一）巩固经济。${BODY}\n（二）推动创新。${BODY}\n2025年工作安排建议\n${PLAN}\n（一）扩大内需。${PLAN}\n（二）深化改革。${PLAN}\n`;
    expect(heads(text)).toEqual([
      '1:unnumbered:2024年工作回顾',
      '2:cn-paren:巩固经济',
      '2:cn-paren:推动创新',
      '1:unnumbered:2025年工作安排建议',
      '2:cn-paren:扩大内需',
      '2:cn-paren:深化改革',
    ]);
  });

  it('leaves short lines alone that are no such pattern', () => {
    // One bare line only.
    expect(heads(`2024年工作回顾\n${BODY}\n（一）巩固经济。${BODY}\n（二）推动创新。${BODY}\n`)).toEqual(['1:cn-paren:巩固经济', '1:cn-paren:推动创新']);
    // Bare lines whose numbering never starts again under them (a 前言 and a 结束语 around 一、二、).
    expect(heads(`前言\n${BODY}\n一、总体要求\n${BODY}\n二、重点任务\n${BODY}\n结束语\n${BODY}\n`)).toEqual(['1:cn-dun:总体要求', '1:cn-dun:重点任务']);
    // Bare lines after the numbered outline began.
    expect(heads(`一、总体要求\n${BODY}\n重点工程\n${BODY}\n（一）甲。${BODY}\n二、任务\n${BODY}\n重点项目\n${BODY}\n（一）乙。${BODY}\n`)).toEqual(['1:cn-dun:总体要求', '2:cn-paren:甲', '1:cn-dun:任务', '2:cn-paren:乙']);
    // A signature and its date: no body follows them.
    expect(heads(`一、总体要求\n${BODY}\n北京市人民政府\n2024年3月5日\n`)).toEqual(['1:cn-dun:总体要求']);
    // A line that ends a sentence unfinished, or says something with punctuation, is no heading.
    expect(heads(`重点做好以下工作：\n${BODY}\n（一）甲。${BODY}\n各位代表：\n${BODY}\n（一）乙。${BODY}\n`)).toEqual(['1:cn-paren:甲', '1:cn-paren:乙']);
  });

  it('reads the parts of other work reports once their 一、二、三、 are taken away (documents the rule was not made on)', () => {
    for (const [name, parts] of [
      ['national-gov-work-report-2022.txt', ['2021年工作回顾', '2022年经济社会发展总体要求和政策取向', '2022年政府工作任务']],
      ['national-gov-work-report-2024.txt', ['2023年工作回顾', '2024年经济社会发展总体要求和政策取向', '2024年政府工作任务']],
      ['hubei-gov-work-report-2025.txt', ['2024年工作回顾', '2025年工作思路和重点任务', '全面加强政府自身建设']],
      ['zhejiang-gov-work-report-2025.txt', ['2024年工作回顾', '2025年目标任务和重点工作']],
      ['anhui-gov-work-report-2025.txt', ['2024年工作回顾', '2025年工作总体要求和主要目标任务', '2025年重点工作']],
    ] as const) {
      const path = corpusPath(name);
      const value = readFileSync(path, 'utf8').replace(/^([\s\u3000\u00a0]*)[一二三四五六七八九十]+、/gmu, '$1');
      const doc = parsePlan({ path, value, format: 'txt' });
      expect(doc.nodes.filter((n) => n.style === 'unnumbered').map((n) => n.title), name).toEqual(parts);
    }
  });

  it('Sichuan 2025: the four bare parts are headings, and the review\'s figures are no targets', () => {
    const path = corpusPath('sichuan-gov-work-report-2025.txt');
    const doc = parsePlan({ path, value: readFileSync(path, 'utf8'), format: 'txt' });
    expect(doc.nodes.map((n) => `${n.style}:${n.title}:${n.line}`)).toEqual([
      'unnumbered:2024年工作回顾:7',
      'unnumbered:2025年工作安排建议:31',
      'unnumbered:加强政府自身建设:79',
      'annex:名词解释:86',
    ]);
    expect(doc.nodes.map((n) => n.children.filter((c) => c.style === 'cn-paren').length)).toEqual([6, 9, 4, 0]);
    expect(doc.warnings.filter((w) => w.code === 'repeated-number')).toEqual([]);
    const review = doc.targets.filter((t) => t.nodeId.startsWith('2024年工作回顾'));
    expect(review.length).toBeGreaterThan(100);
    expect(review.filter((t) => t.kind === 'target').map((t) => t.text)).toEqual([]);
  });
});
