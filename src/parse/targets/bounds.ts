import { metricKey, PENALTY_METRIC, penaltyNoun } from './metric.js';
import type { SentenceQuantity } from './sentence-types.js';

/**
 * Join a lower and an upper bound written one after the other (`处五万元以上十万元以下`) into one range.
 * @param sentence the sentence as written
 * @param quantities the quantities in text order
 * @returns the quantities with each such pair replaced by one `range`
 */
export function joinBounds(sentence: string, quantities: SentenceQuantity[]): SentenceQuantity[] {
  const out: SentenceQuantity[] = [];
  for (const q of quantities) {
    const low = out.at(-1);
    if (
      low &&
      low.comparator === 'gte' &&
      /以上$/u.test(low.comparatorText ?? '') &&
      (q.comparator === 'lte' || q.comparator === 'lt') &&
      q.unit === low.unit &&
      q.value > low.value &&
      sentence.slice(low.end, q.index).trim() === ''
    ) {
      const text = `${low.text}${sentence.slice(low.end, q.end)}`.trim();
      // 处一千元以上五千元以下罚款: the provision's noun follows the upper bound (a multiple keeps its base).
      const noun = low.unit === '倍' ? null : (penaltyNoun(sentence.slice(q.end)) ?? (PENALTY_METRIC.test(q.metric) ? q.metric : null));
      const metric = noun ?? low.metric;
      out[out.length - 1] = {
        ...low,
        metric,
        metricKey: metricKey(metric),
        high: q.value,
        comparator: 'range',
        comparatorText: `${low.comparatorText}…${q.comparatorText ?? ''}`,
        text,
        end: q.end,
      };
      continue;
    }
    out.push(q);
  }
  return out;
}
