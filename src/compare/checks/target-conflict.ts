import type { Check } from './types.js';
import { disagreementDraft, disagreements } from './conflicts.js';

/**
 * Same issuer, metric, horizon and scope, comparable units, different amounts: documents of one body
 * (two drafts, a plan and its work plan) promise different things. One finding per disagreement,
 * however many files take part: it lists every value that not every document states in the same
 * sentence, with all its places, the majority (or the baseline document's) value first. Only when
 * every metric key involved names a measured thing; otherwise the disagreement is a `target-review`.
 */
export const targetConflict: Check<'target-conflict'> = {
  id: 'target-conflict',
  severity: 'error',
  description: 'Documents of one issuer give the same target (metric, scope, horizon) different values.',
  check(cluster, ctx) {
    return disagreements(cluster, ctx)
      .filter((d) => d.kind === 'conflict')
      .map(({ entries }) => disagreementDraft(entries, [], { code: 'conflict' }, ctx));
  },
};
