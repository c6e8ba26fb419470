// Note: selection finds the threshold of the strongest features in linear time; sorting every value
// only to read one of them was the largest cost of building node vectors and probing the index.
/**
 * The `k`-th smallest (0-based) of `values[0..n)`, by quickselect; reorders that part of `values`.
 * @param values scratch values (reordered)
 * @param n how many values are in use
 * @param k rank wanted
 * @returns the value that sorting would put at index `k`
 */
export function select(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}
