import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePlan } from '../../src/parse/index.js';
import { findTables } from '../../src/parse/tables.js';
import { splitCells } from '../../src/parse/table-cells.js';
import { eachLine } from '../../src/parse/lines.js';
import { readColumn } from '../../src/parse/table-header.js';
import { readCell } from '../../src/parse/targets/table-cell.js';
import { unitRegistry } from '../../src/parse/targets/units.js';
import type { Target } from '../../src/types.js';
import { spyContext } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const DIR = 'fixtures/tables';
const FIXTURES = readdirSync(DIR).filter((f) => /\.(?:md|txt|docx)$/u.test(f)).toSorted();

async function targetsJson(path: string): Promise<{ targets: Array<Target & { context: number }>; contexts: string[] }> {
  const s = spyContext();
  expect(await main(['targets', path, '--kind', 'all', '--format', 'json'], s.ctx)).toBe(0);
  return JSON.parse(s.out()) as { targets: Array<Target & { context: number }>; contexts: string[] };
}

describe('indicator tables (主要指标表): golden targets of each fixture', () => {
  it.each(FIXTURES)('%s', async (name) => {
    const s = spyContext();
    expect(await main(['targets', `${DIR}/${name}`, '--kind', 'all', '--format', 'json'], s.ctx)).toBe(0);
    expectGolden(`${DIR}/${name.replace(/\.\w+$/u, '')}.expected.json`, s.out());
  });

  it.each(FIXTURES.filter((f) => !f.endsWith('.docx')))('%s: every table target points at its number in the original file', async (name) => {
    const lines = readFileSync(`${DIR}/${name}`, 'utf8').split('\n');
    const { targets } = await targetsJson(`${DIR}/${name}`);
    const table = targets.filter((t) => !/\p{Script=Han}{3}/u.test(t.text));
    expect(table.length).toBeGreaterThan(3);
    for (const t of table) {
      const at = lines[t.line - 1]!.slice(t.column - 1);
      expect(at.startsWith(t.text.replace(/^[^\d]*/u, '').slice(0, 1)), `${name}:${t.line}:${t.column} ${t.text}`).toBe(true);
      expect(lines[t.line - 1]!.includes(t.text)).toBe(true);
    }
  });
});

describe('reading a table', () => {
  it('reads the national 纲要 table (tabs, merged 类别 cells, 年均/累计, 〔〕, footnote marks)', async () => {
    const { targets } = await targetsJson(`${DIR}/national-14th-fyp-indicators.txt`);
    const pick = (key: string) => targets.filter((t) => t.metricKey === key).map((t) => [t.kind, t.value, t.unit, t.comparator, t.year, t.change, t.since ?? null, t.attribute]);
    expect(pick('单位国内生产总值能源消耗')).toEqual([['target', 13.5, '%', 'eq', 2025, 'decrease', 2020, '约束性']]);
    expect(pick('研发经费投入年均增速')).toEqual([['target', 7, '%', 'gt', 2025, 'rate', null, '预期性']]);
    expect(pick('城镇调查失业率')).toEqual([['historical', 5.2, '%', 'eq', 2020, 'level', null, '预期性'], ['target', 5.5, '%', 'lt', 2025, 'level', null, '预期性']]);
    expect(pick('常住人口城镇化率')).toEqual([['historical', 60.6, '%', 'eq', 2020, 'level', null, '预期性'], ['target', 65, '%', 'eq', 2025, 'level', null, '预期性']]);
    expect(pick('人均预期寿命').at(-1)).toEqual(['target', 1, '岁', 'eq', 2025, 'increase', 2020, '预期性']);
    expect(pick('能源综合生产能力')).toEqual([['target', 4600000000, '吨标准煤', 'gt', 2025, 'level', null, '约束性']]);
    // Words where a value would be (保持在合理区间、各年度视情提出, 高于GDP增长) give nothing; the rows are no headings.
    expect(targets.filter((t) => t.metricKey === '国内生产总值')).toHaveLength(1);
    const doc = parsePlan({ path: 'a.txt', value: readFileSync(`${DIR}/national-14th-fyp-indicators.txt`, 'utf8') }, { targets: false });
    expect(doc.nodes[0]!.children[0]!.children[0]!.paragraphs.map((p) => p.line)).toEqual([11, ...Array.from({ length: 20 }, (_, k) => 12 + k), 33]);
    expect(doc.nodes.flatMap(function titles(n): string[] { return [n.title, ...n.children.flatMap(titles)]; }).some((t) => /劳动生产率|城镇化率/u.test(t))).toBe(false);
  });

  it('reads a 单位 column, 其中 rows, ranges, 以上/左右/≥ and [累计…]; a list of projects with dates gives no target from its dates', async () => {
    const { targets } = await targetsJson(`${DIR}/province-digital-economy.md`);
    const row = (key: string) => targets.filter((t) => t.metricKey === key && t.kind === 'target').map((t) => [t.value, t.high, t.unit, t.comparator]);
    expect(row('数字经济规模')).toEqual([[3e12, null, '元', 'eq']]);
    expect(row('软件业务收入')).toEqual([[4e11, null, '元', 'gte']]);
    expect(row('千兆宽带用户')).toEqual([[3e6, null, '户', 'gte']]);
    expect(row('数字经济核心产业增加值占地区生产总值比重')).toEqual([[12, null, '%', 'approx']]);
    expect(row('数字经济核心产业增加值年均增速')).toEqual([[10, 12, '%', 'range']]);
    expect(targets.find((t) => t.metricKey === '电子商务交易额' && t.kind === 'target')).toMatchObject({ value: 7.5e12, change: 'level' });
    expect(targets.find((t) => t.metricKey === '人均受教育年限' && t.kind === 'target')).toMatchObject({ value: 0.5, unit: '年', change: 'increase', since: 2020 });
    const projects = targets.filter((t) => t.line >= 27 && t.line <= 33);
    expect(projects.map((t) => t.year === 2021 || t.year === 2022 || t.year === 2023 || t.year === 2024 ? t.text : null).filter((x) => x !== null && /年/u.test(x))).toEqual([]);
    expect(projects.every((t) => t.attribute === undefined)).toBe(true);
  });

  it('keeps the key absent for targets of running text; the JSON key order is id … change, attribute, text', async () => {
    const { targets } = await targetsJson(`${DIR}/energy-plan.docx`);
    const running = targets.find((t) => t.metricKey === '新能源装机容量')!;
    expect('attribute' in running).toBe(false);
    const keys = Object.keys(targets.find((t) => t.attribute !== undefined)!);
    expect(keys.slice(keys.indexOf('change'))).toEqual(['change', 'attribute', 'text', 'context']);
  });

  it.each([
    ['2025年', { role: 'year', year: 2025 }],
    ['2020年（基期）', { role: 'base', year: 2020 }],
    ['基期（2020年）', { role: 'base', year: 2020 }],
    ['目标值（2027年）', { role: 'target', year: 2027 }],
    ['2025年目标值', { role: 'target', year: 2025 }],
    ['年均/累计', { role: 'span', year: null }],
    ['指  标', { role: 'indicator', year: null }],
    ['指标属性', { role: 'attribute', year: null }],
    ['2024年计划投资（亿元）', null],
    ['建设年限', null],
    ['2021—2025年', null],
  ])('header cell %s', (cell, column) => {
    expect(readColumn(cell)).toEqual(column);
  });

  const units = unitRegistry();
  it.each([
    ['15', '万个', { value: 150000, high: null, unit: '个', comparator: 'eq', cumulative: false }],
    ['＞7', '%', { value: 7, unit: '%', comparator: 'gt' }],
    ['≥65', '%', { value: 65, comparator: 'gte', comparatorText: '≥' }],
    ['<5.5', '%', { value: 5.5, comparator: 'lt' }],
    ['10左右', '%', { value: 10, comparator: 'approx', comparatorText: '左右' }],
    ['〔13.5〕', '%', { value: 13.5, cumulative: true, index: 1 }],
    ['[13.5]', '%', { value: 13.5, cumulative: true }],
    ['累计15000', '亿元', { value: 1.5e12, unit: '元', cumulative: true }],
    ['300以上', '万户', { value: 3e6, unit: '户', comparator: 'gte' }],
    ['6-6.5', '%', { value: 6, high: 6.5, comparator: 'range' }],
    ['60.6*', '%', { value: 60.6 }],
    ['20%', '万吨标准煤', { value: 20, unit: '%' }],
    ['46', '亿吨标准煤', { value: 4.6e9, unit: '吨标准煤' }],
    ['77.3', '岁', { value: 77.3, unit: '岁' }],
  ])('value cell %s (unit %s)', (cell, unit, expected) => {
    expect(readCell(cell, unit, units)).toMatchObject(expected);
  });

  it.each(['—', '-', '', '／', '保持在合理区间、各年度视情提出', '与GDP增长基本同步', '高于GDP增长'])('no value in %j', (cell) => {
    expect(readCell(cell, '%', units)).toBeNull();
  });

  it('splits cells at pipes (outer pipes optional), tabs (empty cells kept) and runs of spaces', () => {
    const cells = (text: string) => splitCells({ text, offset: 10 }).map((c) => [c.text, c.offset]);
    expect(cells('| 5G基站数（万个） | 3.2 | 15 |')).toEqual([['5G基站数（万个）', 12], ['3.2', 24], ['15', 30]]);
    expect(cells('5G基站数 | 3.2')).toEqual([['5G基站数', 10], ['3.2', 18]]);
    expect(cells('\t2.全员劳动生产率增长\t2.5\t\t高于GDP增长')).toEqual([['2.全员劳动生产率增长', 11], ['2.5', 23], ['', 27], ['高于GDP增长', 28]]);
    expect(cells('指  标    2020年')).toEqual([['指标', 10], ['2020年', 18]]);
  });

  it('finds no table in running text, a list of projects, or a header without rows', () => {
    const none = (value: string) => findTables(eachLine({ path: 'a.txt', value }));
    expect(none('到2025年，5G基站数达到15万个。\n2020年\t2025年\n')).toEqual([]);
    expect(none('序号\t项目名称\t建设年限\t总投资（亿元）\n1\t大数据中心\t2021—2023年\t35\n')).toEqual([]);
    expect(none('指标\t2020年\t2025年\n')).toEqual([]);
    expect(none('年份\t产量（万吨）\n2020年\t3\n2025年\t5\n')).toEqual([]);
    expect(none('2020年\t2025年\t属性\n3\t5\t预期性\n')).toEqual([]);
  });
});

describe('a unit label in brackets is no quantity', () => {
  it.each(['5G基站数（万个）', '总投资（亿元）', '能源消费总量（万吨标准煤）'])('%s gives no target, in any table or text', (label) => {
    expect(parsePlan({ path: 'a.txt', value: `到2025年，${label}。\n序号  项目名称  ${label}\n` }).targets).toEqual([]);
  });
});

describe('tables in the outline', () => {
  it('a table of short lines (one cell per line) leaves the layout of the prose alone: headings stay headings', () => {
    const doc = parsePlan({ path: 'a.txt', value: readFileSync(`${DIR}/energy-plan-pdf-text.txt`, 'utf8') }, { targets: false });
    expect(doc.nodes.map((n) => [n.title, n.line])).toEqual([['发展目标', 3], ['重点任务', 33]]);
    expect(doc.nodes[0]!.paragraphs.map((p) => p.line)).toEqual([5, 7, 9, 10, 11, 12, 13, 15, 16, 20, 24, 28]);
  });
});

describe('a row of a table that is no indicator table: each cell a clause of its own', () => {
  it('a count in a cell names its own noun, not the row number or the name in the cell before', () => {
    const doc = parsePlan({ path: 'p.txt', value: '某省数字经济发展规划（2021—2025年）\n一、重点工程\n1\t省大数据中心二期\t新建机柜5000个\t2021—2023年\n', format: 'txt', lineUnit: 'line' });
    expect(doc.targets.map((t) => [t.metric, t.action, t.value, t.unit])).toEqual([['机柜', '新建', 5000, '个']]);
  });
});
