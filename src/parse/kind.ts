import type { TargetChangeType, TargetKind } from '../types.js';
import type { NumberMatch } from './numbers.js';
import type { UnitMatch } from './units.js';
import { charClass } from './chars.js';

/**
 * Slogans whose numerals are not quantities (`两个大局`, `四个面向`, `两种资源`), after `N个`/`N种`.
 * Note: a small closed list; quoted slogans (`"四个中心"`) are caught by the quote rule already.
 */
const SLOGAN_NOUNS = /^(?:个|种)(?:大局|一百年|百年|市场|资源|面向|中心|服务|自信|意识|维护|确保|全面|务必|必须|坚持|统筹|率先)/u;

/** Section titles whose numbers are past facts. */
export const HISTORY_TITLES = /发展基础|发展现状|现实基础|工作基础|基础条件|取得成效|主要成就|发展成就|工作回顾|回顾|现状与形势|基础与形势/u;

/**
 * Words before a number (in its clause) that make it a past fact.
 * Note: 累计 is not one: `到2025年累计培育…`/`力争累计…` is a cumulative goal (a stock, not a flow);
 * history needs a past marker. 比上年/较去年 is a comparison base, not a past marker.
 */
const HISTORY_WORDS = /已经|已|截至|截止|过去|近年来|以来|年来|(?<![比较同])去年|(?<![比较同])上年|同比|十[一二三]五[”"]?(?:期间|时期)/u;

/**
 * Measure words and nouns after a small Chinese numeral that make a name, not a count:
 * `中央八项规定`, `和平共处五项原则`, `八项行动`, `十三届全国人大五次会议`, `两位数增长`.
 */
const NAME_AFTER = /^(?:项(?:基本)?(?:规定|原则|行动|纪律|准则|注意|禁令)|次(?:全体)?会议|次全会)/u;

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
  if (number.chinese && number.value <= 10 && NAME_AFTER.test(text.slice(number.end))) return true; // 八项规定, 五次会议
  // 实施新一轮千亿斤粮食产能提升行动: a programme named by its quantity.
  if (number.chinese && unit && /^\p{Script=Han}{2,10}?(?:行动|工程)(?=$|[，,。；;、的])/u.test(text.slice(unit.end))) return true;
  if (/^(?:亿万|万千|千万)$/u.test(number.raw) && !/^\s*级/u.test(text.slice(number.end))) return true; // 亿万人民, 千万不能
  if (/^(?:位数|人口大国)/u.test(text.slice(number.end))) return true; // 两位数增长, 14亿多人口大国
  if (number.raw === '一' && unit?.unit !== '倍') return true; // 一批, 统一, 一带一路: never a count on its own (一倍 is)
  if (/^十[一二三四五六七八九]五$/.test(number.raw)) return true; // 十四五 without quotes
  if (unit?.unit === '条' && /^\s*[\p{Script=Han}]{0,6}?(?:政策|措施|意见|举措|规定|条款)/u.test(text.slice(unit.end))) return true; // 20条出入境政策
  return false;
}

/**
 * Classify a quantity as a target, a past fact, a forecast or a specification.
 * @param context section titles above the number, the text before it in its clause, the clause before,
 *   the text after it, whether a past year dates it, and whether the document is a law
 * @returns the kind
 */
export function classifyKind(context: {
  titles: string[];
  clauseBefore: string;
  previousClause: string;
  after: string;
  pastYear: boolean;
  legal: boolean;
}): TargetKind {
  if (/^\s*级/.test(context.after)) return 'spec';
  if (context.titles.some((t) => HISTORY_TITLES.test(t))) return 'historical';
  // Note: in a law or regulation a number is a provision's amount, limit or deadline, never a plan goal.
  if (context.legal) return 'spec';
  // Note: 预计 governs its own clause and a clause that is only `预计到2025年，`; in `预计今年财政收入
  // 继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元` the budget figure is a plan, not a forecast.
  if (/预计/.test(context.clauseBefore) || /预计[^，,]{0,10}[，,]\s*$/u.test(context.previousClause)) return 'forecast';
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
  if (/(?:增长|提高|提升|增加|新增|扩大|上升|上涨|增)(?:了)?$/.test(b) || /^(?:新增|新培育|新建)/.test(b)) return 'increase';
  // 经济增长预期目标为5%左右: the metric itself is a growth.
  if (/(?<!年均)增长$/u.test(metric) && unit === '%') return 'increase';
  if (unit === '个百分点') return 'increase';
  return 'level';
}

// Note: the quote and bracket characters insideQuotes counts; a regular expression finds them (a
// native search), as the text before every number is looked at and most characters are none of them.
const QUOTE_CHAR = charClass('“「『”」』"《》〔［[〕］]', 'g');

function insideQuotes(before: string): boolean {
  let curly = 0;
  let straight = 0;
  let book = 0;
  let bracket = 0;
  for (const [c] of before.matchAll(QUOTE_CHAR)) {
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
