/**
 * The shape of a split, merged or re-cut group of a compare report, read from its pairs: which old
 * articles (or paragraphs) went to several new ones, and which new ones came from several old ones.
 * Note: a leaf module like types.ts, because both compare (the summary counts) and report (the labels)
 * read it, and neither may import the other.
 */
import type { Pair } from './types.js';

/** One article (or paragraph) of a group and the ones on the other side it is linked to. */
export interface GroupPart {
  /** Node id (article level) or clause id (paragraph level). */
  id: string;
  /** The ids on the other side, in document order. */
  others: string[];
}

/** The shape of a group. */
export interface GroupShape {
  /** Whether the group is between articles (its clauses sit in several nodes on a side) or paragraphs of one article. */
  level: 'article' | 'paragraph';
  /** Old articles or paragraphs split into several. */
  split: GroupPart[];
  /** New articles or paragraphs merged from several. */
  merged: GroupPart[];
  /** How many old and new articles or paragraphs the group has. */
  size: { old: number; new: number };
}

/**
 * Read the shape of a group from its pairs (one pair per linked old and new clause).
 * @param members the pairs of one group
 * @returns its level, the parts split and merged, and its size
 */
export function groupShape(members: readonly Pair[]): GroupShape {
  const links = members.flatMap((p) => (p.old && p.new ? [[p.old.id, p.new.id] as const] : []));
  const nodeOf = (id: string) => id.split('#')[0];
  const nodes = (k: 0 | 1) => new Set(links.map((l) => nodeOf(l[k])));
  const level = nodes(0).size > 1 || nodes(1).size > 1 ? 'article' : 'paragraph';
  const unit = level === 'article' ? nodeOf : (id: string) => id;
  const fanOut = (from: 0 | 1): GroupPart[] => {
    const map = new Map<string, string[]>();
    for (const l of links) {
      const list = map.get(unit(l[from])) ?? [];
      const other = unit(l[1 - from]);
      if (!list.includes(other)) list.push(other);
      map.set(unit(l[from]), list);
    }
    return [...map].filter(([, others]) => others.length > 1).map(([id, others]) => ({ id, others }));
  };
  return { level, split: fanOut(0), merged: fanOut(1), size: { old: new Set(links.map((l) => unit(l[0]))).size, new: new Set(links.map((l) => unit(l[1]))).size } };
}

/**
 * The parts of each group where its pairs stand: runs of pairs that follow one another in report
 * order with no other new clause between them (a removed clause, which has none, may stand between).
 * A group whose clauses follow one another is one part; an article split into articles that lie apart
 * (第十四条 → 第二十条 + 第二十八条) has a part at each place.
 * @param pairs pairs in report order
 * @returns the indices of each part's pairs, keyed by the index of its first pair
 */
export function groupParts(pairs: ReadonlyArray<Pick<Pair, 'group' | 'new'>>): Map<number, number[]> {
  const parts = new Map<number, number[]>();
  let open: number[] | null = null;
  pairs.forEach((pair, i) => {
    if (pair.new === null) return;
    if (pair.group !== undefined && open !== null && pairs[open[0]!]!.group === pair.group) open.push(i);
    else if (pair.group !== undefined) parts.set(i, (open = [i]));
    else open = null;
  });
  return parts;
}
