import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { near } from '../../src/compare/placeTargets.js';

// A generated indicator table, written in each line form plans come in, reads back exactly: one target
// per value cell, with the row's metric, the unit's canonical name and scale, the comparator, the year
// of its column, historical for the base year and target after it, in the user's line.

const NOUNS = ['数字经济规模', '5G基站数', '工业机器人密度', '森林覆盖率', '研发人员数量', '高新技术企业数', '新能源汽车保有量', '充电桩数', '光伏装机容量', '常住人口城镇化率', '软件业务收入', '跨境电商交易额'];
const PREFIXES = ['', '全省', '规模以上工业', '城市', '农村'];
const UNITS: ReadonlyArray<[string, string, number]> = [['%', '%', 1], ['万个', '个', 1e4], ['亿元', '元', 1e8], ['万吨标准煤', '吨标准煤', 1e4], ['家', '家', 1], ['万千瓦', '千瓦', 1e4], ['人', '人', 1]];
const COMPARATORS: ReadonlyArray<[string, string, 'eq' | 'gte' | 'gt' | 'lt' | 'approx']> = [['', '', 'eq'], ['≥', '', 'gte'], ['>', '', 'gt'], ['<', '', 'lt'], ['', '左右', 'approx'], ['', '以上', 'gte']];
const FORMS = ['pipe', 'tab', 'spaced', 'cell-per-line'] as const;

const row = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  noun: fc.constantFrom(...NOUNS),
  unit: fc.constantFrom(...UNITS),
  values: fc.array(fc.record({ tenths: fc.integer({ min: 1, max: 99999 }), cmp: fc.constantFrom(...COMPARATORS) }), { minLength: 4, maxLength: 4 }),
  attribute: fc.constantFrom('预期性', '约束性'),
});

const table = fc.record({
  base: fc.integer({ min: 2015, max: 2028 }),
  goals: fc.integer({ min: 1, max: 3 }),
  form: fc.constantFrom(...FORMS),
  rows: fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => `${r.prefix}${r.noun}` }),
});

describe('indicator tables: property', () => {
  it('a generated table in pipe, tab, spaced or cell-per-line form reads back exactly', () => {
    fc.assert(
      fc.property(table, ({ base, goals, form, rows }) => {
        const years = Array.from({ length: goals + 1 }, (_, k) => base + k * 2);
        const header = ['指标', ...years.map((y) => `${y}年`), '属性'];
        const lines = [`某省发展规划（${base + 1}—${years.at(-1)}年）`, '', '一、主要目标', ''];
        const expected: Array<[number, string, number, string, string, number, string, string]> = [];
        const cellsOf = (r: (typeof rows)[number]) => [
          `${r.prefix}${r.noun}（${r.unit[0]}）`,
          ...years.map((_, k) => `${r.values[k]!.cmp[0]}${r.values[k]!.tenths / 10}${r.values[k]!.cmp[1]}`),
          r.attribute,
        ];
        const write = (cells: string[]) => {
          if (form === 'pipe') lines.push(`| ${cells.join(' | ')} |`);
          else if (form === 'tab') lines.push(cells.join('\t'));
          else if (form === 'spaced') lines.push(cells.join('    '));
          else lines.push(...cells);
        };
        write(header);
        if (form === 'pipe') lines.push(`|${header.map(() => '---').join('|')}|`);
        for (const r of rows) {
          const first = lines.length + 1;
          write(cellsOf(r));
          years.forEach((y, k) => {
            const line = form === 'cell-per-line' ? first + 1 + k : first;
            const [, name, scale] = r.unit;
            expected.push([line, `${r.prefix}${r.noun}`, (r.values[k]!.tenths / 10) * scale, name, r.values[k]!.cmp[2], y, k === 0 ? 'historical' : 'target', r.attribute]);
          });
        }
        lines.push('', '二、保障措施', '', '加强组织领导。');
        const value = lines.join('\n');
        const doc = parsePlan({ path: form === 'pipe' ? 'plan.md' : 'plan.txt', value, format: form === 'pipe' ? 'md' : 'txt' });
        const got = doc.targets.map((t) => [t.line, t.metric, t.value, t.unit, t.comparator, t.year, t.kind, t.attribute]);
        expect(got.map((g, k) => (near(g[2] as number, expected[k]?.[2] ?? NaN) ? [...g.slice(0, 2), expected[k]![2], ...g.slice(3)] : g))).toEqual(expected);
        // The column points at the number, after its comparator sign.
        for (const t of doc.targets) expect(value.split('\n')[t.line - 1]!.slice(t.column - 1).startsWith(t.text.replace(/^[≥><]/u, ''))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
