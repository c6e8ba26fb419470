import type { TargetChangeType, TargetKind } from '../types.js';
import type { NumberMatch } from './numbers.js';
import type { UnitMatch } from './units.js';

/**
 * Slogans whose numerals are not quantities (`两个大局`, `四个面向`, `两种资源`), after `N个`/`N种`.
 * Note: a small closed list; quoted slogans (`"四个中心"`) are caught by the quote rule already.
 */
const SLOGAN_NOUNS = /^(?:个|种)(?:大局|一百年|百年|市场|资源|面向|中心|服务|自信|意识|维护|确保|全面|务必|必须|坚持|统筹|率先)/u;

/** Section titles whose numbers are past facts. */
const HISTORY_TITLES = /发展基础|发展现状|现实基础|工作基础|基础条件|取得成效|主要成就|发展成就|工作回顾|回顾|现状与形势|基础与形势/u;

/** Words before a number (in its clause) that make it a past fact. */
const HISTORY_WORDS = /累计|已经|已|截至|截止|过去|近年来|以来|去年|上年|同比|十[一二三]五[”"]?(?:期间|时期)/u;

/**
 * Whether a number is part of a name, an ordinal, a marker, a year, a date or a document number.
 * Note: such numbers produce no output at all, not even as `historical`.
 * @param text the sentence text (half-width digits)
 * @param number the number
 * @param unit the unit after it, or null
 * @returns true when the number is not a quantity
 */
export function isNameNumeral(text: string, number: NumberMatch, unit: UnitMatch | null): boolean {
  const before = text.slice(0, number.start);
  const prev = before.trimEnd().at(-1) ?? '';
  const next = text[number.end] ?? '';
  if (insideQuotes(before)) return true; // "科创30条", "十四五", "1+N", "四库", 〔2023〕
  if (/[A-Za-z+＋]/.test(prev) && before.endsWith(prev)) return true; // Q1, BIO4, IPv6, 双"1+1"
  if (/[A-Za-z+＋]/.test(next)) return true; // 5G, 6G, 8K, 4D, 1+1
  if (/第\s*$/.test(before)) return true; // 第四, 第十六条, 第三代
  if (/每\s*$/.test(before)) return true; // 每万人: a denominator, not a quantity
  if (number.value === 0 || /^[零〇]/.test(number.raw)) return true; // 零部件, 零碳
  if (unit && !unit.quantity) return true; // 2025年, 3个月, 41号, 二十届
  if (number.chinese && /^(?:大|届|中全会|五|是|方面|者)/.test(text.slice(number.end))) return true; // 二十大, 六大行动, 一是
  if (number.chinese && number.value <= 10 && SLOGAN_NOUNS.test(text.slice(number.end))) return true;
  if (/^[、.．]/.test(next) && before.trim() === '') return true; // 三、 / 1. at the start
  if (/[（(]\s*$/.test(before) && /^\s*[）)]/.test(text.slice(number.end))) return true; // （十六）
  if (number.raw === '一') return true; // 一批, 统一, 一带一路: never a count on its own
  if (/^十[一二三四五六七八九]五$/.test(number.raw)) return true; // 十四五 without quotes
  if (unit?.unit === '条' && /^\s*[\p{Script=Han}]{0,6}?(?:政策|措施|意见|举措|规定|条款)/u.test(text.slice(unit.end))) return true; // 20条出入境政策
  return false;
}

/**
 * Classify a quantity as a target, a past fact, a forecast or a specification.
 * @param context section titles above the number, the text before it in its sentence and clause, the text after it
 * @returns the kind
 */
export function classifyKind(context: { titles: string[]; sentenceBefore: string; clauseBefore: string; after: string; pastYear: boolean }): TargetKind {
  if (/^\s*级/.test(context.after)) return 'spec';
  if (context.titles.some((t) => HISTORY_TITLES.test(t))) return 'historical';
  if (/预计/.test(context.sentenceBefore)) return 'forecast';
  if (context.pastYear || HISTORY_WORDS.test(context.clauseBefore)) return 'historical';
  if (/(?:从|由)[^，,]{0,12}$/.test(context.clauseBefore) && /^[^，,]{0,6}?(?:提高|提升|增长|增加|下降|降低|减少|上升)(?:到|至)/.test(context.after)) {
    return 'historical'; // 从12.6%提升至…: the baseline
  }
  return 'target';
}

/**
 * How a quantity relates to its metric: a level, an increase, a decrease, a rate or a ratio.
 * @param beforeWords the clause text before the comparator words
 * @param metric the metric phrase
 * @param unit the canonical unit
 * @returns the change type
 */
export function changeType(beforeWords: string, metric: string, unit: string): TargetChangeType {
  const b = beforeWords.replace(/\s+/g, '');
  if (/年均|每年|(?<!全)年增长/.test(b.slice(-8)) || /年均|增速|增长率/.test(metric)) return 'rate';
  if (/(?:下降|降低|减少|压减|缩减|减排|降)(?:了)?$/.test(b)) return 'decrease';
  if (unit === '倍') return 'ratio';
  if (/(?:增长|提高|提升|增加|新增|扩大|上升|增)(?:了)?$/.test(b) || /^(?:新增|新培育|新建)/.test(b)) return 'increase';
  if (unit === '个百分点') return 'increase';
  return 'level';
}

function insideQuotes(before: string): boolean {
  let curly = 0;
  let straight = 0;
  let book = 0;
  let bracket = 0;
  for (const c of before) {
    if (c === '“' || c === '「' || c === '『') curly++;
    else if ((c === '”' || c === '」' || c === '』') && curly > 0) curly--;
    else if (c === '"') straight ^= 1;
    else if (c === '《') book++;
    else if (c === '》' && book > 0) book--;
    else if (c === '〔' || c === '［' || c === '[') bracket++;
    else if ((c === '〕' || c === '］' || c === ']') && bracket > 0) bracket--;
  }
  return curly > 0 || straight > 0 || book > 0 || bracket > 0;
}
