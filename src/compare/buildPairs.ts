import type { ClauseRef, Pair, Target } from '../types.js';
import type { ClauseAlignment, ClauseUnit, DocUnits, Match } from './model.js';
import type { TargetPairing } from './matchTargets.js';

/** A pair before its word diff, with the clause units behind it. */
export interface DraftPair {
  /** The pair, `diff` still empty. */
  pair: Pair;
  /** Old clauses (several for a merge). */
  old: ClauseUnit[];
  /** New clauses (several for a split). */
  new: ClauseUnit[];
}

/**
 * Turn node and clause alignments into report pairs in new-document order (removed clauses at
 * their old place), with status, similarity, moved and renumbered.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param nodeMatches node alignment
 * @param alignment clause alignment
 * @returns draft pairs in report order
 */
export function buildPairs(
  oldUnits: DocUnits,
  newUnits: DocUnits,
  nodeMatches: readonly Match[],
  alignment: ClauseAlignment,
): DraftPair[] {
  const image = new Map(nodeMatches.map((m): [number, number] => [m.old, m.new]));
  const preimage = new Map(nodeMatches.map((m): [number, number] => [m.new, m.old]));
  // Note: a clause moved when its old place and its new place are matched to somewhere else; when
  // neither side's section has a counterpart (a chapter heading added or dropped), nothing moved.
  const placeMoved = (o: number, n: number): boolean => {
    if (o === -1 && n === -1) return false;
    const there = o === -1 ? undefined : image.get(o);
    const here = n === -1 ? undefined : preimage.get(n);
    if (there === undefined && here === undefined) return false;
    return there !== n || here !== o;
  };
  const parentOf = (units: DocUnits, node: number) => (node === -1 ? -1 : units.nodes[node].parent);
  const flags = (a: ClauseUnit, b: ClauseUnit): { moved: boolean; renumbered: boolean } => {
    if (placeMoved(a.node, b.node)) return { moved: true, renumbered: false };
    const renumbered = a.node !== -1 && b.node !== -1 && marker(oldUnits, a.node) !== marker(newUnits, b.node);
    return { moved: placeMoved(parentOf(oldUnits, a.node), parentOf(newUnits, b.node)), renumbered };
  };
  const drafts: Array<DraftPair & { sort: [number, number, number] }> = [];
  const oldPartner = new Map<number, number>();
  const newSeen = new Set<number>();
  for (const m of alignment.matches) {
    const a = oldUnits.clauses[m.old];
    const b = newUnits.clauses[m.new];
    const unchanged = a.key === b.key;
    oldPartner.set(m.old, m.new);
    newSeen.add(m.new);
    drafts.push(draft(a, b, unchanged ? 'unchanged' : 'modified', unchanged ? 1 : m.similarity, flags(a, b), [a], [b], [m.new, 0, m.old]));
  }
  for (const g of alignment.groups) {
    const olds = g.old.map((i) => oldUnits.clauses[i]);
    const news = g.new.map((j) => newUnits.clauses[j]);
    const unchanged = olds.map((c) => c.key).join('') === news.map((c) => c.key).join('');
    const group = `${olds.map((c) => c.id).join('+')}>${news.map((c) => c.id).join('+')}`;
    for (const [i, j] of g.links) {
      const a = oldUnits.clauses[i];
      const b = newUnits.clauses[j];
      oldPartner.set(a.index, Math.min(oldPartner.get(a.index) ?? b.index, b.index));
      newSeen.add(b.index);
      const d = draft(a, b, unchanged ? 'unchanged' : g.related ? 'related' : 'modified', unchanged ? 1 : g.similarity, flags(a, b), olds, news, [b.index, 0, a.index]);
      drafts.push({ ...d, pair: { ...d.pair, group } });
    }
  }
  for (const m of alignment.related ?? []) {
    const a = oldUnits.clauses[m.old];
    const b = newUnits.clauses[m.new];
    oldPartner.set(m.old, m.new);
    newSeen.add(m.new);
    drafts.push(draft(a, b, 'related', m.similarity, flags(a, b), [a], [b], [m.new, 0, m.old]));
  }
  let anchor = -1;
  for (const a of oldUnits.clauses) {
    const partner = oldPartner.get(a.index);
    if (partner !== undefined) {
      anchor = partner;
      continue;
    }
    drafts.push(draft(a, null, 'removed', 0, { moved: false, renumbered: false }, [a], [], [anchor, 1, a.index]));
  }
  for (const b of newUnits.clauses) {
    if (!newSeen.has(b.index)) drafts.push(draft(null, b, 'added', 0, { moved: false, renumbered: false }, [], [b], [b.index, 0, -1]));
  }
  const ordered = drafts.toSorted((x, y) => x.sort[0] - y.sort[0] || x.sort[1] - y.sort[1] || x.sort[2] - y.sort[2]);
  return ordered.map(({ sort: _sort, ...d }) => d);
}

/**
 * The targets to compare per pair (a split or merged group once), from the clause units' targets.
 * @param pairs draft pairs in report order
 * @param wanted which targets are compared (by kind), default all
 * @returns one pairing per pair or group, with its place in the report
 */
export function targetPairings(pairs: readonly DraftPair[], wanted: (t: Target) => boolean = () => true): TargetPairing[] {
  const targets: TargetPairing[] = [];
  const seenGroups = new Set<string>();
  pairs.forEach((d, order) => {
    const id = d.pair.group ?? `${d.old[0]?.index}:${d.new[0]?.index}`;
    if (seenGroups.has(id)) return;
    seenGroups.add(id);
    targets.push({ old: d.old.flatMap((c) => c.targets).filter(wanted), new: d.new.flatMap((c) => c.targets).filter(wanted), order, unchanged: d.pair.status === 'unchanged' });
  });
  return targets;
}

function draft(
  a: ClauseUnit | null,
  b: ClauseUnit | null,
  status: Pair['status'],
  similarity: number,
  flags: { moved: boolean; renumbered: boolean },
  olds: ClauseUnit[],
  news: ClauseUnit[],
  sort: [number, number, number],
): DraftPair & { sort: [number, number, number] } {
  const pair: Pair = { status, moved: flags.moved, renumbered: flags.renumbered, similarity: Math.round(similarity * 1000) / 1000, old: a && ref(a), new: b && ref(b), diff: [] };
  return { pair, old: olds, new: news, sort };
}

function ref(c: ClauseUnit): ClauseRef {
  return c.page === undefined ? { id: c.id, outline: c.outline, line: c.line, endLine: c.endLine, text: c.text } : { id: c.id, outline: c.outline, line: c.line, endLine: c.endLine, page: c.page, text: c.text };
}

function marker(units: DocUnits, node: number): string {
  const n = units.nodes[node].node;
  return `${n.style}:${n.ordinal ?? n.marker.normalize('NFKC').replace(/[\s.、,]/g, '')}`;
}
