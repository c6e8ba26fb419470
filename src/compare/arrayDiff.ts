import { InternalError } from '../errors.js';

/** One run of an array diff: `count` elements kept, inserted (from the new array) or deleted (from the old). */
export interface ArrayChange {
  /** What happened to the run. */
  op: 'equal' | 'insert' | 'delete';
  /** Number of elements in the run (at least 1). */
  count: number;
}

const EQUAL = 0;
const INSERT = 1;
const DELETE = 2;
const OPS = ['equal', 'insert', 'delete'] as const;
/** No component (the empty path). */
const NONE = -1;
/** `oldPos` of a diagonal that holds no path (real paths have `oldPos >= -1`). */
const ABSENT = -0x40000000;
/** Pools bigger than this (entries) are dropped after a call instead of being kept for the next. */
const KEEP_LIMIT = 1 << 20;

// Note: jsdiff keeps each path as `{oldPos, lastComponent}` and each component as a linked-list
// object, in an array indexed by negative diagonals; here a diagonal's path is two Int32Array slots
// (offset by n+m+1) and a component is an index into a pool of typed arrays, reused across calls.
let compCount = new Int32Array(1024);
let compKind = new Uint8Array(1024);
let compPrev = new Int32Array(1024);
let used = 0;
let pathOld = new Int32Array(64);
let pathLast = new Int32Array(64);

/**
 * Myers diff of two integer arrays (e.g. token ids) compared with `===`, giving exactly the runs
 * jsdiff 9's `diffArrays(oldArr, newArr)` gives: same runs, counts, order and tie-breaking.
 * @param oldArr the old array (not modified)
 * @param newArr the new array (not modified)
 * @returns the runs from old to new, in order; adjacent runs of one kind are not merged (as in jsdiff)
 */
export function arrayDiff(oldArr: ArrayLike<number>, newArr: ArrayLike<number>): ArrayChange[] {
  const oldLen = oldArr.length;
  const newLen = newArr.length;
  const offset = oldLen + newLen + 1;
  const size = 2 * offset + 1;
  if (pathOld.length < size) {
    pathOld = new Int32Array(size);
    pathLast = new Int32Array(size);
  }
  pathOld.fill(ABSENT, 0, size);
  used = 0;
  try {
    // Seed, edit length 0: the common head.
    let oldPos = -1;
    let newPos = -1;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldArr[oldPos + 1] === newArr[newPos + 1]) {
      oldPos++;
      newPos++;
    }
    let last = oldPos >= 0 ? push(oldPos + 1, EQUAL, NONE) : NONE;
    if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(last);
    pathOld[offset] = oldPos;
    pathLast[offset] = last;
    // Note: jsdiff's pruning, with its -Infinity/Infinity starting points as out-of-range integers.
    let minDiagonal = -size;
    let maxDiagonal = size;
    for (let editLength = 1; editLength <= oldLen + newLen; editLength++) {
      const top = Math.min(maxDiagonal, editLength);
      for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= top; diagonal += 2) {
        const i = diagonal + offset;
        const removeOld = pathOld[i - 1];
        const addOld = pathOld[i + 1];
        if (removeOld !== ABSENT) pathOld[i - 1] = ABSENT;
        const canAdd = addOld !== ABSENT && addOld - diagonal >= 0 && addOld - diagonal < newLen;
        const canRemove = removeOld !== ABSENT && removeOld + 1 < oldLen;
        if (!canAdd && !canRemove) {
          pathOld[i] = ABSENT;
          continue;
        }
        // Note: as jsdiff, take the insertion unless the deletion's path got further in the old array.
        let kind: number;
        let from: number;
        if (!canRemove || (canAdd && removeOld < addOld)) {
          kind = INSERT;
          oldPos = addOld;
          from = pathLast[i + 1];
        } else {
          kind = DELETE;
          oldPos = removeOld + 1;
          from = pathLast[i - 1];
        }
        // Note: like jsdiff's addToPath, a run of the same kind is extended by a new component (the
        // old one may be shared with another path), not changed in place.
        last = from !== NONE && compKind[from] === kind ? push(compCount[from] + 1, kind, compPrev[from]) : push(1, kind, from);
        newPos = oldPos - diagonal;
        const start = oldPos;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldArr[oldPos + 1] === newArr[newPos + 1]) {
          oldPos++;
          newPos++;
        }
        if (oldPos > start) last = push(oldPos - start, EQUAL, last);
        if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(last);
        pathOld[i] = oldPos;
        pathLast[i] = last;
        if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
        if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
      }
    }
    // Note: unreachable, n+m edits always reach the end (jsdiff would return undefined here).
    throw new InternalError(`arrayDiff: no path within ${oldLen + newLen} edits`);
  } finally {
    if (compCount.length > KEEP_LIMIT) {
      compCount = new Int32Array(1024);
      compKind = new Uint8Array(1024);
      compPrev = new Int32Array(1024);
    }
    if (pathOld.length > KEEP_LIMIT) {
      pathOld = new Int32Array(64);
      pathLast = new Int32Array(64);
    }
  }
}

/**
 * Adds a component to the pool.
 * @param count elements in the run
 * @param kind EQUAL, INSERT or DELETE
 * @param prev the previous component, or NONE
 * @returns the new component's index
 */
function push(count: number, kind: number, prev: number): number {
  if (used === compCount.length) {
    const count2 = new Int32Array(used * 2);
    const kind2 = new Uint8Array(used * 2);
    const prev2 = new Int32Array(used * 2);
    count2.set(compCount);
    kind2.set(compKind);
    prev2.set(compPrev);
    compCount = count2;
    compKind = kind2;
    compPrev = prev2;
  }
  compCount[used] = count;
  compKind[used] = kind;
  compPrev[used] = prev;
  return used++;
}

/**
 * The runs of a path, first to last.
 * @param last the path's last component, or NONE
 * @returns the runs in order
 */
function build(last: number): ArrayChange[] {
  const changes: ArrayChange[] = [];
  for (let c = last; c !== NONE; c = compPrev[c]) changes.push({ op: OPS[compKind[c]], count: compCount[c] });
  return changes.reverse();
}
