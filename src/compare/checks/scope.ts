const LAYOUT = /[\s\u3000\p{P}\p{S}]/gu;
const LEAD = /^(?:与|在|围绕|面向|针对|对|向|于|同|和|为|以|按|从|全)+/;

/**
 * Canonical form of a target's scope for comparison: width unified, quotes and punctuation dropped, a
 * leading preposition (与/在/围绕/面向…) removed. A scope already named by the metric itself counts as none.
 * Note: `围绕"一带一路"` on `一带一路联合实验室` adds nothing the metric does not say, so it is no scope;
 * on `国际科技合作基地` it narrows the metric, so it is one.
 * @param scope scope words as extracted, or null
 * @param metricKey the target's normalized metric key
 * @returns the canonical scope, `''` when there is none
 */
export function normalizeScope(scope: string | null, metricKey: string): string {
  if (scope === null) return '';
  const core = scope.normalize('NFKC').replace(LAYOUT, '').replace(LEAD, '');
  if (core === '') return '';
  const key = metricKey.normalize('NFKC').replace(LAYOUT, '');
  return key.includes(core) ? '' : core;
}
