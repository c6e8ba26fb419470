import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { spyContext } from '../helpers/cli.js';

// Targets read from indicator tables (主要指标表) flow through compare and check like any other.
const DIR = 'fixtures/tables';

describe('indicator tables in compare and check', () => {
  it('compare: a goal changed in a table row (5G基站数 15万个 → 20万个) and a comparator (65 → ≥65) are target changes', async () => {
    const s = spyContext();
    expect(await main(['compare', `${DIR}/compare/old.md`, `${DIR}/compare/new.md`, '--format', 'json'], s.ctx)).toBe(1);
    const report = JSON.parse(s.out()) as { targetChanges: Array<{ kind: string; metricKey: string; fields: string[]; old: { value: number; line: number; text: string } | null; new: { value: number; line: number; text: string; comparator: string } | null }> };
    expect(report.targetChanges.map((c) => [c.kind, c.metricKey, c.fields, c.old?.value, c.new?.value, c.old?.line, c.new?.line])).toEqual([
      ['changed', '5G基站', ['value'], 150000, 200000, 10, 10],
      ['changed', '规模以上工业企业关键工序数控化率', ['comparator'], 65, 65, 12, 12],
    ]);
  });

  it('compare: the word diff of a row changes the cell, not a number made of two cells (6.3 | 15 is never 6.315)', async () => {
    const s = spyContext();
    await main(['compare', `${DIR}/compare/old.md`, `${DIR}/compare/new.md`, '--format', 'json'], s.ctx);
    const report = JSON.parse(s.out()) as { pairs: Array<{ old: { line: number } | null; diff?: Array<{ op: string; text: string }> }> };
    const row = report.pairs.find((p) => p.old?.line === 10)!;
    expect(row.diff!.filter((d) => d.op !== 'equal')).toEqual([{ op: 'delete', text: '15' }, { op: 'insert', text: '20' }]);
  });

  it('compare: the word diff keeps the tabs between cells (the old side of the diff is the old row, nothing dropped)', async () => {
    const s = spyContext();
    await main(['compare', `${DIR}/compare/old.md`, `${DIR}/compare/new.md`, '--format', 'json'], s.ctx);
    const report = JSON.parse(s.out()) as { pairs: Array<{ old: { line: number; text: string } | null; new: { text: string } | null; diff?: Array<{ op: string; text: string }> }> };
    for (const line of [10, 12]) {
      const row = report.pairs.find((p) => p.old?.line === line)!;
      expect(row.diff!.filter((d) => d.op !== 'insert').map((d) => d.text).join('')).toBe(row.old!.text);
      expect(row.diff!.filter((d) => d.op !== 'delete').map((d) => d.text).join('')).toBe(row.new!.text);
    }
  });

  it('check: two plans of one issuer whose tables disagree (Word tabs vs Markdown) conflict; the agreeing row is consistent', async () => {
    const s = spyContext();
    expect(await main(['check', `${DIR}/check/digital-economy.txt`, `${DIR}/check/new-infrastructure.md`, '--format', 'json'], s.ctx)).toBe(1);
    const report = JSON.parse(s.out()) as { findings: Array<{ rule: string; locations: Array<{ file: string; line: number; column: number }> }>; matches: Array<{ metricKey: string; status: string }> };
    expect(report.findings.map((f) => [f.rule, f.locations.map((p) => `${p.file.split('/').at(-1)}:${p.line}:${p.column}`)])).toEqual([
      ['target-conflict', ['digital-economy.txt:10:14', 'new-infrastructure.md:9:19']],
    ]);
    expect(report.matches.map((m) => [m.metricKey, m.status]).toSorted()).toEqual([['5G基站', 'conflict'], ['千兆宽带用户', 'consistent']]);
  });
});
