import type { Comparator } from '../../types.js';
import { scanNumbers, toHalfWidthDigits } from '../numbers.js';
import type { UnitRegistry } from './units.js';

/** A value read from one cell of an indicator table. */
export interface CellValue {
  /** Value in the base unit; the low end of a range. */
  value: number;
  /** High end of a range, else null. */
  high: number | null;
  /** Canonical unit (`%`, `个`, `吨标准煤`), `''` when none is given. */
  unit: string;
  /** Comparator of the cell (`>7` → gt, `6-6.5` → range). */
  comparator: Comparator;
  /** The comparator words or signs as written, joined by `…`, or null. */
  comparatorText: string | null;
  /** Written in 〔〕 or [] or with 累计: a change over the whole period. */
  cumulative: boolean;
  /** 0-based index of the number in the cell. */
  index: number;
}

/** Comparator signs and words before the number, longest first. */
const BEFORE: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:≥|>=|≧|不低于|不少于|大于等于|达到|达)/u, 'gte'],
  [/^(?:≤|<=|≦|不高于|不超过|小于等于|控制在)/u, 'lte'],
  [/^(?:>|大于|超过|高于|突破)/u, 'gt'],
  [/^(?:<|小于|低于|少于)/u, 'lt'],
  [/^(?:约|大约|接近|近)/u, 'approx'],
];

/** Comparator words after the number. */
const AFTER: ReadonlyArray<[RegExp, Comparator]> = [
  [/^(?:以上|及以上|或以上)/u, 'gte'],
  [/^(?:以下|以内|之内)/u, 'lte'],
  [/^左右/u, 'approx'],
];

/** A cell that holds no value: empty, a dash, 无, 暂无, /. */
const NO_VALUE = /^(?:[-—–－―一/／\\]*|无|暂无|\/|—|…|待定)$/u;

/** Footnote marks after a value (`60.6*`, `23.2①`, `5.2注`). */
const FOOTNOTE = /(?:[*＊※△▲#]+|[①-⑩]|注\d?|\(\d\)|（\d）)$/u;

/**
 * Read the value of an indicator table's cell: comparator signs and words (`>7`, `≥`, `<5.5`, `以上`,
 * `左右`), a range (`6-6.5`), a cumulative change (`〔13.5〕`, `[13.5]`, `累计15`), with the unit the row
 * or column gives (`万个`, `%`, `亿吨标准煤`) or one written in the cell.
 * Note: a cell of words (`保持在合理区间`, `与GDP增长基本同步`) or a dash is no value: null.
 * @param cell the cell as written
 * @param unitText the unit the row's indicator or the 单位 column names (`万个`), or ''
 * @param units the unit registry
 * @returns the value, or null
 */
export function readCell(cell: string, unitText: string, units: UnitRegistry): CellValue | null {
  let text = toHalfWidthDigits(cell).replace(/＞/gu, '>').replace(/＜/gu, '<').replace(/＝/gu, '=').trim();
  let lead = cell.length - cell.trimStart().length;
  text = text.replace(FOOTNOTE, '').trim();
  if (NO_VALUE.test(text)) return null;
  let cumulative = false;
  const bracket = /^(累计)?\s*[〔[【]\s*(.*?)\s*[〕\]】]$/u.exec(text);
  if (bracket) {
    cumulative = true;
    lead += text.indexOf(bracket[2]!);
    text = bracket[2]!;
  }
  if (/^累计/u.test(text)) {
    cumulative = true;
    lead += 2;
    text = text.slice(2).trimStart();
  }
  let comparator: Comparator = 'eq';
  const words: string[] = [];
  for (const [pattern, cmp] of BEFORE) {
    const m = pattern.exec(text);
    if (!m) continue;
    comparator = cmp;
    words.push(m[0]);
    const after = text.slice(m[0].length).trimStart();
    lead += text.length - after.length;
    text = after;
    break;
  }
  const [n] = scanNumbers(text);
  if (n === undefined || n.start !== 0) return null;
  let rest = text.slice(n.end).trim();
  for (const [pattern, cmp] of AFTER) {
    const m = pattern.exec(rest);
    if (!m) continue;
    // Note: 左右 wins over the words before it, as in running text.
    if (comparator === 'eq' || cmp === 'approx') comparator = cmp;
    words.push(m[0]);
    rest = rest.slice(m[0].length).trim();
  }
  // The cell's own unit (`15万个`, `10%`) wins over the row's; other words after the number make it no value.
  const unit = n.percent ? { unit: n.percent, scale: 1 } : readUnitText(rest || unitText, units);
  if (unit === null) return null;
  if (n.range && comparator === 'eq') comparator = 'range';
  const scale = unit.scale;
  return {
    value: n.value * scale,
    high: n.high === null ? null : n.high * scale,
    unit: unit.unit,
    comparator,
    comparatorText: words.length === 0 ? null : words.join('…'),
    cumulative,
    index: lead,
  };
}

/** The unit and scale of a unit text after a number (`万个` → 个 × 10000, `%`, `亿吨标准煤`), or null when it is none. */
function readUnitText(text: string, units: UnitRegistry): { unit: string; scale: number } | null {
  if (text === '') return { unit: '', scale: 1 };
  if (/^(?:%|％|百分比)$/u.test(text)) return { unit: '%', scale: 1 };
  const magnitude = /^(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)/u.exec(text)?.[0] ?? '';
  const factor = magnitude === '' ? 1 : (scanNumbers(`1${magnitude}`)[0]?.value ?? 1);
  const word = text.slice(magnitude.length);
  if (word === '') return { unit: '', scale: factor };
  const unit = units.read(`1${word}`, 1);
  if (unit !== null && unit.end === word.length + 1) return { unit: unit.unit, scale: factor * unit.scale };
  // Note: a table names its unit outright, so a measure word the registry lacks (`岁`, `张/万人`) is kept as written.
  return /^[\p{Script=Han}/／]{1,6}$/u.test(word) ? { unit: word.replace('／', '/'), scale: factor } : null;
}
