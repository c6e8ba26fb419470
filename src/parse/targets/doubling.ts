import { readMetric, metricKey } from './metric.js';
import type { HorizonMatch } from './horizon.js';
import { classifyKind, statesGoal } from './kind.js';
import type { SentenceContext, SentenceQuantity } from './sentence-types.js';

/**
 * Read `翻一番`/`翻两番` as a ratio of 2 or 4 times the base, with the metric before it.
 * @param sentence the sentence as written
 * @param text the sentence with half-width digits
 * @param match the 翻N番 match in `text`
 * @param clauses clause spans of the sentence
 * @param horizons time expressions of the sentence
 * @param context section titles and legal flag
 * @param floor 0-based end of the last quantity before it in the sentence: its phrase starts after it
 * @returns the quantity
 */
export function readDoubling(
  sentence: string,
  text: string,
  match: RegExpExecArray | RegExpMatchArray,
  clauses: Array<[number, number]>,
  horizons: HorizonMatch[],
  context: SentenceContext,
  floor = 0,
): SentenceQuantity {
  const start = match.index ?? 0;
  const times = 2 ** ({ 一: 1, 两: 2, 二: 2, 三: 3 }[match[1] ?? '一'] ?? 1);
  const [clauseStart] = clauses.find(([s, e]) => start >= s && start < e) ?? [0, text.length];
  const cs = Math.max(clauseStart, floor);
  const pre = text.slice(cs, start).replace(/(?:比|较)[^，,]*$/u, '');
  const m = readMetric(pre, pre.length, pre.length, false, null);
  const goal = statesGoal(text.slice(0, start), horizons.filter((h) => h.end <= start), context.currentYear ?? context.periodStart ?? null);
  const kind = classifyKind({
    titles: context.titles,
    clauseBefore: pre,
    previousClause: '',
    after: '',
    rest: '',
    before: '',
    unit: '倍',
    pastYear: false,
    legal: context.legal ?? false,
    pastParagraph: context.pastParagraph ?? false,
    goal,
  });
  return {
    index: start,
    metric: m.metric,
    metricKey: metricKey(m.metric),
    action: '翻番',
    scope: m.scope,
    value: times,
    high: null,
    unit: '倍',
    comparator: 'eq',
    comparatorText: null,
    kind,
    change: 'ratio',
    text: sentence.slice(cs + m.start, start + match[0].length).trim(),
    horizon: horizons.filter((h) => h.role === 'deadline' && h.end <= start).at(-1) ?? null,
    referenceYear: null,
    end: start + match[0].length,
  };
}
