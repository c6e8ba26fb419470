import type { CompareReport, Pair } from '../../types.js';

/**
 * The pairs of each split, merged or re-cut group of a report, by group label, in report order.
 * @param report the compare report
 * @returns members per group label
 */
export function groupMembers(report: Pick<CompareReport, 'pairs'>): Map<string, Pair[]> {
  const members = new Map<string, Pair[]>();
  for (const pair of report.pairs) {
    if (pair.group === undefined) continue;
    const list = members.get(pair.group);
    if (list) list.push(pair);
    else members.set(pair.group, [pair]);
  }
  return members;
}

/**
 * Whether a group is layout only: the same text cut into paragraphs differently, in the same place
 * and under the same numbers (every pair unchanged, none moved or renumbered). Such a group is no
 * change, as wrapping is none.
 * @param members the pairs of one group
 * @returns true for a re-cut that changes nothing a reader would see
 */
export function isLayoutGroup(members: readonly Pair[]): boolean {
  return members.every((p) => p.status === 'unchanged' && !p.moved && !p.renumbered);
}
