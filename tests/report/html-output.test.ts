import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const OLD = resolve('fixtures/report/old.txt');
const NEW = resolve('fixtures/report/new.txt');

async function run(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'plan-diff-report-'));
  let err = '';
  const ctx = {
    stdout: { write: () => true },
    stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true) },
    cwd,
    env: {},
  };
  const code = await main(args, ctx);
  return { code, err, file: (name: string) => readFileSync(join(cwd, name)) };
}

describe('plan-diff compare -o FILE: the extension picks the format', () => {
  it('writes a self-contained HTML page for -o diff.html', async () => {
    const r = await run(['compare', OLD, NEW, '-o', 'diff.html']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const page = r.file('diff.html').toString('utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<ins>和人工智能</ins>');
  });

  it('writes a Word document for -o 对照表.docx', async () => {
    const r = await run(['compare', OLD, NEW, '-o', '对照表.docx']);
    expect(r.err).toBe('');
    expect([...r.file('对照表.docx').subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('writes GFM Markdown for -o x.md', async () => {
    const r = await run(['compare', OLD, NEW, '-o', 'x.md']);
    expect(r.file('x.md').toString('utf8')).toMatch(/^# 新旧对照表\n[\s\S]*\| 原条文 +\| 修改后条文 +\| 说明 +\|/);
  });

  it('lets --format win over the extension', async () => {
    const r = await run(['compare', OLD, NEW, '--format', 'md', '-o', 'x.html']);
    expect(r.file('x.html').toString('utf8')).toMatch(/^# 新旧对照表/);
  });

  it('refuses docx for a command that has no 对照表, naming the formats it has', async () => {
    const r = await run(['check', OLD, NEW, '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-diff: format "docx" is not available for this command\. Use one of: .*html/);
  });
});
