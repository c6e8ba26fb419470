import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { PlanDiffError } from '../../src/errors.js';
import { allNodes, parse } from './helpers.js';

const ids = (value: string, format: 'txt' | 'md' = 'txt') => allNodes(parse(value, format).nodes).map((n) => `${n.depth}:${n.id}`);

describe('outline', () => {
  it('starts at （一） when a plan has no 一、 level', () => {
    expect(ids('（一）总体要求\n内容。\n1.任务一。内容。\n2.任务二。内容。\n（二）保障\n内容。\n')).toEqual(['1:一', '2:一/1', '2:一/2', '1:二']);
  });

  it('ignores numerals inside running text and out-of-sequence markers with a body', () => {
    const doc = parse('一、总体要求\n内容。\n2.这一行不是标题，因为前面没有1.，而且后面有正文。继续。\n二、任务\n内容。\n');
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '二']);
    expect(doc.nodes[0].paragraphs.map((p) => p.text.slice(0, 2))).toEqual(['内容', '2.']);
    expect(doc.warnings).toEqual([]);
  });

  it('accepts a skipped number on its own line, with a warning', () => {
    const doc = parse('一、甲\n（一）子一\n内容。\n（三）子三\n内容。\n');
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/一', '一/三']);
    expect(doc.warnings).toEqual([{ code: 'skipped-number', message: '（三） follows number 1; expected 2', line: 4 }]);
  });

  it('warns when numbering repeats and keeps ids unique', () => {
    const doc = parse('一、甲\n1.任务\n内容。\n1.任务\n内容。\n');
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/1', '一/1~2']);
    expect(doc.warnings.map((w) => [w.code, w.line])).toEqual([['repeated-number', 4]]);
  });

  it('continues task numbers across parents (1–3 under （一）, 4 under （二）)', () => {
    expect(ids('（一）甲\n1.一。\n2.二。\n（二）乙\n3.三。\n')).toEqual(['1:一', '2:一/1', '2:一/2', '1:二', '2:二/3']);
  });

  it('makes one root list of paragraphs and warns when there are no headings', () => {
    const doc = parse('第一段。\n\n第二段有两句。第二句。\n');
    expect(doc.nodes).toEqual([]);
    expect(doc.preamble.map((p) => [p.id, p.line, p.sentences.length])).toEqual([['#p1', 1, 1], ['#p2', 3, 2]]);
    expect(doc.warnings).toEqual([{ code: 'no-headings', message: 'no numbered headings found; the 2 paragraphs form one list' }]);
  });

  it('puts a 专栏 box under the heading it sits in', () => {
    const doc = parse('一、任务\n内容。\n专栏1 重点工程\n工程一。\n二、保障\n内容。\n');
    expect(allNodes(doc.nodes).map((n) => [n.id, n.depth, n.style, n.title])).toEqual([
      ['一', 1, 'cn-dun', '任务'],
      ['一/专栏1', 2, 'box', '重点工程'],
      ['二', 1, 'cn-dun', '保障'],
    ]);
  });

  it('opens an annex at the root after the body', () => {
    const doc = parse('一、正文\n内容。\n附件\n一、附件正文\n内容。\n');
    expect(allNodes(doc.nodes).map((n) => [n.id, n.depth])).toEqual([['一', 1], ['附件', 1], ['附件/一', 2]]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads Markdown headings, ordered lists and lead titles', () => {
    const md = '# 某某行动计划（2024-2026年）\n\n## 一、总体要求\n\n共商共建。立足定位。\n\n## 二、重点任务\n\n1. 加快布局。持续深化。\n2. 建立体系。梳理成果。\n';
    const doc = parse(md, 'md');
    expect(doc.title).toBe('某某行动计划（2024-2026年）');
    expect(doc.period).toEqual({ start: 2024, end: 2026 });
    expect(allNodes(doc.nodes).map((n) => [n.id, n.depth, n.title, n.line])).toEqual([
      ['一', 1, '总体要求', 3],
      ['二', 1, '重点任务', 7],
      ['二/1', 2, '加快布局', 9],
      ['二/2', 2, '建立体系', 10],
    ]);
    expect(doc.nodes[0].paragraphs[0].title).toBe('共商共建');
  });

  it('uses Word heading styles and maps lines through lineMap', () => {
    const doc = parsePlan(
      { path: 'a.docx', value: '总体要求\n内容。\n重点任务\n任务。', format: 'docx', lineUnit: 'paragraph', headings: [{ line: 1, level: 1 }, { line: 3, level: 1 }], lineMap: [{ line: 2 }, { line: 3 }, { line: 5 }, { line: 6 }] },
      { targets: false },
    );
    expect(doc.nodes.map((n) => [n.style, n.title, n.line, n.paragraphs[0].line])).toEqual([['md-heading', '总体要求', 2, 3], ['md-heading', '重点任务', 5, 6]]);
  });

  it('drops web chrome, residue and converter bullets', () => {
    const doc = parse('【字体：大 中 小】 【打印】 【关闭】\n- 一、总体要求\n- 内容一。\n- 内容二。\n- [bookmark: _GoBack]二、任务\n- 内容三。\n');
    expect(allNodes(doc.nodes).map((n) => n.marker + n.title)).toEqual(['一、总体要求', '二、任务']);
    expect(doc.nodes[0].paragraphs.map((p) => p.text)).toEqual(['内容一。', '内容二。']);
  });

  it('refuses a file without text', () => {
    expect(() => parse('\n  \n\u3000\n')).toThrow(PlanDiffError);
  });
});
