/**
 * The cue words that decide what kind of quantity a number is, as data (one table per kind; the
 * rules that read them are in kind.ts). Each is matched against the number's sentence and clause.
 */

/** Section titles whose numbers are past facts. */
export const HISTORY_TITLES = /发展基础|发展现状|现实基础|工作基础|基础条件|取得成效|主要成就|发展成就|工作回顾|回顾|现状与形势|基础与形势|取得的[^，。]{0,8}?(?:进展|成效|成就)|主要进展|工作进展/u;

/**
 * Words before a number (in its clause) that make it a past fact.
 * Note: 累计 is not one: `到2025年累计培育…`/`力争累计…` is a cumulative goal (a stock, not a flow);
 * history needs a past marker. 比上年/较去年 is a comparison base, not a past marker.
 */
export const HISTORY_WORDS = /已经|已|截至|截止|过去|近年来|以来|年来|(?<![比较同])去年|(?<![比较同])上年|同比|十[一二三]五[”"]?(?:期间|时期)/u;

/**
 * A sentence or paragraph opening that looks back (`过去一年，`, `五年来，`, `2025年，全省…`): every
 * number after it, in the paragraph, is a past fact until a goal cue.
 */
export const PAST_OPENING = /^\s*(?:——)?\s*(?:过去(?:的)?(?:一|两|三|五|十|\d+)?年|(?:一|两|三|五|十|\d+)年来|近(?:一|两|三|五|十|\d+)年来|今年以来|去年以来|一年来|五年来)/u;

/**
 * Goal cues of a sentence: they make its numbers goals even in a history section or a paragraph that
 * looks back (`"十五五"发展的主要目标是：…到2030年…达到3.5%以上`), with a deadline ahead of the document.
 */
export const GOAL_WORDS = /预期目标|主要目标|目标(?:是|为)|力争|展望/u;

/** Words of a forecast: expected, not a commitment. */
export const FORECAST_WORDS = /预计|预测/u;

/**
 * Limit words: the number is a rule's ceiling or floor, not a goal (`不得超过300个字`).
 * Note: in a plan, `控制在5%以内` and `不超过120个工作日` are goals with a ceiling (comparator `lte`,
 * kind `target`); in a law or regulation every bound is a limit.
 */
export const LIMIT_WORDS = /^(?:最多不超过|最长不超过|最高不超过|不得超过|不得高于|不得多于|不得大于|不得少于|不得低于|不得小于)/u;

/** A penalty verb before the amount in its clause (`并处`, `可以处`, `处以`), not 处理/处置/处长. */
export const PENALTY_BEFORE = /(?:^|[，,；;\s并可以应当再或者])处(?:以)?(?![理置分所长室级于在])[^，,；;]{0,16}$/u;

/** Penalty nouns after the amount (`…以下的罚款`). */
export const PENALTY_AFTER = /^[^，,；;。]{0,6}?(?:罚款|罚金|违约金)/u;

/**
 * A condition: the number ends a 的-phrase that closes its clause (`货值金额不足1万元的，`,
 * `违法所得一万元以上的`).
 */
export const CONDITION_AFTER = /^\s*(?:[\p{Script=Han}]{0,4}?)的\s*(?:$|[，,；;：:])/u;

/** A reference to the text's own parts (`依照前两款`, `前三项`): `前`/`上述` before, a part word after. */
export const REFERENCE_BEFORE = /(?:前|上述|下列|以下)\s*$/u;
/** The parts a reference counts. */
export const REFERENCE_UNITS = new Set(['款', '项', '条', '章', '节', '目']);

/**
 * Enumerations of the text's own structure: `重点做好以下十个方面`, `突出了以下四个`, `把握好5个方面`,
 * `五大类23个`. A cue before the number or a structure noun after it.
 */
export const ENUMERATION_BEFORE = /(?:以下|下列|如下|下面|以上|上述|这|这些|主要做了|主要有|包括|分为|归纳为|概括为|突出了?|把握好?|抓好|做好|聚焦|围绕|等)\s*$/u;
/** A count right after a class or a group of the text's own (`五大类23个`, `6个方面18条措施`). */
export const ENUMERATION_AFTER_GROUP = /[\d一二两三四五六七八九十]\s*(?:大?类|个?方面|个?部分|大?板块)\s*$/u;
/**
 * Figures of speech that count the text's own lines of work (`做好"强城""兴村""融合"三篇文章`): per
 * measure word, the noun after it.
 */
export const ENUMERATION_FIGURES: ReadonlyMap<string, RegExp> = new Map([['篇', /^\s*大?文章/u]]);
/** Structure nouns after an enumeration's measure word. */
export const ENUMERATION_AFTER = /^\s*(?:方面|部分|类(?!产品|企业)|大类|板块|层次|环节|原则|要求|重点(?:任务|工作)?|任务|举措|措施|意见|问题|关系|步|点)(?:的?(?:工作|内容|任务|举措|重点))?\s*(?:$|[：:，,。；;、）)]|\d|[一二两三四五六七八九十])/u;

/**
 * Words before a duration that make it a rule's limit (`保存期限不得少于2年`), so it is read as a
 * quantity; other durations (`压缩到不超过120个工作日`, `15日内`) are not quantities.
 */
export const DURATION_LIMIT_BEFORE = /(?:不得少于|不得超过|不得低于|不得多于|最长不超过)\s*$/u;
