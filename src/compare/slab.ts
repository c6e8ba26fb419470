/** A typed array type the slab allocator hands out. */
type Typed = Int32Array | Float32Array | Float64Array;

/** Elements per shared block. */
const BLOCK = 1 << 16;

/**
 * An allocator of small typed arrays carved out of large shared blocks, so tens of thousands of
 * short feature vectors cost a few allocations instead of one each.
 * Note: each array is its own `subarray` view (sorting or writing one never touches another); a block
 * lives as long as any view into it, which suits arrays that all live for one comparison.
 * @param make creates a zero-filled array of a given length (`(n) => new Int32Array(n)`)
 * @returns a function giving a fresh zero-filled array of `n` elements
 */
export function createSlab<T extends Typed>(make: (n: number) => T): (n: number) => T {
  let block = make(0);
  let used = 0;
  return (n) => {
    if (n > BLOCK / 8) return make(n);
    if (used + n > block.length) {
      block = make(BLOCK);
      used = 0;
    }
    const view = block.subarray(used, used + n) as T;
    used += n;
    return view;
  };
}
