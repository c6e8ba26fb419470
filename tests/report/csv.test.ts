import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formatReport } from '../../src/report/index.js';
import { neutralise } from '../../src/report/csv.js';
import type { CheckReport, CompareReport } from '../../src/types.js';

const compareSample = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
const checkSample = JSON.parse(readFileSync('fixtures/report/check-sample.json', 'utf8')) as CheckReport;
const render = async (report: CompareReport | CheckReport, format: 'csv' | 'tsv', bom = false) =>
  (await formatReport(report, format, { color: false, bom })) as string;

describe('neutralise: cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+86 10 1234', "'+86 10 1234"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['联合实验室20家', '联合实验室20家'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it.each([[-5], [0], [1.5], [true], [null]])('keeps the non-text cell %j as it is', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
});

describe('csv and tsv formatters', () => {
  it('starts with a UTF-8 byte order mark only with --bom', async () => {
    const withBom = await render(compareSample, 'csv', true);
    const without = await render(compareSample, 'csv');
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(without.charCodeAt(0)).not.toBe(0xfeff);
    expect(withBom.slice(1)).toBe(without);
    expect((await render(compareSample, 'tsv', true)).charCodeAt(0)).toBe(0xfeff);
    // The BOM is the three bytes EF BB BF once encoded, which Excel looks for.
    expect([...Buffer.from(withBom, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('neutralises a formula in document text and keeps Chinese as it is (compare)', async () => {
    const csv = await render(compareSample, 'csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^status,old_path,old_line,old_text/);
    expect(lines).toHaveLength(compareSample.pairs.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(csv).toContain(",'=cmd|' /C calc'!A0 统筹财政资金支持");
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    expect(csv).toContain('共建市级“一带一路”联合实验室15家');
  });

  it('quotes cells holding the delimiter, quotes or line breaks (RFC 4180)', async () => {
    const report: CompareReport = {
      ...compareSample,
      pairs: [{ ...compareSample.pairs[0]!, old: { ...compareSample.pairs[0]!.old!, text: '甲,乙"丙"\n丁\t戊' } }],
    };
    const csv = await render(report, 'csv');
    expect(csv).toContain('"甲,乙""丙""\n丁\t戊"');
    const tsv = await render(report, 'tsv');
    expect(tsv).toContain('"甲,乙""丙""\n丁\t戊"');
    expect(tsv.split('\r\n')[0]).toBe(['status', 'old_path', 'old_line', 'old_text', 'new_path', 'new_line', 'new_text', 'similarity', 'moved', 'renumbered', 'old_outline', 'new_outline', 'group', 'old_id', 'new_id'].join('\t'));
  });

  // Issue 22: a lone CR (from &#13; in a .docx, or in a file name) ended the row in a spreadsheet, and the
  // rest of the cell became a cell of its own, run as a formula.
  it.each(['csv', 'tsv'] as const)('quotes a %s cell holding a lone CR, so what follows stays in the cell', async (format) => {
    const report: CompareReport = { ...compareSample, pairs: [{ ...compareSample.pairs[0]!, old: { ...compareSample.pairs[0]!.old!, text: "甲\r=cmd|' /C calc'!A0" } }] };
    const out = await render(report, format);
    expect(out).toContain(`"甲\r=cmd|' /C calc'!A0"`);
    const rows = out.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(rows.filter((r) => r !== '')).toHaveLength(2);
  });

  it('does not quote a TSV cell that only holds commas', async () => {
    const report: CompareReport = { ...compareSample, pairs: [{ ...compareSample.pairs[0]!, old: { ...compareSample.pairs[0]!.old!, text: '甲，乙,丙' } }] };
    expect(await render(report, 'tsv')).toContain('\t甲，乙,丙\t');
  });

  it('neutralises formulas in check reports too, including the metric column', async () => {
    const csv = await render(checkSample, 'csv');
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
    expect(csv).toContain('<script>alert(1)</script>');
    expect(csv.split('\r\n')[0]).toMatch(/^kind,status,rule,severity,metric,file,page,line/);
  });

  it("writes a finding's message on its first place only; every place keeps the fingerprint", async () => {
    const rows = parse(await render(checkSample, 'csv'), { columns: true }) as Array<Record<string, string>>;
    const findings = rows.filter((r) => r.kind === 'finding');
    expect(findings).toHaveLength(checkSample.findings.reduce((n, f) => n + f.locations.length, 0));
    for (const f of checkSample.findings) {
      const own = findings.filter((r) => r.fingerprint === f.fingerprint);
      expect(own).toHaveLength(f.locations.length);
      expect(own.map((r) => r.message)).toEqual(own.map((_, i) => (i === 0 ? neutralise(f.message) : '')));
    }
  });
});
