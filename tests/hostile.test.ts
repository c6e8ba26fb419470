import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/parse/index.js';
import { runCli } from './helpers/cli.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Reproducers of issue 22 (hostile and huge inputs). Note: where the cause was time, the test bounds the
// time generously (10 to 100 times what the fixed code takes, well under what the old code took), since a
// count of operations would need hooks in the code; the figures are in docs/benchmarks.md.

const dir = mkdtempSync(join(tmpdir(), 'plan-diff-hostile-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('hostile inputs', () => {
  // 发展翻一番 200 times in one sentence: 200 targets whose cells cli-table3 measured quadratically (> 120 s).
  const repeated = file('repeated.txt', '发展翻一番'.repeat(200) + '\n');

  it('lists 200 targets of one sentence in a terminal table at once', { timeout: 30_000 }, async () => {
    const { code, out } = await runCli(['targets', repeated]);
    expect(code).toBe(0);
    expect(out).toMatch(/\n200 targets\.\n$/);
  });

  it('compares a plan with that sentence at once', { timeout: 30_000 }, async () => {
    const small = file('small.txt', '一、总体要求\n到2025年，产值达到100亿元。\n');
    const { code } = await runCli(['compare', small, repeated]);
    expect(code).toBe(1);
  });

  // 30,000 headings 一、 (1.3 MB in the issue; 98 s): ids 一, 一~2, … from a counter.
  it('outlines 30,000 headings 一、 in linear time', { timeout: 30_000 }, () => {
    const plan = parsePlan({ path: 'yi.txt', value: '一、标题\n'.repeat(30_000) });
    expect(plan.nodes).toHaveLength(30_000);
    expect(plan.nodes.at(-1)!.id).toBe('一~30000');
  });

  // A folder with two links to itself (1.7 GB after 3 minutes) and a link to a file (read 41 times).
  it('walks a folder with symbolic link loops once, each file once', { timeout: 30_000 }, async () => {
    const folder = join(dir, 'loop');
    mkdirSync(folder);
    writeFileSync(join(folder, 'plan.txt'), readFileSync('seeds/most-beijing-sti-centre-work-plan-2023.txt'));
    symlinkSync('.', join(folder, 'self'));
    symlinkSync('.', join(folder, 'self2'));
    symlinkSync('plan.txt', join(folder, 'alias.txt'));
    const { code, out } = await runCli(['targets', folder, join(folder, 'plan.txt'), '--format', 'json']);
    expect(code).toBe(0);
    const files = (JSON.parse(out) as { targets: Array<{ file: string }> }).targets.map((t) => t.file);
    expect(new Set(files)).toEqual(new Set([`${folder}/plan.txt`]));
  });

  // `compare a.txt b.txt -o a.txt` replaced the plan with the report.
  it('refuses -o onto an input, before reading anything, and leaves the input alone', async () => {
    const a = file('a.txt', readFileSync('seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt'));
    const b = file('b.txt', readFileSync('seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt'));
    const before = readFileSync(a);
    for (const argv of [['compare', a, b, '-o', a], ['compare', a, b, '-o', join(dir, '.', 'b.txt')], ['targets', dir, '-o', b], ['outline', a, '-o', a], ['check', a, b, '-o', b]]) {
      const { code, out, err } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^plan-diff: refusing to write .*: it is one of the input files/);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(a)).toEqual(before);
  });

  it('fails on --write-baseline into a missing folder before printing the report', async () => {
    const a = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
    const { code, out, err } = await runCli(['check', a, '--write-baseline', join(dir, 'missing-dir', 'b.json')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/cannot write .*b\.json: the folder .*missing-dir does not exist/);
  });

  it('writes through a temporary file renamed into place, leaving none behind', async () => {
    const folder = join(dir, 'out');
    mkdirSync(folder);
    const target = join(folder, 'report.html');
    writeFileSync(target, 'old report');
    const a = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
    const b = 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt';
    expect((await runCli(['compare', a, b, '-o', target])).code).toBe(1);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    mkdirSync(join(folder, 'taken.json'));
    const failed = await runCli(['compare', a, b, '-o', join(folder, 'taken.json')]);
    expect(failed.code).toBe(2);
    expect(readdirSync(folder).toSorted()).toEqual(['report.html', 'taken.json']);
  });
});
