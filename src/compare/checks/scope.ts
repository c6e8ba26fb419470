const LAYOUT = /[\s\u3000\p{P}\p{S}]/gu;
const LEAD = /^(?:与|在|围绕|面向|针对|对|向|于|同|和|为|以|按|从|全)+/;
const PLACE_TAIL = /(?:沿线地区|沿线国家|沿线|共建国家|国家和地区|国家|地区)$/;

/**
 * Canonical form of a target's scope for comparison: width unified, quotes and punctuation dropped, a
 * leading preposition (与/在/围绕/面向…) removed. A scope already named by the metric itself counts as none.
 * Note: `围绕"一带一路"` (or `与"一带一路"沿线地区`) on `一带一路联合实验室` adds nothing the metric does not
 * say, so it is no scope; on `国际科技合作基地` it narrows the metric, so it is one.
 * @param scope scope words as extracted, or null
 * @param metricKey the target's normalized metric key
 * @returns the canonical scope, `''` when there is none
 */
export function normalizeScope(scope: string | null, metricKey: string): string {
  if (scope === null) return '';
  const core = scope.normalize('NFKC').replace(LAYOUT, '').replace(LEAD, '');
  if (core === '') return '';
  const key = metricKey.normalize('NFKC').replace(LAYOUT, '');
  const stem = core.replace(PLACE_TAIL, '');
  return key.includes(core) || (stem !== '' && key.includes(stem)) ? '' : core;
}
