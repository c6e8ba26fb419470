/**
 * Indexes of a longest strictly increasing subsequence of numbers (patience sorting, O(n log n));
 * among equally long ones, the one ending earliest. Used to keep the clauses that stay in order
 * (compare's regrouping, the tracked-changes document's moves).
 * @param values the numbers, in sequence order
 * @returns indexes into `values`, ascending
 */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) out.push(i);
  return out.reverse();
}
