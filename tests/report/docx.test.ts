import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { formatReport } from '../../src/report/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import type { CompareReport } from '../../src/types.js';

const compareSample = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
const render = async (report: CompareReport, only?: 'changed' | 'all') => (await formatReport(report, 'docx', { color: false, only })) as Uint8Array;
const unzip = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string') };
};
/** Text of the runs whose properties match, joined per run. */
const runs = (xml: string, props: RegExp) =>
  [...xml.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>(.*?)<\/w:t><\/w:r>/g)].filter((m) => props.test(m[1] ?? '')).map((m) => m[2]);
const real = () => {
  const read = (path: string) => parsePlan({ path, value: readFileSync(path, 'utf8'), format: 'txt', lineUnit: 'line' });
  return comparePlans(read('fixtures/report/old.txt'), read('fixtures/report/new.txt'));
};

describe('docx formatter: Word 新旧对照表', () => {
  it('writes a real .docx (a zip with word/document.xml)', async () => {
    const bytes = await render(compareSample);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect((await unzip(bytes)).document).toContain('<w:tbl>');
  });

  it('has a three-column table whose header row repeats on every page', async () => {
    const { document } = await unzip(await render(compareSample));
    const first = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(first.match(/<w:gridCol /g)).toHaveLength(3);
    expect(first).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>.*?原条文.*?修改后条文.*?说明/);
    expect(document).toContain('w:orient="landscape"');
  });

  it('strikes deletions in red and underlines insertions', async () => {
    const { document } = await unzip(await render(compareSample));
    const struck = runs(document, /<w:strike\/>.*<w:color w:val="C00000"\/>|<w:color w:val="C00000"\/>.*<w:strike\/>/);
    const underlined = runs(document, /<w:u w:val="single"\/>/);
    expect(struck).toEqual(expect.arrayContaining(['30个', '20家', '在海外布局20个企业服务平台，']));
    expect(underlined).toEqual(expect.arrayContaining(['35个', '15家', '和人工智能', '、教育']));
    expect(struck).not.toContain('35个');
    expect(underlined).not.toContain('30个');
  });

  it('escapes document text in the XML and keeps it as text', async () => {
    const bytes = await render(compareSample);
    const { document } = await unzip(bytes);
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document).not.toContain('<script>');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('<script>alert(1)</script>');
  });

  it('sets 宋体 (SimSun) as the East Asian font', async () => {
    const { styles } = await unzip(await render(compareSample));
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
  });

  it('reads back with mammoth as a table of rows in new-document order with the 说明 column', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await render(compareSample)) });
    const rows = [...value.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')));
    const clauseRows = rows.filter((r) => r.length === 3);
    expect(clauseRows[0]).toEqual(['原条文', '修改后条文', '说明']);
    const notes = clauseRows.map((r) => r[2]);
    expect(notes).toContain('新增新增指标 联合培养青年科技人才 200名');
    expect(notes).toContain('仅调整序号（2→3）');
    const order = ['二、重点任务 / （一）', '4.强化农业', '共建“一带一路”联合研究平台。支持', '三、保障措施 / （三）'].map((needle) => value.indexOf(needle));
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
  });

  it('renders real comparePlans output', async () => {
    const { document } = await unzip(await render(real()));
    expect(runs(document, /<w:u w:val="single"\/>/)).toEqual(expect.arrayContaining(['和人工智能', '15家']));
    expect(runs(document, /<w:strike\/>/)).toEqual(expect.arrayContaining(['20家']));
  });
});

describe('docx formatter: stable content', () => {
  it('writes the same document.xml for the same report (only the creation time in core.xml varies)', async () => {
    const [a, b] = [await unzip(await render(compareSample)), await unzip(await render(compareSample))];
    expect(a.document).toBe(b.document);
    expect(a.styles).toBe(b.styles);
  });
});
