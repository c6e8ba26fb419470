import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlans } from '../../src/compare/check.js';
import { parsePlan } from '../../src/parse/index.js';
import type { CheckReport, PlanDocument } from '../../src/types.js';
import { CORPUS_FILES, corpusPath } from '../helpers/corpus.js';
import { spyContext } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { main } from '../../src/cli/main.js';

// `check` on real sets of documents that hold no conflict: no errors, and every other finding listed
// in fixtures/check/corpus-findings.txt (UPDATE=1 rewrites it; docs/check.md judges each kind).

type Name = (typeof CORPUS_FILES)[number];
const PROVINCES = ['zhejiang', 'guangdong', 'sichuan', 'hubei', 'shandong', 'anhui'] as const;
const REPORTS = CORPUS_FILES.filter((f) => f.includes('gov-work-report'));
const SETS: ReadonlyArray<readonly [string, readonly Name[]]> = [
  ...PROVINCES.map((p) => [`${p} 2025+2026`, [`${p}-gov-work-report-2025.txt`, `${p}-gov-work-report-2026.txt`] as Name[]] as const),
  ['national 2021-2025', REPORTS.filter((f) => f.startsWith('national-'))],
  [
    '促进科技成果转化 laws',
    ['law-sci-tech-achievement-transformation-2015.md', 'shanghai-tech-transfer-regs-2017.md', 'beijing-tech-transfer-regs-2019.md', 'zhejiang-tech-transfer-regs-2021.md', 'shandong-tech-transfer-regs-2017.md'],
  ],
  ['生猪屠宰管理条例 versions', CORPUS_FILES.filter((f) => f.startsWith('reg-pig-slaughter-'))],
  ['all work reports', REPORTS],
];

const parsed = new Map<string, PlanDocument>();
function doc(name: Name): PlanDocument {
  let d = parsed.get(name);
  if (!d) {
    d = parsePlan({ path: name, value: readFileSync(corpusPath(name), 'utf8'), format: name.endsWith('.md') ? 'md' : 'txt' });
    parsed.set(name, d);
  }
  return d;
}

function lines(set: string, report: CheckReport): string[] {
  return report.findings.map((f) => `${set} | ${f.severity} | ${f.rule} | ${f.message}`);
}

describe('check on corpus sets without conflicts', () => {
  it.each(SETS)('%s: no errors', (_set, names) => {
    const report = checkPlans(names.map(doc));
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });

  it('lists every other finding in the golden file', () => {
    const all = SETS.flatMap(([set, names]) => {
      const report = checkPlans(names.map(doc));
      return [`# ${set}: ${report.findings.length} findings`, ...lines(set, report)];
    });
    expectGolden(join(import.meta.dirname, '../../fixtures/check/corpus-findings.txt'), all.join('\n') + '\n');
  });

  it('counts to review, across files, the series the findings show: the same value a year later is consistent', () => {
    for (const [set, names] of SETS.filter(([, names]) => names.every((n) => n.includes('gov-work-report')))) {
      const report = checkPlans(names.map(doc));
      const series = report.findings.filter((f) => f.rule === 'target-horizon-differs');
      const review = report.matches.filter((m) => m.status === 'review');
      expect.soft(review.length, set).toBe(series.length + report.findings.filter((f) => f.rule !== 'target-horizon-differs' && new Set(f.locations.map((l) => l.file)).size > 1).length);
    }
    const hubei = checkPlans(['hubei-gov-work-report-2025.txt', 'hubei-gov-work-report-2026.txt'].map((n) => doc(n as Name)));
    expect(hubei.matches.filter((m) => m.status === 'consistent').map((m) => m.metric)).toContain('城镇新增就业');
  });

  it('says in the terminal, in both languages, as many to review as it shows infos (hubei 2025+2026)', async () => {
    const files = ['hubei-gov-work-report-2025.txt', 'hubei-gov-work-report-2026.txt'].map((n) => corpusPath(n as Name));
    const head = async (lang: string) => {
      const s = spyContext();
      await main(['check', ...files, '--lang', lang], s.ctx);
      return s.out().split('\n').slice(0, 2);
    };
    expect(await head('en')).toEqual(['Checked 2 files: 0 errors, 0 warnings, 2 infos.', '6 targets matched across files: 4 consistent, 0 in conflict, 2 to review.']);
    expect(await head('zh')).toEqual(['检查了 2 个文件：错误 0 个，警告 0 个，提示 2 个。', '跨文件对上的指标 6 项：一致 4 项，冲突 0 项，待核 2 项。']);
  });

  it('gives every work report an issuer of its own region and year', () => {
    for (const name of REPORTS) {
      const issuer = doc(name).issuer;
      const province = name.split('-')[0];
      expect.soft(issuer?.year, name).toBe(Number(/(\d{4})\.txt$/.exec(name)![1]));
      expect.soft(issuer?.name, name).toBe(province === 'national' ? '国务院' : `${REGION[province]}人民政府`);
    }
  });
});

const SEEDS = join(import.meta.dirname, '../../seeds');
const REGION: Readonly<Record<string, string>> = { zhejiang: '浙江省', guangdong: '广东省', sichuan: '四川省', hubei: '湖北省', shandong: '山东省', anhui: '安徽省' };

/**
 * A copy of a report with the first percentage of its 主要预期目标 sentence raised by one (5%左右 → 6%左右),
 * ranges (5%—5.5%) skipped; and the 1-based line of the change.
 */
function changed(text: string): { text: string; line: number; from: string; to: string } {
  const lead = /主要预期目标\s*[是为]\s*[：:]/u.exec(text);
  if (!lead) throw new Error('no 主要预期目标 sentence');
  const percent = /(\d+(?:\.\d+)?)\s*[%％](?!\s*[—\-－～~至到])/gu;
  percent.lastIndex = lead.index;
  for (let m = percent.exec(text); m; m = percent.exec(text)) {
    if (/[—\-－～~至到]\s*$/u.test(text.slice(m.index - 2, m.index))) continue; // the high end of a range
    const to = String(Number(m[1]) + 1);
    const line = text.slice(0, m.index).split('\n').length;
    return { text: text.slice(0, m.index) + to + text.slice(m.index + m[1].length), line, from: m[1], to };
  }
  throw new Error('no percentage after 主要预期目标');
}

describe('every corpus document and every seed in one folder', () => {
  it('gives exactly the seeds\' one conflict (20家 vs 15家) and their two scope differences', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => parsePlan({ path: `seeds/${f}`, value: readFileSync(join(SEEDS, f), 'utf8'), format: 'txt' }));
    const report = checkPlans([...CORPUS_FILES.map(doc), ...seeds]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      '市级“一带一路”联合实验室 (2027): 20家 (seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt:33) vs 达15家 (seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt:17)',
    ]);
    expect(report.findings.filter((f) => f.severity === 'warning').map((f) => f.rule)).toEqual(['target-scope-differs', 'target-scope-differs']);
  });
});

describe('a report and an identical copy of itself', () => {
  it.each(REPORTS)('%s: no errors and no warnings (every statement agreed)', (name) => {
    const copy = parsePlan({ path: `copy/${name}`, value: readFileSync(corpusPath(name), 'utf8'), format: 'txt' });
    const report = checkPlans([doc(name), copy]);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    expect(report.matches.filter((m) => m.status === 'conflict')).toEqual([]);
  });
});

describe('a report and a copy with one main target changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-check-corpus-'));
  it.each(REPORTS)('%s: exactly one error, at the changed place in both, exit 1', async (name) => {
    const original = readFileSync(corpusPath(name), 'utf8');
    const copy = changed(original);
    const a = join(dir, name);
    const b = join(dir, `${basename(name, '.txt')}-draft2.txt`);
    writeFileSync(a, original);
    writeFileSync(b, copy.text);
    const s = spyContext();
    const code = await main(['check', a, b, '--format', 'json'], s.ctx);
    const report = JSON.parse(s.out()) as CheckReport;
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message), `${copy.from}% → ${copy.to}% at line ${copy.line}`).toHaveLength(1);
    expect(errors[0].locations.map((l) => `${basename(l.file)}:${l.line}`).toSorted()).toEqual([`${basename(a)}:${copy.line}`, `${basename(b)}:${copy.line}`].toSorted());
    expect(code).toBe(1);
  });
});
