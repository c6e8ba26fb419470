/**
 * Word tables for reading the noun a count names (metric-noun.ts), as data: the frequency words
 * whose period goes to the unit, and the verbs of plans' actions that stand before the counted noun.
 */
import { VERB_WORDS } from '../words/pos-words.js';

/**
 * A frequency word: 每 and a period, optionally counted (`每年`, `每季度`, `每月`, `每两年`, `每学期`).
 * Note: a per-head word (`每人`, `每万人口`) is a denominator of its own (quantity.ts), not a period.
 */
export const FREQUENCY = /每(?<n>[两二三四五六七八九十]|\d{1,2})?(?<period>年度|年|季度|季|半年|月|周|星期|天|日|学期)(?![级度])/u;

/** How a period is written in a unit (`每季` → `季度`, `每天` → `日`). */
export const FREQUENCY_PERIODS: Readonly<Record<string, string>> = { 年度: '年', 季: '季度', 星期: '周', 天: '日' };

/**
 * Verbs of plans' actions: a run of verbs before a counted noun that ends on one of them is the action,
 * not the metric (`滚动实施重点项目100个` → `重点项目`). The verbs of pos-words.ts and these.
 * Note: a word of the table that opens a noun of its own (`落地项目`, `完成投资`) leaves a noun of two
 * characters, which is kept whole (metric-noun.ts).
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  // Note: 服务 opens nouns of its own (服务贸易, 服务机器人, 服务覆盖率): not an action here.
  ...[...VERB_WORDS].filter((w) => w !== '服务'),
  '召开', '治理', '修复', '开发', '组织', '培养', '培训', '推出', '遴选', '争创', '募集', '提供', '处置', '制定', '出台',
  '发布', '招引', '招募', '新开工', '开工建设', '改造提升', '提升改造', '整治', '修缮', '修订', '修改', '废止', '申报', '评选', '命名',
]);

/** Nouns of what a plan grants (`给予最高500万元奖励`): the amount is a provision, not a goal. */
export const GRANT_NOUNS = '奖励|奖补|补助|补贴|资助|贴息|奖金|扶持|资金支持|支持';
/** Verbs that grant an amount (`给予`, `予以`), or grant nouns used as verbs before it (`最高奖励500万元`). */
export const GRANT_VERBS = '给予|予以|奖励|奖补|补助|补贴|资助';
