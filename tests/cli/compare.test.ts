import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { reviseSeed } from '../helpers/revise.js';

function spyContext(cwd = process.cwd()) {
  let out = '';
  let err = '';
  return {
    ctx: {
      stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) },
      stderr: { write: (s: string | Uint8Array) => ((err += String(s)), true) },
      cwd,
      env: {},
    },
    out: () => out,
    err: () => err,
  };
}

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const dir = mkdtempSync(join(tmpdir(), 'plan-diff-compare-'));
const revised = join(dir, 'revised.txt');
writeFileSync(revised, reviseSeed(readFileSync(SEED, 'utf8')).text);

describe('plan-diff compare', () => {
  it('exits 0 and says so when the documents are the same in content', async () => {
    const s = spyContext();
    expect(await main(['compare', SEED, SEED, '--no-color'], s.ctx)).toBe(0);
    expect(s.out()).toContain('No changes in content');
  });

  it('exits 1 and prints the summary, target table and word diffs when they differ', async () => {
    const s = spyContext();
    expect(await main(['compare', SEED, revised, '--no-color', '--context', '10'], s.ctx)).toBe(1);
    const out = s.out();
    expect(out).toMatch(/^\S+ \(old\) → \S+ \(new\)\n\d+ modified, 1 added, 1 removed, \d+ unchanged; of the \d+ clauses in both, 1 moved, \d+ renumbered/);
    expect(out).toContain('Target changes');
    expect(out).toContain('[-20家-]{+27家+}');
    expect(out).toMatch(/\+ added .* new line \d+/);
    expect(out).toContain('(was: ');
    expect(out).not.toContain('\u001b[');
  });

  it('colours deletions red and struck through, insertions green, with --color', async () => {
    const s = spyContext();
    await main(['compare', SEED, revised, '--color'], s.ctx);
    expect(s.out()).toContain('\u001b[31m\u001b[9m20家');
    expect(s.out()).toContain('\u001b[32m27家');
  });

  it('writes the plan-diff/compare@1 JSON', async () => {
    const s = spyContext();
    expect(await main(['compare', SEED, revised, '--format', 'json'], s.ctx)).toBe(1);
    const report = JSON.parse(s.out());
    expect(Object.keys(report)).toEqual(['schema', 'old', 'new', 'summary', 'pairs', 'targetChanges']);
    expect(report.schema).toBe('plan-diff/compare@1');
    expect(report.pairs[0]).toHaveProperty('similarity');
  });

  it('writes one CSV row per pair', async () => {
    const s = spyContext();
    await main(['compare', SEED, revised, '--format', 'csv'], s.ctx);
    const lines = s.out().split('\r\n');
    expect(lines[0]).toBe('status,old_path,old_line,old_text,new_path,new_line,new_text,similarity,moved,renumbered,old_outline,new_outline,group,old_id,new_id');
    const json = spyContext();
    await main(['compare', SEED, revised, '--format', 'json'], json.ctx);
    expect(lines.filter((l) => /^(unchanged|modified|added|removed),/.test(l))).toHaveLength(JSON.parse(json.out()).pairs.length);
  });

  it('shows all pairs with --only all', async () => {
    const s = spyContext();
    await main(['compare', SEED, SEED, '--only', 'all', '--no-color'], s.ctx);
    expect(s.out()).toContain('= unchanged');
  });

  it('takes a user dictionary with --dict', async () => {
    const dict = join(dir, 'my.dict.txt');
    writeFileSync(dict, '深海探测 50000 n\n');
    const s = spyContext();
    expect(await main(['compare', SEED, revised, '--dict', dict, '--format', 'json'], s.ctx)).toBe(1);
  });

  it('reports a changed title first, at its line in each file, and keeps N words of context', async () => {
    const s = spyContext();
    const draft2 = 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt';
    expect(await main(['compare', SEED, draft2, '--format', 'json'], s.ctx)).toBe(1);
    const title = JSON.parse(s.out()).pairs[0];
    // the seed has 18 blank lines before its three title lines; the second draft starts with its title
    expect(title).toMatchObject({ status: 'modified', old: { id: 'title', line: 19, endLine: 21 }, new: { id: 'title', line: 1 } });
    expect(title.diff).toContainEqual({ op: 'insert', text: '·第二稿' });
    const text = spyContext();
    await main(['compare', SEED, draft2, '--no-color', '--context', '3'], text.ctx);
    expect(text.out()).toMatch(/~ modified {2}标题 {2}line 19 → 1 similarity/);
    expect(text.out()).toContain('  …）（征求意见稿{+·第二稿+}）\n');
  });

  it('compares goals by default and the kinds --kind names (a law’s fines with --kind all)', async () => {
    const law = (fine: string) => `第一条 为了预防动物疫病，制定本法。\n第二条 违反本法规定的，由县级以上地方人民政府农业农村主管部门责令改正，处${fine}罚款。\n`;
    writeFileSync(join(dir, 'law-a.txt'), law('五千元以上五万元以下'));
    writeFileSync(join(dir, 'law-b.txt'), law('一万元以上十万元以下'));
    const run = async (...extra: string[]) => {
      const s = spyContext();
      expect(await main(['compare', join(dir, 'law-a.txt'), join(dir, 'law-b.txt'), '--format', 'json', ...extra], s.ctx)).toBe(1);
      return JSON.parse(s.out()).targetChanges as unknown[];
    };
    expect(await run()).toEqual([]);
    expect(await run('--kind', 'all')).toHaveLength(1);
    expect(await run('--kind', 'target,historical')).toEqual([]);
  });

  it.each([
    [['compare', SEED, 'no-such-file.txt'], /no-such-file\.txt: no such file/],
    [['compare', SEED, SEED, '--context', 'lots'], /--context expects a whole number/],
    [['compare', SEED, SEED, '--dict', 'missing.dict'], /--dict: cannot read missing\.dict/],
    [['compare', '-', '-'], /only one of <old> and <new> can be -/],
    [['compare', SEED, SEED, '--kind', 'goals'], /--kind expects kinds separated by commas \(target, historical, .*\) or "all"\. Received "goals"\./],
  ])('exits 2 on bad input: %j', async (argv, message) => {
    const s = spyContext();
    expect(await main(argv, s.ctx)).toBe(2);
    expect(s.err()).toMatch(message);
    expect(s.err()).not.toContain('    at ');
  });
});

describe('plan-diff compare --dict', () => {
  const dicts = mkdtempSync(join(tmpdir(), 'plan-diff-dict-'));
  writeFileSync(join(dicts, 'binary.dict'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x9c, 0x00, 0x0a]));
  writeFileSync(join(dicts, 'latin1.dict'), Buffer.from('caf\xe9 3 n\n', 'latin1'));
  writeFileSync(join(dicts, 'shape.dict'), '联合实验室 many n\n科技 1 n x y\n');
  it.each([
    ['binary.dict', /^plan-diff: --dict: binary\.dict is not a text file \(11 bytes/],
    ['latin1.dict', /^plan-diff: --dict: latin1\.dict is not a text file/],
    ['shape.dict', /^plan-diff: --dict: shape\.dict line 1: "联合实验室 many n" is not "word \[freq\] \[tag\]" \(freq a whole number\) \(and 1 more problem\)\. A user dictionary/],
  ])('refuses %s as a usage error on one line, as a config dictionary would be', async (file, message) => {
    const s = spyContext(dicts);
    expect(await main(['compare', join(process.cwd(), SEED), join(process.cwd(), SEED), '--dict', file], s.ctx)).toBe(2);
    expect(s.err()).toMatch(message);
    expect(s.err().trimEnd().split('\n')).toHaveLength(1);
  });
});
