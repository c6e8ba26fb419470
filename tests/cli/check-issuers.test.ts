import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CheckReport } from '../../src/types.js';
import { spyContext } from '../helpers/cli.js';

// Who promises: only one issuer's documents are compared; the config may set a file's issuer and
// declare that one document implements another; ignore and baseline entries that match nothing are reported.

async function check(dir: string, argv: string[]) {
  const s = spyContext({ cwd: dir });
  const code = await main(['check', ...argv, '--format', 'json'], s.ctx);
  return { code, report: JSON.parse(s.out()) as CheckReport, err: s.err() };
}

const plan = (region: string, labs: number, extra = '') => `${region}联合实验室建设行动计划（2024-2027年）\n\n一、发展目标\n到2027年，共建市级联合实验室${labs}家${extra}。\n`;

function folder(files: Record<string, string>, config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-issuers-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (config) writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify(config));
  return dir;
}

describe('plan-diff check: issuers', () => {
  it('compares one issuer with itself only: two regions differ by nature, two drafts of one region conflict', async () => {
    const dir = folder({ 'bj.txt': plan('北京市', 20), 'sh.txt': plan('上海市', 15), 'bj2.txt': plan('北京市', 18) });
    const { code, report } = await check(dir, ['bj.txt', 'sh.txt', 'bj2.txt']);
    expect(report.issuers.map((i) => [i.file, i.name])).toEqual([
      ['bj.txt', '北京市人民政府'],
      ['sh.txt', '上海市人民政府'],
      ['bj2.txt', '北京市人民政府'],
    ]);
    expect(report.findings.map((f) => [f.severity, f.message])).toEqual([['error', '市级联合实验室 (2027): 20家 (bj.txt:4) vs 18家 (bj2.txt:4)']]);
    expect(code).toBe(1);
  });

  it('with a baseline plan, compares every plan with it whoever issued it (the user names the reference)', async () => {
    const dir = folder({ 'bj.txt': plan('北京市', 20), 'sh.txt': plan('上海市', 15), 'tj.txt': plan('天津市', 12) });
    const { report } = await check(dir, ['bj.txt', 'sh.txt', 'tj.txt', '--baseline', 'bj.txt']);
    expect(report.findings.map((f) => f.message)).toEqual(['市级联合实验室 (2027): 20家 (bj.txt:4) vs 15家 (sh.txt:4) vs 12家 (tj.txt:4)']);
  });

  it('takes the issuer from the config (documents), which joins or parts documents', async () => {
    const dir = folder({ 'bj.txt': plan('北京市', 20), 'sh.txt': plan('上海市', 15) }, { documents: { 'sh.txt': { issuer: '北京市人民政府', region: '北京市' } } });
    const { report } = await check(dir, ['bj.txt', 'sh.txt']);
    expect(report.issuers[1]).toEqual({ file: 'sh.txt', name: '北京市人民政府', region: '北京市', year: null });
    expect(report.findings.map((f) => f.rule)).toEqual(['target-conflict']);
  });

  it('checks a declared relation between issuers: a province must promise at least the national figure', async () => {
    const national = '全国联合实验室建设规划（2024-2027年）\n\n国科发规〔2024〕3号\n\n一、发展目标\n到2027年，共建市级联合实验室20家，国际联合研发项目100个。\n';
    const dir = folder({ 'national.txt': national, 'bj.txt': plan('北京市', 15, '，国际联合研发项目120个') }, { relations: [{ file: 'bj.txt', implements: 'national.txt', relation: '>=' }] });
    const { code, report } = await check(dir, ['national.txt', 'bj.txt']);
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['target-relation', 'error', '市级联合实验室 (2027): 15家 (bj.txt:4) must be ≥ 20家 (national.txt:6): bj.txt implements national.txt'],
    ]);
    expect(code).toBe(1);
    const without = await check(folder({ 'national.txt': national, 'bj.txt': plan('北京市', 15) }), ['national.txt', 'bj.txt']);
    expect(without.report.findings).toEqual([]);
  });

  it('refuses a malformed documents or relations entry (exit 2, every problem listed)', async () => {
    const dir = folder({ 'a.txt': plan('北京市', 20) }, { documents: { 'a.txt': { issuer: '', regoin: '北京市' } }, relations: [{ file: 'a.txt', implements: 'b.txt', relation: '>' }] });
    const s = spyContext({ cwd: dir });
    expect(await main(['check', 'a.txt'], s.ctx)).toBe(2);
    expect(s.err()).toMatchInlineSnapshot(`
      "plan-diff: invalid config plan-diff.config.json: /documents/a.txt/issuer: must NOT have fewer than 1 characters; /documents/a.txt: unknown field "regoin"; /relations/0/relation: must be one of ">=", "<=", "=".
      "
    `);
  });

  it('reports ignore and baseline entries that match no finding as warnings (stale)', async () => {
    const dir = folder({ 'a.txt': plan('北京市', 20), 'b.txt': plan('北京市', 15) });
    const first = await check(dir, ['a.txt', 'b.txt']);
    const fp = first.report.findings[0].fingerprint;
    writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify({ ignore: [{ fingerprint: fp, reason: 'agreed' }, { fingerprint: '0123456789abcdef', reason: 'an old one' }] }));
    writeFileSync(join(dir, 'known.json'), JSON.stringify({ schema: 'plan-diff/baseline@1', findings: [{ fingerprint: 'fedcba9876543210' }] }));
    const r = await check(dir, ['a.txt', 'b.txt', '--baseline', 'known.json']);
    expect(r.report.findings).toEqual([]);
    expect(r.report.stale).toEqual([
      { fingerprint: 'fedcba9876543210', from: 'baseline' },
      { fingerprint: '0123456789abcdef', from: 'ignore', reason: 'an old one' },
    ]);
    expect(r.err).toBe(
      'plan-diff: warning: baseline entry fedcba9876543210 matches no finding; re-run --write-baseline to drop it.\n' +
        'plan-diff: warning: ignore entry 0123456789abcdef ("an old one") matches no finding; remove it from the config.\n',
    );
    expect(r.code).toBe(0);
    expect((await check(dir, ['a.txt', 'b.txt', '--baseline', 'known.json', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('keeps fingerprints when an alias is added (ignores stay valid)', async () => {
    const dir = folder({ 'a.txt': plan('北京市', 20), 'b.txt': plan('北京市', 15) });
    const before = (await check(dir, ['a.txt', 'b.txt'])).report.findings.map((f) => f.fingerprint);
    writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify({ aliases: { 联合实验室总数: ['市级联合实验室'] } }));
    const after = (await check(dir, ['a.txt', 'b.txt'])).report.findings.map((f) => f.fingerprint);
    expect(after).toEqual(before);
    expect(after).toHaveLength(1);
  });

  it('a folder of 300 plans of 100 issuers: findings within each issuer only, no pairwise storm', async () => {
    const regions = ['北京市', '上海市', '天津市', '重庆市', '浙江省', '江苏省', '广东省', '四川省', '湖北省', '山东省'];
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      // 100 issuers (10 regions × 10 bureaus by document number), 3 documents each; the third of each disagrees.
      const region = regions[i % 10];
      const bureau = Math.floor(i / 10) % 10;
      const abbr = '京沪津渝浙苏粤川鄂鲁'[i % 10];
      const number = ['府', '府办', '科', '发改', '教', '财', '农', '经信', '政', '政办'][bureau];
      files[`p${String(i).padStart(3, '0')}.txt`] = `${region}行动计划（2024-2027年）\n${abbr}${number}发〔2024〕${i}号\n\n一、发展目标\n到2027年，共建市级联合实验室${i >= 200 ? 30 + i : 20}家。\n`;
    }
    const dir = folder(files);
    const { report } = await check(dir, ['.']);
    expect(new Set(report.issuers.map((i) => i.name)).size).toBeLessThanOrEqual(100);
    const errors = report.findings.filter((f) => f.severity === 'error');
    // One finding per issuer whose third plan disagrees, each naming that issuer's files only.
    expect(errors.length).toBe(new Set(report.issuers.map((i) => i.name)).size);
    expect(errors.length).toBeGreaterThanOrEqual(50);
    for (const e of errors) expect(new Set(e.locations.map((l) => report.issuers.find((i) => i.file === l.file)!.name)).size).toBe(1);
    expect(JSON.stringify(report).length).toBeLessThan(2_000_000);
    expect(readFileSync(join(dir, 'p000.txt'), 'utf8')).toContain('京府发');
  }, 120_000);
});
