import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { textWidth } from '../../src/report/text/width.js';

const OLD = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const NEW = 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt';
const INTL = 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt';
const FYP = 'seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt';
const ZH = { LANG: 'zh_CN.UTF-8' };

/** Latin words of the output that are not in the documents' own text nor in a path. */
function englishLabels(out: string, files: string[]): string[] {
  const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const words = out.replace(/\S+\.(?:txt|md|docx|pdf)\b/g, '').match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words)].filter((w) => !source.includes(w));
}

describe('--lang and the locale', () => {
  it('under LANG=zh_CN.UTF-8, compare prints no English label (only the documents\' own Latin words)', async () => {
    for (const [a, b] of [[OLD, NEW], [OLD, INTL]] as const) {
      const r = await runCli(['compare', a, b, '--only', 'all'], { env: ZH });
      expect(r.code).toBe(1);
      expect(englishLabels(r.out, [a, b])).toEqual([]);
      expect(r.out).toMatch(/^修改 \d+ 条，(?:相关 \d+ 条（可能的后继条文，待核），)?新增 \d+ 条，删除 \d+ 条，未改动 \d+ 条；两版都有的 \d+ 条中，移动 \d+ 条，调整序号 \d+ 条/m);
    }
    // The English terminal for comparison: the same test finds its labels.
    const en = await runCli(['compare', OLD, NEW], { env: { LANG: 'en_US.UTF-8' } });
    expect(englishLabels(en.out, [OLD, NEW])).toEqual(expect.arrayContaining(['modified', 'similarity', 'Target', 'changes']));
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, and --lang over all', async () => {
    const summary = async (env: Record<string, string>, extra: string[] = []) => (await runCli(['check', OLD, INTL, ...extra], { env })).out.split('\n')[0];
    expect(await summary({ LANG: 'zh_CN.UTF-8' })).toMatch(/^检查了 2 个文件/);
    expect(await summary({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toMatch(/^Checked 2 files/);
    expect(await summary({ LANG: 'en_US', LC_MESSAGES: 'zh_TW.UTF-8' })).toMatch(/^检查了/);
    expect(await summary({ LC_ALL: 'zh_CN.UTF-8' }, ['--lang', 'en'])).toMatch(/^Checked/);
    expect(await summary({}, ['--lang', 'zh'])).toMatch(/^检查了/);
    expect(await summary({})).toMatch(/^Checked/);
  });

  it('refuses an unknown --lang with exit 2', async () => {
    const r = await runCli(['targets', FYP, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang');
  });

  it('writes check -o x.html with Chinese finding messages, whatever the locale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-lang-'));
    const file = join(dir, 'x.html');
    expect((await runCli(['check', OLD, INTL, '-o', file], { env: { LANG: 'en_US.UTF-8' } })).code).toBe(1);
    const html = readFileSync(file, 'utf8');
    const messages = [...html.matchAll(/<tr class="row changed finding [a-z]+"[^>]*><td>.*?<\/td><td>.*?<\/td><td>(.*?)<\/td>/g)].map((m) => m[1]);
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).toContain('：范围不同');
    expect(messages.join('\n')).toContain('（2027年）：');
    for (const english of ['scopes differ', 'no scope', ' vs ', 'horizons differ']) expect(html).not.toContain(english);
  });

  it('keeps JSON language-neutral: the same keys, codes and fingerprints, the message in the language', async () => {
    const zh = JSON.parse((await runCli(['check', OLD, INTL, '--format', 'json', '--lang', 'zh'])).out);
    const en = JSON.parse((await runCli(['check', OLD, INTL, '--format', 'json', '--lang', 'en'])).out);
    const strip = (r: { findings: Array<{ message: string }> }) => ({ ...r, findings: r.findings.map((f) => ({ ...f, message: '' })) });
    expect(strip(zh)).toEqual(strip(en));
    expect(zh.findings[0].message).not.toBe(en.findings[0].message);
  });

  it('words the readers\' notes in the language (GB18030 detected, PDF page furniture, tracked changes); JSON keeps the English note and its key', async () => {
    const docx = join(mkdtempSync(join(tmpdir(), 'plan-diff-notes-')), 'revised.docx');
    expect((await runCli(['compare', OLD, NEW, '--track-changes', '-o', docx])).code).toBe(1);
    const notes = async (file: string, env: Record<string, string>) => (await runCli(['outline', file], { env })).err.split('\n').filter((l) => l.includes(file)).map((l) => l.replace(docx, 'revised.docx'));
    const files = ['fixtures/inputs/bri-2024.gb18030.txt', 'fixtures/inputs/bri-2024.pdf', docx];
    const zh = (await Promise.all(files.map((f) => notes(f, ZH)))).flat();
    expect(zh).toMatchInlineSnapshot(`
      [
        "plan-diff: 警告：fixtures/inputs/bri-2024.gb18030.txt：按 GB18030/GBK 编码读取（根据内容判断）。",
        "plan-diff: 警告：fixtures/inputs/bri-2024.pdf：去掉了 10 行页眉、页脚或页码。",
        "plan-diff: 警告：revised.docx：文档含有修订；按全部接受后的文字读取（保留插入 11 处，去掉删除 10 处）。",
      ]
    `);
    expect((await Promise.all(files.map((f) => notes(f, {})))).flat()).toMatchInlineSnapshot(`
      [
        "plan-diff: warning: fixtures/inputs/bri-2024.gb18030.txt: read as GB18030/GBK (detected from its content).",
        "plan-diff: warning: fixtures/inputs/bri-2024.pdf: 10 running header, footer or page-number line(s) dropped.",
        "plan-diff: warning: revised.docx: has tracked changes; read as if all were accepted (11 insertion(s) kept, 10 deletion(s) dropped).",
      ]
    `);
    const json = JSON.parse((await runCli(['outline', files[0]!, '--format', 'json', '--lang', 'zh'])).out);
    expect(json.warnings[0]).toEqual({ code: 'source-note', message: 'read as GB18030/GBK (detected from its content).', note: { key: 'gb18030', params: {} } });
  });
});

describe('terminal width', () => {
  it('COLUMNS=80 targets of the 14th-FYP seed: no line wider than 80 columns, 1.2万亿 shown whole', async () => {
    for (const lang of ['en', 'zh']) {
      const r = await runCli(['targets', FYP, '--lang', lang], { env: { COLUMNS: '80' } });
      expect(r.code).toBe(0);
      const widths = r.out.split('\n').map((l) => textWidth(l));
      expect(Math.max(...widths)).toBeLessThanOrEqual(80);
      expect(r.out).toContain('超过1.2万亿元');
      expect(r.out).toContain('达到17%左右');
      expect(r.out).not.toMatch(/\d…|…\s*│/);
    }
  });

  it.each([60, 80, 120])('fits every table line of compare, check and targets to COLUMNS=%i', async (columns) => {
    for (const argv of [['compare', OLD, INTL], ['check', OLD, INTL, FYP], ['targets', FYP]]) {
      const r = await runCli(argv, { env: { COLUMNS: String(columns) } });
      const table = r.out.split('\n').filter((l) => /^[┌│├└]/.test(l));
      expect(table.length).toBeGreaterThan(0);
      for (const l of table) expect(textWidth(l), `${argv[0]}: ${l}`).toBeLessThanOrEqual(columns);
    }
  });

  it('prefers the terminal\'s own width to COLUMNS', async () => {
    const r = await runCli(['targets', FYP], { env: { COLUMNS: '200' }, columns: 90, isTTY: true });
    expect(Math.max(...r.out.split('\n').map((l) => textWidth(l)))).toBe(90);
  });
});

describe('documents in both languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-doc-lang-'));
  // The page's and table's own words in each language; none of them is in the seeds' text.
  const zhWords = ['新旧对照表', '原条文', '修改后条文', '说明', '未改动', '指标变化'];
  const enWords = ['Old text', 'New text', 'Notes', 'Target changes'];

  it.each(['html', 'md'])('compare -o x.%s is Chinese by default and English with --lang en', async (ext) => {
    for (const lang of ['zh', 'en'] as const) {
      const file = join(dir, `compare-${lang}.${ext}`);
      const argv = ['compare', OLD, NEW, '-o', file, ...(lang === 'en' ? ['--lang', 'en'] : [])];
      expect((await runCli(argv, { env: { LANG: 'en_US.UTF-8' } })).code).toBe(1);
      const out = readFileSync(file, 'utf8');
      for (const w of lang === 'zh' ? zhWords : enWords) expect(out, w).toContain(w);
      for (const w of lang === 'zh' ? enWords : zhWords) expect(out, w).not.toContain(w);
    }
  });

  it('check -o x.html --lang en has English messages and labels', async () => {
    const file = join(dir, 'check-en.html');
    expect((await runCli(['check', OLD, INTL, '-o', file, '--lang', 'en'])).code).toBe(1);
    const out = readFileSync(file, 'utf8');
    expect(out).toContain('<html lang="en"');
    expect(out).toContain('scopes differ');
    for (const w of ['发现的问题', '范围不同', '规划一致性检查', '错误']) expect(out).not.toContain(w);
  });
});
