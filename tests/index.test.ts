import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { VERSION } from '../src/cli/main.js';

describe('public API', () => {
  it('exports exactly these runtime values (change on purpose only)', () => {
    expect(Object.keys(api).toSorted()).toEqual([
      'DEFAULT_LIMITS',
      'EXIT',
      'InternalError',
      'MAX_CONTAINER_BYTES',
      'MAX_TEXT_BYTES',
      'PlanDiffError',
      'checkPlans',
      'checks',
      'comparePlans',
      'extractTargets',
      'formatFromExtension',
      'formatReport',
      'formatsFor',
      'formatters',
      'getSegmenter',
      'historyPlans',
      'isSame',
      'knownExtensions',
      'localeLang',
      'metricKey',
      'outlineReport',
      'parseNumeral',
      'parsePlan',
      'readSource',
      'resolveFormat',
      'scanNumbers',
      'targetsReport',
      'warningText',
    ]);
  });

  it('runs the documented pipeline: readSource → parsePlan → comparePlans → formatReport', async () => {
    const path = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
    const doc = api.parsePlan(await api.readSource(readFileSync(path), path));
    const report = api.comparePlans(doc, doc);
    expect(report.schema).toBe('plan-diff/compare@1');
    expect(report.summary.modified + report.summary.added + report.summary.removed).toBe(0);
    const json = await api.formatReport(report, 'json', { color: false });
    expect(JSON.parse(String(json)).schema).toBe('plan-diff/compare@1');
  });

  it('keeps the CLI version in step with package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
