/**
 * Measure words and units that follow a number (`家`, `人次`, `个百分点`, `亿元` after the magnitude),
 * with their canonical form and whether the pair is a quantity at all (`年`, `月`, `号` are not).
 */

/** A unit read after a number. */
export interface UnitMatch {
  /** Canonical unit, the measure word kept (`家`, `人次`, `元`, `个百分点`). */
  unit: string;
  /** 0-based end (exclusive) in the text, after the unit. */
  end: number;
  /** False for words that make the number a date, duration, ordinal or document number (年, 月, 号, 届). */
  quantity: boolean;
}

/**
 * Units by spelling; the table is searched longest spelling first.
 * Note: 年/月/日/号/届/代/批 are read so that the number is known NOT to be a target (durations,
 * dates, document numbers, generations, batches); durations feed the horizon instead.
 */
const TABLE: ReadonlyArray<readonly [spelling: string, canonical: string, quantity: boolean]> = [
  ['个百分点', '个百分点', true],
  ['百分点', '个百分点', true],
  ['平方公里', '平方公里', true],
  ['平方米', '平方米', true],
  ['立方米', '立方米', true],
  ['千瓦时', '千瓦时', true],
  ['吉瓦时', '吉瓦时', true],
  ['人次', '人次', true],
  ['美元', '美元', true],
  ['欧元', '欧元', true],
  ['兆瓦', '兆瓦', true],
  ['千瓦', '千瓦', true],
  ['吉瓦', '吉瓦', true],
  ['公里', '公里', true],
  ['公顷', '公顷', true],
  ['个月', '个月', false],
  ['个工作日', '个工作日', false],
  ['工作日', '工作日', false],
  ['公斤', '公斤', true],
  ['千克', '千克', true],
  ['斤', '斤', true],
  ['小时', '小时', false],
  ['元', '元', true],
  ['个', '个', true],
  ['家', '家', true],
  ['项', '项', true],
  ['名', '名', true],
  ['人', '人', true],
  ['位', '位', true],
  ['件', '件', true],
  ['本', '本', true],
  ['所', '所', true],
  ['座', '座', true],
  ['条', '条', true],
  ['台', '台', true],
  ['套', '套', true],
  ['种', '种', true],
  ['篇', '篇', true],
  ['部', '部', true],
  ['处', '处', true],
  ['支', '支', true],
  ['只', '只', true],
  ['颗', '颗', true],
  ['场', '场', true],
  ['户', '户', true],
  ['款', '款', true],
  ['辆', '辆', true],
  ['艘', '艘', true],
  ['架', '架', true],
  ['吨', '吨', true],
  ['亩', '亩', true],
  ['倍', '倍', true],
  ['次', '次', true],
  ['年', '年', false],
  ['月', '月', false],
  ['日', '日', false],
  ['天', '天', false],
  ['号', '号', false],
  ['届', '届', false],
  ['代', '代', false],
  ['批', '批', false],
  ['期', '期', false],
  ['版', '版', false],
];

/** The table, longest spelling first so `个百分点` wins over `个` and `人次` over `人`. */
const UNITS = TABLE.toSorted((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** The spellings by their first character, each list in the order of UNITS (a number is followed by one character of a few). */
const BY_FIRST = new Map<string, Array<(typeof TABLE)[number]>>();
for (const entry of UNITS) {
  const list = BY_FIRST.get(entry[0][0]);
  if (list) list.push(entry);
  else BY_FIRST.set(entry[0][0], [entry]);
}

/**
 * Read the unit right after a number (spaces allowed between, as in PDF text `60 项`).
 * @param text the text
 * @param at 0-based index just after the number
 * @returns the unit, or null when no known unit follows
 */
export function readUnit(text: string, at: number): UnitMatch | null {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  const candidates = BY_FIRST.get(text[i]);
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) {
    const [spelling, unit, quantity] = candidates[k];
    if (!text.startsWith(spelling, i)) continue;
    // Note: 家 in 家庭/家属/家电 is a noun, not the measure word (惠及上千万家庭 counts no 家).
    if (spelling === '家' && /^[庭属族电具居长乡园]/u.test(text.slice(i + 1))) return null;
    return { unit, end: i + spelling.length, quantity };
  }
  return null;
}
