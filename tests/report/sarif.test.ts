import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Ajv } from 'ajv';
import { checkPlans } from '../../src/compare/check.js';
import { checkSarif, toUri } from '../../src/report/sarif.js';
import { formatReport } from '../../src/report/index.js';
import { doc, target } from '../compare/checks/helpers.js';

// Note: the official SARIF 2.1.0 schema (draft-04) as shipped by Microsoft's @microsoft/sarif-matcher-utils.
const require = createRequire(import.meta.url);
// Note: both packages are CommonJS with `exports.default`; under NodeNext the class sits on `.default`.
const Ajv04 = (require('ajv-draft-04') as { default: new (options: Record<string, unknown>) => Ajv }).default;
const addFormats = (require('ajv-formats') as { default: (ajv: Ajv) => Ajv }).default;
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// Note: the schema's language pattern is not valid with the u flag, so ajv compiles patterns without it.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function report() {
  const lab = { metric: '市级“一带一路”联合实验室', metricKey: '一带一路联合实验室' };
  return checkPlans([
    doc('plans/行动计划 a.txt', [
      target({ ...lab, line: 33, column: 41, value: 20 }),
      target({ line: 33, column: 80, metric: '国际科技合作基地', metricKey: '国际科技合作基地', value: 30, unit: '个', scope: '围绕“一带一路”' }),
      target({ line: 40, metric: '居民消费价格涨幅', metricKey: '居民消费价格涨幅', value: 3, unit: '%', year: 2024, kind: 'target' }),
    ]),
    doc('plans/b.txt', [
      target({ ...lab, line: 17, column: 5, value: 15, comparator: 'gte', comparatorText: '达' }),
      target({ line: 18, metric: '国际科技合作基地', metricKey: '国际科技合作基地', value: 100, unit: '个' }),
      target({ line: 41, metric: '居民消费价格涨幅', metricKey: '居民消费价格涨幅', value: 2, unit: '%', year: 2025, page: 3 }),
    ]),
  ]);
}

describe('SARIF', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(checkSarif(report()));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.runs[0].results).toHaveLength(3);
  });

  it('validates with no findings too', () => {
    const log = JSON.parse(checkSarif(checkPlans([])));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('the schema check can fail', () => {
    const log = JSON.parse(checkSarif(report()));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('puts the primary place on the original line and column, the other as a related location', () => {
    const result = JSON.parse(checkSarif(report())).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'target-conflict');
    expect(result).toMatchObject({
      level: 'error',
      message: { text: '市级“一带一路”联合实验室 (2027): 20家 (plans/行动计划 a.txt:33) vs 达15家 (plans/b.txt:17)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'plans/%E8%A1%8C%E5%8A%A8%E8%AE%A1%E5%88%92%20a.txt' }, region: { startLine: 33, startColumn: 41 } } }],
      relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: 'plans/b.txt' }, region: { startLine: 17, startColumn: 5 } } }],
    });
    expect(result.partialFingerprints).toEqual({ 'planDiff/v2': expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('gives a disagreement among many files one result: the majority value first, every other place related', () => {
    const lab = { metric: '联合实验室', metricKey: '联合实验室' };
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    const log = JSON.parse(checkSarif(checkPlans(files.map((f, i) => doc(f, [target({ ...lab, line: 3 + i, value: i < 2 ? 15 : 20 })])))));
    expect(validate(log)).toBe(true);
    const [result, ...others] = log.runs[0].results;
    expect(others).toEqual([]);
    expect(result.message.text).toBe('联合实验室 (2027): 20家 (c.txt:5, d.txt:6, e.txt:7) vs 15家 (a.txt:3, b.txt:4)');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('c.txt');
    expect(result.relatedLocations.map((l: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }) => [l.id, l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine])).toEqual([
      [1, 'd.txt', 6],
      [2, 'e.txt', 7],
      [3, 'a.txt', 3],
      [4, 'b.txt', 4],
    ]);
  });

  it('maps severities to SARIF levels and lists the rules used', () => {
    const run = JSON.parse(checkSarif(report())).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['target-conflict', 'target-horizon-differs', 'target-scope-differs']);
    expect(run.results.map((r: { level: string; ruleIndex: number }) => `${r.level}:${run.tool.driver.rules[r.ruleIndex].id}`).toSorted()).toEqual([
      'error:target-conflict',
      'note:target-horizon-differs',
      'warning:target-scope-differs',
    ]);
  });

  it('is available through the formatter registry for check reports only', async () => {
    expect(await formatReport(report(), 'sarif', { color: false })).toBe(checkSarif(report()));
    await expect(formatReport({ schema: 'plan-diff/targets@2', targets: [] }, 'sarif', { color: false })).rejects.toThrow(/not available/);
  });

  it.each([
    ['a.txt', 'a.txt'],
    ['dir\\sub\\a b.txt', 'dir/sub/a%20b.txt'],
    ['/abs/计划.md', 'file:///abs/%E8%AE%A1%E5%88%92.md'],
    ['C:\\plans\\a.txt', 'file:///C:/plans/a.txt'],
    ['50%.txt', '50%25.txt'],
  ])('turns the path %s into the URI %s', (path, uri) => {
    expect(toUri(path)).toBe(uri);
  });
});
