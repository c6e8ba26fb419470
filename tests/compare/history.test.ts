import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyPlans } from '../../src/compare/history/index.js';
import { extractTargets, parsePlan } from '../../src/parse/index.js';
import type { HistoryReport, PlanDocument, SourceFile } from '../../src/types.js';

const SEED = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const DRAFTS = [SEED, 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt', 'examples/beijing-bri-sti-action-plan-2024-2027-draft3.txt'];

function source(path: string): SourceFile {
  return { path, value: readFileSync(path, 'utf8'), format: 'txt', lineUnit: 'line' };
}

describe('historyPlans on three drafts of the Belt-and-Road seed', () => {
  const report = historyPlans(DRAFTS.map((p) => parsePlan(source(p))));

  it('follows 联合实验室 20家 → 达15家 → 18家 and 基地 30 → 30 → 40', () => {
    const labs = report.targets.find((t) => t.metricKey.includes('联合实验室'))!;
    expect(labs.values.map((v) => v?.value)).toEqual([20, 15, 18]);
    expect(labs.changedIn).toEqual([1, 2]);
    const bases = report.targets.find((t) => t.metric.includes('国际科技合作基地'))!;
    expect(bases.values.map((v) => v?.value)).toEqual([30, 30, 40]);
    expect(bases.changedIn).toEqual([2]);
  });

  it('prints', () => {
    console.log(JSON.stringify(report.rows.map((r) => r.status.join(',') + ' ' + r.cells.map((c) => c?.id ?? '-').join(' | ')), null, 1));
    console.log(JSON.stringify(report.steps));
  });
});
