import type { Target, TargetChange, TargetRef } from '../types.js';

/** The targets on both sides of one aligned pair or group, with its place in the report. */
export interface TargetPairing {
  /** Targets of the old clause(s). */
  old: readonly Target[];
  /** Targets of the new clause(s). */
  new: readonly Target[];
  /** Position of the pair in the report (new-document order). */
  order: number;
  /** The clause texts are equal in content; its targets are then not compared at all. */
  unchanged: boolean;
}

type Field = TargetChange['fields'][number];
/** A target with the order of the pairing it came from. */
export type Pending = { target: Target; order: number };

/**
 * Compare the targets of aligned clauses by metric key: changed (value, unit, comparator or year
 * differ), added and removed. Targets left over in one pair are matched across the document when
 * their metric occurs once on each side, so a target that merely moved is no change.
 * @param pairings targets per aligned pair or group, plus those of added and removed clauses
 * @returns the target changes in report order
 */
export function matchTargets(pairings: readonly TargetPairing[]): TargetChange[] {
  const changes: Array<TargetChange & { order: number; line: number }> = [];
  const links = linkTargets(pairings.filter((p) => !p.unchanged));
  for (const { old: a, new: b, order } of links.pairs) {
    const change = compare(a, b);
    if (change) changes.push({ ...change, order, line: b.line });
  }
  for (const p of links.added) {
    changes.push({ kind: 'added', metric: p.target.metric, metricKey: p.target.metricKey, fields: [], old: null, new: ref(p.target), order: p.order, line: p.target.line });
  }
  for (const p of links.removed) {
    changes.push({ kind: 'removed', metric: p.target.metric, metricKey: p.target.metricKey, fields: [], old: ref(p.target), new: null, order: p.order, line: p.target.line });
  }
  return changes
    .toSorted((a, b) => a.order - b.order || a.line - b.line || byCode(a.metricKey, b.metricKey) || byCode(a.kind, b.kind))
    .map(({ order: _order, line: _line, ...change }) => change);
}

/** Which old target became which new one, and the targets on one side only. */
export interface TargetLinks {
  /** Linked targets (in one pairing, or across the document), with the order of the new one's pairing. */
  pairs: Array<{ old: Target; new: Target; order: number }>;
  /** Old targets with no new counterpart, with their pairing's order. */
  removed: Pending[];
  /** New targets with no old counterpart, with their pairing's order. */
  added: Pending[];
}

/**
 * Link the targets of aligned clauses: within each pairing by metric key (identical ones first), then
 * the leftovers across the document when their metric occurs once on each side. `matchTargets` and
 * the draft history (`historyPlans`) both read targets through this one rule.
 * @param pairings targets per aligned pair or group, plus those of added and removed clauses
 * @returns linked, removed and added targets
 */
export function linkTargets(pairings: readonly TargetPairing[]): TargetLinks {
  const pairs: TargetLinks['pairs'] = [];
  const removed: Pending[] = [];
  const added: Pending[] = [];
  for (const p of pairings) {
    const result = pairUp(p.old, p.new);
    for (const [a, b] of result.pairs) pairs.push({ old: a, new: b, order: p.order });
    removed.push(...result.old.map((target) => ({ target, order: p.order })));
    added.push(...result.new.map((target) => ({ target, order: p.order })));
  }
  const count = (list: Pending[]) => {
    const map = new Map<string, number>();
    for (const p of list) map.set(keyOf(p.target), (map.get(keyOf(p.target)) ?? 0) + 1);
    return map;
  };
  const removedCount = count(removed);
  const addedCount = count(added);
  const unique = (t: Target) => removedCount.get(keyOf(t)) === 1 && addedCount.get(keyOf(t)) === 1;
  const movedOld = new Map(removed.filter((p) => unique(p.target)).map((p) => [keyOf(p.target), p.target]));
  const onlyNew: Pending[] = [];
  for (const p of added) {
    const twin = unique(p.target) ? movedOld.get(keyOf(p.target)) : undefined;
    if (twin) pairs.push({ old: twin, new: p.target, order: p.order });
    else onlyNew.push(p);
  }
  return { pairs, removed: removed.filter((p) => !unique(p.target)), added: onlyNew };
}

/**
 * Order two strings by UTF-16 code units (a stable tie-breaker for sorted output).
 * Note: not localeCompare: a tie-breaker needs no collation, and the first localeCompare loads ICU's
 * collator (milliseconds at start-up).
 * @param a a string
 * @param b another
 * @returns negative, 0 or positive
 */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function keyOf(t: Target): string {
  return t.metricKey || `${t.metric}|${t.unit}`;
}

/** Pair targets of one clause pair: identical ones first, then by metric key in order. */
function pairUp(olds: readonly Target[], news: readonly Target[]): { pairs: Array<[Target, Target]>; old: Target[]; new: Target[] } {
  const pairs: Array<[Target, Target]> = [];
  const usedOld = new Set<Target>();
  const usedNew = new Set<Target>();
  for (const exact of [true, false]) {
    for (const a of olds) {
      if (usedOld.has(a)) continue;
      const b = news.find((t) => !usedNew.has(t) && keyOf(t) === keyOf(a) && (!exact || fieldsOf(a, t).length === 0));
      if (!b) continue;
      usedOld.add(a);
      usedNew.add(b);
      pairs.push([a, b]);
    }
  }
  return { pairs, old: olds.filter((t) => !usedOld.has(t)), new: news.filter((t) => !usedNew.has(t)) };
}

/**
 * What differs between two targets of one metric: value (or the high end), unit, comparator, year.
 * @param a the old target
 * @param b the new target
 * @returns the differing fields, empty when they are the same
 */
export function fieldsOf(a: Pick<Target, 'value' | 'high' | 'unit' | 'comparator' | 'year'>, b: Pick<Target, 'value' | 'high' | 'unit' | 'comparator' | 'year'>): Field[] {
  const fields: Field[] = [];
  if (!near(a.value, b.value) || !nearOrNull(a.high, b.high)) fields.push('value');
  if (a.unit !== b.unit) fields.push('unit');
  if (a.comparator !== b.comparator) fields.push('comparator');
  if (a.year !== b.year) fields.push('year');
  return fields;
}

function compare(a: Target, b: Target): TargetChange | null {
  const fields = fieldsOf(a, b);
  if (fields.length === 0) return null;
  return { kind: 'changed', metric: b.metric, metricKey: b.metricKey, fields, old: ref(a), new: ref(b) };
}

function near(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function nearOrNull(x: number | null, y: number | null): boolean {
  return x === null || y === null ? x === y : near(x, y);
}

function ref(t: Target): TargetRef {
  return { value: t.value, high: t.high, unit: t.unit, comparator: t.comparator, year: t.year, line: t.line, text: t.text };
}
