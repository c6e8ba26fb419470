import { findGroup, NO_SECOND, pairKey, probe, type JiebaIndex } from './jieba-index.js';

/** The part of an @node-rs/jieba instance this module drives. */
export interface JiebaCore {
  cut(sentence: string, hmm?: boolean): string[];
  /** Words with their part-of-speech tags (`n`, `v`, `p`…). */
  tag?(sentence: string, hmm?: boolean): Array<{ word: string; tag: string }>;
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
  const { offsets, sums, table, keys } = index;
  const state: ScanState = { inBlock: blockChars(), seenChar: new Uint8Array(0x10000), table, keys, loaded };
  const wanted: number[] = [];
  const cover = (text: string): void => {
    wanted.length = 0;
    scan(text, state, wanted);
    if (wanted.length === 0) return;
    // Note: the groups are loaded in index order, each run of neighbouring groups copied at once (a
    // byte-by-byte copy runs in V8's interpreter in a process this short); every word lives in one
    // group, so the order of groups changes nothing. A group holding a redefined word is loaded
    // without that word's line.
    const groups = Int32Array.from(wanted).sort();
    const edited: string[] = [];
    let bytes = 0;
    for (let k = 0; k < groups.length; k++) bytes += offsets[groups[k] + 1] - offsets[groups[k]];
    const out = Buffer.allocUnsafe(bytes);
    let at = 0;
    let from = 0;
    let to = 0;
    for (let k = 0; k < groups.length; k++) {
      const group = groups[k];
      const redefinedHere = touched.get(group);
      missing -= sums[group] - (redefinedHere ?? 0);
      if (redefinedHere !== undefined) {
        edited.push(withoutWords(blob.toString('utf8', offsets[group], offsets[group + 1]), redefined));
      } else if (offsets[group] === to) {
        to = offsets[group + 1];
      } else {
        at += blob.copy(out, at, from, to);
        from = offsets[group];
        to = offsets[group + 1];
      }
    }
    at += blob.copy(out, at, from, to);
    jieba.loadDict(Buffer.concat([out.subarray(0, at), Buffer.from(edited.join(''), 'utf8'), fillerLine(missing)]));
  };
  return { jieba, cover };
}

/** The lookup state `scan` reads and marks. */
interface ScanState {
  inBlock: Uint8Array;
  seenChar: Uint8Array;
  table: Int32Array;
  keys: Uint32Array;
  loaded: Uint8Array;
}

/**
 * Find the groups a text needs that are not loaded yet: each character's own entry and each pair of
 * adjacent characters, both inside jieba's blocks.
 * Note: jieba looks words up only inside runs of Han characters, ASCII letters, digits and `+#&._%-`;
 * a word holding any other character is never found, so it is never loaded. A character's own entry
 * is looked up once per instance (most characters recur).
 * @param text the text
 * @param state lookup state (marked: loaded groups and seen characters)
 * @param wanted receives the groups to load
 */
function scan(text: string, state: ScanState, wanted: number[]): void {
  const { inBlock, seenChar, table, keys, loaded } = state;
  const length = text.length;
  let first = length > 0 ? text.charCodeAt(0) : 0;
  for (let i = 0; i < length; i++) {
    const second = i + 1 < length ? text.charCodeAt(i + 1) : NO_SECOND;
    if (inBlock[first] === 1) {
      if (seenChar[first] === 0) {
        seenChar[first] = 1;
        mark(probe(table, keys, pairKey(first, NO_SECOND)), loaded, wanted);
      }
      if (inBlock[second] === 1) mark(probe(table, keys, pairKey(first, second)), loaded, wanted);
    }
    first = second;
  }
}

function mark(group: number, loaded: Uint8Array, wanted: number[]): void {
  if (group >= 0 && loaded[group] === 0) {
    loaded[group] = 1;
    wanted.push(group);
  }
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
  const blob = Buffer.from(index.blob.buffer, index.blob.byteOffset, index.blob.byteLength);
  const groups = new Map<number, number>();
  for (const word of words) {
    const group = findGroup(index, pairKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : NO_SECOND));
    if (group >= 0 && !groups.has(group)) groups.set(group, frequencyOf(blob.toString('utf8', index.offsets[group], index.offsets[group + 1]), words));
  }
  return groups;
}

function frequencyOf(lines: string, words: ReadonlySet<string>): number {
  const last = new Map<string, number>();
  for (const line of lines.split('\n')) {
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
