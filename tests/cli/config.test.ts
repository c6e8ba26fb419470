import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOptionsFrom, loadConfig, parseConfig } from '../../src/cli/config.js';
import { expandInputs } from '../../src/cli/files.js';

const ctx = (cwd: string) => ({ stdout: { write: () => true }, stderr: { write: () => true }, cwd, env: {} });

describe('config', () => {
  it('accepts a full config and turns it into check options', () => {
    const config = parseConfig(
      JSON.stringify({
        $schema: './schema.json',
        aliases: { 研发投入强度: ['研发经费支出占地区生产总值比重'] },
        ignore: [{ fingerprint: '0123456789abcdef', reason: 'agreed', message: 'x' }],
        thresholds: { similarity: 0.9, tolerance: 0.01 },
        rules: { 'target-unit-differs': 'off' },
        failOn: 'warning',
      }),
      'c.json',
    );
    expect(checkOptionsFrom(config)).toEqual({
      aliases: { 研发投入强度: ['研发经费支出占地区生产总值比重'] },
      similarity: 0.9,
      tolerance: 0.01,
      rules: { 'target-unit-differs': 'off' },
      ignore: [{ fingerprint: '0123456789abcdef', reason: 'agreed' }],
    });
    expect(checkOptionsFrom(parseConfig('{}', 'c.json'))).toEqual({});
  });

  it.each([
    ['[]', 'top level: must be object'],
    ['{"aliases": {"x": []}}', '/aliases/x: must NOT have fewer than 1 items'],
    ['{"thresholds": {"similarity": 2}}', '/thresholds/similarity: must be <= 1'],
    ['{"failOn": "always"}', '/failOn: must be one of "error", "warning", "info", "never"'],
    ['{"rules": {"target-conflict": "fatal"}}', '/rules/target-conflict: must be one of "error", "warning", "info", "off"'],
    ['{"ignore": [{"fingerprint": "0123456789abcdef", "reason": ""}]}', '/ignore/0/reason: must NOT have fewer than 1 characters'],
    ['{"colour": true}', 'top level: unknown field "colour"'],
    ['{"dict": "words.txt"}', '/dict: must be array'],
    ['{"dict": [""]}', '/dict/0: must NOT have fewer than 1 characters'],
  ])('rejects %s: %s', (text, problem) => {
    expect(() => parseConfig(text, 'c.json')).toThrowError(`invalid config c.json: ${problem}`);
  });

  it('reads plan-diff.config.json from the working directory, or nothing when absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-config-'));
    expect(await loadConfig(undefined, ctx(dir))).toEqual({ config: {}, path: null, dicts: [] });
    writeFileSync(join(dir, 'plan-diff.config.json'), '\uFEFF{"failOn": "never"}');
    expect(await loadConfig(undefined, ctx(dir))).toEqual({ config: { failOn: 'never' }, path: 'plan-diff.config.json', dicts: [] });
    mkdirSync(join(dir, 'sub'));
    await expect(loadConfig('sub', ctx(dir))).rejects.toThrow('cannot read config sub: it is a directory.');
  });
});

describe('config: dict', () => {
  it('reads the user dictionaries it lists, relative to the config file, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-config-'));
    mkdirSync(join(dir, 'ci/dicts'), { recursive: true });
    writeFileSync(join(dir, 'ci/dicts/a.txt'), '# domain words\n三城一区 1000 n\n\n共建国家\n');
    writeFileSync(join(dir, 'ci/b.txt'), '\uFEFF科技副总 10\n');
    writeFileSync(join(dir, 'ci/plan-diff.config.json'), JSON.stringify({ dict: ['dicts/a.txt', 'b.txt'] }));
    const loaded = await loadConfig('ci/plan-diff.config.json', ctx(dir));
    expect(loaded.config.dict).toEqual(['dicts/a.txt', 'b.txt']);
    expect(loaded.dicts).toEqual(['# domain words\n三城一区 1000 n\n\n共建国家\n', '科技副总 10\n']);
    // The config's options for check are unchanged by it.
    expect(checkOptionsFrom(loaded.config)).toEqual({});
  });

  it('lists every missing file and malformed line, with where it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-config-'));
    writeFileSync(join(dir, 'words.txt'), '联合实验室 many n\n一带一路 100 n extra\n共建国家 5\n');
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify({ dict: ['words.txt', 'missing.txt', 'folder'] }));
    const error = await loadConfig(undefined, ctx(dir)).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'PlanDiffError', code: 'CONFIG' });
    expect((error as Error).message.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`"invalid config plan-diff.config.json: /dict/0: words.txt line 1: "联合实验室 many n" is not "word [freq] [tag]" (freq a whole number); /dict/0: words.txt line 2: "一带一路 100 n extra" is not "word [freq] [tag]" (freq a whole number); /dict/1: cannot read missing.txt (relative to the config's folder <dir>): no such file; /dict/2: cannot read folder (relative to the config's folder <dir>): it is a directory. A user dictionary has one "word [freq] [tag]" per line, e.g. "联合实验室 1000 n"."`);
  });
});

describe('expandInputs', () => {
  it('expands folders recursively, sorted, supported files only, skipping node_modules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-files-'));
    for (const f of ['b.txt', 'a.MD', 'x.csv', 'sub/c.docx', 'sub/d.pdf', 'node_modules/e.txt']) {
      mkdirSync(join(dir, 'plans', f, '..'), { recursive: true });
      writeFileSync(join(dir, 'plans', f), 'x');
    }
    expect(await expandInputs(['plans/'], ctx(dir))).toEqual(['plans/a.MD', 'plans/b.txt', 'plans/sub/c.docx', 'plans/sub/d.pdf']);
    expect(await expandInputs(['plans/**/*.pdf', 'plans/b.txt', 'plans/sub/d.pdf', '-'], ctx(dir))).toEqual(['plans/sub/d.pdf', 'plans/b.txt', '-']);
    expect(await expandInputs(['plans/x.csv', 'missing.txt'], ctx(dir))).toEqual(['plans/x.csv', 'missing.txt']);
    mkdirSync(join(dir, 'empty'));
    await expect(expandInputs(['empty'], ctx(dir))).rejects.toThrow('empty holds no plan files. Expected files ending in .txt, .md, .docx, .pdf.');
  });
});
