import type { Comparator, Target } from '../../types.js';

// Note: measure words that count things (一个平台, 一项项目, 一家实验室) name the same unit when they count
// the same things, so 100个 and 100项 of one metric agree; people counted by 人/名/位 likewise.
const FAMILIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['count', ['个', '项', '家', '所', '座', '处', '支', '只', '批', '条', '台', '套', '种', '款', '件', '例', '部', '门']],
  ['person', ['人', '名', '位']],
];

const FAMILY_OF: ReadonlyMap<string, string> = new Map(FAMILIES.flatMap(([family, words]) => words.map((w) => [w, family] as const)));

/**
 * The unit family a canonical unit belongs to: `count` for 个/项/家…, `person` for 人/名/位, else the unit itself.
 * @param unit canonical unit of a target (`家`, `%`, `元`, `件/万人`, `''`)
 * @returns the family name; two targets are comparable only when their families are equal
 */
export function unitFamily(unit: string): string {
  return FAMILY_OF.get(unit) ?? unit;
}

/**
 * The class of a comparator for cross-plan comparison.
 * Note: in plans 达/达到/超过/左右 all name the level the plan aims at, so they are one class with a bare
 * number: `20家` and `达15家` are two different goals for the same thing, a conflict (issue 5), even though
 * 20 ≥ 15 holds. Ceilings (以内/不超过/低于) bound from the other side and ranges are spans: both only
 * compare with their own class.
 * @param comparator the target's comparator
 * @returns `point`, `ceiling` or `range`
 */
export function comparatorClass(comparator: Comparator): 'point' | 'ceiling' | 'range' {
  if (comparator === 'lte' || comparator === 'lt') return 'ceiling';
  if (comparator === 'range') return 'range';
  return 'point';
}

/**
 * Whether two targets state the same amount (low and high ends), within a relative tolerance.
 * @param a one target
 * @param b the other
 * @param tolerance relative difference still counted as equal (0 means exact, up to float noise)
 * @returns true when the amounts agree
 */
export function sameAmount(a: Pick<Target, 'value' | 'high'>, b: Pick<Target, 'value' | 'high'>, tolerance = 0): boolean {
  return close(a.value, b.value, tolerance) && (a.high === null || b.high === null ? a.high === b.high : close(a.high, b.high, tolerance));
}

function close(x: number, y: number, tolerance: number): boolean {
  // Note: values arrive in base units (1.2万亿元 → 1.2e12), where 1.2 * 1e12 may carry float noise.
  const scale = Math.max(Math.abs(x), Math.abs(y), 1);
  return Math.abs(x - y) <= scale * Math.max(tolerance, 1e-9);
}
