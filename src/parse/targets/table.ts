import type { Target, TargetChangeType, TargetKind } from '../../types.js';
import { dropCjkSpaces } from '../chars.js';
import type { IndicatorTable, TableRow } from '../tables.js';
import { metricKey } from './metric.js';
import { readCell } from './table-cell.js';
import type { UnitRegistry } from './units.js';

/** A value of an indicator table's row, read as a target or a past fact (fields as on Target). */
export interface TableQuantity
  extends Pick<Target, 'metric' | 'metricKey' | 'action' | 'value' | 'high' | 'unit' | 'comparator' | 'comparatorText' | 'kind' | 'change' | 'year' | 'attribute'> {
  /** 0-based offset in `value` of the number. */
  offset: number;
  /** The base year of a growth or cut over the period, else null. */
  since: number | null;
  /** The value cell as written (`15`, `＞7`, `〔13.5〕`): the one phrase of the row that is contiguous in the file. */
  text: string;
  /** The row as context: each header with its cell (`5G基站数（万个）：2020年 3.2；2025年 15；属性 预期性`). */
  context: string;
}

/** Where the table sits: the document's plan period, for telling base columns from goals. */
export interface TableContext {
  /** The plan period, or null. */
  period: { start: number; end: number } | null;
  /** The unit registry. */
  units: UnitRegistry;
}

/**
 * Read a row of an indicator table: one quantity per value cell. The metric is the indicator cell
 * without its numbering and unit parenthesis (`5G基站数（万个）` → `5G基站数`, unit 万个); a column of a year
 * after the document's base (or titled 目标值) holds goals for that year, the base column (`2020年`,
 * `基期`) past facts; a 年均/累计 column holds an annual rate, or in 〔〕 a change over the period since
 * the base year; the 属性 column gives `attribute`.
 * @param table the table
 * @param row one of its rows
 * @param context the document's period and units
 * @returns the quantities, in column order
 */
export function readTableRow(table: IndicatorTable, row: TableRow, context: TableContext): TableQuantity[] {
  const cells = row.cells;
  const named = nameOf(cells[table.indicator]!.text);
  const unitCell = table.columns.findIndex((c) => c.role === 'unit');
  const unitText = named.unit ?? (unitCell >= 0 ? cells[unitCell]!.text.replace(/^[（(]|[）)]$/gu, '') : '');
  const attributeCell = table.columns.findIndex((c) => c.role === 'attribute');
  const attribute = attributeCell >= 0 && ATTRIBUTE.test(cells[attributeCell]!.text) ? cells[attributeCell]!.text.replace(/\s/gu, '') : null;
  const years = yearsOf(table, context.period);
  const rowText = rowContext(table, row);
  const baseColumn = table.columns.findIndex((_, k) => years.get(k)?.base === true);
  const baseValue = baseColumn < 0 ? null : (readCell(cells[baseColumn]!.text, unitText, context.units)?.value ?? null);
  const out: TableQuantity[] = [];
  for (const [k, column] of table.columns.entries()) {
    const year = years.get(k);
    if (year === undefined) continue;
    let cell = readCell(cells[k]!.text, unitText, context.units);
    if (cell === null) continue;
    const span = column.role === 'span';
    const kind: TargetKind = year.base ? 'historical' : 'target';
    let change: TargetChangeType = named.change ?? 'level';
    let metric = named.metric;
    let action = named.action;
    let unit = cell.unit;
    const percentRow = /^(?:%|％|个百分点)$/u.test(unitText);
    if (named.change === 'rate') {
      // 年均增速 named in the row: every value of it is that rate.
    } else if (span && !cell.cumulative && (named.change !== null || !percentRow)) {
      // 年均: an annual rate over the period (`研发经费投入增长 | >7` in 年均/累计 → 年均增长 > 7%; `一次能源生产量 | 2.4` → 年均增长 2.4%).
      change = 'rate';
      action = named.action ?? '增长';
      metric = `${named.metric}年均${action}`;
      cell = readCell(cells[k]!.text, '%', context.units) ?? cell;
      unit = '%';
    } else if (cell.cumulative && change === 'level' && (unit === '%' || (baseValue !== null && cell.value < baseValue))) {
      // 〔4〕 on a share in % is 4 percentage points more over the period; 〔1〕 岁 on a level of 77.3 one year
      // more. Note: a 累计 at least the base year's value (交易额 〔60000〕 on 12000 a year) is a sum over the
      // period, a level, as `累计` is in running text.
      change = 'increase';
      if (unit === '%') unit = '个百分点';
    }
    const since = kind === 'target' && (change === 'increase' || change === 'decrease') && (cell.cumulative || named.change !== null) ? years.base : null;
    out.push({
      metric,
      metricKey: metricKey(metric),
      action,
      value: cell.value,
      high: cell.high,
      unit,
      comparator: cell.comparator,
      comparatorText: cell.comparatorText,
      kind,
      change,
      year: year.year,
      ...(attribute === null ? {} : { attribute }),
      offset: cells[k]!.offset + cell.index,
      since,
      text: cells[k]!.text,
      context: rowText,
    });
  }
  return out;
}

/** The row as context: its indicator, then each other cell after its header (`5G基站数（万个）：2020年 3.2；2025年 15；属性 预期性`). */
function rowContext(table: IndicatorTable, row: TableRow): string {
  const rest = row.cells.flatMap((c, k) => (k === table.indicator || c.text === '' || GROUPING.has(table.columns[k]!.role) ? [] : [`${table.headers[k]} ${c.text}`]));
  return `${row.cells[table.indicator]!.text}：${rest.join('；')}`;
}

/** Columns that group rows, left out of a row's context. */
const GROUPING: ReadonlySet<string> = new Set(['index', 'category']);

/** 属性 as written: 预期性, 约束性, 指导性. */
const ATTRIBUTE = /^\s*(?:预期性|约束性|指导性|引导性|预期|约束)\s*$/u;

/** A change word ending an indicator's name, and the change it states. */
const CHANGE_WORDS: ReadonlyArray<[RegExp, TargetChangeType]> = [
  [/(降低|下降|减少|压减|降幅|下降率)$/u, 'decrease'],
  [/(增长|增速|增幅|增长率|提高|提升|增加)$/u, 'increase'],
];

/** An indicator's name read: metric, unit parenthesis, change word. */
function nameOf(cell: string): { metric: string; unit: string | null; action: string | null; change: TargetChangeType | null } {
  let text = dropCjkSpaces(cell)
    .replace(/^(?:\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）]|[①-⑳])\s*/u, '')
    .replace(/^其中\s*[:：]?\s*/u, '')
    .replace(/[*＊※]+$/u, '')
    .trim();
  let unit: string | null = null;
  const paren = /[（(]\s*([^（）()]{1,12}?)\s*[）)]$/u.exec(text);
  if (paren && UNIT_TEXT.test(paren[1]!)) {
    unit = paren[1]!;
    text = text.slice(0, paren.index).trim();
  }
  text = text.replace(/[*＊※]+$/u, '');
  // Note: `…年均增速` names an annual rate whole (its key reads 年均增长 as 年均增速, as in running text).
  const rate = /年均(增速|增长率?|增幅|提高|提升|下降|降低)$/u.exec(text);
  if (rate && rate.index > 0) return { metric: text, unit, action: rate[1]!, change: 'rate' };
  for (const [pattern, change] of CHANGE_WORDS) {
    const m = pattern.exec(text);
    if (m && m.index > 0) return { metric: text.slice(0, m.index), unit, action: m[1]!, change };
  }
  return { metric: text, unit, action: null, change: null };
}

/** A parenthesis that names a unit (`%`, `万个`, `亿元`, `万吨标准煤`, `元/人`, `微克/立方米`), not a part of the name (`GDP`, `助理`). */
const UNIT_TEXT = /^(?:%|％|‰|个百分点|(?:万亿|亿|千万|百万|十万|万|千|百)?[\p{Script=Han}]{0,5}(?:[/／][\p{Script=Han}\d]{1,6})?)$/u;

/** The year of each value column, and whether it is the base; the base year of the table. */
function yearsOf(table: IndicatorTable, period: TableContext['period']): Map<number, { year: number | null; base: boolean }> & { base: number | null } {
  const dated = table.columns.flatMap((c) => (c.year === null ? [] : [c.year]));
  const explicitBase = table.columns.find((c) => c.role === 'base' && c.year !== null)?.year ?? null;
  const base = explicitBase ?? (period !== null ? period.start - 1 : dated.length >= 2 ? Math.min(...dated) : null);
  const goals = table.columns.flatMap((c) => (c.year !== null && (base === null || c.year > base) ? [c.year] : []));
  const end = period?.end ?? (goals.length > 0 ? Math.max(...goals) : null);
  const out = new Map<number, { year: number | null; base: boolean }>() as Map<number, { year: number | null; base: boolean }> & { base: number | null };
  out.base = base;
  for (const [k, c] of table.columns.entries()) {
    if (c.role === 'base') out.set(k, { year: c.year ?? base, base: true });
    else if (c.role === 'target') out.set(k, { year: c.year ?? end, base: false });
    else if (c.role === 'span') out.set(k, { year: end, base: false });
    else if (c.role === 'year') out.set(k, { year: c.year, base: base !== null && c.year !== null && c.year <= base });
  }
  return out;
}
