import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviseSeed, rewrap } from '../helpers/revise.js';
import { allNodes, parse, SEEDS, seedFiles } from './helpers.js';

const FYP = 'beijing-14th-fyp-international-sti-centre-plan-2021.txt';
const WORK_PLAN = 'most-beijing-sti-centre-work-plan-2023.txt';
const read = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const headings = (value: string) => allNodes(parse(value).nodes).map((n) => `${n.id} ${n.title}`);

describe('hard-wrapped text cut at exactly the width (tests/helpers/revise.ts re-wrap, no indents)', () => {
  it.each(seedFiles.flatMap((name) => [25, 30, 38, 45].map((width) => [name, width] as const)))('%s at %i characters keeps every heading, its title and the document title', (name, width) => {
    const text = read(name);
    const wrapped = rewrap(text, width);
    expect(headings(wrapped)).toEqual(headings(text));
    // Note: at 25 the work plan's signature line (22 characters, no terminator) is as long as a wrapped
    // line and joins the plan's own title below it; the title is then the notice issuing the plan.
    if (name === WORK_PLAN && width === 25) expect(parse(wrapped).title).toMatch(/^科技部等印发《.*》的通知$/u);
    else expect(parse(wrapped).title).toBe(parse(text).title);
  });

  it('keeps 六、 a heading when it fills a 30-character line (29 characters) and the next line is full', () => {
    const wrapped = rewrap(read(FYP), 30);
    expect(wrapped).toContain('六、构建新技术全域应用场景，支撑国际一流的和谐宜居之都建设\n\n围绕超大城市');
    const six = parse(wrapped).nodes.find((n) => n.marker === '六、');
    expect(six?.title).toBe('构建新技术全域应用场景，支撑国际一流的和谐宜居之都建设');
    expect(six?.paragraphs[0].text).toMatch(/^围绕超大城市精细化治理/u);
  });

  it('joins a heading wrapped over two lines (29 characters at 25)', () => {
    const six = parse(rewrap(read(FYP), 25)).nodes.find((n) => n.marker === '六、');
    expect(six?.title).toBe('构建新技术全域应用场景，支撑国际一流的和谐宜居之都建设');
  });

  it('reads the wrapped title of the 2023 work plan as its title, not as preamble', () => {
    const doc = parse(reviseSeed(read(WORK_PLAN), { wrap: 30 }).text);
    expect(doc.title).toBe(parse(read(WORK_PLAN)).title);
    expect(doc.title).toBe('深入贯彻落实习近平总书记重要批示精神加快推动北京国际科技创新中心建设的工作方案');
    // The notice issuing the plan opens the preamble.
    expect(doc.preamble.slice(0, 2).map((p) => p.text)).toEqual(['科技部等 印发《深入贯彻落实习近平总书记 重要批示精神加快推动北京国际科技创新中心建设 的工作方案》的通知', '国科发规〔2023〕41号']);
  });
});

describe('marker-like starts of wrapped lines', () => {
  const line = (s: string) => s.padEnd(30, '续');
  it.each([
    ['2025年', `${line('到')}\n2025年，全市研发投入强度达到6%左右，形成一批原创成果。`],
    ['1.2万亿元', `${line('数字经济增加值')}\n1.2万亿元，比上年增长8%，占地区生产总值比重稳步提升。`],
  ])('a full line followed by a line starting with %s stays one paragraph', (_label, body) => {
    const filler = Array.from({ length: 10 }, (_, i) => line(`第${i}行文字`)).join('\n');
    const doc = parse(`一、总体要求\n（一）发展目标\n${filler}\n${body}\n`);
    expect(doc.nodes[0].children[0].paragraphs).toHaveLength(1);
  });
});
