import type { Target, TargetChange, TargetRef } from '../types.js';
import { near, type TargetPlace } from './placeTargets.js';
import { bigramDice } from './canon.js';

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
  /** Where each target's number sits in the pair's word diff (placeTargets), when the pair was diffed. */
  places?: { old: ReadonlyArray<TargetPlace | null>; new: ReadonlyArray<TargetPlace | null> };
}

type Field = TargetChange['fields'][number];
/** A target with the order of the pairing it came from. */
export type Pending = { target: Target; order: number };

/**
 * Compare the targets of aligned clauses (linked by `linkTargets`): changed (value, unit, comparator
 * or year differ), added and removed. Between two annual editions, a year that is each edition's own
 * year is no change (2024年 5%左右 → 2025年 5%左右), while a horizon moved (到2025年 → 到2027年) is one.
 * @param pairings targets per aligned pair or group, plus those of added and removed clauses
 * @param editions the year of each document when it is an annual edition (its period one year), else null
 * @returns the target changes in report order
 */
export function matchTargets(pairings: readonly TargetPairing[], editions: { old: number | null; new: number | null } = { old: null, new: null }): TargetChange[] {
  const changes: Array<TargetChange & { order: number; line: number }> = [];
  const links = linkTargets(pairings.filter((p) => !p.unchanged));
  for (const { old: a, new: b, order } of links.pairs) {
    const change = compareTargets(a, b, editions);
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
 * Link the targets of aligned clauses by where their numbers are written: a number in text the word
 * diff keeps is the same number (paired with the target read at the same place, whatever its metric
 * phrase); numbers in the same changed run are matched by metric key, or one for one when the run
 * holds one of the same kind, unit and change on each side whose metrics are related (one holds the
 * other, or most character pairs are shared). The rest (and pairings without places) are matched by
 * metric key in the pairing (identical ones first), then across the document when their metric
 * occurs once on each side (a target that merely moved is no change). `matchTargets` and the draft
 * history (`historyPlans`) both read targets through this one rule.
 * @param pairings targets per aligned pair or group, plus those of added and removed clauses
 * @returns linked, removed and added targets
 */
export function linkTargets(pairings: readonly TargetPairing[]): TargetLinks {
  const pairs: TargetLinks['pairs'] = [];
  const removed: Pending[] = [];
  const added: Pending[] = [];
  for (const p of pairings) {
    const result = pairUp(p);
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

/** Pair the targets of one clause pair: by place in the diff, then identical ones, then by metric key in order. */
function pairUp(p: TargetPairing): { pairs: Array<[Target, Target]>; old: Target[]; new: Target[] } {
  const pairs: Array<[Target, Target]> = [];
  const usedOld = new Set<Target>();
  const usedNew = new Set<Target>();
  const take = (a: Target, b: Target) => {
    usedOld.add(a);
    usedNew.add(b);
    pairs.push([a, b]);
  };
  if (p.places) byPlace(p, usedOld, usedNew, take);
  const olds = p.old.filter((t) => !usedOld.has(t));
  const news = p.new.filter((t) => !usedNew.has(t));
  for (const exact of [true, false]) {
    for (const a of olds) {
      if (usedOld.has(a)) continue;
      const b = news.find((t) => !usedNew.has(t) && keyOf(t) === keyOf(a) && (!exact || fieldsOf(a, t).length === 0));
      if (b) take(a, b);
    }
  }
  return { pairs, old: olds.filter((t) => !usedOld.has(t)), new: news.filter((t) => !usedNew.has(t)) };
}

// Note: a number in kept text is the same number on both sides: its targets are paired whatever their
// metric phrases, and set aside when the other side reads no target there (its kind or metric was read
// differently).
function byPlace(p: TargetPairing, usedOld: Set<Target>, usedNew: Set<Target>, take: (a: Target, b: Target) => void): void {
  const places = p.places!;
  const kept = new Map<number, Target>();
  const hunks = new Map<number, { old: Target[]; new: Target[] }>();
  const hunk = (h: number) => hunks.get(h) ?? (hunks.set(h, { old: [], new: [] }).get(h) as { old: Target[]; new: Target[] });
  p.old.forEach((t, k) => {
    const place = places.old[k];
    if (place === null || place === undefined) return;
    if (place < 0) kept.set(place, t);
    else hunk(place).old.push(t);
  });
  p.new.forEach((t, k) => {
    const place = places.new[k];
    if (place === null || place === undefined) return;
    if (place > 0) {
      hunk(place).new.push(t);
      return;
    }
    const a = kept.get(place);
    if (a) take(a, t);
    usedNew.add(t);
  });
  for (const a of kept.values()) usedOld.add(a);
  for (const run of hunks.values()) {
    const free = (list: Target[], used: Set<Target>) => list.filter((t) => !used.has(t));
    for (const a of run.old) {
      const b = free(run.new, usedNew).find((t) => keyOf(t) === keyOf(a) && t.kind === a.kind);
      if (b) take(a, b);
    }
    const olds = free(run.old, usedOld);
    const news = free(run.new, usedNew);
    if (olds.length === 1 && news.length === 1 && olds[0].kind === news[0].kind && olds[0].unit === news[0].unit && olds[0].change === news[0].change && related(keyOf(olds[0]), keyOf(news[0]))) take(olds[0], news[0]);
  }
}

// Note: two metric keys name the same thing reworded when one holds the other (`罚款`, `处…罚款`) or
// they share most of their character pairs; `地方政府专项债券` and `超长期特别国债` share none.
function related(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a.includes(b) || b.includes(a) || bigramDice(a, b) >= 0.5;
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

function compareTargets(a: Target, b: Target, editions: { old: number | null; new: number | null }): TargetChange | null {
  // Note: each annual edition dates its targets with its own year; a year that moved with the edition is no change.
  const ownYears = editions.old !== null && a.year === editions.old && b.year === editions.new;
  const fields = fieldsOf(a, b).filter((f) => !(f === 'year' && ownYears));
  if (fields.length === 0) return null;
  return { kind: 'changed', metric: b.metric, metricKey: b.metricKey, fields, old: ref(a), new: ref(b) };
}

function nearOrNull(x: number | null, y: number | null): boolean {
  return x === null || y === null ? x === y : near(x, y);
}

function ref(t: Target): TargetRef {
  return { value: t.value, high: t.high, unit: t.unit, comparator: t.comparator, year: t.year, line: t.line, ...(t.page !== undefined ? { page: t.page } : {}), text: t.text };
}
