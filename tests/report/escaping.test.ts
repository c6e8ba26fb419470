import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { PhrasingContent, Root } from 'mdast';
import { inert, phrasing, table, text } from '../../src/report/markdown/mdast.js';
import { escapeHtml, html } from '../../src/report/html/escape.js';
import { formatReport } from '../../src/report/index.js';
import type { CompareReport, DiffOp } from '../../src/types.js';

// The escaping helpers of the Markdown, HTML and CSV formatters, pinned output for output (issue 23: the
// mutation run found these behaviours unpinned). Texts are from the seeds' and corpus plans' clauses.

const stringify = (children: PhrasingContent[]) =>
  unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true })
    .stringify({ type: 'root', children: [{ type: 'paragraph', children }] } satisfies Root);

const eq = (t: string): DiffOp => ({ op: 'equal', text: t });
const ins = (t: string): DiffOp => ({ op: 'insert', text: t });
const del = (t: string): DiffOp => ({ op: 'delete', text: t });
const strong = (t: string): PhrasingContent => ({ type: 'strong', children: [text(t)] });
const struck = (t: string): PhrasingContent => ({ type: 'delete', children: [text(t)] });
const code = (t: string): PhrasingContent => ({ type: 'inlineCode', value: t });

describe('inert: web and e-mail addresses in document text become code spans, the rest stays as written', () => {
  it.each<[string, PhrasingContent[]]>([
    ['', [text('')]],
    ['加快建设科技强国', [text('加快建设科技强国')]],
    ['详见https://www.beijing.gov.cn说明', [text('详见'), code('https://www.beijing.gov.cn'), text('说明')]],
    ['https://www.beijing.gov.cn', [code('https://www.beijing.gov.cn')]],
    ['咨询邮箱kjc@bjkw.gov.cn。', [text('咨询邮箱'), code('kjc@bjkw.gov.cn'), text('。')]],
    ['访问www.most.gov.cn/xxgk，或https://b.cn', [text('访问'), code('www.most.gov.cn/xxgk'), text('，或'), code('https://b.cn')]],
    ['网址：http://a.cn/x?y=1。', [text('网址：'), code('http://a.cn/x?y=1'), text('。')]],
    ['ftp+ssh://x.cn', [code('ftp+ssh://x.cn')]],
  ])('%j', (value, want) => {
    expect(inert(value)).toEqual(want);
  });
});

describe('phrasing: struck and bold runs open and close where they stand, the text stays as written', () => {
  it.each<[string, DiffOp[], PhrasingContent[], string]>([
    // A run opening on punctuation after a letter: the mark moves past it (`科技、**人才**`, not `科技**、人才**`).
    ['punctuation at the start of a run', [eq('科技'), ins('、人才'), eq('强国')], [text('科技、'), strong('人才'), text('强国')], '科技、**人才**强国'],
    ['punctuation at the end of a run', [eq('建设'), ins('人才，'), eq('加快')], [text('建设'), strong('人才'), text('，加快')], '建设**人才**，加快'],
    ['a space at the end of a run, with no plain text after it', [ins('人才 '), del('资金')], [strong('人才'), text(' '), struck('资金')], '**人才** ~~资金~~'],
    ['a space at the start of a run, with no plain text before it', [ins('资金'), del(' 人才')], [strong('资金'), text(' '), struck('人才')], '**资金** ~~人才~~'],
    ['a run of punctuation only takes in the letter on each side', [eq('科技'), ins('、'), eq('人才')], [text('科'), strong('技、人'), text('才')], '科**技、人**才'],
    ['letters taken in leave no empty text behind', [eq('技'), del('、'), eq('人')], [struck('技、人')], '~~技、人~~'],
    ['plain text is never moved', [ins('人才'), eq(' 资金')], [strong('人才'), text(' 资金')], '**人才** 资金'],
    ['empty runs are dropped and runs of one kind merged', [eq(''), ins('新增'), ins('条款'), eq('')], [strong('新增条款')], '**新增条款**'],
    ['a deletion then an insertion in one place', [eq('共建联合实验室'), del('15'), ins('20'), eq('家')], [text('共建联合实验室'), struck('15'), strong('20'), text('家')], '共建联合实验室~~15~~**20**家'],
  ])('%s', (_name, ops, tree, markdown) => {
    const got = phrasing(ops);
    expect(got).toEqual(tree);
    expect(stringify(got)).toBe(`${markdown}\n`);
    // Note: no character reference (`&#x…;`) ever stands for a letter of the document.
    expect(stringify(got)).not.toContain('&#x');
  });
});

describe('table: a GFM table from a header and rows of phrasing cells', () => {
  it('builds the header row, the data rows and one alignment per column', () => {
    expect(table(['原条文', '修改后条文', '说明'], [[[text('甲')], [strong('乙')], []]])).toEqual({
      type: 'table',
      align: [null, null, null],
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text('原条文')] }, { type: 'tableCell', children: [text('修改后条文')] }, { type: 'tableCell', children: [text('说明')] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text('甲')] }, { type: 'tableCell', children: [strong('乙')] }, { type: 'tableCell', children: [] }] },
      ],
    });
  });
});

describe('html: every interpolated value is escaped; null, undefined and false render as nothing', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>A&B</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A&amp;B&lt;/a&gt;');
  });

  it.each<[unknown, string]>([
    [false, '<td></td>'],
    [null, '<td></td>'],
    [undefined, '<td></td>'],
    [true, '<td>true</td>'],
    [0, '<td>0</td>'],
    ['', '<td></td>'],
    [['<b>', false, 'x'], '<td>&lt;b&gt;x</td>'],
  ])('%j', (value, want) => {
    expect(html`<td>${value as string}</td>`.toString()).toBe(want);
  });
});

describe('csv and tsv: only what breaks a row is quoted', () => {
  const sample = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
  const withPath = (path: string) => ({ ...sample, old: { ...sample.old, path } }) as CompareReport;
  const cellOf = async (format: 'csv' | 'tsv', path: string) => {
    const out = String(await formatReport(withPath(path), format, { color: false }));
    const at = out.indexOf(path);
    expect(at).toBeGreaterThan(0);
    return out.slice(at - 1, at + path.length + 1);
  };

  it('a CSV cell holding a tab is not quoted (a tab does not break a CSV row)', async () => {
    expect(await cellOf('csv', 'old\tplan.txt')).toBe(',old\tplan.txt,');
  });

  it('a TSV cell holding a tab is quoted', async () => {
    expect(await cellOf('tsv', 'old\tplan.txt')).toBe('"old\tplan.txt"');
  });
});
