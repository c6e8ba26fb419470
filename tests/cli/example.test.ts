import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { CompareReport } from '../../src/types.js';

// The README's first command compares the seed with examples/…-draft2.txt; pin what it must show.
const OLD = 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt';
const NEW = 'examples/beijing-bri-sti-action-plan-2024-2027-draft2.txt';

async function compareJson(): Promise<{ code: number; report: CompareReport }> {
  const { code, out } = await runCli(['compare', OLD, NEW, '--format', 'json']);
  return { code, report: JSON.parse(out) as CompareReport };
}

describe('the README example (seed vs examples/ second draft)', () => {
  it('exits 1 and reports exactly the edits made by hand', async () => {
    const { code, report } = await compareJson();
    expect(code).toBe(1);
    const lab = report.targetChanges.find((t) => t.metric.includes('联合实验室'));
    expect(lab).toMatchObject({ kind: 'changed', old: { value: 20, unit: '家', comparator: 'eq' }, new: { value: 15, unit: '家', comparator: 'gte' } });
    const removed = report.pairs.filter((p) => p.status === 'removed');
    expect(removed.map((p) => p.old?.text.slice(0, 12))).toEqual(['拓展民生服务领域科技合作']);
    const added = report.pairs.filter((p) => p.status === 'added');
    expect(added.map((p) => p.new?.text.slice(0, 8))).toEqual(['加强科技人文交流']);
    const moved = report.pairs.filter((p) => p.moved);
    expect(moved.map((p) => [p.status, p.old?.text.slice(0, 10)])).toEqual([['unchanged', '加强国际科技园区合作']]);
    const modified = report.pairs.filter((p) => p.status === 'modified' && p.old?.id !== 'title');
    expect(modified.map((p) => p.old?.line)).toEqual([26, 33]);
    expect(report.pairs.filter((p) => p.renumbered && p.status === 'unchanged').length).toBeGreaterThanOrEqual(6);
  });
});
