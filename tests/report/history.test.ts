import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { historyPlans } from '../../src/compare/history/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { formatReport } from '../../src/report/index.js';
import { historyRows, stepNotes } from '../../src/report/comparison/history.js';
import type { HistoryReport, Lang } from '../../src/types.js';
import { messages } from '../../src/i18n/messages.js';

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

// The page's own words: every text node and labelling attribute, less the documents' text (clause
// text, file paths, metrics and section titles come from the plans, in their language; a note names
// them inside its own words).
function pageWords(page: string): string[] {
  const own = page
    .replace(/<(script|style)\b.*?<\/\1>/gs, '')
    .replace(/<span class="text">.*?<\/span>(?=<\/td>)/gs, '')
    .replace(/<(code|small)>.*?<\/\1>/gs, '')
    .replace(/<td><a href="#r\d+">.*?<\/a><\/td>/gs, '')
    .replace(/<th colspan="\d+" scope="rowgroup">.*?<\/th>/gs, '');
  const attributes = [...own.matchAll(/\s(?:title|aria-label|placeholder|alt|data-template)="([^"]*)"/g)].map((m) => m[1]!);
  const texts = [...own.matchAll(/>([^<]+)</g)].map((m) => m[1]!.trim());
  return [...attributes, ...texts].filter((t) => t !== '');
}

// Every label of a language's history words, functions called with sample values.
function labels(lang: Lang): string[] {
  const sample = { modified: 1, added: 1, removed: 1, moved: 1, renumbered: 1, targetChanges: 1, unchanged: 1, split: 0, merged: 0, related: 0 };
  const walk = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'function' ? [String((value as (...a: unknown[]) => unknown)(1, 2, sample))] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(walk) : [];
  return walk(messages(lang).history).map((t) => t.trim()).filter((t) => /\p{L}{2}/u.test(t));
}

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

  it('leave no English word on the HTML page under --lang zh, and no Chinese label under --lang en', async () => {
    const zh = pageWords(String(await render('html', 'zh', 'all')));
    expect(zh.filter((t) => /[A-Za-z]{2}/.test(t) && t !== '由 plan-diff 生成。行号指向原文件。')).toEqual([]);
    const english = labels('en');
    expect(english.length).toBeGreaterThan(30);
    expect(zh.filter((t) => english.some((label) => t.includes(label)))).toEqual([]);
    const en = pageWords(String(await render('html', 'en', 'all')));
    const chinese = labels('zh');
    expect(en.filter((t) => chinese.some((label) => t.includes(label)))).toEqual([]);
    expect(en).toContain('V1:');
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
