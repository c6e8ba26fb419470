import type { Check } from './types.js';
import { disagreementDraft, disagreements } from './conflicts.js';

/**
 * Similar wording with different values that is not trustworthy enough to be a conflict: documents
 * disagree but a metric key is a verb, a function word or a generic word (`推动`, `为`, `项目`: the
 * reader may have taken the wrong words for the metric), or two sections of one document differ (often
 * a part of a whole, or a result beside a goal). For a person to look at; never an error by default.
 */
export const targetReview: Check<'target-review'> = {
  id: 'target-review',
  severity: 'info',
  description: 'Similar wording with different values where the metric is too vague, or within one document; review.',
  check(cluster, ctx) {
    return disagreements(cluster, ctx)
      .filter((d) => d.kind !== 'conflict')
      .map(({ kind, entries, weakness, weakKey }) =>
        disagreementDraft(entries, [kind], { code: 'review', where: kind === 'same-document' ? 'same-document' : 'between-documents', key: weakKey, weakness }, ctx),
      );
  },
};
