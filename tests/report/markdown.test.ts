import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatReport } from '../../src/report/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import type { CompareReport } from '../../src/types.js';
import { expectGolden } from '../helpers/golden.js';
import { phrasing } from '../../src/report/markdown/mdast.js';
import type { DiffOp } from '../../src/types.js';
import { corpusPath } from '../helpers/corpus.js';

const compareSample = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
const render = async (report: CompareReport, only?: 'changed' | 'all') => (await formatReport(report, 'md', { color: false, only })) as string;
const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
const real = () => {
  const read = (path: string) => parsePlan({ path, value: readFileSync(path, 'utf8'), format: 'txt', lineUnit: 'line' });
  return comparePlans(read('fixtures/report/old.txt'), read('fixtures/report/new.txt'));
};
const collect = (node: unknown, type: string): string[] => {
  const out: string[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === type) out.push(toString(n as never));
    for (const c of n.children ?? []) walk(c as never);
  };
  walk(node as never);
  return out;
};

describe('markdown formatter: size', () => {
  it('pads no cell to the widest of its column: one long clause among many short ones adds its own length once (issue 22)', async () => {
    const lines = (long: string) => `一、任务\n${Array.from({ length: 60 }, (_, i) => `（${i + 1}）条款${i}。`).join('\n')}\n（六十一）${long}\n`;
    const read = (path: string, text: string) => parsePlan({ path, value: text, format: 'txt', lineUnit: 'line' });
    const a = lines('推动发展'.repeat(1000));
    const b = lines('推动改革'.repeat(1000)).replaceAll('条款', '条文');
    const out = await render(comparePlans(read('a.txt', a), read('b.txt', b)), 'all');
    expect(parse(out).children.some((n) => n.type === 'table')).toBe(true);
    // Padded to the 4,000-character clause, each of the 60 other rows took 8 kB.
    expect(Buffer.byteLength(out)).toBeLessThan(3 * Buffer.byteLength(a + b));
  });
});

describe('markdown formatter: 新旧对照表 as GFM', () => {
  it('parses back to one three-column table with struck deletions and bold insertions', async () => {
    const tree = parse(await render(compareSample));
    const tables = tree.children.filter((n): n is Table => n.type === 'table');
    expect(tables).toHaveLength(2);
    const [clauses] = tables;
    expect(clauses!.children[0]!.children.map((c) => toString(c))).toEqual(['原条文', '修改后条文', '说明']);
    for (const row of clauses!.children) expect(row.children).toHaveLength(3);
    const deleted = collect(clauses, 'delete');
    const inserted = collect(clauses, 'strong');
    expect(deleted).toEqual(expect.arrayContaining(['30个', '20家', '在海外布局20个企业服务平台', "=cmd|' /C calc'!A0"]));
    expect(inserted).toEqual(expect.arrayContaining(['35个', '15家', '和二十届三中全会', '和人工智能', '教育']));
    // The removed clause is struck whole, with its number, and the 说明 says why.
    expect(deleted.some((t) => t.startsWith('4. 强化农业科技应用示范'))).toBe(true);
  });

  it('keeps document text as text: no HTML node, the formula stays literal', async () => {
    const md = await render(compareSample);
    const tree = parse(md);
    expect(collect(tree, 'html')).toEqual([]);
    expect(toString(tree)).toContain('<script>alert(1)</script>');
    expect(toString(tree)).toContain("=cmd|' /C calc'!A0");
  });

  it('lists only changed clauses by default and all with only: all', async () => {
    const changedRows = parse(await render(compareSample)).children.find((n): n is Table => n.type === 'table')!.children.length;
    const allRows = parse(await render(compareSample, 'all')).children.find((n): n is Table => n.type === 'table')!.children.length;
    expect(allRows).toBeGreaterThan(changedRows);
    expect(await render(compareSample)).not.toContain('共商共建');
    expect(await render(compareSample, 'all')).toContain('共商共建');
  });

  it('writes 说明 with the kind of change and the changed targets', async () => {
    const md = await render(compareSample);
    expect(md).toContain('仅调整序号（2→3）');
    expect(md).toContain('移动（原在 二、重点任务 / （三）搭建多类型科技合作平台）');
    expect(md).toContain('市级“一带一路”联合实验室 20家→15家');
  });

  it('renders real comparePlans output', async () => {
    const report = real();
    const tree = parse(await render(report));
    expect(collect(tree, 'strong')).toEqual(expect.arrayContaining(['和人工智能', '15家']));
    expect(collect(tree, 'delete')).toEqual(expect.arrayContaining(['2.', '20家']));
  });

  it('matches the golden file (UPDATE=1 regenerates)', async () => {
    const md = await render(compareSample);
    const golden = 'fixtures/report/compare-sample.md';
    expectGolden(golden, md);
  });
});

describe('markdown formatter: split and merged clauses', () => {
  it('writes a split group once, both new texts in one cell, labelled 拆分', async () => {
    const base = compareSample.pairs[1]!;
    const oldRef = { ...base.old!, id: '一/（一）#p1', text: '甲乙。丙丁。' };
    const group = '一/（一）#p1>一/（一）#p1+一/（一）#p2';
    const diff = [{ op: 'equal' as const, text: '甲乙。' }, { op: 'insert' as const, text: '另' }, { op: 'equal' as const, text: '丙丁。' }];
    const report: CompareReport = {
      ...compareSample,
      pairs: [
        { ...base, status: 'modified', group, diff, old: oldRef, new: { ...base.new!, id: '一/（一）#p1', line: 7, endLine: 7, text: '甲乙。' } },
        { ...base, status: 'modified', group, diff, old: oldRef, new: { ...base.new!, id: '一/（一）#p2', line: 8, endLine: 8, text: '另丙丁。' } },
      ],
      targetChanges: [],
    };
    const md = await render(report);
    const rows = md.split('\n').filter((line) => line.includes('甲乙'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('本段拆分为第1段、第2段');
    expect(rows[0]).toContain('甲乙。**另**丙丁。');
  });

  it('names the articles of an article split and merge (本条拆分为…, …合并为本条)', async () => {
    const base = compareSample.pairs[1]!;
    const at = (id: string, text: string) => ({ ...base.new!, id, outline: `第一章 / ${id.split('/')[1]!.split('#')[0]}`, text });
    const split = '第一章/第十二条#p1>第一章/第十二条#p1+第一章/第十三条#p1';
    const merged = '第一章/第十五条#p1+第一章/第十七条#p1>第一章/第十五条#p1';
    const diff = [{ op: 'equal' as const, text: '甲乙。' }];
    const report: CompareReport = {
      ...compareSample,
      pairs: [
        { ...base, status: 'modified', group: split, diff, old: at('第一章/第十二条#p1', '甲乙。丙。'), new: at('第一章/第十二条#p1', '甲乙。') },
        { ...base, status: 'modified', group: split, diff, old: at('第一章/第十二条#p1', '甲乙。丙。'), new: at('第一章/第十三条#p1', '丙。') },
        { ...base, status: 'modified', group: merged, diff, old: at('第一章/第十五条#p1', '戊。'), new: at('第一章/第十五条#p1', '戊。己。') },
        { ...base, status: 'modified', group: merged, diff, old: at('第一章/第十七条#p1', '己。'), new: at('第一章/第十五条#p1', '戊。己。') },
      ],
      targetChanges: [],
    };
    const md = await render(report);
    expect(md).toContain('本条拆分为第十二条、第十三条');
    expect(md).toContain('第十五条、第十七条合并为本条');
  });
});

describe('markdown formatter: no character references', () => {
  it('writes the 科普法 2002 → 2024 对照表 with CJK as characters, every mark parsing back', async () => {
    const read = (path: string) => parsePlan({ path, value: readFileSync(path, 'utf8'), format: 'md', lineUnit: 'line' });
    const report = comparePlans(read(corpusPath('law-sci-popularization-2002.md')), read(corpusPath('law-sci-popularization-2024.md')));
    const md = await render(report);
    expect(md).not.toMatch(/&#x?[0-9a-f]+;/i);
    // Every `**` and `~~` written is a mark, none is left as literal text.
    const tree = parse(md);
    const literal = collect(tree, 'text').filter((t) => /\*\*|~~/.test(t));
    expect(literal).toEqual([]);
    expect(collect(tree, 'strong').length).toBeGreaterThan(40);
    expect(collect(tree, 'delete').length).toBeGreaterThan(10);
  });

  it.each([
    // [equal, insert, equal] → what is bold: punctuation at an edge moves out, a punctuation-only run takes in a letter
    ['战略', '、人才强国战略', '和', '人才强国战略'],
    ['普及，', '加强', '国家', '加强'],
    ['甲', '、', '乙', '甲、乙'],
    ['任务', '，国家', '', '国家'],
  ])('marks %j + **%j** + %j so that it parses back', async (before, inserted, after, bold) => {
    const base = compareSample.pairs[1]!;
    const diff = [{ op: 'equal' as const, text: before }, { op: 'insert' as const, text: inserted }, { op: 'equal' as const, text: after }].filter((d) => d.text !== '');
    const report: CompareReport = {
      ...compareSample,
      pairs: [{ ...base, status: 'modified', diff, new: { ...base.new!, text: before + inserted + after } }],
      targetChanges: [],
    };
    const md = await render(report);
    expect(md).not.toContain('&#');
    const row = parse(md).children.find((n): n is Table => n.type === 'table')!.children[2]!;
    expect(collect(row.children[1], 'strong')).toEqual([bold]);
    expect(toString(row.children[1]!).endsWith(before + inserted + after)).toBe(true);
  });
});

describe('phrasing: the marks of one cell, at its edges and between runs of other kinds', () => {
  // Each node as [type, text]: strong = inserted, delete = deleted, text = unchanged.
  const nodes = (ops: Array<[DiffOp['op'], string]>) =>
    phrasing(ops.map(([op, text]) => ({ op, text }))).map((n) => [n.type, toString(n)]);

  it('an empty unchanged run between two insertions leaves one insertion', () => {
    expect(nodes([['insert', '新增'], ['equal', ''], ['insert', '条款']])).toEqual([['strong', '新增条款']]);
  });

  it('a space at the end of an insertion that ends the cell is written after the mark', () => {
    expect(nodes([['equal', '战略'], ['insert', '人才 ']])).toEqual([['text', '战略'], ['strong', '人才'], ['text', ' ']]);
  });

  it('a space at the start of an insertion that opens the cell is written before the mark', () => {
    expect(nodes([['insert', ' 人才'], ['equal', '战略']])).toEqual([['text', ' '], ['strong', '人才'], ['text', '战略']]);
  });

  it('a punctuation-only insertion that opens the cell takes in the letter after it only', () => {
    expect(nodes([['insert', '、'], ['equal', '人才']])).toEqual([['strong', '、人'], ['text', '才']]);
  });

  it('a punctuation-only insertion takes letters from the unchanged text beside it, never from a deletion', () => {
    expect(nodes([['equal', '战略'], ['insert', '、'], ['delete', '人才']])).toEqual([['text', '战'], ['strong', '略、'], ['delete', '人才']]);
    expect(nodes([['equal', '战略'], ['insert', '、'], ['equal', '人才']])).toEqual([['text', '战'], ['strong', '略、人'], ['text', '才']]);
  });
});
