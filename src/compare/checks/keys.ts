import { getSegmenter, type Segmenter } from '../../parse/words/segmenter.js';
import { ACTION_VERBS, CLASS_WORDS, FUNCTION_TAGS, GENERIC_KEYS, NOMINAL_TAG } from './key-words.js';
import { canonKey } from './match.js';

/** Ratio nouns that end a key whatever jieba tags their last character (`…增加值占比`, `…营收之比`). */
const RATIO_END = /(?:占比|之比)$/u;

/** Why a metric key is not specific enough for an error, or null when it is. */
export type KeyWeakness = 'short' | 'generic' | 'function-word' | 'verb' | 'no-noun' | null;

/** A class opening a key (`千亿级`), built once from the class table. */
const LEADING_CLASS = new RegExp(`^(?:${CLASS_WORDS.source})`, 'u');

/**
 * Whether a metric key names a measured thing (a noun phrase: `地区生产总值`, `城镇新增就业`,
 * `一带一路联合实验室`) rather than a verb, a preposition, a pronoun or a generic word (`推动`, `为`,
 * `实施`, `项目`), which a reader may take for the metric when the sentence hides it.
 * Note: only specific keys may make an error; the others are at most `info`, so that an imperfect
 * reading of a sentence never fails CI.
 * @param key the metric key (canonical: no spaces, quotes or punctuation)
 * @param tags jieba's words with part-of-speech tags for a text (the segmenter's `tags`); without it
 *   only the tables are used
 * @returns why the key is weak, or null for a specific key
 */
export function keyWeakness(key: string, tags?: Segmenter['tags']): KeyWeakness {
  // Note: a class opening the key (`千亿级产业集群`) qualifies its noun: the noun is judged.
  const k = canonKey(key).replace(LEADING_CLASS, '');
  if ([...k].length < 2) return 'short';
  if (GENERIC_KEYS.has(k)) return 'generic';
  const words = tags ? tags(k).filter((w) => w.word.trim() !== '') : [{ word: k, tag: 'n' }];
  if (words.length === 0) return 'short';
  const [first, last] = [words[0], words.at(-1)!];
  // Note: a ratio noun split by jieba (`占比` as 占 + the preposition 比) still ends a noun phrase.
  if (FUNCTION_TAGS.has(first.tag) || (FUNCTION_TAGS.has(last.tag) && !RATIO_END.test(k))) return 'function-word';
  if (ACTION_VERBS.has(last.word) || [...ACTION_VERBS].some((v) => v.length > 1 && k.endsWith(v))) return 'verb';
  if (!words.some((w) => NOMINAL_TAG.test(w.tag) && !GENERIC_KEYS.has(w.word))) return 'no-noun';
  // Note: after a leading verb, a verbal noun alone names an action, not a thing (`开发储备`).
  if (first.tag === 'v' && !words.some((w) => NOMINAL_TAG.test(w.tag) && w.tag !== 'vn' && !GENERIC_KEYS.has(w.word))) return 'no-noun';
  return null;
}

/**
 * The metric-key test of one run: each key tagged once; jieba loads only when a disagreement needs a
 * key tested.
 * @param tags a part-of-speech tagger (default: the shared jieba segmenter's)
 * @param known keys tested already with the same tagger (canonical key → weakness)
 * @returns key → its weakness, or null for a specific key
 */
export function weaknessTest(tags?: Segmenter['tags'], known?: ReadonlyMap<string, KeyWeakness>): (key: string) => KeyWeakness {
  const seen = new Map<string, KeyWeakness>(known ?? []);
  // Note: by the key as written too, so a key met again skips its canonical form (NFKC).
  const asWritten = new Map<string, KeyWeakness>();
  return (key) => {
    let w = asWritten.get(key);
    if (w !== undefined) return w;
    const k = canonKey(key);
    w = seen.get(k);
    if (w === undefined) {
      w = keyWeakness(k, tags ?? ((text) => getSegmenter().tags!(text)));
      seen.set(k, w);
    }
    asWritten.set(key, w);
    return w;
  };
}
