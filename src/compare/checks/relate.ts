import type { Target } from '../../types.js';
import type { CheckContext } from './types.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { normalizeScope } from './scope.js';

/** How two targets of one metric relate. */
export type Relation = 'same' | 'conflict' | 'scope' | 'unit' | 'comparator' | 'horizon';

/**
 * Classify two targets of the same metric: different horizon, incomparable units, kinds of change or
 * comparators, the same amount, a different scope, or a conflict (same horizon, scope, unit class and
 * kind of change, different amount).
 * Note: kinds of change stay apart: a level (赤字率4%), an increase (比上年提高1个百分点), a yearly rate
 * (年均增长7.5%) and a one-off growth (增长7.5%) are different statements even with equal numbers.
 * Note: equal amounts are `same` even when the scopes differ (`在海外布局20个` vs `布局20个` restate one
 * goal); a scope difference matters only when the amounts differ.
 * @param a one target
 * @param b the other
 * @param ctx tolerance
 * @returns the relation
 */
export function relate(a: Target, b: Target, ctx: Pick<CheckContext, 'tolerance'>): Relation {
  if (horizonOf(a) !== horizonOf(b)) return 'horizon';
  if (unitFamily(a.unit) !== unitFamily(b.unit) || a.change !== b.change) return 'unit';
  // Note: one amount under two comparators agrees (`控制在5.5%以内` and `5.5%左右`).
  if (sameAmount(a, b, ctx.tolerance)) return 'same';
  if (comparatorClass(a.comparator) !== comparatorClass(b.comparator)) return 'comparator';
  if (normalizeScope(a.scope, a.metricKey) !== normalizeScope(b.scope, b.metricKey)) return 'scope';
  return 'conflict';
}

/**
 * Split a cluster into horizon slices, one per year (and per base year of growths and cuts, see
 * `horizonOf`), with the targets of that horizon.
 * Note: an unknown year (null) is a horizon of its own, not a wildcard: a conflict, which fails CI,
 * needs evidence that both targets are for the same year; null against a known year is for review.
 * @param targets targets of one cluster, in order
 * @returns slices, by ascending year, the unknown year last
 */
export function horizonSlices(targets: readonly Target[]): Target[][] {
  const years = [...new Set(targets.map((t) => t.year))].toSorted(byYear);
  return years.flatMap((year) => {
    const ofYear = targets.filter((t) => t.year === year);
    const bases = [...new Set(ofYear.map(horizonOf))];
    return bases.length === 1 ? [ofYear] : bases.map((base) => ofYear.filter((t) => horizonOf(t) === base));
  });
}

/**
 * The horizon of a target: its year, and for a growth or a cut the year it is measured from when known
 * (`since`): the 13.5% cut of energy intensity a five-year plan sets for 2021–2025 and the 3% cut a
 * 2025 report sets for that year both end in 2025, but they are not one statement.
 * @param t the target
 * @returns a key, equal for targets of one horizon
 */
function horizonOf(t: Target): string {
  return t.since === undefined ? String(t.year) : `${t.year}/${t.since}`;
}

/**
 * Order of horizons: ascending years, the unknown year (null) last.
 * @param x a year or null
 * @param y a year or null
 * @returns negative, zero or positive
 */
export function byYear(x: number | null, y: number | null): number {
  return (x ?? Infinity) - (y ?? Infinity) || 0;
}

/**
 * Collapse repeated statements: within one file, targets that say the same (amount, unit class,
 * comparator class, change, scope and year) are one statement, represented by the first.
 * @param targets targets in order
 * @returns the first target of each statement, in order
 */
export function statements(targets: readonly Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = statementKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Note: a target's keys are made once: the same targets pass through many groups and slices of a big
// cluster (targets are never changed once read).
const statementKeys = new WeakMap<Target, string>();

function statementKey(t: Target): string {
  let key = statementKeys.get(t);
  if (key === undefined) {
    key = JSON.stringify([t.file, t.value, t.high, unitFamily(t.unit), comparatorClass(t.comparator), t.change, normalizeScope(t.scope, t.metricKey), t.year]);
    statementKeys.set(t, key);
  }
  return key;
}

/**
 * Per kind of change (level, increase, …), the targets of files whose stated years never meet another
 * file's: the metric moved to another horizon between those documents (CPI 3% in 2023 → 2% in 2025).
 * Files that share a year are compared within it.
 * Note: a level and an increase of one metric (赤字率 4%左右 and 比上年提高1个百分点) are two series,
 * never one: mixing them would read as the rate moving from 4% to 1.
 * @param targets targets of one cluster, in order
 * @returns one series per kind of change that spreads over horizons (level first, then increase,
 *   decrease, rate, ratio), every target of the files involved by year then input order (repeats
 *   included: `statements` collapses them); empty when none does
 */
export function horizonSpread(targets: readonly Target[]): Target[][] {
  return CHANGES.map((change) => spreadOf(targets.filter((t) => t.change === change))).filter((s) => s.length > 1);
}

/** The change types, in the order findings and matches are listed. */
export const CHANGES: readonly Target['change'][] = ['level', 'increase', 'decrease', 'rate', 'ratio'];

function spreadOf(targets: readonly Target[]): Target[] {
  const years = new Map<string, Set<number | null>>();
  for (const t of targets) years.set(t.file, (years.get(t.file) ?? new Set()).add(t.year));
  // Note: files stating the same set of years are alike here, so each distinct set is compared once
  // with each other (a collection of copies has thousands of files but a few sets); a set always meets
  // itself, so files of one set are involved only through another set.
  const sets = new Map<string, { years: Set<number | null>; files: string[] }>();
  for (const [file, ys] of years) {
    const id = [...ys].toSorted(byYear).join(',');
    const set = sets.get(id);
    if (set) set.files.push(file);
    else sets.set(id, { years: ys, files: [file] });
  }
  const distinct = [...sets.values()];
  const involved = new Set<string>();
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const [a, b] = [distinct[i], distinct[j]];
      if (![...a.years].some((y) => b.years.has(y))) for (const f of [...a.files, ...b.files]) involved.add(f);
    }
  }
  const picked = targets.filter((t) => involved.has(t.file));
  // Note: a stable sort by year keeps the input order (file, line) among targets of the same year.
  return picked.toSorted((x, y) => byYear(x.year, y.year));
}
