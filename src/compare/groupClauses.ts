import type { ClauseAlignment, DocUnits, Match } from './model.js';
import { containment, cosine, sumVectors as sum, type VectorSpace } from './vectors.js';

/** Share of a clause's weight that must reappear in its neighbour's partner to count as merged or split. */
export const CONTAINMENT = 0.6;

/**
 * Find paragraphs split in two (or more) and paragraphs merged into one: an unmatched clause whose
 * content sits inside the partner of its neighbour joins that pair as a group.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param matches one-to-one clause matches
 * @param space vectors of both sides
 * @param groupedOld old clauses already in a group
 * @param groupedNew new clauses already in a group
 * @returns the one-to-one matches left and the groups, sorted by their first old clause
 */
export function groupClauses(
  oldUnits: DocUnits,
  newUnits: DocUnits,
  matches: readonly Match[],
  space: VectorSpace,
  groupedOld: ReadonlySet<number> = new Set(),
  groupedNew: ReadonlySet<number> = new Set(),
): ClauseAlignment {
  // Note: a pair whose text is unchanged took nothing in or out: a neighbour that repeats it (a
  // heading repeating the lead sentence under it) was added or removed beside it, not split or merged.
  // (Two clauses of no content share the key '', but nothing lies inside an empty clause anyway.)
  const unchanged = (o: number, n: number) => oldUnits.clauses[o].key === newUnits.clauses[n].key;
  const oldToNew = new Map(matches.map((m) => [m.old, m.new]));
  const newToOld = new Map(matches.map((m) => [m.new, m.old]));
  // group members keyed by the single clause on the other side
  const merges = new Map<number, Set<number>>(); // new index -> old indices
  const splits = new Map<number, Set<number>>(); // old index -> new indices
  for (const r of oldUnits.clauses) {
    if (oldToNew.has(r.index) || groupedOld.has(r.index)) continue;
    for (const m of [r.index - 1, r.index + 1]) {
      const n = oldToNew.get(m);
      if (n === undefined || splits.has(m) || unchanged(m, n)) continue;
      // Note: unless r lies wholly inside the partner, the partner must also hold more than its old
      // match did, or r was simply deleted.
      const inside = containment(space.old[r.index], space.new[n]);
      if (inside < CONTAINMENT || (inside < 0.9 && containment(space.new[n], space.old[m]) > 0.85)) continue;
      merges.set(n, new Set([...(merges.get(n) ?? []), m, r.index]));
      oldToNew.set(r.index, n);
      break;
    }
  }
  for (const a of newUnits.clauses) {
    if (newToOld.has(a.index) || groupedNew.has(a.index)) continue;
    for (const m of [a.index - 1, a.index + 1]) {
      const o = newToOld.get(m);
      if (o === undefined || merges.has(m) || unchanged(o, m)) continue;
      const inside = containment(space.new[a.index], space.old[o]);
      if (inside < CONTAINMENT || (inside < 0.9 && containment(space.old[o], space.new[m]) > 0.85)) continue;
      splits.set(o, new Set([...(splits.get(o) ?? []), m, a.index]));
      newToOld.set(a.index, o);
      break;
    }
  }
  const groups: ClauseAlignment['groups'] = [];
  for (const [n, olds] of merges) {
    const old = [...olds].toSorted((a, b) => a - b);
    groups.push({ old, new: [n], similarity: cosine(sum(old.map((i) => space.old[i])), space.new[n]), links: old.map((i): [number, number] => [i, n]) });
  }
  for (const [o, news] of splits) {
    const nw = [...news].toSorted((a, b) => a - b);
    groups.push({ old: [o], new: nw, similarity: cosine(space.old[o], sum(nw.map((j) => space.new[j]))), links: nw.map((j): [number, number] => [o, j]) });
  }
  const grouped = new Set([...merges.keys()].map((n) => `n${n}`).concat([...splits.keys()].map((o) => `o${o}`)));
  return {
    matches: matches.filter((m) => !grouped.has(`n${m.new}`) && !grouped.has(`o${m.old}`)),
    // Note: merges are found before splits; no two groups share an old clause, so the first one orders them.
    groups: groups.toSorted((a, b) => a.old[0] - b.old[0]),
  };
}
