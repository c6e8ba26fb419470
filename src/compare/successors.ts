import type { Segmenter } from '../parse/words/segmenter.js';
import type { ClauseAlignment, DocUnits, Match } from './model.js';
import { findRelated } from './related.js';
import { findFurther } from './further.js';
import { cosine, sumVectors, type VectorSpace } from './vectors.js';
import { MATCH_THRESHOLD } from './alignClauses.js';

/** A clause alignment as alignClauses returns it: with the vectors and the clauses the user pinned. */
type Aligned = ClauseAlignment & { space: VectorSpace; pinned: { old: ReadonlySet<number>; new: ReadonlySet<number> } };

/**
 * Add the successors the alignment could not see in the wording alone: weak but probable successors
 * among the paragraphs left removed and added (`related`, findRelated), then the further successors of
 * paragraphs already paired whose content went to several new ones (a split group, findFurther).
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param alignment the clause alignment, with its vectors and pinned clauses
 * @param sections the section matches
 * @param segmenter the word segmenter
 * @returns the alignment with `related` pairs and the further split groups
 */
export function alignSuccessors(oldUnits: DocUnits, newUnits: DocUnits, alignment: Aligned, sections: readonly Match[], segmenter: Segmenter): ClauseAlignment {
  const related = relatedPairs(oldUnits, newUnits, alignment, sections, segmenter);
  return furtherGroups(oldUnits, newUnits, { ...alignment, related }, sections, segmenter);
}

// Note: weak successors are looked for only among paragraphs nothing else took (pinned ones excluded),
// after the alignment, so they never take a clause from a better pair.
function relatedPairs(
  oldUnits: DocUnits,
  newUnits: DocUnits,
  alignment: Aligned,
  sections: readonly Match[],
  segmenter: Segmenter,
): Match[] {
  const partners = new Map<number, number>();
  for (const m of alignment.matches) partners.set(m.old, m.new);
  for (const g of alignment.groups) for (const [i, j] of g.links) partners.set(i, Math.min(partners.get(i) ?? j, j));
  const takenNew = new Set([...partners.values(), ...alignment.groups.flatMap((g) => g.new)]);
  const removed = oldUnits.clauses.filter((c) => c.kind === 'paragraph' && !partners.has(c.index) && !alignment.pinned.old.has(c.index));
  const added = newUnits.clauses.filter((c) => c.kind === 'paragraph' && !takenNew.has(c.index) && !alignment.pinned.new.has(c.index));
  if (removed.length === 0 || added.length === 0) return [];
  segmenter.prepare?.([...removed, ...added].map((c) => c.key));
  return findRelated(removed, added, { oldUnits, newUnits, space: alignment.space, partners, sections }, segmenter).map((r) => ({ old: r.old, new: r.new, similarity: r.similarity }));
}

// Note: an old clause whose content went to several new ones keeps its partner and takes the new
// clauses left over that hold the rest of it (findFurther); together they are one split group, `related`
// unless the old clause and its new ones joined are as alike as a match must be.
function furtherGroups(
  oldUnits: DocUnits,
  newUnits: DocUnits,
  alignment: Aligned & { related: Match[] },
  sections: readonly Match[],
  segmenter: Segmenter,
): ClauseAlignment {
  const { space, pinned } = alignment;
  const singles = [...alignment.matches, ...alignment.related].filter(
    (m) => oldUnits.clauses[m.old].kind === 'paragraph' && newUnits.clauses[m.new].kind === 'paragraph' && oldUnits.clauses[m.old].key !== newUnits.clauses[m.new].key && !pinned.old.has(m.old) && !pinned.new.has(m.new),
  );
  const taken = new Set([...alignment.matches, ...alignment.related].map((m) => m.new).concat(alignment.groups.flatMap((g) => g.new)));
  const added = newUnits.clauses.filter((c) => c.kind === 'paragraph' && !taken.has(c.index) && !pinned.new.has(c.index));
  if (singles.length === 0 || added.length === 0) return alignment;
  const paired = singles.map((m) => ({ old: oldUnits.clauses[m.old], partner: newUnits.clauses[m.new] }));
  segmenter.prepare?.([...oldUnits.clauses, ...newUnits.clauses].filter((c) => c.kind === 'paragraph').map((c) => c.key));
  const further = findFurther(paired, added, { oldUnits, newUnits, space, sections }, segmenter);
  if (further.length === 0) return alignment;
  const partner = new Map(singles.map((m) => [m.old, m.new]));
  const split = new Map<number, number[]>();
  for (const f of further) split.set(f.old, [...(split.get(f.old) ?? [partner.get(f.old)!]), f.new]);
  const groups = [...split].map(([old, news]) => {
    const nw = news.toSorted((a, b) => a - b);
    const similarity = cosine(space.old[old], sumVectors(nw.map((j) => space.new[j])));
    return { old: [old], new: nw, similarity, links: nw.map((j): [number, number] => [old, j]), related: similarity < MATCH_THRESHOLD.anywhere };
  });
  return {
    matches: alignment.matches.filter((m) => !split.has(m.old)),
    groups: [...alignment.groups, ...groups].toSorted((a, b) => a.old[0] - b.old[0] || a.new[0] - b.new[0]),
    related: alignment.related.filter((m) => !split.has(m.old)),
  };
}
