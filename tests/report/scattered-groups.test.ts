import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { formatReport } from '../../src/report/index.js';
import { comparisonRows } from '../../src/report/comparison/rows.js';
import { revisedParagraphs } from '../../src/report/docx/revisions.js';
import { getSegmenter } from '../../src/parse/words/segmenter.js';
import type { CompareReport, Pair } from '../../src/types.js';
import { corpusPath } from '../helpers/corpus.js';

// 科普法 2002 第十四条 (¶1 学校, ¶2 科技馆) went to 2024 第二十条 ¶1 and 第二十八条 ¶1, and 第二十二条 (公园、商场…)
// to 第二十八条 ¶2: one group whose new clauses lie apart (第二十一条 to 第二十七条 between them).
const load = (name: 'law-sci-popularization-2002.md' | 'law-sci-popularization-2024.md') =>
  parsePlan({ path: name, value: readFileSync(corpusPath(name), 'utf8'), format: 'md', lineUnit: 'line' });
const report: CompareReport = comparePlans(load('law-sci-popularization-2002.md'), load('law-sci-popularization-2024.md'));
const GROUP = '第三章/第十四条#p1+第三章/第十四条#p2+第三章/第二十二条#p1>第三章/第二十条#p1+第三章/第二十八条#p1+第三章/第二十八条#p2';
const NOTE = '第十四条拆分为第二十条、第二十八条；第十四条、第二十二条合并为第二十八条';
const text = (id: string, side: 'old' | 'new') => report.pairs.find((p) => p[side]?.id === id)![side]!.text;
const newSide = (p: Pair) => p.diff.filter((op) => op.op !== 'delete').map((op) => op.text).join('');
const oldSide = (p: Pair) => p.diff.filter((op) => op.op !== 'insert').map((op) => op.text).join('');

describe('a split and merge whose articles lie apart (科普法 第十四条 → 第二十条 + 第二十八条)', () => {
  const members = report.pairs.filter((p) => p.group === GROUP);

  it('is one group, the same label on each pair, counted in summary.split and summary.merged', () => {
    expect(members.map((p) => [p.old!.id, p.new!.id])).toEqual([
      ['第三章/第十四条#p1', '第三章/第二十条#p1'],
      ['第三章/第十四条#p2', '第三章/第二十八条#p1'],
      ['第三章/第二十二条#p1', '第三章/第二十八条#p2'],
    ]);
    // the pairs sit at their own places in new-document order, other articles between them
    const at = (id: string) => report.pairs.findIndex((p) => p.new?.id === id);
    expect(at('第三章/第二十条#p1')).toBeLessThan(at('第三章/第二十一条#p1'));
    expect(at('第三章/第二十七条#p1')).toBeLessThan(at('第三章/第二十八条#p1'));
    const plain = comparePlans(load('law-sci-popularization-2002.md'), load('law-sci-popularization-2024.md'));
    expect(plain.summary.split).toBe(report.summary.split);
    expect(report.summary.split).toBeGreaterThanOrEqual(1);
    expect(report.summary.merged).toBeGreaterThanOrEqual(1);
  });

  it('carries at each place the diff of the clauses there: 第二十条 with ¶1 of 第十四条, 第二十八条 with ¶2 and 第二十二条', () => {
    expect(newSide(members[0]!)).toBe(text('第三章/第二十条#p1', 'new'));
    expect(oldSide(members[0]!)).toBe(text('第三章/第十四条#p1', 'old'));
    expect(newSide(members[1]!)).toBe(text('第三章/第二十八条#p1', 'new') + text('第三章/第二十八条#p2', 'new'));
    expect(members[2]!.diff).toEqual(members[1]!.diff);
    expect(oldSide(members[1]!)).toBe(text('第三章/第十四条#p2', 'old') + text('第三章/第二十二条#p1', 'old'));
  });

  it('terminal: shown at both places, each with the note', async () => {
    const out = (await formatReport(report, 'text', { color: false, lang: 'zh', context: 5 })) as string;
    const at = (s: string, from = 0) => out.indexOf(s, from);
    const first = at(NOTE);
    expect(first).toBeGreaterThan(0);
    expect(at(NOTE, first + 1)).toBeGreaterThan(first);
    expect(at('开放大学、老年大学')).toBeGreaterThan(first);
    expect(at(NOTE, first + 1)).toBeGreaterThan(at('开放大学、老年大学'));
    expect(out).toContain('修改（调整序号，拆分，合并）  第三章社会责任 / 第二十条');
  });

  it('对照表 rows (HTML, Markdown, Word): one row at each place, its own texts, the note on both', () => {
    const rows = comparisonRows(report, 'changed', 'zh').filter((r) => r.pair.group === GROUP);
    expect(rows.map((r) => r.pair.new!.id)).toEqual(['第三章/第二十条#p1', '第三章/第二十八条#p1']);
    expect(rows[0]!.new!.map((op) => op.text).join('')).toBe(text('第三章/第二十条#p1', 'new'));
    expect(rows[1]!.old!.map((op) => op.text).join('')).toBe(text('第三章/第十四条#p2', 'old') + text('第三章/第二十二条#p1', 'old'));
    for (const row of rows) expect(row.notes).toContain('第十四条拆分为第二十条、第二十八条');
  });

  it('HTML and Markdown show the note at both places', async () => {
    for (const format of ['html', 'md']) {
      const out = (await formatReport(report, format, { color: false, lang: 'zh' })) as string;
      expect(out.split('第十四条拆分为第二十条、第二十八条').length - 1, format).toBe(2);
    }
  });

  it('Word 对照表 shows the note at both places', async () => {
    const bytes = (await formatReport(report, 'docx', { color: false, lang: 'zh' })) as Uint8Array;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.split('第十四条拆分为第二十条、第二十八条').length - 1).toBe(2);
  });

  it('CSV, TSV and xlsx: one row per pair, the group in its column', async () => {
    for (const format of ['csv', 'tsv']) {
      const out = (await formatReport(report, format, { color: false })) as string;
      const rows = parseCsv(out, { columns: true, delimiter: format === 'csv' ? ',' : '\t', bom: true, relax_quotes: true }) as Array<Record<string, string>>;
      expect(rows.filter((r) => r.group === GROUP).map((r) => r.new_id), format).toEqual(members.map((p) => p.new!.id));
    }
    const bytes = (await formatReport(report, 'xlsx', { color: false })) as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    expect(cells.filter((v) => v === GROUP)).toHaveLength(3);
  });

  it('tracked changes: the parts at their places, so Accept All gives the new order and Reject All the old', async () => {
    const segmenter = getSegmenter();
    const paragraphs = revisedParagraphs(report, (t) => segmenter.words(t));
    const accepted = paragraphs.filter((p) => p.mark !== 'delete' || p.runs.some((r) => r.op !== 'delete')).map((p) => p.runs.filter((r) => r.op !== 'delete').map((r) => r.text).join('')).join('\n');
    const rejected = paragraphs.map((p) => p.runs.filter((r) => r.op !== 'insert').map((r) => r.text).join('')).join('\n');
    const order = (s: string, parts: string[]) => parts.map((part) => s.indexOf(part));
    const inNew = order(accepted, ['各级各类学校及其他教育机构', '开放大学、老年大学', '城市基层群众性自治组织', '规划展览馆等文化场所']);
    expect(inNew.every((x) => x >= 0)).toBe(true);
    expect(inNew).toEqual(inNew.toSorted((a, b) => a - b));
    const inOld = order(rejected, ['各类学校及其他教育机构', '应当组织开展青少年校外科普教育活动', '科学研究和技术开发机构、高等院校', '公园、商场、机场']);
    expect(inOld.every((x) => x >= 0)).toBe(true);
    expect(inOld).toEqual(inOld.toSorted((a, b) => a - b));
    const zip = await JSZip.loadAsync((await formatReport(report, 'redline', { color: false, words: (t) => segmenter.words(t) })) as Uint8Array);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:ins ');
  });
});
