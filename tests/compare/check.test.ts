import { describe, expect, it } from 'vitest';
import { checkPlans } from '../../src/compare/check.js';
import { pairFingerprint } from '../../src/compare/checks/fingerprint.js';
import { doc, target } from './checks/helpers.js';
import { parsePlan } from '../../src/parse/index.js';

const lab = (over = {}) => target({ metric: '市级“一带一路”联合实验室', metricKey: '一带一路联合实验室', ...over });

function plans() {
  const a = doc('a.txt', [
    lab({ line: 33, value: 20 }),
    target({ line: 33, column: 20, metric: '国际科技合作基地', metricKey: '国际科技合作基地', value: 30, unit: '个', scope: '围绕“一带一路”' }),
    target({ line: 34, metric: '国际联合研发项目', metricKey: '国际联合研发项目', value: 100, unit: '个' }),
    target({ line: 40, metric: '科技企业', metricKey: '科技企业', value: 20, kind: 'historical' }),
  ]);
  const b = doc('b.txt', [
    lab({ line: 17, value: 15, comparator: 'gte', comparatorText: '达' }),
    target({ line: 18, metric: '北京国际科技合作基地', metricKey: '国际科技合作基地', value: 100, unit: '个', comparator: 'gte', comparatorText: '达' }),
    target({ line: 19, metric: '国际联合研发项目', metricKey: '国际联合研发项目', value: 100, unit: '项' }),
    target({ line: 50, metric: '科技企业', metricKey: '科技企业', value: 50, kind: 'historical' }),
  ]);
  return [a, b];
}

describe('checkPlans', () => {
  it('finds the conflict, the scope difference and the consistent match', () => {
    const report = checkPlans(plans());
    expect(report.schema).toBe('plan-diff/check@1');
    expect(report.files).toEqual(['a.txt', 'b.txt']);
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['target-conflict', 'error', '市级“一带一路”联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17)'],
      ['target-scope-differs', 'warning', '国际科技合作基地 (2027): 30个 [围绕“一带一路”] (a.txt:33) vs 达100个 [no scope] (b.txt:18): scopes differ'],
    ]);
    expect(report.matches.map((m) => [m.status, m.metricKey, m.items.map((i) => `${i.file}:${i.line}`)])).toEqual([
      ['conflict', '一带一路联合实验室', ['a.txt:33', 'b.txt:17']],
      ['review', '国际科技合作基地', ['a.txt:33', 'b.txt:18']],
      ['consistent', '国际联合研发项目', ['a.txt:34', 'b.txt:19']],
    ]);
    expect(report.suppressed).toBeUndefined();
  });

  it('gives a series over years the status its finding gives: unmoved consistent, moved to review, a vague key\'s moving value no match', () => {
    const series = (metricKey: string, a: number, b: number) =>
      checkPlans([doc('r2025.txt', [target({ year: 2025, value: a, unit: '万人', metric: metricKey, metricKey })]), doc('r2026.txt', [target({ year: 2026, value: b, unit: '万人', metric: metricKey, metricKey })])]);
    const summary = (report: ReturnType<typeof checkPlans>) => [report.matches.map((m) => m.status), report.findings.map((f) => f.rule)];
    expect(summary(series('城镇新增就业', 70, 70))).toEqual([['consistent'], []]);
    expect(summary(series('城镇新增就业', 70, 80))).toEqual([['review'], ['target-horizon-differs']]);
    // A vague key (a verb) follows no metric: no finding, and no match that would count one to review.
    expect(summary(series('实施', 70, 80))).toEqual([[], []]);
    expect(summary(series('实施', 70, 70))).toEqual([['consistent'], []]);
  });

  it('gives each finding a stable 16-digit fingerprint that ignores line numbers', () => {
    const [a, b] = plans();
    const moved = { ...b, targets: b.targets.map((t) => ({ ...t, line: t.line + 10 })) };
    const one = checkPlans([a, b]).findings.map((f) => f.fingerprint);
    const two = checkPlans([a, moved]).findings.map((f) => f.fingerprint);
    expect(one).toEqual(two);
    expect(one[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(one).size).toBe(one.length);
  });

  it('keeps kinds of change apart: locations and items name a non-level kind, fingerprints tell them apart', () => {
    const deficit = (file: string, value: number, unit: string, change: 'level' | 'increase', year: number) =>
      target({ file, line: 5, column: change === 'level' ? 1 : 9, metric: '赤字率', metricKey: '赤字率', value, unit, change, year });
    const a = doc('a.txt', [deficit('a.txt', 3, '%', 'level', 2024), deficit('a.txt', 0.5, '个百分点', 'increase', 2024)]);
    const b = doc('b.txt', [deficit('b.txt', 4, '%', 'level', 2025), deficit('b.txt', 1, '个百分点', 'increase', 2025)]);
    const report = checkPlans([a, b]);
    expect(report.findings.map((f) => [f.message, f.locations.map((l) => l.change ?? 'level')])).toEqual([
      ['赤字率: 3% (2024, a.txt:5) → 4% (2025, b.txt:5): horizons differ', ['level', 'level']],
      ['赤字率 (increase): 0.5个百分点 (2024, a.txt:5) → 1个百分点 (2025, b.txt:5): horizons differ', ['increase', 'increase']],
    ]);
    expect(report.matches.map((m) => m.items.map((i) => i.change ?? 'level'))).toEqual([
      ['level', 'level'],
      ['increase', 'increase'],
    ]);
    // The same amounts as a level and as an increase are different findings.
    const asLevel = checkPlans([doc('a.txt', [deficit('a.txt', 1, '%', 'level', 2024)]), doc('b.txt', [deficit('b.txt', 2, '%', 'level', 2025)])]);
    const asIncrease = checkPlans([doc('a.txt', [deficit('a.txt', 1, '%', 'increase', 2024)]), doc('b.txt', [deficit('b.txt', 2, '%', 'increase', 2025)])]);
    expect(asLevel.findings[0].fingerprint).not.toBe(asIncrease.findings[0].fingerprint);
  });

  it('is byte-stable whatever the order of targets inside a document', () => {
    const [a, b] = plans();
    const shuffled = { ...b, targets: b.targets.toReversed() };
    expect(JSON.stringify(checkPlans([a, shuffled]))).toBe(JSON.stringify(checkPlans([a, b])));
  });

  it('leaves out ignored and baselined findings, with the reason', () => {
    const all = checkPlans(plans()).findings;
    const report = checkPlans(plans(), { ignore: [{ fingerprint: all[0].fingerprint, reason: '15 is the city-wide figure' }], known: [all[1].fingerprint] });
    expect(report.findings).toEqual([]);
    expect(report.suppressed?.map((s) => [s.rule, s.reason]).toSorted()).toEqual([
      ['target-conflict', '15 is the city-wide figure'],
      ['target-scope-differs', 'baseline'],
    ]);
  });

  it('changes severities and turns rules off', () => {
    const report = checkPlans(plans(), { rules: { 'target-conflict': 'warning', 'target-scope-differs': 'off' } });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['target-conflict', 'warning']]);
  });

  it('matches metric keys through the alias table', () => {
    const a = doc('a.txt', [target({ metric: '研发投入强度', metricKey: '研发投入强度', value: 6, unit: '%' })]);
    const b = doc('b.txt', [target({ metric: '全社会研发经费支出占地区生产总值比重', metricKey: '研发经费支出占地区生产总值比重', value: 5, unit: '%' })]);
    expect(checkPlans([a, b]).findings).toEqual([]);
    const report = checkPlans([a, b], { aliases: { 研发投入强度: ['研发经费支出占地区生产总值比重'] } });
    expect(report.findings.map((f) => f.rule)).toEqual(['target-conflict']);
  });

  it('matches similar metric keys of the same unit class, not of different ones', () => {
    const a = doc('a.txt', [target({ metric: '全社会研发经费支出占地区生产总值比重', metricKey: '全社会研发经费支出占地区生产总值比重', value: 6, unit: '%' })]);
    const b = doc('b.txt', [target({ metric: '研发经费支出占地区生产总值比重', metricKey: '研发经费支出占地区生产总值比重', value: 6, unit: '%' })]);
    expect(checkPlans([a, b]).matches.map((m) => m.status)).toEqual(['consistent']);
    expect(checkPlans([a, b], { similarity: 0.99 }).matches).toEqual([]);
    const c = doc('b.txt', [target({ metric: '研发经费支出占地区生产总值比重', metricKey: '研发经费支出占地区生产总值比重', value: 6, unit: '元' })]);
    expect(checkPlans([a, c]).matches).toEqual([]);
  });

  it('with a baseline document keeps one finding per deviating metric, the baseline value first', () => {
    const [a, b] = plans();
    const c = doc('c.txt', [lab({ line: 3, value: 12 })]);
    const all = checkPlans([a, b, c]).findings.filter((f) => f.rule === 'target-conflict');
    expect(all.map((f) => f.message)).toEqual(['市级“一带一路”联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17) vs 12家 (c.txt:3)']);
    const report = checkPlans([a, b, c], { baseline: 'c.txt' });
    expect(report.baseline).toBe('c.txt');
    expect(report.findings.map((f) => [f.message, f.locations[0].file])).toEqual([
      ['市级“一带一路”联合实验室 (2027): 12家 (c.txt:3) vs 20家 (a.txt:33) vs 达15家 (b.txt:17)', 'c.txt'],
    ]);
    // A metric the baseline does not state is no deviation from it.
    expect(checkPlans([a, b, doc('c.txt', [])], { baseline: 'c.txt' }).findings).toEqual([]);
  });

  it('gives a folder of plans one finding per disagreement, not one per pair of files', () => {
    const files = Array.from({ length: 30 }, (_, i) => doc(`p${String(i).padStart(2, '0')}.txt`, [lab({ line: 5, value: 20 + (i % 4) })]));
    const report = checkPlans(files);
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f.locations).toHaveLength(30);
    expect(f.message).toBe(
      '市级“一带一路”联合实验室 (2027): 20家 (p00.txt:5, p04.txt:5, p08.txt:5 and 5 more) vs 21家 (p01.txt:5, p05.txt:5, p09.txt:5 and 5 more) vs 22家 (p02.txt:5, p06.txt:5, p10.txt:5 and 4 more) vs 23家 (p03.txt:5, p07.txt:5, p11.txt:5 and 4 more)',
    );
  });

  it('fingerprints a disagreement by its values, not its files: a new file repeating a value keeps it, a new value changes it', () => {
    const [a, b] = plans();
    const base = checkPlans([a, b]).findings[0];
    const repeat = checkPlans([a, b, doc('c.txt', [lab({ line: 3, value: 20 })])]).findings[0];
    const fresh = checkPlans([a, b, doc('c.txt', [lab({ line: 3, value: 12 })])]).findings[0];
    expect(repeat.locations).toHaveLength(3);
    expect(repeat.fingerprint).toBe(base.fingerprint);
    expect(fresh.fingerprint).not.toBe(base.fingerprint);
    const all = checkPlans([a, b]).findings.map((f) => f.fingerprint);
    const known = checkPlans([a, b, doc('c.txt', [lab({ line: 3, value: 20 })])], { known: all });
    expect(known.findings).toEqual([]);
    const reopened = checkPlans([a, b, doc('c.txt', [lab({ line: 3, value: 12 })])], { known: all, ignore: [{ fingerprint: base.fingerprint, reason: 'agreed' }] });
    expect(reopened.findings.map((f) => f.message)).toEqual(['市级“一带一路”联合实验室 (2027): 20家 (a.txt:33) vs 达15家 (b.txt:17) vs 12家 (c.txt:3)']);
  });

  it('still honours fingerprints written when findings were pairs, for a finding of exactly that pair', () => {
    // The pair fingerprint plan-diff 0.1 gave 市级“一带一路”联合实验室: 20家 (a.txt:33) vs 达15家 (b.txt:17).
    const legacy = pairFingerprint('target-conflict', '一带一路联合实验室', [lab({ file: 'a.txt', line: 33, value: 20 }), lab({ file: 'b.txt', line: 17, value: 15, comparator: 'gte', comparatorText: '达' })]);
    const report = checkPlans(plans(), { ignore: [{ fingerprint: legacy, reason: 'agreed' }] });
    expect(report.findings.map((f) => f.rule)).toEqual(['target-scope-differs']);
    expect(report.suppressed?.map((s) => s.reason)).toEqual(['agreed']);
    const [a, b] = plans();
    const grown = checkPlans([a, b, doc('c.txt', [lab({ line: 3, value: 20 })])], { ignore: [{ fingerprint: legacy, reason: 'agreed' }] });
    expect(grown.findings.map((f) => f.rule)).toContain('target-conflict');
  });

  it('rejects a baseline that is not among the documents', () => {
    expect(() => checkPlans(plans(), { baseline: 'z.txt' })).toThrowErrorMatchingInlineSnapshot(
      `[PlanDiffError: the baseline z.txt is not among the checked files (a.txt, b.txt).]`,
    );
  });

  it('compares historical figures only when asked', () => {
    const report = checkPlans(plans(), { kinds: ['historical'] });
    expect(report.findings.map((f) => f.message)).toEqual(['科技企业 (2027): 20家 (a.txt:40) vs 50家 (b.txt:50)']);
  });

  it('reports nothing for one document without repeats, and handles no documents', () => {
    expect(checkPlans([plans()[0]]).findings).toEqual([]);
    expect(checkPlans([])).toEqual({ schema: 'plan-diff/check@1', files: [], issuers: [], findings: [], matches: [] });
  });

  it('does not mutate its input', () => {
    const input = plans();
    const before = JSON.stringify(input);
    checkPlans(input, { aliases: { x: ['y'] } });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('checkPlans over Latin unit symbols', () => {
  const head = '某市城市建设行动计划（2024-2025年）\n一、主要目标\n';
  const read = (path: string, body: string) => parsePlan({ path, value: `${head}${body}\n` });

  it('compares 60km with 50公里 (one unit) and reports 300MW against 30万千瓦 as a unit difference, never a conflict', () => {
    const report = checkPlans([read('a.txt', '到2025年，新建城市道路50公里，新增光伏装机容量30万千瓦。'), read('b.txt', '到2025年，新建城市道路60km，新增光伏装机容量300MW。')]);
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
      ['target-conflict', '城市道路 (increase, 2025): 50公里 (a.txt:3) vs 60公里 (b.txt:3)'],
      ['target-unit-differs', '光伏装机容量 (increase, 2025): 30万千瓦 (a.txt:3) vs 300兆瓦 (b.txt:3): units differ (千瓦 vs 兆瓦)'],
    ]);
  });
});
