import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { spyContext } from '../helpers/cli.js';

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';

describe('plan-diff outline', () => {
  it('prints the tree with markers, titles, lines and paragraph counts', async () => {
    const s = spyContext();
    expect(await main(['outline', SEED], s.ctx)).toBe(0);
    const lines = s.out().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '“一带一路”科技创新北京行动计划（2024-2027年）（征求意见稿）',
      'period 2024–2027',
      'preamble: 1 paragraph :23',
      '一、总体要求 :24',
      '  （一）指导思想 :25 (1 paragraph)',
    ]);
    expect(s.out()).toContain('    12.打造“一带一路”创新活动平台 :51 (1 paragraph)\n');
    expect(s.out().endsWith('24 headings, 0 warnings\n')).toBe(true);
    expect(s.out()).not.toContain('\u001b[');
    expect(s.err()).toBe('');
  });

  it('colours only with --color', async () => {
    const s = spyContext();
    expect(await main(['outline', SEED, '--color'], s.ctx)).toBe(0);
    expect(s.out()).toContain('\u001b[');
  });

  it('writes plan-diff/outline@1 JSON with a trailing newline', async () => {
    const s = spyContext();
    expect(await main(['outline', SEED, '--format', 'json'], s.ctx)).toBe(0);
    const report = JSON.parse(s.out());
    expect(Object.keys(report)).toEqual(['schema', 'source', 'label', 'title', 'period', 'issuer', 'preamble', 'metadata', 'nodes', 'warnings']);
    expect(report.schema).toBe('plan-diff/outline@1');
    expect(report.nodes[1].children[0].children[0]).toMatchObject({ id: '二/一/1', marker: '1.', line: 38, depth: 3 });
    expect(s.out().endsWith('}\n')).toBe(true);
  });

  it('accepts --format tree', async () => {
    const s = spyContext();
    expect(await main(['outline', SEED, '--format', 'tree'], s.ctx)).toBe(0);
    expect(s.out()).toContain('三、保障措施 :52');
  });

  it('reports warnings on stderr as FILE:LINE', async () => {
    const s = spyContext();
    expect(await main(['outline', 'fixtures/corpus/law-animal-epidemic-prevention-2021-final.txt'], s.ctx)).toBe(0);
    expect(s.err()).toBe('plan-diff: warning: fixtures/corpus/law-animal-epidemic-prevention-2021-final.txt:32: 1 is missing: the level starts at 第二章\n');
  });

  it('reads stdin and warns when there are no headings', async () => {
    const s = spyContext();
    const ctx = { ...s.ctx, stdin: (async function* () { yield Buffer.from('第一段。\n第二段。\n'); })() };
    expect(await main(['outline', '-', '--format', 'json'], ctx)).toBe(0);
    expect(JSON.parse(s.out()).preamble.map((p: { text: string }) => p.text)).toEqual(['第一段。', '第二段。']);
    expect(s.err()).toBe('plan-diff: warning: -: no numbered headings found; the 2 paragraphs form one list\n');
  });

  it('exits 2 on a missing file, without a stack trace', async () => {
    const s = spyContext();
    expect(await main(['outline', 'no-such-plan.txt'], s.ctx)).toBe(2);
    expect(s.err()).toMatchInlineSnapshot(`
      "plan-diff: cannot read no-such-plan.txt: no such file. Check the path (relative to ${process.cwd()}).
      "
    `);
  });

  it('explains itself in --help with an example', async () => {
    const s = spyContext();
    expect(await main(['outline', '--help'], s.ctx)).toBe(0);
    expect(s.out()).toContain('Usage: plan-diff outline [options] <file>');
    expect(s.out()).toContain('plan-diff outline seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt');
    expect(s.out()).toContain('plan-diff: warning: FILE:LINE: message');
  });
});

describe('plan-diff outline: many warnings of one kind', () => {
  it('shows three of a kind with their lines, then counts the rest; the JSON keeps every one', async () => {
    const text = '一、标题\n正文。\n'.repeat(30_000);
    const s = spyContext({ stdin: text });
    expect(await main(['outline', '-'], s.ctx)).toBe(0);
    expect(s.err().split('\n')).toEqual([
      'plan-diff: warning: -:3: 1 appears twice: 一、 repeats the number before it',
      'plan-diff: warning: -:5: 1 appears twice: 一、 repeats the number before it',
      'plan-diff: warning: -:7: 1 appears twice: 一、 repeats the number before it',
      'plan-diff: warning: -: … and 29996 more warnings of the same kind (repeated-number); --format json lists them all',
      '',
    ]);
    const json = spyContext({ stdin: text });
    expect(await main(['outline', '-', '--format', 'json', '--lang', 'zh'], json.ctx)).toBe(0);
    expect((JSON.parse(json.out()) as { warnings: unknown[] }).warnings).toHaveLength(29_999);
    expect(json.err().split('\n').at(-2)).toBe('plan-diff: 警告：-：……另有同类警告 29996 个（repeated-number）；--format json 列出全部');
  });

  it('counts each kind apart and keeps the order of the ones shown', async () => {
    const { warningLines } = await import('../../src/cli/warning-lines.js');
    const w = (code: string, line: number) => ({ code, message: `${code} at ${line}`, line });
    const warnings = [w('a', 1), w('b', 2), w('a', 3), w('a', 4), w('b', 5)];
    expect(warningLines('f.txt', warnings, 'en', 2)).toEqual([
      'warning: f.txt:1: a at 1',
      'warning: f.txt:2: b at 2',
      'warning: f.txt:3: a at 3',
      'warning: f.txt:5: b at 5',
      'warning: f.txt: … and 1 more warning of the same kind (a); --format json lists them all',
    ]);
    expect(warningLines('f.txt', warnings, 'en', 3)).toHaveLength(5);
  });
});
