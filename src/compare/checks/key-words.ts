/**
 * Words that make a metric key too vague to fail CI on, as data a linguist can extend. `keys.ts` reads
 * keys with these tables and jieba's part-of-speech tags.
 */

/** Keys that are a generic word on their own: the thing counted is not named (`项目`, `投资`, `县市`). */
export const GENERIC_KEYS: ReadonlySet<string> = new Set([
  '项目', '工作', '任务', '措施', '活动', '投资', '资金', '产量', '企业', '县市', '地区', '城市', '人员',
  '人才', '平台', '机构', '单位', '标准', '规模', '总量', '新建', '改造', '以下', '以上', '其中', '全年', '累计',
]);

/**
 * Verbs that end a key when the reader took the verb for the metric (`推动超1万家`, `实施120项`,
 * `粮食产量继续保持`): an action, not a measured thing.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  '推动', '推进', '实施', '完成', '办好', '做好', '抓好', '落实', '开展', '建设', '打造', '培育', '支持', '实现', '达到',
  '保持', '继续', '提高', '提高到', '提升', '提升到', '新建', '改造', '组织', '开发', '新增', '累计', '突破', '带动',
  '吸引', '帮助', '惠及', '覆盖', '引进', '举办', '安排', '争取', '力争', '确保', '超过', '达', '为', '有',
]);

/**
 * Part-of-speech tags (jieba's ICTCLAS set) a key may not begin or end with: prepositions (`为经营主体减负`),
 * pronouns, conjunctions, particles, adverbs, numerals, localisers (`重点抓好以下`) and punctuation.
 */
export const FUNCTION_TAGS: ReadonlySet<string> = new Set(['p', 'r', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd', 'm', 'f', 'x', 'y', 'e', 'o']);

/** Tags of words that name a thing: nouns of every kind, verbal and adjectival nouns, idioms and abbreviations, place words. */
export const NOMINAL_TAG = /^(?:n|vn|an|l|j|b|s|ng|nr|ns|nt|nz|t)/u;

/** A class written in a key (`千亿级产业集群`, `5A级景区`, `万吨级泊位`): a qualifier of the noun, not a numeral. */
export const CLASS_WORDS = /[\dA-Za-z一二两三四五六七八九十百千万亿]+[元吨瓦米]?级/gu;
