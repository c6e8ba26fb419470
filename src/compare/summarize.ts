import type { CompareSummary, Pair, TargetChange } from '../types.js';

/**
 * Count the pairs by status and flag, and the target changes.
 * @param pairs aligned pairs
 * @param targetChanges target changes
 * @returns the summary
 */
export function summarize(pairs: readonly Pair[], targetChanges: readonly TargetChange[]): CompareSummary {
  const summary: CompareSummary = { unchanged: 0, modified: 0, added: 0, removed: 0, moved: 0, renumbered: 0, targetChanges: targetChanges.length };
  for (const p of pairs) {
    summary[p.status] += 1;
    if (p.moved) summary.moved += 1;
    if (p.renumbered) summary.renumbered += 1;
  }
  return summary;
}

/**
 * Whether two documents are the same in content: every pair unchanged, nothing moved, renumbered,
 * split or merged, and no target change. Layout (wrapping, width, whitespace) never counts.
 * @param pairs aligned pairs
 * @param targetChanges target changes
 * @returns true when there is no difference to report
 */
export function isSame(pairs: readonly Pair[], targetChanges: readonly TargetChange[]): boolean {
  return targetChanges.length === 0 && pairs.every((p) => p.status === 'unchanged' && !p.moved && !p.renumbered && p.group === undefined);
}
