import { findGroup, NO_SECOND, pairKey, type JiebaIndex } from './jieba-index.js';

/** The part of an @node-rs/jieba instance this module drives. */
export interface JiebaCore {
  cut(sentence: string, hmm?: boolean): string[];
  loadDict(dict: Uint8Array): void;
}

/** A jieba instance that grows its dictionary to cover each text before cutting it. */
export interface LazyJieba {
  /**
   * Load every dictionary word that could occur in the text, so that cutting it (or any part of it)
   * gives what the full dictionary gives.
   */
  cover(text: string): void;
  /** The jieba instance (cut only texts that were covered). */
  jieba: JiebaCore;
}

// Note: U+FDD0 and U+FDD1 are noncharacters outside jieba's Han/alnum blocks: jieba never looks them
// up in a text, so this entry only carries the frequency of the words not loaded yet.
const FILLER = '\ufdd0\ufdd1';

/**
 * Start a jieba instance over an index, with the extra dictionaries loaded whole; base words are
 * added group by group as texts need them, and a filler entry keeps jieba's total frequency equal to
 * the full dictionary's at every step, so every cut is the full dictionary's cut.
 * @param create makes a jieba instance from dictionary bytes (`Jieba.withDict`)
 * @param index the regrouped base dictionary
 * @param extras the shipped and user dictionaries, each the bytes of a `word [freq] [tag]` file, in load order
 * @returns the lazily growing instance
 */
export function createLazyJieba(create: (dict: Uint8Array) => JiebaCore, index: JiebaIndex, extras: readonly Uint8Array[]): LazyJieba {
  const redefined = extraWords(extras);
  // Note: a base word that an extra dictionary redefines is never loaded from the base (the extra's
  // line has already set it, as it would after the full load), and its base frequency leaves the total.
  const touched = groupsWith(index, redefined);
  let missing = index.header.total;
  for (const frequency of touched.values()) missing -= frequency;
  const jieba = create(fillerLine(missing));
  for (const extra of extras) jieba.loadDict(extra);
  const loaded = new Uint8Array(index.header.groups);
  const blob = Buffer.from(index.blob.buffer, index.blob.byteOffset, index.blob.byteLength);
  const bytesOf = index.blob;
  const { offsets, sums, table, keys } = index;
  const mask = table.length - 1;
  const shift = Math.clz32(mask);
  const inBlock = blockChars();
  const seenChar = new Uint8Array(0x10000);
  const wanted: number[] = [];
  let bytes = 0;
  // Note: one hash probe, inlined (this runs for every character jieba is asked to cut).
  const want = (key: number): void => {
    for (let slot = Math.imul(key, 0x9e3779b1) >>> shift; ; slot = (slot + 1) & mask) {
      const entry = table[slot];
      if (entry === 0) return;
      if (keys[entry - 1] === key) {
        const group = entry - 1;
        if (loaded[group] === 0) {
          loaded[group] = 1;
          wanted.push(group);
          bytes += offsets[group + 1] - offsets[group];
        }
        return;
      }
    }
  };
  const cover = (text: string): void => {
    wanted.length = 0;
    bytes = 0;
    // Note: jieba looks words up only inside runs of Han characters, ASCII letters, digits and
    // `+#&._%-`; a word holding any other character is never found, so it is never loaded.
    // Note: a character's own entry is looked up once per instance (most characters recur).
    for (let i = 0; i < text.length; i++) {
      const first = text.charCodeAt(i);
      if (inBlock[first] === 0) continue;
      if (seenChar[first] === 0) {
        seenChar[first] = 1;
        want(((first << 16) | NO_SECOND) >>> 0);
      }
      const second = i + 1 < text.length ? text.charCodeAt(i + 1) : NO_SECOND;
      if (inBlock[second] === 1) {
        const key = ((first << 16) | second) >>> 0;
        want(key);
      }
    }
    if (wanted.length === 0) return;
    // Note: the groups' lines are copied into one buffer (no view per group); a group holding a
    // redefined word is loaded without that word's line.
    const edited: string[] = [];
    const out = Buffer.allocUnsafe(bytes);
    let at = 0;
    for (const group of wanted) {
      const redefinedHere = touched.get(group);
      if (redefinedHere === undefined) {
        // Note: a plain loop: groups average 26 bytes, too short for Buffer#copy's per-call cost.
        for (let k = offsets[group], end = offsets[group + 1]; k < end; k++) out[at++] = bytesOf[k];
      }
      else edited.push(withoutWords(blob.toString('utf8', offsets[group], offsets[group + 1]), redefined));
      missing -= sums[group] - (redefinedHere ?? 0);
    }
    jieba.loadDict(Buffer.concat([out.subarray(0, at), Buffer.from(edited.join(''), 'utf8'), fillerLine(missing)]));
  };
  return { jieba, cover };
}

let blockTable: Uint8Array | undefined;

/** 1 for each UTF-16 unit that can sit in a jieba block (surrogates count: astral Han is in blocks). */
function blockChars(): Uint8Array {
  if (blockTable) return blockTable;
  const table = new Uint8Array(0x10000);
  const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xd800, 0xdfff], [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]];
  for (const [from, to] of ranges) table.fill(1, from, to + 1);
  for (const c of '+#&._%-') table[c.charCodeAt(0)] = 1;
  return (blockTable = table);
}

function fillerLine(frequency: number): Uint8Array {
  return Buffer.from(`${FILLER} ${frequency}\n`, 'utf8');
}

/** The words the extra dictionaries define (jieba reads the first whitespace-separated field). */
function extraWords(extras: readonly Uint8Array[]): Set<string> {
  const words = new Set<string>();
  const decoder = new TextDecoder();
  for (const extra of extras) {
    for (const line of decoder.decode(extra).split('\n')) {
      const word = line.trim().split(/\s+/)[0];
      if (word) words.add(word);
    }
  }
  return words;
}

/** The groups holding any of the given words, each with the base frequency (last line wins) of those words. */
function groupsWith(index: JiebaIndex, words: ReadonlySet<string>): Map<number, number> {
  const groups = new Map<number, number>();
  for (const word of words) {
    const group = findGroup(index, pairKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : NO_SECOND));
    if (group >= 0 && !groups.has(group)) groups.set(group, frequencyOf(Buffer.from(index.blob.buffer, index.blob.byteOffset + index.offsets[group], index.offsets[group + 1] - index.offsets[group]), words));
  }
  return groups;
}

function frequencyOf(lines: Buffer, words: ReadonlySet<string>): number {
  const last = new Map<string, number>();
  for (const line of lines.toString('utf8').split('\n')) {
    const [word, freq] = line.trim().split(/\s+/);
    if (word && words.has(word)) last.set(word, Number(freq ?? 0));
  }
  let sum = 0;
  for (const f of last.values()) sum += f;
  return sum;
}

/** The lines of a group without the given words. */
function withoutWords(lines: string, words: ReadonlySet<string>): string {
  return lines
    .split('\n')
    .filter((line) => !words.has(line.trim().split(/\s+/)[0]))
    .join('\n');
}
