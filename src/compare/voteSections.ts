import type { ClauseAlignment, DocUnits, Match } from './model.js';

/**
 * Refine the node alignment with the clause alignment: a node goes where most of its paragraphs
 * went (weighted by similarity), so an article whose body was matched clause by clause is not
 * called moved because its title-and-content match picked another node. Nodes without such votes,
 * or whose vote conflicts with a stronger one, keep their content match.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param nodeMatches node matches from alignSections
 * @param alignment clause alignment
 * @returns node matches, one to one, sorted by old index
 */
export function voteSections(oldUnits: DocUnits, newUnits: DocUnits, nodeMatches: readonly Match[], alignment: ClauseAlignment): Match[] {
  const votes = new Map<number, Map<number, number>>();
  const add = (i: number, j: number, w: number) => {
    const a = oldUnits.clauses[i];
    const b = newUnits.clauses[j];
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph' || a.node < 0 || b.node < 0) return;
    const tally = votes.get(a.node) ?? new Map<number, number>();
    tally.set(b.node, (tally.get(b.node) ?? 0) + w);
    votes.set(a.node, tally);
  };
  for (const m of alignment.matches) add(m.old, m.new, m.similarity);
  for (const g of alignment.groups) for (const [i, j] of g.links) add(i, j, g.similarity);
  const paragraphs = new Map<number, number>();
  for (const c of oldUnits.clauses) if (c.kind === 'paragraph') paragraphs.set(c.node, (paragraphs.get(c.node) ?? 0) + 1);
  // Note: a node may claim a new node only with a majority of its own paragraphs; the most paragraphs win.
  const proposals = [...votes]
    .map(([o, tally]) => {
      const [n, w] = [...tally].toSorted((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      return { old: o, new: n, weight: w, share: w / (paragraphs.get(o) ?? 1) };
    })
    .filter((p) => p.share >= 0.5)
    .toSorted((a, b) => b.weight - a.weight || a.old - b.old);
  const oldTaken = new Map<number, number>();
  const newTaken = new Set<number>();
  for (const p of proposals) {
    if (newTaken.has(p.new)) continue;
    oldTaken.set(p.old, p.new);
    newTaken.add(p.new);
  }
  const out: Match[] = [...oldTaken].map(([o, n]) => ({ old: o, new: n, similarity: 1 }));
  for (const m of nodeMatches) if (!oldTaken.has(m.old) && !newTaken.has(m.new)) out.push(m);
  return out.toSorted((a, b) => a.old - b.old);
}
