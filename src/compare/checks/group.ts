import type { Target } from '../../types.js';
import type { CheckContext } from './types.js';

/**
 * The distinct values of one disagreement, each with every target stating it, in the order a message
 * names them: values the baseline document states first, then the majority (most files, then most
 * places), then first appearance.
 * Note: a target joins the first value whose first target it equals (`same`), so with a tolerance the
 * grouping follows input order and stays deterministic.
 * @param targets targets of one group, in file then line order
 * @param same whether two targets state the same value
 * @param ctx the baseline document, if any
 * @returns the values, each a non-empty list of targets in input order
 */
export function valueEntries(targets: readonly Target[], same: (a: Target, b: Target) => boolean, ctx: Pick<CheckContext, 'baseline'>): Target[][] {
  const entries: Target[][] = [];
  for (const t of targets) {
    const entry = entries.find((e) => same(e[0], t));
    if (entry) entry.push(t);
    else entries.push([t]);
  }
  const rank = entries.map((e, index) => ({
    e,
    index,
    baseline: ctx.baseline !== undefined && e.some((t) => t.file === ctx.baseline) ? 0 : 1,
    files: new Set(e.map((t) => t.file)).size,
  }));
  return rank.toSorted((a, b) => a.baseline - b.baseline || b.files - a.files || b.e.length - a.e.length || a.index - b.index).map((r) => r.e);
}

/**
 * Whether two values of a group stand against each other: some target of one and some target of the
 * other are in different places (`apart`), and with a baseline document, one of them is in it and the
 * other is not.
 * @param x targets of one value
 * @param y targets of another value
 * @param apart whether two targets may be compared (different files, or different sections)
 * @param ctx the baseline document, if any
 * @returns true when the two values disagree where it counts
 */
export function opposed(x: readonly Target[], y: readonly Target[], apart: (a: Target, b: Target) => boolean, ctx: Pick<CheckContext, 'baseline'>): boolean {
  return x.some((a) => y.some((b) => apart(a, b) && (ctx.baseline === undefined || (a.file === ctx.baseline) !== (b.file === ctx.baseline))));
}

/**
 * Whether any two of the given values stand against each other (see `opposed`), only pairs that
 * `differ` counted.
 * @param entries the values of a group
 * @param apart whether two targets may be compared
 * @param ctx the baseline document, if any
 * @param differ whether two values differ in the way the rule is about (default: always)
 * @returns true when the group is a finding
 */
export function anyOpposed(
  entries: readonly Target[][],
  apart: (a: Target, b: Target) => boolean,
  ctx: Pick<CheckContext, 'baseline'>,
  differ: (x: Target, y: Target) => boolean = () => true,
): boolean {
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (differ(entries[i][0], entries[j][0]) && opposed(entries[i], entries[j], apart, ctx)) return true;
    }
  }
  return false;
}

/**
 * Split targets by a key, in order of first appearance.
 * @param targets targets in order
 * @param keyOf the key of a target
 * @returns the groups, each in input order
 */
export function partition(targets: readonly Target[], keyOf: (t: Target) => string): Target[][] {
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const key = keyOf(t);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/**
 * Different files, or two sections of one file: within one section a second figure is a part of the
 * first (`服务百个创新主体 … 重点服务50家创新主体`), not a contradiction.
 * @param a one target
 * @param b another
 * @returns true when they may contradict each other
 */
export function apartSections(a: Target, b: Target): boolean {
  return a.file !== b.file || a.nodeId !== b.nodeId;
}

/**
 * Different files: scopes, units and horizons are compared across documents only.
 * @param a one target
 * @param b another
 * @returns true when they are in different files
 */
export function apartFiles(a: Target, b: Target): boolean {
  return a.file !== b.file;
}

/**
 * A number as fingerprints record it: twelve significant digits, so float noise of base units
 * (1.2 × 10¹²) never changes a fingerprint.
 * @param n the number, or null
 * @returns the canonical number, or null
 */
export function canonNumber(n: number | null): number | null {
  return n === null ? null : Number(n.toPrecision(12));
}

/**
 * Canonical, sorted list of values for a fingerprint.
 * @param values one JSON-able tuple per value
 * @returns the tuples as strings, sorted, without repeats
 */
export function sortedValues(values: ReadonlyArray<readonly unknown[]>): string[] {
  return [...new Set(values.map((v) => JSON.stringify(v)))].toSorted();
}

/**
 * Which targets of a group every document states alike: a document restating a sentence word for
 * word (a draft's unchanged sentence, a copy) agrees with itself there, whatever else it says.
 * Note: the sentence, not the section, is the unit: a second draft that changes `5%左右` to `6%左右`
 * in one sentence but keeps `经济增长预期目标为5%左右` two lines below still disagrees on the first.
 * @param group targets of one metric and horizon
 * @returns whether a target's statement is made, in the same sentence, by every document of the group
 */
export function agreedIn(group: readonly Target[]): (t: Target) => boolean {
  const files = new Set(group.map((t) => t.file));
  if (files.size < 2) return () => false;
  // Note: by sentence, then by the rest of the statement: no key string repeats a whole sentence per target.
  const by = new Map<string, Map<string, Set<string>>>();
  for (const t of group) {
    let inSentence = by.get(t.sentence);
    if (!inSentence) by.set(t.sentence, (inSentence = new Map()));
    const key = said(t);
    const set = inSentence.get(key);
    if (set) set.add(t.file);
    else inSentence.set(key, new Set([t.file]));
  }
  return (t) => by.get(t.sentence)!.get(said(t))!.size === files.size;
}

// Note: made once per target: the same targets pass through many groups of a big cluster.
const saidKeys = new WeakMap<Target, string>();

function said(t: Target): string {
  let key = saidKeys.get(t);
  if (key === undefined) {
    key = JSON.stringify([t.text, t.value, t.high, t.unit, t.comparator, t.change, t.scope]);
    saidKeys.set(t, key);
  }
  return key;
}

/**
 * Different files, and at least one of the two statements not agreed by every document (see `agreedIn`):
 * two copies of one document never disagree with each other.
 * @param agreed whether a target's statement is agreed
 * @returns whether two targets may stand against each other across documents
 */
export function apartOwnFiles(agreed: (t: Target) => boolean): (a: Target, b: Target) => boolean {
  return (a, b) => a.file !== b.file && !(agreed(a) && agreed(b));
}
