import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { comparePlans } from '../../src/compare/index.js';
import { checkPlans } from '../../src/compare/check.js';
import { formatReport } from '../../src/report/index.js';
import { html } from '../../src/report/html/escape.js';
import type { CompareReport, PlanDocument } from '../../src/types.js';

// Each case here was a mutant that survived the whole suite (issue 23): a small semantic change of the
// code that no test noticed. Every expectation names the behaviour a user relies on.

const plan = (path: string, body: string): PlanDocument =>
  parsePlan({ path, value: `北京市联合实验室建设行动计划\n一、发展目标\n${body}\n`, format: 'txt', lineUnit: 'line' });

describe('meaning pinned by former mutation survivors', () => {
  it('a change of the horizon year alone is a target change (到2025年 → 到2027年, same count)', () => {
    const report = comparePlans(plan('a.txt', '到2025年，建成联合实验室20家。'), plan('b.txt', '到2027年，建成联合实验室20家。'));
    expect(report.targetChanges).toHaveLength(1);
    const [change] = report.targetChanges;
    expect(change.kind).toBe('changed');
    expect(change.fields).toEqual(['year']);
  });

  it('超过…以上 is read as more than (gt), not at least', () => {
    const [t] = plan('a.txt', '到2027年，国际科技合作基地超过30家以上。').targets;
    expect(t.comparator).toBe('gt');
    expect(t.value).toBe(30);
  });

  it.each([
    ['"十三五"时期', 2020, 'historical'],
    ['"十四五"时期', 2025, 'target'],
    ['"十五五"时期', 2030, 'target'],
  ])('in a 2021-2025 plan, %s ends in %i and what it states is a %s', (period, year, kind) => {
    const doc = parsePlan({ path: 'a.txt', value: `北京市联合实验室建设行动计划（2021-2025年）\n一、发展目标\n${period}，建成联合实验室20家。\n`, format: 'txt', lineUnit: 'line' });
    expect(doc.targets.map((t) => [t.year, t.kind])).toEqual([[year, kind]]);
  });

  it('低于 (lt) is a ceiling in check: 低于5% and 达到5% of one metric are different kinds of goal, not a conflict', () => {
    const a = plan('a.txt', '到2027年，城镇调查失业率低于5.5%。');
    const b = plan('b.txt', '到2027年，城镇调查失业率达到5%。');
    expect(a.targets.map((t) => t.comparator)).toEqual(['lt']);
    const report = checkPlans([a, b]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('escaping pinned by former mutation survivors', () => {
  it.each(['\n', '\r'])('quotes a TSV cell holding a lone %j, so the row does not break', async (brk) => {
    // A file name is copied into cells as it is; names may hold line breaks.
    const sample = JSON.parse(readFileSync('fixtures/report/compare-sample.json', 'utf8')) as CompareReport;
    const report = { ...sample, old: { ...sample.old, path: `old${brk}plan.txt` } } as CompareReport;
    const tsv = String(await formatReport(report, 'tsv', { color: false }));
    const at = tsv.indexOf(`old${brk}plan.txt`);
    expect(at).toBeGreaterThan(0);
    expect(tsv[at - 1]).toBe('"');
  });

  it('escapes text inside arrays interpolated into the html template', () => {
    expect(html`<p>${['<script>alert(1)</script>', ['&', '"']]}</p>`.toString()).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;</p>');
  });
});
