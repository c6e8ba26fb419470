// The words of an indicator table's header (主要指标表): what each column holds. A leaf module (data a
// linguist edits), used by tables.ts to tell an indicator table from any other table.

/** What a column of an indicator table holds. */
export type ColumnRole =
  | 'index' // 序号
  | 'category' // 类别, 领域: a group of rows
  | 'indicator' // 指标, 指标名称: the metric
  | 'unit' // 单位
  | 'attribute' // 属性: 预期性 or 约束性
  | 'base' // the base year's value (2020年, 基期, 现状值)
  | 'target' // a goal's value (2025年, 目标值, 规划值)
  | 'year' // a year's value, base or goal as the document's period says (2020年, 2025年)
  | 'span' // 年均/累计: an annual rate, or in 〔〕 a cumulative change over the period
  | 'other'; // anything else (备注, 责任单位)

/** A column of an indicator table, read from its header cell. */
export interface Column {
  /** What the column holds. */
  role: ColumnRole;
  /** The year the header names (`2025年`, `基期（2020年）`), else null. */
  year: number | null;
}

/** Header words, in the order they are tried; each must be the whole cell (spaces and brackets dropped). */
const ROLE_WORDS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['index', /^(?:序号|编号|序)$/u],
  ['category', /^(?:类别|分类|领域|维度|方面|一级指标|指标类别|类型)$/u],
  ['indicator', /^(?:(?:主要|具体|二级|三级|核心)?指标(?:名称|内容)?|名称|项目|内容)$/u],
  ['unit', /^(?:计量)?单位$/u],
  ['attribute', /^(?:指标)?(?:属性|性质)$/u],
  ['span', /^(?:年均(?:增速|增长|增幅)?(?:[/／或]累计)?|(?:五年|期间)?累计(?:[/／或]年均)?|年均增速[/／]累计|增速)$/u],
  ['base', /^(?:基期|基期值|基准值|基数|现状|现状值|现状水平|基准年)$/u],
  ['target', /^(?:目标|目标值|规划值|预期值|规划目标|预期目标|发展目标)$/u],
];

/** Words that may stand beside a year in a header cell, with the role they give it. */
const YEAR_WORDS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['base', /^(?:基期|基期值|基准值|基数|现状|现状值|完成值|实际值|实现值|现状水平)$/u],
  ['target', /^(?:目标|目标值|规划值|预期值|预期|规划目标|预期目标)$/u],
  ['year', /^(?:年?底|年?末|)$/u],
];

/** One year in a header cell: 2025年, 2025, 2025年底. */
const YEAR = /((?:19|20)\d{2})\s*(?:年)?/gu;

/**
 * Read a header cell: the column's role and year, or null when the cell is no header word.
 * @param cell the header cell as written
 * @returns the column, or null
 */
export function readColumn(cell: string): Column | null {
  const text = cell.replace(/[\s\u3000]/gu, '').replace(/[（(【[]/gu, '(').replace(/[）)】\]]/gu, ')');
  const years = [...text.matchAll(YEAR)];
  if (years.length > 1) return null;
  if (years.length === 1) {
    const rest = text.replace(YEAR, '').replace(/[()：:]/gu, '');
    for (const [role, words] of YEAR_WORDS) if (words.test(rest)) return { role, year: Number(years[0]![1]) };
    return null;
  }
  const bare = text.replace(/^\((.*)\)$/u, '$1');
  for (const [role, words] of ROLE_WORDS) if (words.test(bare)) return { role, year: null };
  return null;
}

/** Roles whose cells hold values read as targets or past facts. */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['base', 'target', 'year', 'span']);
