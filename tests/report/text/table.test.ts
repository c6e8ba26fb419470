import { describe, expect, it } from 'vitest';
import { drawTable, fit } from '../../../src/report/text/table.js';
import { textWidth, wrapText } from '../../../src/report/text/width.js';

describe('drawTable', () => {
  const columns = [
    { head: '指标', width: 10 },
    { head: 'year', width: 4 },
    { head: 'where', width: 8 },
    { head: '原文', width: 12 },
  ];

  it('draws every line exactly as wide as the columns, spanning cells beside their rows', () => {
    const out = drawTable(columns, [
      { span: [fit('全社会研发经费支出占地区生产总值比重', 10), ['2025']], rows: [[['[1]:225'], fit('保持在6%左右', 12)], [['[4]:23'], fit('全社会研发经费支出占地区生产总值比重保持在6%左右', 12)]] },
      { rows: [[['单行'], ['—'], ['a:1'], ['x']]] },
    ]);
    const lines = out.split('\n');
    expect(new Set(lines.map((l) => textWidth(l)))).toEqual(new Set([10 + 4 + 8 + 12 + 13]));
    expect(lines[0]).toBe('┌────────────┬──────┬──────────┬──────────────┐');
    expect(lines.at(-1)).toBe('└────────────┴──────┴──────────┴──────────────┘');
    // The metric continues beside the rule between the group's two rows.
    expect(out).toMatch(/│ 经费支出占 │      ├──────────┼──────────────┤/);
  });

  it("with rules 'wrapped', draws a rule between two rows only where one of them wraps", () => {
    const row = (metric: string) => ({ rows: [[fit(metric, 10), ['2025'], ['a:1'], ['x']]] });
    const groups = [row('一行'), row('又一行'), row('这个指标长得要折成两行'), row('一行')];
    const rules = (out: string) => out.split('\n').filter((l) => l.startsWith('├')).length;
    // The rule under the header, then one above and one below the wrapped row.
    expect(rules(drawTable(columns, groups, undefined, 'wrapped'))).toBe(1 + 2);
    expect(rules(drawTable(columns, groups))).toBe(1 + 3);
    expect(drawTable(columns, [row('a'), row('b')], undefined, 'wrapped').split('\n')).toHaveLength(3 + 2 + 1);
  });

  it('paints headers and borders without changing the layout', () => {
    const style = { head: (t: string) => `\u001b[36m${t}\u001b[39m`, border: (t: string) => `\u001b[2m${t}\u001b[22m` };
    const plain = drawTable(columns, [{ rows: [[['a'], ['b'], ['c'], ['d']]] }]);
    // eslint-disable-next-line no-control-regex
    expect(drawTable(columns, [{ rows: [[['a'], ['b'], ['c'], ['d']]] }], style).replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });
});

describe('wrapText on long unbroken text', () => {
  it('cuts a unit wider than the line where it must, every line within the width', () => {
    const long = 'x'.repeat(10_000) + '一'.repeat(5_000);
    const lines = wrapText(long, 37);
    expect(lines.join('')).toBe(long);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(37);
  });
});
