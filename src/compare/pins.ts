import type { Pin } from '../types.js';
import { PlanDiffError } from '../errors.js';
import type { ClauseAlignment, DocUnits } from './model.js';
import { cosine, sumVectors as sum, type VectorSpace } from './vectors.js';
import { TITLE_ID } from './titlePair.js';

/** Pinned clauses: matches and groups as given, and every clause a pin names (none of them is aligned again). */
export interface Pinned extends ClauseAlignment {
  /** Old and new clause indices named by a pin (paired or forced removed/added). */
  taken: { old: Set<number>; new: Set<number> };
}

/**
 * Turn pins (`old_id,new_id`, `null` on one side for a clause forced removed or added) into clause
 * matches and groups: pins sharing a clause form one group (a split or merge), the others one-to-one
 * matches. The title's id is left to the title pair.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @param pins the pins
 * @param space vectors of both sides, for the similarity
 * @returns the pinned matches and groups, and the clauses pins name
 * @throws PlanDiffError when a pin names an id that is not a clause of its side
 */
export function applyPins(oldUnits: DocUnits, newUnits: DocUnits, pins: readonly Pin[], space: VectorSpace): Pinned {
  const oldIndex = new Map(oldUnits.clauses.map((c) => [c.id, c.index]));
  const newIndex = new Map(newUnits.clauses.map((c) => [c.id, c.index]));
  const unknown = [
    ...pins.flatMap((p) => (p.old !== null && p.old !== TITLE_ID && !oldIndex.has(p.old) ? [{ side: 'old' as const, id: p.old }] : [])),
    ...pins.flatMap((p) => (p.new !== null && p.new !== TITLE_ID && !newIndex.has(p.new) ? [{ side: 'new' as const, id: p.new }] : [])),
  ];
  if (unknown.length > 0) {
    const list = [...new Map(unknown.map((u) => [`${u.side} ${u.id}`, u] as const)).values()];
    throw new PlanDiffError('USAGE', { key: 'pinsNotFound', params: { ids: list.slice(0, 10), more: Math.max(0, list.length - 10) } });
  }
  const taken = { old: new Set<number>(), new: new Set<number>() };
  const links: Array<[number, number]> = [];
  for (const p of pins) {
    if (p.old === TITLE_ID || p.new === TITLE_ID) continue;
    const i = p.old === null ? undefined : oldIndex.get(p.old);
    const j = p.new === null ? undefined : newIndex.get(p.new);
    if (i !== undefined) taken.old.add(i);
    if (j !== undefined) taken.new.add(j);
    if (i !== undefined && j !== undefined && !links.some((l) => l[0] === i && l[1] === j)) links.push([i, j]);
  }
  const matches: ClauseAlignment['matches'] = [];
  const groups: ClauseAlignment['groups'] = [];
  for (const component of linked(links)) {
    const old = [...new Set(component.map((l) => l[0]))].toSorted((a, b) => a - b);
    const nw = [...new Set(component.map((l) => l[1]))].toSorted((a, b) => a - b);
    const similarity = cosine(sum(old.map((i) => space.old[i])), sum(nw.map((j) => space.new[j])));
    if (component.length === 1) matches.push({ old: old[0], new: nw[0], similarity });
    else groups.push({ old, new: nw, similarity, links: component.toSorted((a, b) => a[1] - b[1] || a[0] - b[0]) });
  }
  return { matches, groups, taken };
}

/** Links that share a clause, together (union-find over old clauses, then new ones). */
function linked(links: ReadonlyArray<[number, number]>): Array<Array<[number, number]>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const [i, j] of links) {
    const a = find(`o${i}`);
    const b = find(`n${j}`);
    if (a !== b) parent.set(a, b);
  }
  const out = new Map<string, Array<[number, number]>>();
  for (const l of links) {
    const root = find(`o${l[0]}`);
    out.set(root, [...(out.get(root) ?? []), l]);
  }
  return [...out.values()];
}
