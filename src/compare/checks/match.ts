import type { Target } from '../../types.js';
import type { Cluster } from './types.js';
import { unitFamily } from './units.js';
import { CLASS_WORDS } from './key-words.js';

/** How targets are matched across documents. */
export interface MatchOptions {
  /** Alias table: canonical metric → other phrases or keys naming the same metric. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** Character-bigram Dice similarity (0..1) from which two metric keys with a common unit class match. */
  similarity?: number;
}

const LAYOUT = /[\s\u3000\p{P}\p{S}]/gu;

/**
 * Group targets that state the same metric: equal metric keys, keys or phrases the alias table maps to
 * one canonical metric, or keys similar enough (character bigrams) whose targets share a unit class.
 * @param targets targets in input order
 * @param fileOrder index of each file in the order given
 * @param options aliases and similarity threshold
 * @returns clusters of two or more targets, in order of their first target
 */
export function matchTargets(targets: readonly Target[], fileOrder: ReadonlyMap<string, number>, options: MatchOptions = {}): Cluster[] {
  const alias = aliasMap(options.aliases ?? {});
  // Note: each target's key is made once (NFKC over every target of a big folder is not free).
  const known = new Map<Target, string>();
  const keyOf = (t: Target): string => {
    let key = known.get(t);
    if (key === undefined) {
      const own = canonKey(t.metricKey);
      key = alias.size === 0 ? own : (alias.get(own) ?? alias.get(canonKey(t.metric)) ?? own);
      known.set(t, key);
    }
    return key;
  };
  const keys = [...new Set(targets.map(keyOf).filter((k) => k !== ''))].toSorted();
  const families = new Map<string, Set<string>>(keys.map((k) => [k, new Set()]));
  for (const t of targets) families.get(keyOf(t))?.add(unitFamily(t.unit));
  const parent = similarKeys(keys, families, options.similarity ?? 0.8);
  const groups = new Map<string, Target[]>();
  for (const t of targets.toSorted(byPosition(fileOrder))) {
    const key = keyOf(t);
    if (key === '') continue;
    const root = parent.get(key) ?? key;
    const group = groups.get(root);
    if (group) group.push(t);
    else groups.set(root, [t]);
  }
  return [...groups.entries()]
    .filter(([, ts]) => ts.length > 1)
    .map(([key, ts]) => ({ key, targets: ts }))
    .toSorted((a, b) => byPosition(fileOrder)(a.targets[0], b.targets[0]) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Canonical form of a metric key or phrase: width unified, spaces, quotes and punctuation removed.
 * @param text metric key or phrase
 * @returns the canonical key
 */
export function canonKey(text: string): string {
  return text.normalize('NFKC').replace(LAYOUT, '');
}

/**
 * Total order of targets: file in the order given, then line, column, and id as the last tie-breaker.
 * @param fileOrder index of each file
 * @returns a comparator for toSorted
 */
export function byPosition(fileOrder: ReadonlyMap<string, number>): (a: Target, b: Target) => number {
  return (a, b) =>
    (fileOrder.get(a.file) ?? Infinity) - (fileOrder.get(b.file) ?? Infinity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function aliasMap(aliases: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const canonical of Object.keys(aliases).toSorted()) {
    const target = canonKey(canonical);
    map.set(target, target);
    for (const other of aliases[canonical]) map.set(canonKey(other), target);
  }
  return map;
}

/** Union keys whose bigram Dice similarity reaches the threshold; returns key → representative key. */
function similarKeys(keys: readonly string[], families: ReadonlyMap<string, ReadonlySet<string>>, threshold: number): Map<string, string> {
  const up = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (up.has(r)) r = up.get(r)!;
    return r;
  };
  if (threshold > 1) return up;
  const grams = keys.map(bigrams);
  // Note: an inverted index over bigrams yields only keys that share one, so the work stays near-linear.
  const index = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const shared = new Map<number, number>();
    for (const g of grams[i]) for (const j of index.get(g) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const dice = (2 * n) / (grams[i].size + grams[j].size);
      const common = [...families.get(keys[i])!].some((f) => families.get(keys[j])!.has(f));
      if (dice >= threshold && common && classOf(keys[i]) === classOf(keys[j])) {
        const [ri, rj] = [find(keys[i]), find(keys[j])];
        if (ri !== rj) up.set(ri < rj ? rj : ri, ri < rj ? ri : rj);
      }
    }
    for (const g of grams[i]) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  }
  return new Map(keys.map((k) => [k, find(k)]));
}

/**
 * The classes a key names, joined: `千亿级产业集群` and `百亿级产业集群` are alike in their characters and
 * are two metrics (issue: a class in the metric), so keys of different classes never match by likeness.
 * @param key a metric key
 * @returns its class words, '' when none
 */
function classOf(key: string): string {
  return (key.match(CLASS_WORDS) ?? []).join('|');
}

function bigrams(key: string): Set<string> {
  const chars = [...key];
  if (chars.length < 2) return new Set(chars);
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
}
