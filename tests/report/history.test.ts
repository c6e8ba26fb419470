import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { historyPlans } from '../../src/compare/history/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { formatReport } from '../../src/report/index.js';
import { historyRows, stepNotes } from '../../src/report/comparison/history.js';
import type { HistoryReport, Lang } from '../../src/types.js';

const PATHS = [
  'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt',
  'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt',
  'examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt',
];

function history(edit: (text: string, k: number) => string = (t) => t): HistoryReport {
  return historyPlans(PATHS.map((path, k) => parsePlan({ path, value: edit(readFileSync(path, 'utf8'), k), format: 'txt', lineUnit: 'line' })));
}

const report = history();
const render = async (format: string, lang: Lang, only: 'changed' | 'all' = 'changed') => formatReport(report, format, { color: false, lang, only });

describe('history formatters', () => {
  it('write the terminal summary in English by default and in Chinese on request', async () => {
    expect(await formatReport(report, 'text', { color: false })).toMatch(/^Draft history of 3 versions\n/);
    expect(await render('text', 'zh')).toMatch(/^3 稿对照\n {2}第1稿 {2}seeds\//);
  });

  it('label every version step in the 说明 of a row, in both languages', () => {
    const moved = report.rows.find((r) => r.cells[0]?.id === '二/三/9#p1')!;
    expect(stepNotes(moved, 'zh')).toEqual(['第2稿：移动（原在 二、重点任务 / （三）搭建多类型科技合作平台），调整序号（9→3）']);
    expect(stepNotes(moved, 'en')).toEqual(['V2: moved (was in 二、重点任务 / （三）搭建多类型科技合作平台), renumbered (9→3)']);
    const restored = report.rows.find((r) => r.cells[2]?.restoredFrom !== undefined)!;
    expect(stepNotes(restored, 'zh')).toEqual(['第2稿：删除', '第3稿：恢复第1稿条文']);
    expect(stepNotes(restored, 'en')).toEqual(['V2: removed', 'V3: restored from V1']);
  });

  it('keep the changed lineages, or all of them', () => {
    const changed = historyRows(report, 'changed', 'zh');
    const all = historyRows(report, 'all', 'zh');
    expect(all).toHaveLength(report.rows.length);
    expect(changed.length).toBe(report.rows.filter((r) => r.changed).length);
    expect(changed.length).toBeLessThan(all.length);
  });

  it('mark each column against the one before: the renumbered item struck and inserted, an added clause inserted', () => {
    const rows = historyRows(report, 'all', 'zh');
    const renumbered = rows.find((r) => r.row.cells[0]?.id === '二/三/12#p1')!;
    expect(renumbered.columns[1]!.slice(0, 3)).toEqual([
      { op: 'delete', text: '12.' },
      { op: 'insert', text: '11.' },
      { op: 'equal', text: ' ' },
    ]);
    const added = rows.find((r) => r.row.status[1] === 'added')!;
    expect(added.columns[1]!.every((op) => op.op === 'insert')).toBe(true);
  });

  it('write Markdown in English with --lang en, and every lineage with --only all', async () => {
    const en = String(await render('md', 'en', 'all'));
    expect(en).toMatch(/^# Draft history\n/);
    expect(en).toMatch(/^\| V1 +\| V2 +\| V3 +\| Notes +\|$/m);
    expect(en).toContain('## Target evolution');
    const zh = String(await render('md', 'zh'));
    expect(en.split('\n').length).toBeGreaterThan(zh.split('\n').length);
  });

  it('count the changed lineages in the HTML summary as part of the lineages (其中), not beside them', async () => {
    const page = String(await render('html', 'zh'));
    const lineages = /<ul class="cards"><li class="unchanged"><b>(\d+)<\/b>条文脉络<\/li><\/ul><div class="of" role="group" aria-labelledby="of-1"><span class="of-label" id="of-1">其中：<\/span><ul class="cards"><li class="modified"><b>(\d+)<\/b>有改动<\/li><\/ul><\/div>/.exec(page);
    expect(lineages).not.toBeNull();
    expect(Number(lineages![2])).toBeLessThanOrEqual(Number(lineages![1]));
    expect(String(await render('html', 'en'))).toContain('<span class="of-label" id="of-1">of which:</span>');
  });

  it('write the HTML and Word tables in English with --lang en', async () => {
    expect(String(await render('html', 'en'))).toContain('<button type="button" data-set-filter="changed" aria-pressed="false">Changed clauses only</button>');
    const zip = await JSZip.loadAsync((await render('docx', 'en', 'all')) as Uint8Array);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Draft history');
    expect(xml).toContain('Target evolution');
  });

  it('write one CSV row per lineage', async () => {
    const csv = String(await render('csv', 'zh'));
    expect(csv.trimEnd().split('\r\n').length).toBe(report.rows.length + 1);
  });

  it('keep document text inert: HTML escaped, CSV formulas neutralised, Markdown addresses as code', async () => {
    const hostile = history((text, k) => (k === 2 ? text.replace('加强科技人文交流。', '=cmd|加强科技人文交流。<img src=x onerror=alert(1)> 见https://evil.example/a。') : text));
    const page = String(await formatReport(hostile, 'html', { color: false }));
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
    const md = String(await formatReport(hostile, 'md', { color: false }));
    expect(md).toContain('`https://evil.example/a');
    const csv = String(await formatReport(hostile, 'csv', { color: false }));
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });
});
