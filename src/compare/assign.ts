import { munkres } from 'munkres';
import type { Match } from './model.js';
import type { VectorSpace } from './vectors.js';
import { denseCosine } from './denseCosine.js';

/** What the assignment needs to know about the two sides. */
export interface AssignInput {
  /** Canonical keys of the old items (equal keys = identical content). */
  oldKeys: readonly string[];
  /** Canonical keys of the new items. */
  newKeys: readonly string[];
  /** TF-IDF vectors and candidate search. */
  space: VectorSpace;
  /** Matches already made; their items take no further part. */
  fixed?: readonly Match[];
  /** Items that take no part at all (already grouped). */
  excluded?: { old: ReadonlySet<number>; new: ReadonlySet<number> };
  /** Further candidates for an old item (e.g. the items of its aligned node). */
  extra?: (oldIndex: number) => readonly number[];
  /** Structural bonus added to the similarity when choosing (not reported). */
  bonus?: (oldIndex: number, newIndex: number) => number;
  /** Whether a pair is similar enough to be matched at all. */
  accept: (oldIndex: number, newIndex: number, similarity: number) => boolean;
  /** Candidates read from the index per old item. */
  k?: number;
}

const MAX_EXACT = 150;

/**
 * Match items one to one: unique identical keys first (anchors), then an optimal assignment
 * (Hungarian method) over candidate pairs, solved per connected component of the candidate graph.
 * @param input keys, vectors and rules of both sides
 * @returns the matches, fixed ones included, sorted by old index
 */
export function assign(input: AssignInput): Match[] {
  const { oldKeys, newKeys, space } = input;
  const matches: Match[] = [...(input.fixed ?? [])];
  const usedOld = new Set([...matches.map((m) => m.old), ...(input.excluded?.old ?? [])]);
  const usedNew = new Set([...matches.map((m) => m.new), ...(input.excluded?.new ?? [])]);
  for (const m of anchors(oldKeys, newKeys, usedOld, usedNew)) {
    matches.push(m);
    usedOld.add(m.old);
    usedNew.add(m.new);
  }
  const edges: Array<{ old: number; new: number; similarity: number; score: number }> = [];
  // Note: the new items already tried for the current old item are marked with its stamp (i + 1),
  // so no set is built per old item; used new items are marked once as a dense array.
  const seen = new Int32Array(newKeys.length);
  const taken = new Uint8Array(newKeys.length);
  for (const j of usedNew) if (j >= 0 && j < newKeys.length) taken[j] = 1;
  const cosine = denseCosine(space.new);
  const consider = (i: number, j: number) => {
    if (taken[j] === 1 || seen[j] === i + 1) return;
    seen[j] = i + 1;
    const similarity = oldKeys[i] !== '' && oldKeys[i] === newKeys[j] ? 1 : cosine(space.old[i], space.new[j]);
    if (!input.accept(i, j, similarity)) return;
    edges.push({ old: i, new: j, similarity, score: similarity + (input.bonus?.(i, j) ?? 0) });
  };
  for (let i = 0; i < oldKeys.length; i++) {
    if (usedOld.has(i)) continue;
    for (const j of space.candidates(i, input.k ?? 8)) consider(i, j);
    const extra = input.extra?.(i);
    if (extra) for (let e = 0; e < extra.length; e++) consider(i, extra[e]);
  }
  for (const component of components(edges, oldKeys.length, newKeys.length)) matches.push(...solve(component));
  return matches.toSorted((a, b) => a.old - b.old || a.new - b.new);
}

function anchors(oldKeys: readonly string[], newKeys: readonly string[], usedOld: Set<number>, usedNew: Set<number>): Match[] {
  const index = (keys: readonly string[], used: Set<number>) => {
    const map = new Map<string, number[]>();
    keys.forEach((k, i) => {
      if (used.has(i) || k === '') return;
      const list = map.get(k);
      if (list) list.push(i);
      else map.set(k, [i]);
    });
    return map;
  };
  const olds = index(oldKeys, usedOld);
  const news = index(newKeys, usedNew);
  const out: Match[] = [];
  for (const [key, list] of olds) {
    const other = news.get(key);
    if (list.length === 1 && other?.length === 1) out.push({ old: list[0], new: other[0], similarity: 1 });
  }
  return out;
}

type Edge = { old: number; new: number; similarity: number; score: number };

/** Connected components of the candidate graph (union-find over old items, then new items). */
function components(edges: Edge[], oldCount: number, newCount: number): Edge[][] {
  const parent = Int32Array.from({ length: oldCount + newCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const e of edges) {
    const a = find(e.old);
    const b = find(oldCount + e.new);
    if (a !== b) parent[a] = b;
  }
  const groups = new Map<number, Edge[]>();
  for (const e of edges) {
    const root = find(e.old);
    const list = groups.get(root);
    if (list) list.push(e);
    else groups.set(root, [e]);
  }
  return [...groups.values()];
}

function solve(edges: Edge[]): Match[] {
  const rows = [...new Set(edges.map((e) => e.old))].toSorted((a, b) => a - b);
  const cols = [...new Set(edges.map((e) => e.new))].toSorted((a, b) => a - b);
  if (rows.length === 1 || cols.length === 1 || rows.length > MAX_EXACT || cols.length > MAX_EXACT) return greedy(edges);
  const r = new Map(rows.map((x, i) => [x, i]));
  const c = new Map(cols.map((x, i) => [x, i]));
  // Note: a missing edge costs more than any real one, so the solver uses it only when forced; such
  // pairs are dropped afterwards.
  const NONE = 10;
  const cost = rows.map(() => cols.map(() => NONE));
  const byCell = new Map<string, Edge>();
  for (const e of edges) {
    cost[r.get(e.old)!][c.get(e.new)!] = 2 - e.score;
    byCell.set(`${e.old}:${e.new}`, e);
  }
  const out: Match[] = [];
  for (const [y, x] of munkres(cost)) {
    const e = byCell.get(`${rows[y]}:${cols[x]}`);
    if (e) out.push({ old: e.old, new: e.new, similarity: e.similarity });
  }
  return out;
}

// Note: greedy by descending score is a 1/2-approximation of the optimum; used for star-shaped or
// very large components, where it is also what the optimum almost always is.
function greedy(edges: Edge[]): Match[] {
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: Match[] = [];
  for (const e of edges.toSorted((a, b) => b.score - a.score || a.old - b.old || a.new - b.new)) {
    if (usedOld.has(e.old) || usedNew.has(e.new)) continue;
    usedOld.add(e.old);
    usedNew.add(e.new);
    out.push({ old: e.old, new: e.new, similarity: e.similarity });
  }
  return out;
}
