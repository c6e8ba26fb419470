import type { ClauseAlignment, DocUnits } from './model.js';
import { containment, cosine, sumVectors as sum, type VectorSpace } from './vectors.js';
import { CONTAINMENT } from './groupClauses.js';

/** At most this many articles on one side of a split or merge (more is a rewrite, not a split). */
const MAX_SIDE = 4;
/** Candidates read from the index for a clause whose piece may have gone to another article. */
const PROBE = 8;

type Link = [number, number];

/**
 * Find articles (or tasks) split into several or merged from several, by containment: the
 * paragraphs of one old article went, each mostly contained in its partner and in order, to several
 * new articles that took nothing else (a split), or the other way round (a merge), whether or not
 * those articles follow one another. A new paragraph
 * left unpaired whose content lies inside an old paragraph matched elsewhere (and not in that
 * paragraph's partner) is a piece split off it; an old paragraph left unpaired whose content lies
 * inside a matched new paragraph was merged into it. Each split or merge becomes one group, its
 * links the paragraph pairs.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param alignment one-to-one matches and paragraph groups
 * @param space vectors of both sides
 * @param pinned clauses the user pinned, which take no part
 * @returns the alignment with article splits and merges as groups
 */
export function groupArticles(
  oldUnits: DocUnits,
  newUnits: DocUnits,
  alignment: ClauseAlignment,
  space: VectorSpace,
  pinned: { old: ReadonlySet<number>; new: ReadonlySet<number> } = { old: new Set(), new: new Set() },
): ClauseAlignment {
  const oldClauses = oldUnits.clauses;
  const newClauses = newUnits.clauses;
  const article = (side: 'old' | 'new', i: number) => {
    const c = (side === 'old' ? oldClauses : newClauses)[i];
    return c.kind === 'paragraph' && c.node >= 0 ? c.node : -1;
  };
  const inside = (a: Link) => containment(space.old[a[0]], space.new[a[1]]) >= CONTAINMENT || containment(space.new[a[1]], space.old[a[0]]) >= CONTAINMENT;
  const links: Link[] = [...alignment.matches.map((m): Link => [m.old, m.new]), ...alignment.groups.flatMap((g) => g.links)];
  const oldPartner = new Map<number, number[]>();
  const newPartner = new Map<number, number[]>();
  for (const [i, j] of links) {
    oldPartner.set(i, [...(oldPartner.get(i) ?? []), j]);
    newPartner.set(j, [...(newPartner.get(j) ?? []), i]);
  }
  const extra = pieces(oldUnits, newUnits, space, oldPartner, newPartner).filter(([i, j]) => !pinned.old.has(i) && !pinned.new.has(j));
  const strong = [...links, ...extra].filter((l) => article('old', l[0]) >= 0 && article('new', l[1]) >= 0 && inside(l));
  const groups: ClauseAlignment['groups'] = [];
  const taken = { old: new Set<number>(), new: new Set<number>() };
  for (const component of components(strong, (l) => article('old', l[0]), (l) => article('new', l[1]))) {
    const olds = new Set(component.map((l) => article('old', l[0])));
    const news = new Set(component.map((l) => article('new', l[1])));
    if ((olds.size < 2 && news.size < 2) || olds.size > MAX_SIDE || news.size > MAX_SIDE) continue;
    // every link between these articles' clauses belongs to the group, weak ones included
    const all = [...links, ...extra.filter((l) => component.includes(l))].filter((l) => olds.has(article('old', l[0])) && news.has(article('new', l[1])));
    const inOrder = all.toSorted((a, b) => a[0] - b[0] || a[1] - b[1]).every((l, k, list) => k === 0 || l[1] >= list[k - 1][1] || l[0] === list[k - 1][0]);
    if (!inOrder) continue;
    const old = [...new Set(all.map((l) => l[0]))].toSorted((a, b) => a - b);
    const nw = [...new Set(all.map((l) => l[1]))].toSorted((a, b) => a - b);
    // Note: a clause linked to an article outside the group keeps that pair; the group is left out. So is
    // a group one of whose articles has a paragraph paired outside it: its paragraphs went several ways
    // (a section whose paragraphs 一是…二是…三是… became subsections, one of them outside), which is no
    // split of the article.
    if (links.some(([i, j]) => old.includes(i) !== nw.includes(j))) continue;
    if (links.some(([i, j]) => olds.has(article('old', i)) !== news.has(article('new', j)))) continue;
    // Note: the pieces may lie far apart (科普法 2002 第十四条 → 2024 第二十条 + 第二十八条, with other
    // articles between): containment and order decide, not adjacency; the reports show such a group
    // at each place it has (see report/comparison/parts.ts).
    for (const i of old) taken.old.add(i);
    for (const j of nw) taken.new.add(j);
    const similarity = cosine(sum(old.map((i) => space.old[i])), sum(nw.map((j) => space.new[j])));
    groups.push({ old, new: nw, similarity, links: all.toSorted((a, b) => a[1] - b[1] || a[0] - b[0]) });
  }
  return {
    matches: alignment.matches.filter((m) => !taken.old.has(m.old)),
    groups: [...alignment.groups.filter((g) => !g.old.some((i) => taken.old.has(i))), ...groups].toSorted((a, b) => a.old[0] - b.old[0] || a.new[0] - b.new[0]),
  };
}

/**
 * Pieces that went elsewhere: an unpaired new paragraph inside a paired old one (and not inside that
 * one's partner), an unpaired old paragraph inside a paired new one (and not inside its partner).
 */
function pieces(oldUnits: DocUnits, newUnits: DocUnits, space: VectorSpace, oldPartner: Map<number, number[]>, newPartner: Map<number, number[]>): Link[] {
  const out: Link[] = [];
  const claimed = new Set<number>();
  for (const o of oldUnits.clauses) {
    if (o.kind !== 'paragraph') continue;
    const partners = oldPartner.get(o.index);
    for (const j of space.candidates(o.index, PROBE)) {
      const n = newUnits.clauses[j];
      if (n.kind !== 'paragraph') continue;
      if (partners && !newPartner.has(j) && !claimed.has(j)) {
        // a new paragraph nobody took, whose content is in o but not in o's partner
        const within = containment(space.new[j], space.old[o.index]);
        if (within >= CONTAINMENT && partners.every((p) => containment(space.new[j], space.new[p]) < 0.5)) {
          out.push([o.index, j]);
          claimed.add(j);
        }
      } else if (!partners && newPartner.has(j)) {
        // o, taken by nobody, lies inside j but not inside j's partner
        const within = containment(space.old[o.index], space.new[j]);
        if (within >= CONTAINMENT && newPartner.get(j)!.every((p) => containment(space.old[o.index], space.old[p]) < 0.5)) {
          out.push([o.index, j]);
          break;
        }
      }
    }
  }
  return out;
}

/** Connected components of links, joined through the articles on either side. */
function components(links: readonly Link[], oldOf: (l: Link) => number, newOf: (l: Link) => number): Link[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const l of links) {
    const a = find(`o${oldOf(l)}`);
    const b = find(`n${newOf(l)}`);
    if (a !== b) parent.set(a, b);
  }
  const out = new Map<string, Link[]>();
  for (const l of links) {
    const root = find(`o${oldOf(l)}`);
    out.set(root, [...(out.get(root) ?? []), l]);
  }
  return [...out.values()];
}
