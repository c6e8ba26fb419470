import type { CompareSummary, Pair, TargetChange } from '../types.js';
import { groupShape } from '../groupShape.js';

/**
 * Count the changes by status and flag, and the target changes. A split, merged or re-cut group counts
 * once, as the one change a reader sees (moved or renumbered when any of its pairs is); `split` and
 * `merged` count the articles (or paragraphs) split into several and merged from several, leaving out
 * the same text merely cut differently.
 * @param pairs aligned pairs
 * @param targetChanges target changes
 * @returns the summary
 */
export function summarize(pairs: readonly Pair[], targetChanges: readonly TargetChange[]): CompareSummary {
  const summary: CompareSummary = { unchanged: 0, modified: 0, related: 0, added: 0, removed: 0, moved: 0, renumbered: 0, split: 0, merged: 0, targetChanges: targetChanges.length };
  const groups = new Map<string, Pair[]>();
  for (const p of pairs) {
    if (p.group === undefined) count(summary, p);
    else groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  }
  for (const members of groups.values()) {
    // Note: every pair of a group has the group's status; the flags are those of any of its pairs.
    const g = { status: members[0].status, moved: members.some((p) => p.moved), renumbered: members.some((p) => p.renumbered) };
    count(summary, g);
    if (g.status === 'unchanged' && !g.moved && !g.renumbered) continue;
    const shape = groupShape(members);
    summary.split += shape.split.length;
    summary.merged += shape.merged.length;
  }
  return summary;
}

function count(summary: CompareSummary, p: { status: Pair['status']; moved: boolean; renumbered: boolean }): void {
  summary[p.status] += 1;
  if (p.moved) summary.moved += 1;
  if (p.renumbered) summary.renumbered += 1;
}

/**
 * Whether two documents are the same in content: every pair unchanged, nothing moved or renumbered,
 * and no target change. Layout (wrapping, width, whitespace) never counts, and neither does the same
 * text cut into paragraphs differently (an unchanged re-cut group).
 * @param pairs aligned pairs
 * @param targetChanges target changes
 * @returns true when there is no difference to report
 */
export function isSame(pairs: readonly Pair[], targetChanges: readonly TargetChange[]): boolean {
  return targetChanges.length === 0 && pairs.every((p) => p.status === 'unchanged' && !p.moved && !p.renumbered);
}
