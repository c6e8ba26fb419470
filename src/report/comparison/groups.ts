import type { CompareReport, Pair } from '../../types.js';
import { groupShape, type GroupShape } from '../../groupShape.js';

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

/**
 * What a split or merged group did, one sentence per article (or paragraph) split or merged:
 * `本条拆分为第二十条、第二十八条` / `split into 第二十条, 第二十八条`, `第十四条、第二十二条合并为本条` /
 * `merged from 第十四条, 第二十二条`; the article is named instead of 本条/this one when the group has
 * several on that side.
 * @param members the pairs of one group
 * @param lang language of the sentences
 * @returns the sentences, none for a group that only re-cut paragraphs
 */
export function groupNotes(members: readonly Pair[], lang: 'zh' | 'en'): string[] {
  const shape = groupShape(members);
  const name = (id: string) => unitName(id, shape.level, lang);
  const list = (ids: readonly string[]) => ids.map(name).join(lang === 'zh' ? '、' : ', ');
  const splits = shape.split.map((part) => {
    const self = shape.size.old === 1;
    if (lang === 'zh') return `${self ? (shape.level === 'article' ? '本条' : '本段') : name(part.id)}拆分为${list(part.others)}`;
    return `${self ? '' : `${name(part.id)} `}split into ${list(part.others)}`;
  });
  const merges = shape.merged.map((part) => {
    const self = shape.size.new === 1;
    if (lang === 'zh') return `${list(part.others)}合并为${self ? (shape.level === 'article' ? '本条' : '本段') : name(part.id)}`;
    return `${self ? '' : `${name(part.id)} `}merged from ${list(part.others)}`;
  });
  return [...splits, ...merges];
}

// Note: an article is named by the last step of its id (`第三章/第二十条` → 第二十条; a task `二/3` →
// 第3项 / item 3); a paragraph of one article by its number (`#p2` → 第2段 / ¶2).
function unitName(id: string, level: GroupShape['level'], lang: 'zh' | 'en'): string {
  if (level === 'paragraph') {
    const n = /#p(\d+)$/.exec(id)?.[1] ?? id;
    return lang === 'zh' ? `第${n}段` : `¶${n}`;
  }
  const last = id.split('/').at(-1) ?? id;
  if (/^\d+$/.test(last)) return lang === 'zh' ? `第${last}项` : `item ${last}`;
  return last === '' ? (lang === 'zh' ? '前言' : 'preamble') : last;
}
