import { metricKey } from './metric.js';
import type { SentenceQuantity } from './sentence-types.js';

/**
 * Contracted coordinations that 分别 spreads over (`城乡居民…分别增长4.3%、6.1%` is 城镇 then 农村).
 * Note: data; each entry is a contraction met in work reports.
 */
const CONTRACTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['城乡', ['城镇', '农村']],
  ['存贷款', ['存款', '贷款']],
  ['进出口', ['进口', '出口']],
  ['中小学', ['中学', '小学']],
  ['水电气', ['水', '电', '气']],
];

/** Head words an indicator ends with, shared by the items a 分别 list names (`家电、新能源汽车零售额`). */
const HEADS = ['人均', '补助标准', '零售额', '增加值', '收入', '支出', '比重', '占比', '增速', '产量', '规模', '总额', '余额', '标准', '投资', '项目', '率', '额', '量'];

/**
 * Spread the values of a `分别` statement over the metrics it lists, in order: `居民医保和基本公共卫生
 * 服务经费人均财政补助标准分别再提高30元和5元` gives 居民医保人均财政补助标准 +30元 and 基本公共卫生服务
 * 经费人均财政补助标准 +5元, `城乡居民人均可支配收入分别增长4.3%、6.1%` 城镇… and 农村…. When the metrics
 * cannot be told apart, each value keeps the metric and gets its place as scope (`分别之1`), so two
 * values are never read as one metric stated twice.
 * @param text the sentence (half-width digits)
 * @param quantities the sentence's quantities in text order
 * @returns the quantities, the values of each 分别 group with their own metric
 */
export function distribute(text: string, quantities: readonly SentenceQuantity[]): SentenceQuantity[] {
  const out = [...quantities];
  for (let i = 0; i < out.length; i++) {
    const first = out[i]!;
    const clauseStart = Math.max(text.lastIndexOf('，', first.index), text.lastIndexOf(',', first.index), text.lastIndexOf('；', first.index), 0);
    if (!text.slice(clauseStart, first.index).includes('分别')) continue;
    let j = i + 1;
    while (j < out.length && out[j]!.metric === first.metric && /^[\s、，,和及与或]*$/u.test(text.slice(out[j - 1]!.end, out[j]!.index))) j++;
    const group = out.slice(i, j);
    if (group.length < 2) continue;
    const metrics = itemsOf(first.metric, group.length);
    group.forEach((q, k) => {
      const metric = metrics?.[k] ?? q.metric;
      out[i + k] = {
        ...q,
        metric,
        metricKey: metricKey(metric),
        scope: metrics ? q.scope : `${q.scope ?? ''}分别之${k + 1}`,
        // 分别达38.7万亿元、29.9万亿元: the later values take the first one's comparator words.
        ...(k > 0 && q.comparatorText === null ? { comparator: first.comparator, comparatorText: first.comparatorText } : {}),
      };
    });
    i = j - 1;
  }
  return out;
}

/** The metrics a 分别 subject lists, one per value, or null when they cannot be told apart. */
function itemsOf(subject: string, count: number): string[] | null {
  for (const [short, parts] of CONTRACTIONS) {
    const at = subject.indexOf(short);
    if (at >= 0 && parts.length === count) return parts.map((p) => subject.slice(0, at) + p + subject.slice(at + short.length));
  }
  const items = subject.split(/、|和|及|与/u).filter((s) => s !== '');
  if (items.length !== count) return null;
  const last = items.at(-1)!;
  const head = HEADS.map((h) => last.indexOf(h)).filter((k) => k > 0).toSorted((a, b) => a - b)[0];
  const tail = head === undefined ? '' : last.slice(head);
  // Note: an item with a head word of its own (`规上工业增加值`) is a whole metric; a bare one (`家电`) takes the shared head.
  return items.map((item, k) => (k === items.length - 1 || HEADS.some((h) => item.includes(h)) ? item : item + tail));
}
