import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { PlanDiffError } from '../../src/errors.js';
import { allNodes, parse } from './helpers.js';
import { warningText } from '../../src/parse/outline/warnings.js';

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
    expect(doc.warnings).toEqual([{ code: 'skipped-number', message: '2 is missing: 1 is followed by （三）', line: 4, params: { marker: '（三）', ordinal: 3, previous: 1, missing: [2] } }]);
    expect(warningText(doc.warnings[0], 'zh')).toBe('缺少2：1之后是（三）');
  });

  it('keeps a gap of a few numbers in items with a body, shaped like their siblings', () => {
    const doc = parse('一、任务\n1.甲。内容。\n2.乙。内容。\n5.戊。内容。\n6.己。内容。\n');
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/1', '一/2', '一/5', '一/6']);
    expect(doc.warnings.map((w) => [w.message, w.line])).toEqual([['3, 4 are missing: 2 is followed by 5.', 4]]);
  });

  it('says when the numbers of a gap stand in the text (items not read as headings), not missing', () => {
    const long = '这一项的第一句话很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长';
    const doc = parse(`一、名词解释\n1.甲：解释。\n2.乙：解释。\n3.${long}。\n4.丁：解释。\n`);
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/1', '一/2', '一/4']);
    expect(doc.warnings.map((w) => [w.code, w.message])).toEqual([['items-as-text', '3 starts a paragraph but is not read as a heading: 2 is followed by 4.']]);
    expect(warningText(doc.warnings[0], 'zh')).toBe('3出现在正文段首，未读作标题：2之后是4.');
  });

  it('does not take a far jump or a number going back, with a body, as a heading', () => {
    const doc = parse('一、任务\n1.甲。内容。\n2.乙。内容。\n9.这一行跳得太远。内容。\n1.回到一。内容。\n');
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/1', '一/2']);
    expect(doc.warnings).toEqual([]);
  });

  it('does not take an item shaped unlike its siblings (a body where they stood alone) across a gap', () => {
    const doc = parse('一、任务\n1.甲\n内容。\n2.乙\n内容。\n4.这是一句正文里的列举。后面还有话。\n');
    expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/1', '一/2']);
  });

  it('reads 2, 2, 4 as one number given twice (one warning), 2, 2, 3 too', () => {
    for (const next of ['3', '4']) {
      const doc = parse(`一、任务\n1.甲。内容。\n2.乙。内容。\n2.丙。内容。\n${next}.丁。内容。\n`);
      expect(allNodes(doc.nodes).map((n) => n.id)).toEqual(['一', '一/1', '一/2', '一/2~2', `一/${next}`]);
      expect(doc.warnings.map((w) => [w.code, w.message, w.line])).toEqual([['repeated-number', '2 appears twice: 2. repeats the number before it', 4]]);
      expect(warningText(doc.warnings[0], 'zh')).toBe('序号2出现两次：2.与上一项同号');
    }
  });

  it('parses thousands of markers with gaps, and one very long line', () => {
    // n chapters (第N章) of 99 items (1.–99.) each, one item left out in every chapter (a gap to warn about).
    const many = (n: number) =>
      Array.from({ length: n }, (_, c) => `第${c + 1}章 任务\n${Array.from({ length: 99 }, (_, i) => i + 1).filter((i) => i !== 50).map((i) => `${i}.第${i}项。内容。`).join('\n')}`).join('\n');
    // Note: the sequence check reads the last number per parent and level (no scan of the siblings), and
    // a refused marker is a paragraph at once (no re-scan of what follows); speed figures belong in bench/.
    const doc = parse(many(80));
    expect(allNodes(doc.nodes)).toHaveLength(80 * 99);
    expect(doc.warnings.map((w) => w.message)).toEqual(Array.from({ length: 80 }, () => '50 is missing: 49 is followed by 51.'));
    const line = `一、任务。${'内容，'.repeat(100_000)}。`;
    expect(parse(line).nodes[0].paragraphs[0].text.length).toBe(300_001);
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
    expect(doc.warnings).toEqual([{ code: 'no-headings', message: 'no numbered headings found; the 2 paragraphs form one list', count: 2 }]);
  });

  it('puts a 专栏 box under the heading it sits in', () => {
    const doc = parse('一、任务\n内容。\n专栏1 重点工程\n工程一。\n二、保障\n内容。\n');
    expect(allNodes(doc.nodes).map((n) => [n.id, n.depth, n.style, n.title])).toEqual([
      ['一', 1, 'cn-dun', '任务'],
      ['一/专栏1', 2, 'box', '重点工程'],
      ['二', 1, 'cn-dun', '保障'],
    ]);
  });

  it('gives a glossary (名词解释 on its own line) a top-level node, its entries as its paragraphs, no warnings', () => {
    const long = '是指推动良田、良种、良机、良法、良制融合发展，实现提单产、稳面积、增总产目标，并在全省范围内推广应用，形成可复制的经验做法';
    const text = `一、工作回顾\n内容。\n二、工作安排\n（一）扩大内需\n内容。\n1.任务一。内容。\n名词解释\n1.“两重”：是指国家重大战略实施和重点领域安全能力建设\n2.“五良”融合：${long}\n3.“两新”：是指大规模设备更新和消费品以旧换新\n4.“千万工程”：${long}\n`;
    const doc = parse(text);
    expect(allNodes(doc.nodes).map((n) => [n.id, n.depth])).toEqual([['一', 1], ['二', 1], ['二/一', 2], ['二/一/1', 3], ['名词解释', 1]]);
    expect(doc.nodes[2]!.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
    expect(doc.warnings).toEqual([]);
    // Without the glossary line the same entries are items of the last section, with warnings.
    expect(parse(text.replace('名词解释\n', '')).warnings).not.toEqual([]);
  });

  it('reads 附件2 above 名词解释 as one annex titled 名词解释; a term alone on its line stays a heading', () => {
    const doc = parse('一、正文\n内容。\n附件2\n名词解释\n1.“四上”企业：\n现阶段统计工作中达到一定规模的企业。\n2.“双高计划”：\n中国特色高水平高职学校和专业建设计划。\n');
    expect(allNodes(doc.nodes).map((n) => [n.id, n.title, n.depth])).toEqual([['一', '正文', 1], ['附件2', '名词解释', 1], ['附件2/1', '“四上”企业', 2], ['附件2/2', '“双高计划”', 2]]);
    expect(doc.warnings).toEqual([]);
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
