import type { ClauseAlignment, DocUnits, Match } from './model.js';
import { assign } from './assign.js';
import { buildVectors, type VectorSpace } from './vectors.js';
import { groupClauses } from './groupClauses.js';
import { regroupClauses } from './regroupClauses.js';
import { groupArticles } from './groupArticles.js';
import { applyPins } from './pins.js';
import type { Pin } from '../types.js';

/** Similarity a pair of clauses needs to be matched; inside matched nodes a lower bar applies. */
export const MATCH_THRESHOLD = { anywhere: 0.4, sameNode: 0.2, kindChange: 0.6 } as const;

/**
 * Align the clauses of two documents: identical and re-cut clauses first, then an optimal assignment over
 * candidates from an inverted index and from the matched node, then split and merged paragraphs.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param nodeMatches node alignment from alignSections
 * @param pins alignments the user fixed: honoured exactly, the rest aligned around them
 * @returns one-to-one matches (sorted by old clause) and split/merge groups (sorted by their first old
 * clause), no clause in two of them, plus the vector space used and the pinned clauses
 */
export function alignClauses(
  oldUnits: DocUnits,
  newUnits: DocUnits,
  nodeMatches: readonly Match[],
  pins: readonly Pin[] = [],
): ClauseAlignment & { space: VectorSpace; pinned: { old: ReadonlySet<number>; new: ReadonlySet<number> } } {
  const oldClauses = oldUnits.clauses;
  const newClauses = newUnits.clauses;
  const space = buildVectors(
    oldClauses.map((c) => c.counts),
    newClauses.map((c) => c.counts),
  );
  const nodeImage = new Map(nodeMatches.map((m) => [m.old, m.new]));
  // Note: the preamble (node -1) is its own "matched node".
  nodeImage.set(-1, -1);
  // Note: keyed by `number | undefined` so an unmatched node (no image) simply finds no list.
  const byNode = new Map<number | undefined, number[]>();
  for (const c of newClauses) {
    const list = byNode.get(c.node);
    if (list) list.push(c.index);
    else byNode.set(c.node, [c.index]);
  }
  const oldRank = ranks(oldUnits);
  const newRank = ranks(newUnits);
  const sameNode = (i: number, j: number) => nodeImage.get(oldClauses[i].node) === newClauses[j].node;
  // Note: pinned clauses take no further part; then identical clauses in order, and text merely cut
  // differently, are settled before scoring.
  const pinned = applyPins(oldUnits, newUnits, pins, space);
  const regrouped = regroupClauses(
    oldClauses.filter((c) => !pinned.taken.old.has(c.index)),
    newClauses.filter((c) => !pinned.taken.new.has(c.index)),
  );
  // Note: re-cut and pinned clauses take no part in the assignment nor in the split/merge search.
  const excluded = {
    old: new Set([...regrouped.groups.flatMap((g) => g.old), ...pinned.taken.old]),
    new: new Set([...regrouped.groups.flatMap((g) => g.new), ...pinned.taken.new]),
  };
  const matches = assign({
    fixed: regrouped.matches,
    excluded,
    oldKeys: oldClauses.map((c) => c.key),
    newKeys: newClauses.map((c) => c.key),
    space,
    extra: (i) => byNode.get(nodeImage.get(oldClauses[i].node)) ?? [],
    accept: (i, j, similarity) => {
      if (oldClauses[i].kind !== newClauses[j].kind) return similarity >= MATCH_THRESHOLD.kindChange;
      return similarity >= (sameNode(i, j) ? MATCH_THRESHOLD.sameNode : MATCH_THRESHOLD.anywhere);
    },
    // Note: the same position inside a matched node breaks ties between repeated clauses.
    bonus: (i, j) => (sameNode(i, j) ? 0.15 + (oldRank[i] === newRank[j] ? 0.01 : 0) : 0),
  });
  const { matches: oneToOne, groups } = groupClauses(oldUnits, newUnits, matches, space, excluded.old, excluded.new);
  const articles = groupArticles(oldUnits, newUnits, { matches: oneToOne, groups: [...regrouped.groups, ...groups] }, space, pinned.taken);
  // Note: each old clause is in one match or one group at most, so the old index alone orders them.
  return {
    matches: [...articles.matches, ...pinned.matches].toSorted((a, b) => a.old - b.old),
    groups: [...articles.groups, ...pinned.groups].toSorted((a, b) => a.old[0] - b.old[0]),
    space,
    pinned: pinned.taken,
  };
}

/** Position of each clause among the clauses of its node. */
function ranks(units: DocUnits): number[] {
  const seen = new Map<number, number>();
  return units.clauses.map((c) => {
    const r = seen.get(c.node) ?? 0;
    seen.set(c.node, r + 1);
    return r;
  });
}
