import type { TargetChangeType, TargetKind } from '../../types.js';
import type { NumberMatch } from '../numbers.js';
import type { UnitMatch } from './units.js';
import { charClass } from '../chars.js';
import { tagWords } from '../words/pos.js';
import type { HorizonMatch } from './horizon.js';
import {
  CONDITION_AFTER,
  DURATION_LIMIT_BEFORE,
  ENUMERATION_AFTER,
  ENUMERATION_AFTER_GROUP,
  ENUMERATION_BEFORE,
  ENUMERATION_FIGURES,
  FORECAST_WORDS,
  GOAL_WORDS,
  HISTORY_TITLES,
  HISTORY_WORDS,
  LIMIT_WORDS,
  PENALTY_AFTER,
  PENALTY_BEFORE,
  REFERENCE_BEFORE,
  REFERENCE_UNITS,
} from './kind-cues.js';

/**
 * Slogans whose numerals are not quantities (`两个大局`, `四个面向`, `两种资源`), after `N个`/`N种`.
 * Note: a small closed list; quoted slogans (`"四个中心"`) are caught by the quote rule already.
 */
const SLOGAN_NOUNS = /^(?:个|种)(?:大局|一百年|百年|市场|资源|面向|中心|服务|自信|意识|维护|确保|全面|务必|必须|坚持|统筹|率先)/u;

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
  // 5G, 6G, 8K, 4D, 2B, 1+1 (full-width ５Ｇ too); a known unit symbol at a word boundary is a unit (5km, 300MW, 20GWh).
  if (/[A-Za-z+＋\uff21-\uff3a\uff41-\uff5a]/u.test(next) && unit?.latin !== true) return true;
  if (/第\s*$/.test(before)) return true; // 第四, 第十六条, 第三代
  if (/\d\s*[-/.．]\s*$/u.test(before)) return true; // 2025-01-10, 3/4, 27.五个
  if (/每\s*$/.test(before)) return true; // 每万人: a denominator, not a quantity
  if (number.value === 0 || /^[零〇]/.test(number.raw)) return true; // 零部件, 零碳
  if (unit && !unit.quantity && !(unit.duration && DURATION_LIMIT_BEFORE.test(before))) return true; // 2025年, 3个月, 41号, 二十届
  if (number.chinese && /^(?:大|届|中全会|五|是|方面|者)/.test(text.slice(number.end))) return true; // 二十大, 六大行动, 一是
  if (number.chinese && number.value <= 10 && SLOGAN_NOUNS.test(text.slice(number.end))) return true;
  if (/^[、.．]/.test(next) && before.trim() === '') return true; // 三、 / 1. at the start
  if (/[（(]\s*$/.test(before) && /^\s*[）)]/.test(text.slice(number.end))) return true; // （十六）
  if (/[（(]\s*$/.test(before) && /^[万亿千百]+$/u.test(number.raw) && /^\s*[）)]/.test(text.slice(unit?.end ?? number.end))) return true; // 5G基站数（万个）, 总投资（亿元）: a unit label
  if (number.chinese && number.value <= 10 && NAME_AFTER.test(text.slice(number.end))) return true; // 八项规定, 五次会议
  // 省委十二届十一次全会, 十一届十次、十一次全会: sessions, listed or not.
  if (number.chinese && /^次(?:[、和及][一二三四五六七八九十]+次)*(?:全体)?(?:会议|全会)/u.test(text.slice(number.end)) && /届(?:[一二三四五六七八九十]+次[、和及])*\s*$/u.test(before)) return true;
  // 实施新一轮千亿斤粮食产能提升行动: a programme named by its quantity.
  if (number.chinese && unit && /^\p{Script=Han}{2,10}?(?:行动|工程)(?=$|[，,。；;、的])/u.test(text.slice(unit.end))) return true;
  // 万元地区生产总值, 亿元GDP: a bare magnitude of money before a noun is a denominator, not an amount.
  if (/^[十百千万亿]+$/u.test(number.raw) && unit?.unit === '元' && /^[\p{Script=Han}A-Za-z](?<!级)/u.test(text.slice(unit.end)) && !/^(?:级|以[上下内]|左右|上下)/u.test(text.slice(unit.end))) return true;
  // 千家万户, 千头万绪, 千军万马: an idiom, not a count.
  if (/^[百千万]$/u.test(number.raw) && unit && /^[百千万]/u.test(text.slice(unit.end))) return true;
  // 千家万户's 万户, 百家争鸣, 千方百计: a numeral inside a word jieba knows as an idiom.
  if (number.chinese && number.raw.length <= 2 && inIdiom(text, number.start)) return true;
  if (/^(?:亿万|万千|千万)$/u.test(number.raw) && !/^\s*级/u.test(text.slice(number.end))) return true; // 亿万人民, 千万不能
  if (/^(?:位数|人口大国)/u.test(text.slice(number.end))) return true; // 两位数增长, 14亿多人口大国
  if (number.raw === '一' && unit?.unit !== '倍') return true; // 一批, 统一, 一带一路: never a count on its own (一倍 is)
  if (/^十[一二三四五六七八九]五$/.test(number.raw)) return true; // 十四五 without quotes
  if (unit?.unit === '条' && /^\s*[\p{Script=Han}]{0,6}?(?:政策|措施|意见|举措|规定|条款)/u.test(text.slice(unit.end))) return true; // 20条出入境政策
  return false;
}

/**
 * Whether the words before a number state a goal: a goal word (`预期目标`, `力争`), or a deadline
 * ahead of the document (`到2030年` in a 2026 report; `今年` of a dated report).
 * @param before the sentence text before the number
 * @param horizons the horizons of the sentence before the number
 * @param from the document's year (a yearly report) or the first year of its period, or null
 * @returns true for a goal
 */
export function statesGoal(before: string, horizons: readonly HorizonMatch[], from: number | null): boolean {
  return GOAL_WORDS.test(before) || horizons.some((h) => h.role === 'deadline' && h.year !== null && (from === null || h.year >= from));
}

/**
 * Whether a count sums up the list right before it (`稳增长、防风险、保民生三项基本任务`, `围绕"项目哪里来、
 * 投到哪里去、怎么发展好"三个现实需求`): the text's own enumeration, not a goal. The list's items are
 * parted by 、 (a quoted list may be the whole clause), and there are exactly as many as the count.
 * Note: `…长江存储三期等1.22万个项目` counts more than it lists (等): a goal.
 * @param before the clause before the number
 * @param value the number
 * @returns true when the number counts the items listed just before it
 */
export function countsListBefore(before: string, value: number): boolean {
  if (!Number.isInteger(value) || value < 2 || value > 12) return false;
  const text = before.replace(/\s+/gu, '');
  const quoted = /[“"「]([^“”"「」]+)[”"」]$/u.exec(text);
  const list = quoted ? quoted[1]! : /[^，,；;：:（(“”"]*$/u.exec(text)![0];
  if (/等$/u.test(list)) return false;
  const items = list.split('、');
  // Note: the first item may carry the clause's verb (统筹推进稳增长): only the count matters, and each item is short.
  return items.length === value && items.slice(1).every((item) => item.length >= 2 && item.length <= 12);
}

/** What the kind of a quantity is decided from. */
export interface KindContext {
  /** Titles of the outline nodes above the number, outermost first. */
  titles: string[];
  /** The text of the number's clause before its comparator words. */
  clauseBefore: string;
  /** The clause before the number's clause ('' when none). */
  previousClause: string;
  /** The text right after the number (its unit first). */
  after: string;
  /** The text after the unit and comparator words, to the end of the clause. */
  rest: string;
  /** The comparator words before the number, as written (`不得超过`), or ''. */
  before: string;
  /** The canonical unit. */
  unit: string;
  /** The number as written, before its unit's scale (the low end of a range); absent: not known. */
  value?: number;
  /** True when the number is written in Chinese numerals (`三项`), as counts summing up a list are. */
  chineseNumeral?: boolean;
  /** True when a past year dates the number (`2019年的`, `截至2023年底`). */
  pastYear: boolean;
  /** True in a law or regulation (第X条 articles). */
  legal: boolean;
  /** True when the paragraph looks back (`过去一年，…`) up to this sentence and no goal cue came since. */
  pastParagraph: boolean;
  /** True when the sentence states a goal: a goal word, or a deadline ahead of the document before the number. */
  goal: boolean;
}

/**
 * Classify a quantity from its sentence and clause: a goal, a past fact, a forecast, a rule's limit,
 * a condition, a penalty, a reference to the text's own parts, an enumeration of its structure, or a
 * class or provision amount.
 * Note: the order matters: a penalty range in a history section is still a penalty; a goal cue
 * (`到2030年…达到3.5%以上`) wins over a history section title or a paragraph that looks back.
 * @param context the number's clause, sentence and section
 * @returns the kind
 */
export function classifyKind(context: KindContext): TargetKind {
  if (/^\s*级/u.test(context.after)) return 'spec';
  const bare = context.clauseBefore.replace(/\s+$/u, '');
  if (REFERENCE_UNITS.has(context.unit) && REFERENCE_BEFORE.test(bare)) return 'reference';
  if ((context.chineseNumeral === true && context.before === '' && context.value !== undefined && countsListBefore(bare, context.value)) || ENUMERATION_AFTER_GROUP.test(bare) || /(?:以下|下列|如下)\s*$/u.test(bare) || (ENUMERATION_BEFORE.test(bare) && ENUMERATION_AFTER.test(context.rest)) || ENUMERATION_FIGURES.get(context.unit)?.test(context.after) === true) {
    return 'enumeration';
  }
  if (PENALTY_AFTER.test(context.rest) || PENALTY_BEFORE.test(bare)) return 'penalty';
  if (CONDITION_AFTER.test(context.rest)) return 'condition';
  if (LIMIT_WORDS.test(context.before)) return 'limit';
  // Note: in a law or regulation a number is a provision's limit or amount, never a plan goal.
  if (context.legal) return /^(?:不少于|不低于|不超过|不高于|不多于|至少|至多|最多|最少|最高|最低|最长|少于|低于|多于|高于|超过)/u.test(context.before) || /^\s*(?:以上|以下|以内|之内)/u.test(context.rest) ? 'limit' : 'spec';
  // Note: 预计 governs its own clause and a clause that is only `预计到2025年，`; in `预计今年财政收入
  // 继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元` the budget figure is a plan, not a forecast.
  if (FORECAST_WORDS.test(context.clauseBefore) || /预计[^，,]{0,10}[，,]\s*$/u.test(context.previousClause)) return 'forecast';
  if (context.pastYear || HISTORY_WORDS.test(context.clauseBefore)) return 'historical';
  if (/(?:从|由)[^，,]{0,12}$/u.test(context.clauseBefore) && /^[^，,]{0,6}?(?:提高|提升|增长|增加|下降|降低|减少|上升|扩大|缩小|压减)(?:到|至)/u.test(context.after)) {
    return 'historical'; // 从12.6%提升至…: the baseline
  }
  if (context.goal) return 'target';
  if (context.pastParagraph || context.titles.some((t) => HISTORY_TITLES.test(t))) return 'historical';
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

/**
 * Whether the character at `at` lies inside an idiom (jieba tags `i`, `l`: 千家万户, 百家争鸣), read in
 * a window of a few characters around it.
 * @param text the sentence
 * @param at index of a numeral in it
 * @returns true inside an idiom of four characters or more
 */
function inIdiom(text: string, at: number): boolean {
  const from = Math.max(0, at - 3);
  const window = text.slice(from, at + 5);
  let pos = 0;
  for (const { word, tag } of tagWords(window)) {
    const start = window.indexOf(word, pos);
    if (start < 0) return false;
    pos = start + word.length;
    if (from + start <= at && at < from + pos) return (tag === 'i' || tag === 'l') && [...word].length >= 4;
  }
  return false;
}
