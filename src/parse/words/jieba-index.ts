// The jieba dictionary regrouped so that a run loads only the words its texts can contain.
//
// jieba cuts a text by looking up the dictionary words that start at each character of the text, and
// scores a route by ln(freq) − ln(total), where total is the sum of all frequencies. A word can only be
// found if it occurs in the text, so a dictionary holding every word that starts with one of the text's
// character pairs, plus one filler entry that no text can contain and that carries the frequency of all
// the words left out, cuts that text exactly as the full dictionary does — in a few milliseconds
// instead of the ~100 ms jieba needs to build its trie from 349,000 words.
//
// Layout of the index file (little endian), written at build time by `scripts/build-jieba-index.mjs`:
//   u32 header length H, H bytes of JSON header (IndexHeader), zero padding to a multiple of 8;
//   f64 sums[groups]          total frequency of each group's distinct words (last line wins);
//   u32 keys[groups]          each group's key: first UTF-16 unit << 16 | second unit (0xFFFF: none);
//   u32 offsets[groups + 1]   byte range of each group's lines in the blob;
//   i32 table[tableSize]      open-addressing hash of keys: group index + 1, 0 empty;
//   u8  blob[...]             the dictionary's lines, grouped by key, in their original order.

/** The JSON header at the start of an index file. */
export interface IndexHeader {
  /** Format tag, `plan-diff/jieba-index@1`. */
  format: string;
  /** Version of @node-rs/jieba whose dict.txt the index was made from. */
  jiebaVersion: string;
  /** Size in bytes of that dict.txt. */
  dictBytes: number;
  /** Number of key groups. */
  groups: number;
  /** Size of the hash table (a power of two). */
  tableSize: number;
  /** Sum of the frequencies of all distinct words, as jieba computes its total. */
  total: number;
}

/** An index read into typed-array views over one buffer. */
export interface JiebaIndex {
  /** The header. */
  header: IndexHeader;
  /** Frequency sum per group. */
  sums: Float64Array;
  /** Key per group. */
  keys: Uint32Array;
  /** Byte offsets of the groups' lines in `blob` (one more than groups). */
  offsets: Uint32Array;
  /** Hash table of keys → group index + 1. */
  table: Int32Array;
  /** The grouped dictionary lines (UTF-8). */
  blob: Uint8Array;
}

/** Format tag of index files this module reads and writes. */
export const INDEX_FORMAT = 'plan-diff/jieba-index@1';

/** Key marking "no second character": a one-unit word's key, and every character's single key. */
export const NO_SECOND = 0xffff;

/**
 * The key of a word or text position: its first two UTF-16 units.
 * @param first the first unit
 * @param second the second unit, or NO_SECOND
 * @returns the 32-bit key
 */
export function pairKey(first: number, second: number): number {
  return ((first << 16) | second) >>> 0;
}

/**
 * The group holding a key's words, or -1.
 * @param index the index
 * @param key a pair key
 * @returns the group index, or -1 when the dictionary has no word with that key
 */
export function findGroup(index: JiebaIndex, key: number): number {
  return probe(index.table, index.keys, key);
}

/**
 * The group of a key in an index's hash table and key list, or -1 (findGroup on the bare arrays, for
 * loops that hold them in locals).
 * @param table the hash table (group index + 1, 0 empty)
 * @param keys the key of each group
 * @param key a pair key
 * @returns the group index, or -1
 */
export function probe(table: Int32Array, keys: Uint32Array, key: number): number {
  const mask = table.length - 1;
  for (let slot = hashSlot(key, mask); ; slot = (slot + 1) & mask) {
    const entry = table[slot];
    if (entry === 0) return -1;
    if (keys[entry - 1] === key) return entry - 1;
  }
}

// Note: Fibonacci hashing keeps the top bits of the product; keys differ mostly in their low half.
function hashSlot(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> Math.clz32(mask);
}

/**
 * Build an index from jieba's dict.txt (`word [freq] [tag]` per line).
 * @param dict the bytes of dict.txt
 * @param jiebaVersion the version of the package the dictionary came from
 * @returns the index file's bytes
 */
export function buildJiebaIndex(dict: Uint8Array, jiebaVersion: string): Uint8Array {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(dict);
  const groups = new Map<number, { lines: string[]; freqs: Map<string, number> }>();
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const word = fields[0];
    if (!word) continue;
    // Note: jieba reads a missing frequency as 0 and rejects one that is not a whole number.
    const freq = fields[1] === undefined ? 0 : Number(fields[1]);
    if (!/^[0-9]+$/.test(fields[1] ?? '0')) throw new Error(`jieba dictionary line "${line}": frequency is not a whole number`);
    const key = pairKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : NO_SECOND);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { lines: [], freqs: new Map() }));
    group.lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    group.freqs.set(word, freq);
  }
  const sorted = [...groups.keys()].toSorted((a, b) => a - b);
  const encoder = new TextEncoder();
  const blobs = sorted.map((key) => encoder.encode(groups.get(key)!.lines.map((l) => l + '\n').join('')));
  const sums = new Float64Array(sorted.map((key) => [...groups.get(key)!.freqs.values()].reduce((s, f) => s + f, 0)));
  let tableSize = 2;
  while (tableSize < sorted.length * 2) tableSize *= 2;
  const header: IndexHeader = { format: INDEX_FORMAT, jiebaVersion, dictBytes: dict.length, groups: sorted.length, tableSize, total: sums.reduce((s, f) => s + f, 0) };
  const json = encoder.encode(JSON.stringify(header));
  const start = align8(4 + json.length);
  const blobBytes = blobs.reduce((s, b) => s + b.length, 0);
  const out = new Uint8Array(start + 8 * sorted.length + 4 * sorted.length + 4 * (sorted.length + 1) + 4 * tableSize + blobBytes);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  const view = viewIndex(out, header, start);
  view.sums.set(sums);
  view.keys.set(sorted);
  let offset = 0;
  sorted.forEach((key, i) => {
    view.offsets[i] = offset;
    view.blob.set(blobs[i], offset);
    offset += blobs[i].length;
    const mask = tableSize - 1;
    let slot = hashSlot(key, mask);
    while (view.table[slot] !== 0) slot = (slot + 1) & mask;
    view.table[slot] = i + 1;
  });
  view.offsets[sorted.length] = offset;
  return out;
}

/**
 * Read an index file; null when the bytes are not an index of this format.
 * @param bytes the file's bytes
 * @returns the index, or null
 */
export function readJiebaIndex(bytes: Uint8Array): JiebaIndex | null {
  try {
    if (bytes.length < 4) return null;
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as IndexHeader;
    if (header.format !== INDEX_FORMAT) return null;
    // Note: typed-array views need aligned offsets; a Buffer from readFileSync may sit anywhere in its pool.
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const index = viewIndex(aligned, header, align8(4 + length));
    return index.offsets[header.groups] === index.blob.length ? index : null;
  } catch {
    return null;
  }
}

/**
 * The index in these bytes if it was made from the installed jieba dictionary, else null (the caller
 * then loads the whole dictionary: an index of another release could hold other words).
 * @param bytes the index file's bytes
 * @param installed the installed @node-rs/jieba's version and the size of its dict.txt
 * @returns the index, or null
 */
export function indexFor(bytes: Uint8Array, installed: { jiebaVersion: string; dictBytes: number }): JiebaIndex | null {
  const index = readJiebaIndex(bytes);
  return index && index.header.jiebaVersion === installed.jiebaVersion && index.header.dictBytes === installed.dictBytes ? index : null;
}

function viewIndex(bytes: Uint8Array, header: IndexHeader, start: number): JiebaIndex {
  const { groups, tableSize } = header;
  const base = bytes.byteOffset + start;
  const sums = new Float64Array(bytes.buffer, base, groups);
  const keys = new Uint32Array(bytes.buffer, base + 8 * groups, groups);
  const offsets = new Uint32Array(bytes.buffer, base + 12 * groups, groups + 1);
  const table = new Int32Array(bytes.buffer, base + 16 * groups + 4, tableSize);
  const blobStart = start + 16 * groups + 4 + 4 * tableSize;
  return { header, sums, keys, offsets, table, blob: bytes.subarray(blobStart) };
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
