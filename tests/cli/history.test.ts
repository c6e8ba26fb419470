import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { runCli as run } from '../helpers/cli.js';
import { textWidth } from '../../src/report/text/width.js';

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const V2 = 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt';
const V3 = 'examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt';
const dir = mkdtempSync(join(tmpdir(), 'plan-diff-history-'));

describe('plan-diff history', () => {
  it('exits 1 and prints each step and the target evolution when the versions differ', async () => {
    const { code, out, err } = await run(['history', SEED, V2, V3, '--no-color'], { columns: 80 });
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toMatch(/^Draft history of 3 versions\n {2}V1 {2}seeds\//);
    expect(out).toMatch(/│ V1 → V2 +│ 3 +│ 1 +│ 1 +│/);
    expect(out).toMatch(/│ V2 → V3 +│ 2 +│ 1 +│ 0 +│/);
    expect(out).toMatch(/│ 市级“一带一路”联合实验室 +│ 20家 +│ ≥15家 +│ 18家 +│ V2, V3 +│\n│ · （三）发展目标 +│/);
    expect(out).toMatch(/│ ≥30个 +│ ≥30个 +│ ≥40个 +│ V3 +│/);
    for (const line of out.split('\n')) expect(textWidth(line), line).toBeLessThanOrEqual(80);
  });

  it.each([80, 120])('fits four versions in %i columns', async (columns) => {
    const files = ['2008', '2011', '2016', '2021'].map((y) => `fixtures/corpus/reg-pig-slaughter-${y}.txt`);
    for (const lang of ['en', 'zh']) {
      const { out } = await run(['history', ...files, '--lang', lang], { columns });
      for (const line of out.split('\n')) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
      expect(out).toMatch(/│ 5000–1万元 +│/);
    }
  });

  it('takes --pin K=FILE for the step into version K (a bare FILE with two versions), and refuses a step that is not there', async () => {
    const pins = join(dir, 'pins-v3.csv');
    writeFileSync(pins, 'old_id,new_id\n一/三#p2,-\n-,一/三#p2\n');
    const pinned = await run(['history', SEED, V2, V3, '--pin', `3=${pins}`, '--format', 'json']);
    expect(pinned.code).toBe(1);
    const steps = (JSON.parse(pinned.out) as { steps: Array<{ summary: { modified: number; added: number; removed: number } }> }).steps;
    expect(steps.map((s) => [s.summary.modified, s.summary.added, s.summary.removed])).toEqual([[3, 1, 1], [1, 2, 1]]);
    const two = await run(['history', V2, V3, '--pin', pins, '--format', 'json']);
    expect((JSON.parse(two.out) as { steps: Array<{ summary: { removed: number } }> }).steps[0]!.summary.removed).toBe(1);
    for (const [arg, message] of [
      [pins, `plan-diff: --pin ${pins}: which step? With 3 versions, write --pin K=FILE for the step from version K-1 to version K (2 to 3), e.g. --pin 2=${pins}.\n`],
      [`1=${pins}`, `plan-diff: --pin 1=${pins}: there is no step into version 1. Expected K from 2 to 3 (the step from version K-1 to version K).\n`],
      [`4=${pins}`, `plan-diff: --pin 4=${pins}: there is no step into version 4. Expected K from 2 to 3 (the step from version K-1 to version K).\n`],
    ]) {
      const r = await run(['history', SEED, V2, V3, '--pin', arg]);
      expect([r.code, r.err]).toEqual([2, message]);
    }
    const twice = await run(['history', SEED, V2, V3, '--pin', `2=${pins}`, '--pin', `2=${pins}`]);
    expect([twice.code, twice.err]).toEqual([2, `plan-diff: --pin 2=${pins}: the step into version 2 is pinned twice. Expected one pin file per step.\n`]);
  });

  it('speaks Chinese with --lang zh', async () => {
    const { out } = await run(['history', SEED, V2, V3, '--lang', 'zh']);
    expect(out).toMatch(/^3 稿对照\n {2}第1稿/);
    expect(out).toContain('指标演变');
    expect(out).toContain('第2稿 → 第3稿');
  });

  it('exits 0 when every version is the same in content', async () => {
    const same = join(dir, 'same.txt');
    writeFileSync(same, readFileSync(SEED, 'utf8').replace(/^\n+/, ''));
    const result = await run(['history', SEED, same, '--no-color']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('No changes in content across the versions.');
  });

  it('keeps the order given, globs expanded in place', async () => {
    const { out } = await run(['history', V3, 'examples/*draft[23].txt', '--format', 'json']);
    const report = JSON.parse(out);
    expect(report.versions.map((v: { path: string }) => v.path)).toEqual([V3, V2]);
  });

  it('writes plan-diff/history@1 JSON', async () => {
    const { code, out } = await run(['history', SEED, V2, V3, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['schema', 'versions', 'steps', 'rows', 'targets']);
    expect(report.schema).toBe('plan-diff/history@1');
    expect(out.endsWith('}\n')).toBe(true);
  });

  it.each([
    ['fewer than two files', ['history', SEED], /^plan-diff: history needs two or more versions, oldest first\. Received 1: seeds\/beijing-bri-sti-action-plan-2024-2027-draft\.txt\.\n$/],
    ['a missing file, by name', ['history', SEED, 'nowhere/v2.txt', V3], /^plan-diff: .*nowhere\/v2\.txt.*\n$/],
    ['one file twice', ['history', SEED, SEED], /^plan-diff: history needs two or more versions, oldest first\. Received 1: \S+ \(a file named twice is read once\)\.\n$/],
    ['stdin twice', ['history', '-', '-'], /^plan-diff: only one version can be - \(stdin\)\.\n$/],
  ])('exits 2 with one line for %s', async (_, argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toContain('    at ');
  });

  it('writes the Word, Markdown, HTML, CSV and TSV 多稿对照表 with one column per version', async () => {
    const files = Object.fromEntries(['docx', 'md', 'html', 'csv', 'tsv'].map((ext) => [ext, join(dir, `history.${ext}`)]));
    for (const file of Object.values(files)) expect((await run(['history', SEED, V2, V3, '-o', file])).code).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(files.docx!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('多稿对照表');
    expect(xml.match(/<w:gridCol /g)!.length).toBeGreaterThanOrEqual(4);
    expect(xml).toContain('<w:strike/>');
    expect(xml).toContain('第3稿');
    const md = readFileSync(files.md!, 'utf8');
    expect(md).toMatch(/^# 多稿对照表\n/);
    expect(md).toMatch(/^\| 第1稿 +\| 第2稿 +\| 第3稿 +\| 说明 +\|$/m);
    expect(md).toContain('~~20家~~**达15家**');
    expect(md).toMatch(/\| 市级“一带一路”联合实验室 +\| 20家 +\| ≥15家 +\| 18家 +\| 第2稿、第3稿 +\|/);
    const page = readFileSync(files.html!, 'utf8');
    expect(page).toContain('<table class="sbs history">');
    expect(page.match(/<th scope="col">第\d稿<small>/g)).toHaveLength(3);
    const csv = readFileSync(files.csv!, 'utf8');
    const header = csv.split('\r\n')[0]!.split(',');
    expect(header.slice(3, 6)).toEqual([SEED, V2, V3]);
    expect(csv).toContain('第2稿：移动（原在 二、重点任务 / （三）搭建多类型科技合作平台），调整序号（9→3）');
    expect(readFileSync(files.tsv!, 'utf8').split('\r\n')[0]!.split('\t').slice(3, 6)).toEqual([SEED, V2, V3]);
  });
});
