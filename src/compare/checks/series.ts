import type { Target } from '../../types.js';
import type { CheckContext } from './types.js';
import { byYear, statements } from './relate.js';
import { comparatorClass, sameAmount, unitFamily } from './units.js';
import { normalizeScope } from './scope.js';
import { canonNumber, valueEntries } from './group.js';

/** A metric's values over horizons that never meet (one kind of change), and what they say. */
export interface Series {
  /** Each distinct value (a year and a statement) with every target stating it, by year. */
  entries: Target[][];
  /** Whether the value moved: two steps of the series state different amounts. */
  moved: boolean;
  /** Whether some target's metric key is vague (a verb such as 实施, a preposition such as 为): no metric to follow. */
  weak: boolean;
}

/**
 * Read one horizon spread (see `horizonSpread`) as a series: its values by year, whether the value
 * moved and whether its key names a metric at all. The horizon check words a moving series as a
 * finding and the match of an unmoved one is consistent, so both decide alike here.
 * @param spread targets of one kind of change in files whose years never meet
 * @param ctx tolerance, the baseline document and the key's weakness
 * @returns the series
 */
export function readSeries(spread: readonly Target[], ctx: Pick<CheckContext, 'tolerance' | 'baseline' | 'weakness'>): Series {
  const same = (a: Target, b: Target) => a.year === b.year && statementOf(a) === statementOf(b) && sameAmount(a, b, ctx.tolerance);
  // Note: a series reads by year, so the year orders first; within a year the majority (or baseline) value leads.
  const entries = valueEntries(statements(spread), same, ctx).toSorted((x, y) => byYear(x[0].year, y[0].year));
  const steps = new Set(entries.map((e) => JSON.stringify([statementOf(e[0]), canonNumber(e[0].value), canonNumber(e[0].high)])));
  return { entries, moved: steps.size > 1, weak: entries.some((e) => e.some((t) => ctx.weakness(t.metricKey) !== null)) };
}

/**
 * Unit class, comparator class and scope: one step of a series states all three alike (as `statements` does).
 * @param t a target
 * @returns the statement's key
 */
export function statementOf(t: Target): string {
  return JSON.stringify([unitFamily(t.unit), comparatorClass(t.comparator), normalizeScope(t.scope, t.metricKey)]);
}
