import { closeSync, existsSync, fstatSync, openSync, read, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indexFor, type JiebaIndex } from './jieba-index.js';
import { createLazyJieba, type JiebaCore, type LazyJieba } from './jieba-lazy.js';

/** Splits Chinese text into words: the ONE tokenizer every plan-diff module uses. */
export interface Segmenter {
  /**
   * Cut text into tokens; joining the tokens gives back the text exactly.
   * Numbers with their units stay whole (`1.2万亿元`, `15家`, `6%`, `2024-2027年`).
   */
  words(text: string): string[];
  /**
   * Get ready to cut these texts, or texts made from them, in one go (a speed hint: words never change;
   * plan-diff's segmenter loads the dictionary words they can contain at once).
   */
  prepare?(texts: readonly string[]): void;
  /**
   * Words of a short text with jieba's part-of-speech tags (`n` noun, `v` verb, `p` preposition, `r`
   * pronoun…), for telling a noun phrase from a verb or a function word. Optional: a hand-made
   * segmenter may leave it out. `hmm` lets jieba guess words its dictionary lacks (default false).
   */
  tags?(text: string, hmm?: boolean): Array<{ word: string; tag: string }>;
}

/** Options for building a segmenter. */
export interface SegmenterOptions {
  /**
   * Extra user dictionaries, each the text of a jieba dictionary file (`word [freq] [tag]` per line),
   * added after the shipped `dict/plan-diff.dict.txt`.
   */
  userDicts?: readonly string[];
  /**
   * Load jieba's whole dictionary up front instead of the words each text can contain (the same cuts,
   * about 0.1 s slower to start; for checking that claim). Default false.
   */
  fullDictionary?: boolean;
}

/**
 * The package's `dict/` folder, which sits next to `src/` and `dist/`: the nearest folder above this
 * module holding the shipped dictionary (this module lies at different depths in `src/parse/words/`,
 * `dist/parse/words/` and the flat bundle `dist/bundle/`).
 * @returns the folder's URL, with a trailing slash
 */
function packageDictFolder(): URL {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'dict', 'plan-diff.dict.txt'))) return pathToFileURL(join(dir, 'dict') + '/');
    if (dirname(dir) === dir) return new URL('../../../dict/', import.meta.url);
  }
}

const DICT_FOLDER = packageDictFolder();

/** Path of the domain dictionary shipped with the package. */
export const SHIPPED_DICT = new URL('plan-diff.dict.txt', DICT_FOLDER);

const cache = new Map<string, Segmenter>();

/**
 * Get a segmenter, loading jieba and its dictionaries on first use only (start-up stays cheap for
 * commands that never need words). Instances are cached per set of user dictionaries.
 * @param options extra user dictionaries
 * @returns the segmenter
 */
export function getSegmenter(options: SegmenterOptions = {}): Segmenter {
  const userDicts = options.userDicts ?? [];
  const full = options.fullDictionary ?? false;
  const key = `${full ? 'full' : 'lazy'}\u0001${userDicts.join('\u0000')}`;
  // Note: what a prefetch read is taken (and let go) whatever happens next.
  const readBytes = prefetched;
  prefetched = null;
  const cached = cache.get(key);
  if (cached) return cached;
  const jieba = loadJieba(userDicts, full, readBytes);
  // Note: the texts of the last `prepare`, whose words are loaded already: cutting one of them (the
  // usual case) skips the scan for words to load.
  let prepared = new Set<string>();
  const segmenter: Segmenter = {
    words: (text) => {
      if (!prepared.has(text)) jieba.cover(text);
      return cutText(jieba.jieba, text);
    },
    tags: (text, hmm) => {
      jieba.cover(text);
      return jieba.jieba.tag?.(text, hmm ?? false) ?? [];
    },
    // Note: each distinct text once: two revisions share most of their texts.
    prepare: (texts) => {
      prepared = new Set(texts);
      jieba.cover([...prepared].join('\n'));
    },
  };
  cache.set(key, segmenter);
  return segmenter;
}

function loadJieba(userDicts: readonly string[], full: boolean, readBytes: Buffer | null): LazyJieba {
  // Note: createRequire keeps jieba out of module import; only callers that cut words pay for it.
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaCore } };
  // Note: @node-rs/jieba 2 `loadDict` takes bytes (a Buffer), not a path.
  const extras = [readFileSync(SHIPPED_DICT), ...userDicts.map((text) => Buffer.from(cleanDict(text), 'utf8'))];
  const index = full ? null : currentIndex(require, readBytes);
  if (index) return createLazyJieba((dict) => Jieba.withDict(dict), index, extras);
  // Note: without a usable index (not built, or made from another jieba release) the whole dictionary
  // is loaded, as jieba itself does: slower by about 0.1 s, the same words.
  const jieba = Jieba.withDict(defaultDict(require));
  for (const extra of extras) jieba.loadDict(extra);
  return { jieba, cover: () => undefined };
}

/** Path of the regrouped jieba dictionary made at build time (`scripts/build-jieba-index.mjs`). */
export const JIEBA_INDEX = new URL('jieba-index.bin', DICT_FOLDER);

let prefetched: Buffer | null = null;

/**
 * Start reading jieba's regrouped dictionary (~10 MB) in the background, for a caller with other
 * work to do first (compare parses both documents meanwhile): one read request on libuv's thread
 * pool, so the copy runs on another core. A `getSegmenter` after the returned promise settles uses
 * what was read; before, or if the read failed, it reads the file itself.
 * @returns a promise of whether the index was read (false: no index, or the read failed); it never rejects
 */
export function prefetchSegmenter(): Promise<boolean> {
  return new Promise((resolve) => {
    let fd = -1;
    let buffer: Buffer;
    try {
      fd = openSync(JIEBA_INDEX, 'r');
      buffer = Buffer.allocUnsafe(fstatSync(fd).size);
    } catch {
      if (fd >= 0) closeQuietly(fd);
      resolve(false);
      return;
    }
    // Note: fs.read with the whole length is one request; readFile would read 512 KB at a time, each
    // piece waiting for the main thread's event loop.
    read(fd, buffer, 0, buffer.length, 0, (error, bytes) => {
      closeQuietly(fd);
      if (!error && bytes === buffer.length) prefetched = buffer;
      resolve(prefetched === buffer);
    });
  });
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing to do: the read is over either way.
  }
}

/**
 * The index of jieba's dictionary, if it was built from the installed @node-rs/jieba's dict.txt.
 * @param require a require function resolving @node-rs/jieba
 * @param readBytes the index file's bytes when a prefetch read them, else null (read here)
 * @returns the index, or null to load the full dictionary
 */
function currentIndex(require: NodeJS.Require, readBytes: Buffer | null): JiebaIndex | null {
  if (!existsSync(JIEBA_INDEX)) return null;
  try {
    const { version } = JSON.parse(readFileSync(require.resolve('@node-rs/jieba/package.json'), 'utf8')) as { version: string };
    const dictBytes = statSync(require.resolve('@node-rs/jieba/dict.txt')).size;
    return indexFor(readBytes ?? readFileSync(JIEBA_INDEX), { jiebaVersion: version, dictBytes });
  } catch {
    return null;
  }
}

/**
 * The dictionary shipped with @node-rs/jieba, read directly.
 * Note: its `dict` module also reads the 6 MB idf.txt, which cutting never uses.
 */
function defaultDict(require: NodeJS.Require): Uint8Array {
  try {
    return readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
  } catch {
    return (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
  }
}

/** Drop blank and `#` comment lines, which jieba's loader would read as words. */
function cleanDict(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line + '\n')
    .join('');
}

const DIGITS = '[0-9０-９]+(?:[.．,，][0-9０-９]+)*';
const MAGNITUDE = '(?:万亿|亿|万|千)?';
const UNITS =
  '(?:个百分点|百分点|平方公里|平方米|人民币|美元|欧元|万元|亿元|元|人次|个|家|项|人|名|所|件|台|套|座|条|公里|千米|米|吨|亩|户|篇|部|次|批|场|支|种|年|月|日|天|倍|小时|GW|MW|kW|TB|PB|%|％|‰)?';
// Note: ranges (`3-5个`, `2024-2027年`, `4.5%-5%`) are one token so a changed end shows as one edit.
const NUMBER = new RegExp(
  `${DIGITS}(?:[%％‰])?(?:\\s?[-－~～—至到]\\s?${DIGITS})?${MAGNITUDE}${UNITS}`,
  'gu',
);

function cutText(jieba: JiebaCore, text: string): string[] {
  const tokens: string[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start > last) pushWords(jieba, text.slice(last, start), tokens);
    tokens.push(match[0]);
    last = start + match[0].length;
  }
  if (last < text.length) pushWords(jieba, text.slice(last), tokens);
  return tokens;
}

function pushWords(jieba: JiebaCore, span: string, out: string[]): void {
  const words = jieba.cut(span, true);
  for (let k = 0; k < words.length; k++) if (words[k] !== '') out.push(words[k]);
}
