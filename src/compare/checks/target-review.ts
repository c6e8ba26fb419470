import type { Check } from './types.js';
import type { KeyWeakness } from './keys.js';
import { disagreementDraft, disagreements, type DisagreementKind } from './conflicts.js';

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
      .map(({ kind, entries, weakness, weakKey }) => disagreementDraft(entries, [kind], `: similar wording, review (${reason(kind, weakness, weakKey)})`));
  },
};

const WEAKNESS: Readonly<Record<NonNullable<KeyWeakness>, string>> = {
  short: 'is too short to name a metric',
  generic: 'is a generic word',
  'function-word': 'begins or ends with a function word',
  verb: 'ends with a verb',
  'no-noun': 'names no thing',
};

function reason(kind: DisagreementKind, weakness: KeyWeakness, key: string | null): string {
  const where = kind === 'same-document' ? 'within one document' : 'between documents';
  return weakness === null || key === null ? where : `${where}; the metric "${key}" ${WEAKNESS[weakness]}`;
}
