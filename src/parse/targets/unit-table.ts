/**
 * The unit registry: every measure word and unit a number can carry, as data (a linguist edits this
 * table, not the reader). Extra entries come from `units` in plan-diff.config.json.
 */

/** One unit as written after a number. */
export interface UnitSpec {
  /** The spelling after the number (`千瓦时`, `吨标准煤`, `张`). */
  spelling: string;
  /** The unit the value is reported in (`千克` for `公斤`); defaults to the spelling. */
  base?: string;
  /** What one of the spelling is worth in the base unit (`万千瓦` → 10000 `千瓦`); default 1. */
  scale?: number;
  /**
   * False for words that make the number a date, duration, ordinal or document number (年, 月, 号,
   * 届, 批): such a number is no quantity. Default true.
   */
  quantity?: boolean;
  /**
   * True for a duration (年, 个月, 日, 小时): no quantity on its own, but read as one after a
   * limit word (`保存期限不得少于2年`). Default false.
   */
  duration?: boolean;
  /**
   * A regular expression (source) the text right after the spelling must NOT match, where the
   * character is a noun, not the measure word (`家` in 家庭, `发` in 发布).
   */
  notBefore?: string;
}

/**
 * The shipped units. Note: 年/月/日/号/届/代/批 are read so that the number is known NOT to be a
 * target (durations, dates, document numbers, generations, batches); durations feed the horizon.
 * Note: 兆瓦 and 吉瓦 stay their own units (a class such as `百兆瓦级` is read as written).
 */
export const UNIT_TABLE: readonly UnitSpec[] = [
  // Shares and changes.
  { spelling: '个百分点' },
  { spelling: '百分点', base: '个百分点' },
  { spelling: '倍' },
  // Area, length, volume, mass.
  { spelling: '平方公里' },
  { spelling: '平方米' },
  { spelling: '立方米' },
  { spelling: '公里' },
  { spelling: '千米', base: '公里' },
  { spelling: '公顷' },
  { spelling: '亩' },
  { spelling: '公斤', base: '千克' },
  { spelling: '千克' },
  { spelling: '微克' },
  { spelling: '毫克' },
  { spelling: '斤' },
  { spelling: '吨标准煤' },
  { spelling: '吨' },
  // Energy and power.
  { spelling: '万千瓦时', base: '千瓦时', scale: 1e4 },
  { spelling: '千瓦时' },
  { spelling: '吉瓦时' },
  { spelling: '万千瓦', base: '千瓦', scale: 1e4 },
  { spelling: '千瓦' },
  { spelling: '兆瓦' },
  { spelling: '吉瓦' },
  // Money.
  { spelling: '元' },
  { spelling: '美元' },
  { spelling: '欧元' },
  // People and visits.
  { spelling: '人次' },
  { spelling: '人' },
  { spelling: '名' },
  { spelling: '位' },
  { spelling: '户' },
  // Measure words of counts.
  ...[
    '个', '项', '件', '本', '所', '座', '条', '台', '套', '种', '篇', '部', '处', '支', '只', '颗', '场', '款',
    '辆', '艘', '架', '次', '张', '栋', '幢', '枚', '株', '棵', '宗',
  ].map((spelling) => ({ spelling })),
  // Note: 家 in 家庭/家属/家电/家具 is a noun (惠及上千万家庭 counts no 家); 5家具备… is 家.
  { spelling: '家', notBefore: '^(?:[庭属族电居长乡园]|具(?![备有]))' },
  { spelling: '发', notBefore: '^[布展行放生出现挥动起送]' },
  { spelling: '头', notBefore: '^[脑部条号等羊]' },
  // Not quantities: durations, dates, ordinals, batches, editions.
  { spelling: '个月', quantity: false, duration: true },
  { spelling: '个工作日', quantity: false, duration: true },
  { spelling: '工作日', quantity: false, duration: true },
  { spelling: '小时', quantity: false, duration: true },
  { spelling: '年', quantity: false, duration: true },
  { spelling: '日', quantity: false, duration: true },
  { spelling: '天', quantity: false, duration: true },
  { spelling: '月', quantity: false },
  { spelling: '号', quantity: false },
  { spelling: '届', quantity: false },
  { spelling: '代', quantity: false },
  { spelling: '批', quantity: false },
  { spelling: '期', quantity: false },
  { spelling: '版', quantity: false },
];

/**
 * What may follow `/` in a composite unit (`元/人`, `人/百亿元`, `微克/立方米`, `吨标准煤/万元`):
 * a magnitude, then a unit of the registry or one of these nouns.
 */
export const PER_NOUNS: readonly string[] = ['人口', '人', '户', '床', '平方公里', '立方米', '千瓦时', '吨', '年', '月', '日', '天', '小时', '次', '亩', '辆'];
