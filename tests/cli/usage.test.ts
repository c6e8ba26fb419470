import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Command, CommanderError, Option } from 'commander';
import { usageMessage } from '../../src/cli/usage.js';
import { messageLang } from '../../src/cli/message-lang.js';
import { runCli } from '../helpers/cli.js';

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';

describe('usage errors in the chosen language: one line, exit 2, no stack', () => {
  // Each row: arguments (no --lang), then the line in English and in Chinese.
  const cases: Array<[string[], string, string]> = [
    [['outline', SEED, '--formt', 'json'], "unknown option '--formt' (did you mean --format?)", "未知选项 '--formt'（是否想用 --format？）"],
    [['frobnicate'], "unknown command 'frobnicate'", "未知命令 'frobnicate'"],
    [['outlin', SEED], "unknown command 'outlin' (did you mean outline?)", "未知命令 'outlin'（是否想用 outline？）"],
    [['outline'], "missing required argument 'file'", "缺少必需的参数 'file'"],
    [['compare', SEED], "missing required argument 'new'", "缺少必需的参数 'new'"],
    [['outline', SEED, '--format'], "option '-f, --format <name>' argument missing", "选项 '-f, --format <name>' 缺少取值"],
    [['outline', SEED, SEED], "too many arguments for 'outline': expected 1 argument, got 2", '参数过多（outline）：应为 1 个，实际 2 个'],
    [['check', SEED, '--fail-on', 'bad'], "option '--fail-on <level>' argument 'bad' is invalid; allowed choices are error, warning, info, never", "选项 '--fail-on <level>' 的取值 'bad' 无效；可选：error, warning, info, never"],
  ];
  it.each(cases)('%j', async (argv, en, zh) => {
    for (const [extra, env, line] of [
      [['--lang', 'en'], {}, en],
      [[], {}, en],
      [['--lang', 'zh'], {}, zh],
      [['--lang=zh'], {}, zh],
      [[], { LANG: 'zh_CN.UTF-8' }, zh],
      [['--lang', 'en'], { LANG: 'zh_CN.UTF-8' }, en],
    ] as const) {
      const r = await runCli([argv[0], ...extra, ...argv.slice(1)], { env });
      expect(r.code).toBe(2);
      expect(r.err, `${argv.join(' ')} ${extra.join(' ')}`).toBe(`plan-diff: ${line}\n`);
      expect(r.out).toBe('');
    }
  });

  it('says an unknown option before --lang in the language --lang names (read from the arguments as typed)', async () => {
    expect((await runCli(['outline', '--bogus', SEED, '--lang', 'zh'])).err).toBe("plan-diff: 未知选项 '--bogus'\n");
    // After `--`, --lang is an argument, not the option.
    expect(messageLang(['outline', '--', '--lang', 'zh'], {})).toBe('en');
    expect(messageLang(['--lang', 'fr'], { LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
  });

  it('reads every code on commander\'s own text (a commander that rewords one fails here), and keeps an unknown one on one line', () => {
    const errors: CommanderError[] = [];
    const probe = (argv: string[], setup: (c: Command) => void) => {
      const c = new Command('p').exitOverride().configureOutput({ writeErr: () => undefined, outputError: () => undefined });
      setup(c);
      try {
        c.parse(argv, { from: 'user' });
      } catch (e) {
        errors.push(e as CommanderError);
      }
    };
    probe([], (c) => c.requiredOption('--need <x>'));
    probe(['--a', '--b'], (c) => c.addOption(new Option('--a').conflicts('b')).option('--b'));
    probe(['x', 'y'], (c) => c.argument('<one>').action(() => undefined));
    probe(['--colour'], (c) => c.option('--color').option('--colour-scheme <x>'));
    expect(errors.map((e) => usageMessage(e, 'zh'))).toEqual([
      "必须给出选项 '--need <x>'",
      "option '--a' 不能与 option '--b' 同时使用",
      '参数过多：应为 1 个，实际 2 个',
      expect.stringMatching(/^未知选项 '--colour'（是否想用/),
    ]);
    expect(usageMessage({ code: 'commander.somethingNew', message: 'error: a new\nkind of error' }, 'zh')).toBe('a new kind of error');
  });
});

describe('notes and parse warnings on stderr in the chosen language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-usage-'));
  const gap = join(dir, 'gap.txt');
  writeFileSync(gap, '一、总体要求\n（一）指导思想\n正文。\n（三）目标\n正文。\n（三）又一个\n正文。\n');
  const flat = join(dir, 'flat.txt');
  writeFileSync(flat, '第一段正文。\n第二段正文。\n');
  const folder = join(dir, 'plans');
  it('numbering warnings and no-headings', async () => {
    const zh = await runCli(['outline', gap, '--lang', 'zh']);
    expect(zh.err).toBe(`plan-diff: 警告：${gap}:4：缺少2：1之后是（三）\nplan-diff: 警告：${gap}:6：序号3出现两次：（三）与上一项同号\n`);
    const en = await runCli(['outline', gap]);
    expect(en.err).toBe(`plan-diff: warning: ${gap}:4: 2 is missing: 1 is followed by （三）\nplan-diff: warning: ${gap}:6: 3 appears twice: （三） repeats the number before it\n`);
    expect((await runCli(['outline', flat], { env: { LANG: 'zh_CN.UTF-8' } })).err).toBe(`plan-diff: 警告：${flat}：没有找到带序号的标题；2 段正文作为一个列表\n`);
    expect((await runCli(['outline', flat])).err).toBe(`plan-diff: warning: ${flat}: no numbered headings found; the 2 paragraphs form one list\n`);
  });

  it('the README skipped in a folder', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'plan.txt'), '一、总体要求\n目标达到20家。\n');
    writeFileSync(join(folder, 'README.md'), '# 说明\n');
    expect((await runCli(['targets', folder, '--lang', 'zh'])).err).toBe(`plan-diff: 提示：跳过 ${folder}/README.md（说明文件，不是规划）；单独指定它才会读取。\n`);
    expect((await runCli(['targets', folder])).err).toBe(`plan-diff: note: skipped ${folder}/README.md (a README, not a plan); name it alone to read it.\n`);
  });
});
