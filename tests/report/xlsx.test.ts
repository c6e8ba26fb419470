import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { CheckReport, CompareReport, HistoryReport, TargetsReport } from '../../src/types.js';
import { workbookBytes } from '../../src/report/xlsx/sheet.js';

const SEEDS = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join('seeds', f));
const BRI = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const INTL = 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt';

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-diff-xlsx-'));

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

async function json<T>(argv: string[]): Promise<T> {
  const run = await runCli([...argv, '--format', 'json']);
  return JSON.parse(run.out) as T;
}

// Note: what a user sees in Excel: the header row bold and frozen, a filter over all rows.
function expectTableSheet(ws: ExcelJS.Worksheet, dataRows: number, header: string[]): void {
  expect(ws.actualRowCount).toBe(1 + dataRows);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.getRow(1).values).toEqual([undefined, ...header]);
  expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(ws.autoFilter).toBe(`A1:${ws.getColumn(header.length).letter}${1 + dataRows}`);
}

const column = (ws: ExcelJS.Worksheet, name: string) => (ws.getRow(1).values as unknown[]).indexOf(name);

describe('xlsx workbooks', () => {
  it('targets seeds/* -o t.xlsx: one row per target plus the header, values as numbers beside the quantity as written', async () => {
    const dir = tmp();
    const run = await runCli(['targets', ...SEEDS, '-o', join(dir, 't.xlsx')]);
    expect(run).toMatchObject({ code: 0, err: '' });
    const report = await json<TargetsReport>(['targets', ...SEEDS]);
    expect(report.targets.length).toBeGreaterThan(30);
    const wb = await workbook(join(dir, 't.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['targets']);
    const ws = wb.worksheets[0]!;
    expectTableSheet(ws, report.targets.length, (ws.getRow(1).values as string[]).slice(1));
    const [value, quantity, text, line] = ['value', 'quantity', 'text', 'line'].map((name) => column(ws, name));
    expect(quantity).toBe(value + 1);
    report.targets.forEach((t, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(value).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(value).value).toBe(t.value);
      expect(row.getCell(line).value).toBe(t.line);
      expect(row.getCell(text).value).toBe(t.text);
    });
    const big = report.targets.findIndex((t) => t.value >= 1e8);
    expect(big).toBeGreaterThanOrEqual(0);
    expect(ws.getRow(big + 2).getCell(quantity).value).toMatch(/亿/);
    // Note: columns are as wide as their Chinese text (two per character), wrapped past 60.
    expect(ws.getColumn(text).width).toBeGreaterThan(2 * Math.max(...report.targets.map((t) => [...t.text].length)) - 4);
  });

  it('compare -o x.xlsx: the alignment table and the target changes as two sheets', async () => {
    const dir = tmp();
    const [a, b] = ['seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt', INTL];
    expect((await runCli(['compare', a, b, '-o', join(dir, 'x.xlsx')])).code).toBe(1);
    const report = await json<CompareReport>(['compare', a, b]);
    const wb = await workbook(join(dir, 'x.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['alignment', 'target changes']);
    const [alignment, changes] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expectTableSheet(alignment, report.pairs.length, (alignment.getRow(1).values as string[]).slice(1));
    expectTableSheet(changes, report.targetChanges.length, (changes.getRow(1).values as string[]).slice(1));
    expect(report.targetChanges.length).toBeGreaterThan(0);
    const similarity = column(alignment, 'similarity');
    expect(alignment.getRow(2).getCell(similarity).type).toBe(ExcelJS.ValueType.Number);
    const newValue = column(changes, 'new_value');
    expect(column(changes, 'new_quantity')).toBe(newValue + 1);
    const changed = report.targetChanges.findIndex((c) => c.new !== null);
    expect(changes.getRow(changed + 2).getCell(newValue).value).toBe(report.targetChanges[changed]!.new!.value);
    // Note: a long clause wraps in its cell instead of running off the screen.
    const oldText = alignment.getColumn(column(alignment, 'old_text'));
    expect(oldText.width).toBe(60);
    expect(oldText.alignment?.wrapText).toBe(true);
  });

  it('check -o x.xlsx: findings and matches as two sheets', async () => {
    const dir = tmp();
    const plans = ['fixtures/check/plans'];
    const run = await runCli(['check', ...plans, '-o', join(dir, 'x.xlsx')]);
    expect(run.err).toBe('');
    const report = await json<CheckReport>(['check', ...plans]);
    const wb = await workbook(join(dir, 'x.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['findings', 'matches']);
    const [findings, matches] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const locations = report.findings.flatMap((f) => f.locations);
    expect(locations.length).toBeGreaterThan(0);
    expectTableSheet(findings, locations.length, (findings.getRow(1).values as string[]).slice(1));
    expectTableSheet(matches, report.matches.flatMap((m) => m.items).length, (matches.getRow(1).values as string[]).slice(1));
    expect(column(findings, 'status')).toBe(-1);
    expect(column(matches, 'fingerprint')).toBe(-1);
    expect(findings.getRow(2).getCell(column(findings, 'value')).value).toBe(locations[0]!.value);
  });

  it('history -o x.xlsx: the clause lineages and the target lineages as two sheets, values as numbers', async () => {
    const dir = tmp();
    const versions = [BRI, 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt', 'examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt'];
    expect((await runCli(['history', ...versions, '-o', join(dir, 'h.xlsx')])).err).toBe('');
    const report = await json<HistoryReport>(['history', ...versions]);
    const wb = await workbook(join(dir, 'h.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['clauses', 'targets']);
    const [clauses, targets] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expectTableSheet(clauses, report.rows.length, (clauses.getRow(1).values as string[]).slice(1));
    expectTableSheet(targets, report.targets.length, (targets.getRow(1).values as string[]).slice(1));
    // Note: 20家 → 15家 → 18家 in the three drafts: each a number beside the quantity as written.
    const lineage = report.targets.findIndex((t) => t.values.map((v) => v?.value).join() === '20,15,18');
    expect(lineage).toBeGreaterThanOrEqual(0);
    const row = targets.getRow(lineage + 2);
    for (const [i, value] of [20, 15, 18].entries()) {
      expect(row.getCell(column(targets, `value_v${i + 1}`)).value).toBe(value);
      expect(row.getCell(column(targets, `quantity_v${i + 1}`)).value).toMatch(new RegExp(`^2027年[^\\d]*${value}家$`));
    }
  });

  it('a document whose text starts with = or + stays text in the cell, never a formula', async () => {
    const dir = tmp();
    const old = '示例行动计划\n一、重点任务\n建设联合实验室20家。\n=HYPERLINK("http://example.com","点击")开展合作。\n';
    const neu = '示例行动计划\n一、重点任务\n建设联合实验室25家。\n=HYPERLINK("http://example.com","点击")开展合作交流。\n+86 10 1234 新增一项。\n';
    writeFileSync(join(dir, 'old.txt'), old);
    writeFileSync(join(dir, 'new.txt'), neu);
    await runCli(['compare', 'old.txt', 'new.txt', '-o', 'x.xlsx', '--only', 'all'], { cwd: dir });
    const wb = await workbook(join(dir, 'x.xlsx'));
    const ws = wb.getWorksheet('alignment')!;
    const texts = ws.getColumn(column(ws, 'new_text')).values.filter((v) => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^=HYPERLINK/), expect.stringMatching(/^\+86 10/)]));
    for (const cell of ws.getColumn(column(ws, 'new_text')).values) if (cell !== undefined && cell !== null) expect(typeof cell).toBe('string');
    // Note: the file itself: no formula element in any sheet, the texts are shared strings.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'x.xlsx')));
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(2);
    for (const name of sheets) expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('=HYPERLINK(&quot;http://example.com&quot;');
  });

  it('writes text, numbers and booleans as the column kinds say (the generic sheet builder)', async () => {
    const bytes = await workbookBytes([
      {
        name: '历史',
        columns: [
          { header: 'label', kind: 'text' },
          { header: 'value', kind: 'number' },
          { header: 'flag', kind: 'boolean' },
        ],
        rows: [
          ['-5', -5, true],
          [12, 1.5, null],
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('历史')!;
    expect(ws.getRow(2).values).toEqual([undefined, '-5', -5, true]);
    expect(ws.getRow(3).getCell(1).value).toBe('12');
    expect(ws.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getRow(3).getCell(3).value).toBeNull();
  });

  it('keeps a text longer than an Excel cell holds to 32767 characters, and a sheet name Excel accepts', async () => {
    const bytes = await workbookBytes([{ name: 'a/b: 2002→2024 [历史] versions of the plan', columns: [{ header: 'text', kind: 'text' }], rows: [['字'.repeat(40_000)]] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('a_b_ 2002→2024 _历史_ versions of');
    const text = ws.getRow(2).getCell(1).value as string;
    expect(text).toHaveLength(32767);
    expect(text.endsWith('字…')).toBe(true);
  });

  it('refuses to send a workbook to stdout, with exit 2 and one line', async () => {
    const run = await runCli(['targets', BRI, '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatchInlineSnapshot(`
      "plan-diff: format "xlsx" writes a binary workbook, which is not sent to stdout. Write it to a file with -o FILE.xlsx.
      "
    `);
  });
});
