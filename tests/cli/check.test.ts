import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CheckReport } from '../../src/types.js';
import { textWidth } from '../../src/report/text/width.js';
import { spyContext } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const ROOT = process.cwd();
const PLANS = 'fixtures/check/plans';
const BRI = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const INTL = 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt';
const FYP = 'seeds/beijing-14th-fyp-international-sti-centre-plan-2021.txt';
const WORK = 'seeds/most-beijing-sti-centre-work-plan-2023.txt';
const REPORTS = ['2023', '2024', '2025'].map((y) => `fixtures/corpus/national-gov-work-report-${y}.txt`);

async function run(argv: string[], cwd = ROOT, columns?: number) {
  const s = spyContext({ cwd, columns });
  const code = await main(['check', ...argv], s.ctx);
  return { code, out: s.out(), err: s.err() };
}

async function json(argv: string[], cwd = ROOT) {
  const r = await run([...argv, '--format', 'json'], cwd);
  return { ...r, report: JSON.parse(r.out) as CheckReport };
}

/** A scratch folder holding copies of the fixture plans. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-check-'));
  for (const f of ['a.txt', 'b.txt']) copyFileSync(join(ROOT, PLANS, f), join(dir, f));
  return dir;
}

describe('plan-diff check: help', () => {
  it('prints its options', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    // Note: the same text as `check --help` in tests/cli/help.test.ts: one golden file, not a second copy inline.
    expectGolden('fixtures/cli/help/check.txt', out);
  });
});

describe('plan-diff check: inputs', () => {
  it('reads every supported file of a folder, sorted, and skips the rest', async () => {
    const { code, report } = await json([`${PLANS}/`]);
    expect(code).toBe(1);
    expect(report.files).toEqual([`${PLANS}/a.txt`, `${PLANS}/b.txt`]);
  });

  it('expands globs and reads a file named twice once', async () => {
    const { report } = await json([`${PLANS}/*.txt`, `${PLANS}/a.txt`]);
    expect(report.files).toEqual([`${PLANS}/a.txt`, `${PLANS}/b.txt`]);
  });

  it('exits 2 when a glob matches nothing, or a file is missing', async () => {
    const glob = await run(['fixtures/check/nothing/*.txt']);
    expect(glob.code).toBe(2);
    expect(glob.err).toMatch(/^plan-diff: no plan files match fixtures\/check\/nothing\/\*\.txt\. Expected files ending in \.txt, \.md, \.docx, \.pdf/);
    const missing = await run([`${PLANS}/a.txt`, `${PLANS}/zzz.txt`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('zzz.txt');
  });

  it('exits 2 on an unknown --fail-on level', async () => {
    expect((await run([`${PLANS}/`, '--fail-on', 'sometimes'])).code).toBe(2);
  });
});

describe('plan-diff check: outputs and exit codes', () => {
  it('lists the findings and tables the consistent targets', async () => {
    const { code, out } = await run([`${PLANS}/a.txt`, `${PLANS}/b.txt`]);
    expect(code).toBe(1);
    expect(out).toContain('1 error, 0 warnings, 0 infos');
    expect(out).toMatch(/^error {4}市级联合实验室 \(2027\): 20家 vs 达15家$/m);
    expect(out).toMatch(/^ {2}target-conflict [0-9a-f]{16}$/m);
    expect(out).toContain('Consistent targets');
    expect(out).not.toContain('\u001b[');
  });

  it('--fail-on decides the exit code', async () => {
    expect((await run([`${PLANS}/`, '--fail-on', 'never'])).code).toBe(0);
    expect((await run([`${PLANS}/`, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('writes SARIF when -o ends in .sarif, GitHub commands with --format github', async () => {
    const dir = scratch();
    expect((await run(['a.txt', 'b.txt', '-o', 'out.sarif'], dir)).code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'a.txt' }, region: { startLine: 4, startColumn: 17 } });
    const gh = await run(['a.txt', 'b.txt', '--format', 'github'], dir);
    expect(gh.out).toMatch(/^::error file=a\.txt,line=4,col=17,title=target-conflict%3A 市级联合实验室::市级联合实验室 \(2027\): 20家 \(a\.txt:4\) vs 达15家 \(b\.txt:4\) \[[0-9a-f]{16}\]\n$/);
  });

  it('is byte-stable from run to run', async () => {
    const one = await run([`${PLANS}/`, '--format', 'json']);
    const two = await run([`${PLANS}/b.txt`, `${PLANS}/a.txt`, '--format', 'json']);
    expect((await run([`${PLANS}/`, '--format', 'json'])).out).toBe(one.out);
    // The order given is kept in `files`; findings and matches follow it.
    expect(JSON.parse(two.out).files).toEqual([`${PLANS}/b.txt`, `${PLANS}/a.txt`]);
  });
});

describe('plan-diff check: a folder of related plans', () => {
  it('reports one finding per disagreement, its places capped in the terminal and whole in JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-diff-folder-'));
    for (let i = 0; i < 8; i++) {
      const n = i === 2 || i === 5 ? 15 : 20;
      writeFileSync(join(dir, `plan-${i}.txt`), `北京市实验室行动计划（2024-2027年）\n\n一、目标\n到2027年，共建市级联合实验室${n}家。\n`);
    }
    const files = Array.from({ length: 8 }, (_, i) => `plan-${i}.txt`);
    const text = await run(files, dir);
    expect(text.code).toBe(1);
    expect(text.out).toContain('Checked 8 files: 1 error, 0 warnings, 0 infos.');
    expect(text.out).toContain('error    市级联合实验室 (2027): 20家 vs 15家\n  plan-0.txt:4:17  共建市级联合实验室20家\n  plan-1.txt:4:17  共建市级联合实验室20家\n  plan-3.txt:4:17  共建市级联合实验室20家\n  … and 3 more places with this value\n  plan-2.txt:4:17  共建市级联合实验室15家\n  plan-5.txt:4:17  共建市级联合实验室15家\n  target-conflict ');
    const { report } = await json(files, dir);
    expect(report.findings.map((f) => [f.message, f.locations.length])).toEqual([
      ['市级联合实验室 (2027): 20家 (plan-0.txt:4, plan-1.txt:4, plan-3.txt:4 and 3 more) vs 15家 (plan-2.txt:4, plan-5.txt:4)', 8],
    ]);
  });
});

describe('plan-diff check: golden output (UPDATE=1 regenerates fixtures/check/expected.*)', () => {
  it.each([
    ['json', 'expected.json'],
    ['text', 'expected.txt'],
    ['sarif', 'expected.sarif'],
    ['github', 'expected.github.txt'],
    ['csv', 'expected.csv'],
  ])('--format %s matches fixtures/check/%s', async (format, file) => {
    const r = await run([`${PLANS}/`, '--format', format]);
    const golden = join(ROOT, 'fixtures/check', file);
    expectGolden(golden, r.out);
  });
});

describe('plan-diff check: terminal output at 80 and 120 columns (UPDATE=1 regenerates fixtures/check/terminal/*)', () => {
  const cases: Array<[string, string[]]> = [
    ['action-plans', [BRI, INTL]],
    ['fyp-and-work-plan', [FYP, WORK]],
    ['work-reports', REPORTS],
  ];
  it.each(cases.flatMap(([name, files]) => [80, 120].map((w) => [`${name}.${w}.txt`, files, w] as const)))('%s', async (file, files, width) => {
    const r = await run([...files], ROOT, width);
    const golden = join(ROOT, 'fixtures/check/terminal', file);
    expectGolden(golden, r.out);
  });

  it('keeps every line within the width, but for whole paths', async () => {
    for (const [, files] of cases) {
      for (const width of [80, 120]) {
        const { out } = await run([...files], ROOT, width);
        for (const line of out.split('\n')) {
          const paths = files.some((f) => line.trim().startsWith(f)) || /^\[\d+\] /.test(line);
          if (!paths) expect(textWidth(line), line).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('lists each finding with its places whole, as editors open them', async () => {
    const { out } = await run([BRI, INTL], ROOT, 80);
    expect(out).toContain(`error    市级“一带一路”联合实验室 (2027): 20家 vs 达15家\n  ${BRI}:33:82\n      共建市级“一带一路”联合实验室20家\n  ${INTL}:17:113\n`);
  });
});

describe('plan-diff check: config and baselines', () => {
  it('reads plan-diff.config.json: ignores by fingerprint with a reason', async () => {
    const dir = scratch();
    const { report } = await json(['a.txt', 'b.txt'], dir);
    const fp = report.findings[0].fingerprint;
    writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify({ ignore: [{ fingerprint: fp, reason: '15 is the city-level figure' }] }));
    const after = await json(['a.txt', 'b.txt'], dir);
    expect(after.code).toBe(0);
    expect(after.report.findings).toEqual([]);
    expect(after.report.suppressed).toEqual([{ fingerprint: fp, rule: 'target-conflict', message: report.findings[0].message, reason: '15 is the city-level figure' }]);
    expect((await run(['a.txt', 'b.txt'], dir)).out).toContain('1 finding not shown: 1 ignored by the config, 0 already in the baseline.');
  });

  it('--config FILE: rule severities and failOn', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ rules: { 'target-conflict': 'warning' } }));
    expect((await run(['a.txt', 'b.txt', '--config', 'ci.json'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ rules: { 'target-conflict': 'warning' }, failOn: 'warning' }));
    expect((await run(['a.txt', 'b.txt', '--config', 'ci.json'], dir)).code).toBe(1);
    expect((await run(['a.txt', 'b.txt', '--config', 'ci.json', '--fail-on', 'error'], dir)).code).toBe(0);
  });

  it('explains a bad config and exits 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'bad.json'), '{\n  "ignore": [{"fingerprint": "abc"}],\n  "thresholds": {"similarty": 0.5},\n  "rules": {"target-confilct": "off"}\n}\n');
    const r = await run(['a.txt', 'b.txt', '--config', 'bad.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "plan-diff: invalid config bad.json: /ignore/0/fingerprint: must be a 16-digit hex fingerprint as printed by plan-diff check; /ignore/0: missing field "reason"; /rules: unknown field "target-confilct" (rules: target-conflict, target-scope-differs, target-horizon-differs, target-unit-differs, target-review, target-relation); /thresholds: unknown field "similarty".
      "
    `);
    writeFileSync(join(dir, 'bad.json'), '{\n  "failOn": "error",\n}\n');
    const syntax = await run(['a.txt', 'b.txt', '--config', 'bad.json'], dir);
    expect(syntax.code).toBe(2);
    expect(syntax.err).toMatchInlineSnapshot(`
      "plan-diff: cannot read config bad.json: not valid JSON at line 3, column 1 (Expected double-quoted property name).
      "
    `);
    const missing = await run(['a.txt', 'b.txt', '--config', 'nope.json'], dir);
    expect(missing.err).toBe('plan-diff: cannot read config nope.json: no such file. Expected a JSON file (see docs/check.md).\n');
    expect(missing.code).toBe(2);
  });

  it('checks the dictionaries a config lists under dict, and exits 2 on a missing one', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'words.txt'), '三城一区 1000 n\n');
    writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify({ dict: ['words.txt'] }));
    expect((await run(['a.txt', 'b.txt'], dir)).code).toBe(1);
    writeFileSync(join(dir, 'plan-diff.config.json'), JSON.stringify({ dict: ['words.txt', 'nope.txt'] }));
    const r = await run(['a.txt', 'b.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('plan-diff: invalid config plan-diff.config.json: /dict/1: cannot read nope.txt (relative to the config\'s folder ');
  });

  it('says nothing of matches across files for one file: a disagreement inside it is a finding, not a match', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'one.txt'), '北京市实验室行动计划（2024-2027年）\n\n一、目标\n到2027年，共建市级联合实验室20家。\n\n二、任务\n到2027年，共建市级联合实验室15家。\n');
    const r = await run(['one.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 3)).toEqual(['Checked 1 file: 0 errors, 0 warnings, 1 info.', '', 'Findings']);
    expect(r.out).not.toContain('matched across');
  });

  it('--write-baseline records findings; --baseline FILE.json then fails only on new ones', async () => {
    const dir = scratch();
    const write = await run(['a.txt', 'b.txt', '--write-baseline', 'known.json'], dir);
    expect(write.code).toBe(0);
    expect(write.err).toBe('plan-diff: wrote 1 finding to known.json; use --baseline known.json to fail only on new ones.\n');
    const baseline = JSON.parse(readFileSync(join(dir, 'known.json'), 'utf8'));
    expect(baseline.schema).toBe('plan-diff/baseline@1');
    expect(baseline.findings).toHaveLength(1);
    const known = await run(['a.txt', 'b.txt', '--baseline', 'known.json'], dir);
    expect(known.code).toBe(0);
    // The summary adds up: the conflict counted among the matches is the finding the baseline hides.
    expect(known.out.split('\n').slice(0, 2)).toEqual(['Checked 2 files: no new findings.', '2 targets matched across files: 1 consistent, 1 in conflict, 0 to review.']);
    expect(known.out).toContain('1 finding not shown: 0 ignored by the config, 1 already in the baseline.');
    writeFileSync(join(dir, 'c.txt'), '北京市实验室行动计划（2024-2027年）\n\n一、目标\n到2027年，共建市级联合实验室12家。\n');
    const next = await json(['a.txt', 'b.txt', 'c.txt', '--baseline', 'known.json'], dir);
    // A third plan with a new value is a new disagreement: one finding, every value, fails CI.
    expect(next.code).toBe(1);
    expect(next.report.findings.map((f) => f.message)).toEqual(['市级联合实验室 (2027): 20家 (a.txt:4) vs 达15家 (b.txt:4) vs 12家 (c.txt:4)']);
    expect(next.report.suppressed).toBeUndefined();
    // A third plan repeating a value already known is no new disagreement: still suppressed, exit 0.
    writeFileSync(join(dir, 'c.txt'), '北京市实验室行动计划（2024-2027年）\n\n一、目标\n到2027年，共建市级联合实验室15家。\n');
    const same = await json(['a.txt', 'b.txt', 'c.txt', '--baseline', 'known.json'], dir);
    expect(same.code).toBe(0);
    expect(same.report.findings).toEqual([]);
    expect(same.report.suppressed?.map((s) => [s.reason, s.message])).toEqual([['baseline', '市级联合实验室 (2027): 达15家 (b.txt:4, c.txt:4) vs 20家 (a.txt:4)']]);
  });

  it('rejects a .json baseline that was not written by --write-baseline', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'other.json'), '{"findings": 3}');
    const r = await run(['a.txt', 'b.txt', '--baseline', 'other.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read baseline other.json: expected {"schema": "plan-diff/baseline@1"');
  });

  it('--baseline PLAN: only deviations from that plan are findings', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'c.txt'), '北京市实验室行动计划（2024-2027年）\n\n一、目标\n到2027年，共建市级联合实验室12家。\n');
    const { code, report } = await json(['b.txt', 'c.txt', '--baseline', 'a.txt'], dir);
    expect(code).toBe(1);
    expect(report.files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(report.baseline).toBe('a.txt');
    expect(report.findings.map((f) => f.message)).toEqual(['市级联合实验室 (2027): 20家 (a.txt:4) vs 达15家 (b.txt:4) vs 12家 (c.txt:4)']);
    expect(existsSync(join(dir, 'known.json'))).toBe(false);
  });
});

describe('plan-diff check on the seeds and the corpus (issue 5, done when)', () => {
  it('the two 2024-2027 action plans: exits 1 and names 联合实验室 20家 vs 15家 with both file:line', async () => {
    const { code, out } = await run([BRI, INTL]);
    expect(code).toBe(1);
    expect(out).toMatch(/^ {2}target-conflict [0-9a-f]{16}$/m);
    const { report } = await json([BRI, INTL]);
    const conflict = report.findings.find((f) => f.rule === 'target-conflict' && f.metric.includes('联合实验室'));
    expect(conflict?.message).toBe(`市级“一带一路”联合实验室 (2027): 20家 (${BRI}:33) vs 达15家 (${INTL}:17)`);
    expect(conflict?.locations.map((l) => [l.file, l.line, l.value, l.unit])).toEqual([
      [BRI, 33, 20, '家'],
      [INTL, 17, 15, '家'],
    ]);
  });

  it('the two action plans: 国际科技合作基地 30 vs 100 for review (scopes differ), 国际联合研发项目 100个/100项 consistent', async () => {
    const { report } = await json([BRI, INTL]);
    const status = (key: string) => report.matches.filter((m) => m.metricKey.includes(key)).map((m) => [m.status, m.items.map((i) => `${i.value}${i.unit}`)]);
    expect(status('国际科技合作基地')).toEqual([['review', ['30个', '100个']]]);
    expect(report.findings.filter((f) => f.metric.includes('国际科技合作基地')).map((f) => f.rule)).toEqual(['target-scope-differs']);
    expect(status('国际联合研发项目')).toEqual([['consistent', ['100个', '100个', '100项']]]);
  });

  it('the two action plans: 国际科技合作机制 30 vs 50 for review, their partners (scopes) differ', async () => {
    const { report } = await json([BRI, INTL]);
    const match = report.matches.filter((m) => m.metricKey.includes('国际科技合作机制'));
    expect(match.map((m) => [m.status, m.items.map((i) => [i.file, i.line, i.value, i.unit, i.scope])])).toEqual([
      [
        'review',
        [
          [BRI, 33, 30, '个', '与共建国家'],
          [INTL, 17, 50, '个', '与世界主要创新国家（地区）'],
        ],
      ],
    ]);
    expect(report.findings.filter((f) => f.metric.includes('国际科技合作机制')).map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'target-scope-differs',
        'warning',
        `政府间、园区间国际科技合作机制 (2027): 达30个 [与共建国家] (${BRI}:33) vs 达50个 [与世界主要创新国家（地区）] (${INTL}:17): scopes differ`,
      ],
    ]);
  });

  it('the two action plans: exactly one conflict and two scope differences, nothing else', async () => {
    const { report } = await json([BRI, INTL]);
    expect(report.findings.map((f) => [f.rule, f.metric])).toEqual([
      ['target-conflict', '市级“一带一路”联合实验室'],
      ['target-scope-differs', '政府间、园区间国际科技合作机制'],
      ['target-scope-differs', '北京国际科技合作基地数量'],
    ]);
    expect(report.matches.map((m) => m.status)).toEqual(['conflict', 'review', 'review', 'consistent']);
  });

  it('the 14th-FYP plan and the 2023 work plan: exits 0 and lists the shared 2025 targets as consistent', async () => {
    const { code, report } = await json([FYP, WORK]);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.matches.map((m) => [m.status, m.items.map((i) => [i.file, i.year, `${i.value}${i.unit}`])])).toEqual(
      // In the order of the 14th-FYP plan's lines 225, 228, 240, 242, 250 and 262.
      ['6%', '17%', '1200000000000元', '7.5%', '800000000000元', '260人/万名就业人员'].map((v) => [
        'consistent',
        [
          [FYP, 2025, v],
          [WORK, 2025, v],
        ],
      ]),
    );
    expect(report.matches.map((m) => m.items.map((i) => i.text))[0]).toEqual(['全社会研发经费支出占地区生产总值比重保持在 6%左右', '全社会研发经费支出占地区生产总值比重保持在6%左右']);
  });

  it('the three national work reports: exit 0, CPI 3% → 3% → 2% a horizon series (info), GDP 5%左右 throughout silent, no conflicts', async () => {
    const { code, report } = await json(REPORTS);
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.rule !== 'target-horizon-differs' && f.rule !== 'target-review')).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.matches.filter((m) => m.status === 'conflict')).toEqual([]);
    // A series whose value moved is to review (its info); one that never moved is consistent.
    expect(report.matches.filter((m) => m.status === 'review').length).toBe(report.findings.filter((f) => f.rule === 'target-horizon-differs').length);
    expect(report.matches.filter((m) => m.status === 'consistent').map((m) => m.metricKey)).toContain('国内生产总值');
    const horizon = (metric: string) => report.findings.filter((f) => f.metric === metric).map((f) => f.locations.map((l) => [l.file, l.year, l.value, l.unit, l.comparator, l.change ?? 'level']));
    expect(horizon('居民消费价格涨幅')).toEqual([
      [
        [REPORTS[0], 2023, 3, '%', 'approx', 'level'],
        [REPORTS[1], 2024, 3, '%', 'approx', 'level'],
        [REPORTS[2], 2025, 2, '%', 'approx', 'level'],
      ],
    ]);
    // The same value year after year is consistent: no finding (the match is consistent).
    expect(horizon('国内生产总值')).toEqual([]);
    const messages = report.findings.map((f) => f.message.replaceAll('fixtures/corpus/national-gov-work-report-', ''));
    expect(messages).toContain('居民消费价格涨幅: 3%左右 (2023, 2023.txt:171) → 3%左右 (2024, 2024.txt:75) → 2%左右 (2025, 2025.txt:47): horizons differ');
    expect(messages.filter((m) => m.startsWith('国内生产总值 (increase)'))).toEqual([]);
  });

  it('the three national work reports: a level and an increase of one metric are never one series', async () => {
    const { report } = await json(REPORTS);
    for (const f of report.findings) expect(new Set(f.locations.map((l) => l.change ?? 'level')).size).toBe(1);
    const deficit = report.findings.filter((f) => f.metric === '赤字率').map((f) => f.locations.map((l) => `${l.year} ${l.value}${l.unit}`));
    // 2025 also says 比上年提高1个百分点: an increase, stated once, so not a series of its own.
    expect(deficit).toEqual([['2023 3%', '2024 3%', '2025 4%']]);
    const bonds = report.findings.filter((f) => f.metric === '地方政府专项债券').map((f) => [f.locations[0].change ?? 'level', f.locations.map((l) => `${l.year} ${l.value / 1e8}亿${l.unit}`)]);
    expect(bonds).toEqual([
      ['level', ['2023 38000亿元', '2024 39000亿元', '2025 44000亿元']],
      ['increase', ['2024 1000亿元', '2025 5000亿元']],
    ]);
  });
});
