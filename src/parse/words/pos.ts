/**
 * Part-of-speech reading of the words around a number, with jieba's tags (through the segmenter):
 * whether the words before a number are only a verb phrase (`实施3000个技改项目`: the measured noun
 * comes after the measure word), and whether a phrase is a bare verb, preposition or pronoun (never a
 * metric on its own).
 */
import { getSegmenter } from './segmenter.js';
import { VERB_WORDS, NOT_METRIC_WORDS, NOUN_WORDS, OBJECT_COUNT_VERBS } from './pos-words.js';

/** A word and its jieba tag. */
export interface TaggedWord {
  /** The word as written. */
  word: string;
  /** jieba's tag (`v`, `vn`, `n`, `ns`, `m`, `q`, `p`, `r`, `u`, `x`, …). */
  tag: string;
}

/**
 * Tag a text with jieba (loaded on first use).
 * @param text the text
 * @returns its words and tags, spaces dropped
 */
export function tagWords(text: string): TaggedWord[] {
  let words = cache.get(text);
  if (words === undefined) {
    const segmenter = getSegmenter();
    words = (segmenter.tags?.(text, true) ?? segmenter.words(text).map((word) => ({ word, tag: 'x' })))
      .filter((w) => w.word.trim() !== '')
      .map((w) => (NOUN_WORDS.has(w.word) ? { word: w.word, tag: 'n' } : w));
    // Note: the phrases before numbers repeat (实施, 新增, 达到…); a small cache saves most tagging calls.
    if (cache.size >= 4096) cache.clear();
    cache.set(text, words);
  }
  return words;
}

const cache = new Map<string, TaggedWord[]>();

const VERBISH = /^(?:v|vd|vg|vi|vq|vn|d|ad|a|x|c|u)$/u;
const NOUNISH = /^(?:n|nr|nrt|nrfg|ns|nt|nz|ng|j|eng|l|i|m|q|b|s|f)$/u;
const VERB = /^(?:v|vd|vg|vi|vq)$/u;

/**
 * Whether the words before a number are only a verb phrase (the number then counts the noun after
 * its measure word): a verb with no noun after it (`实施`, `加快打造`, `做优做强`, `新(改)建`), or a list
 * of examples closed by 等 (`做强生物医药等3个…集群`).
 * @param phrase the words between the clause's start (leading scope and time words removed) and the number
 * @returns true for a verb phrase
 */
export function isVerbPhrase(phrase: string): boolean {
  const text = phrase.replace(/[\s“”"（）()]/gu, '');
  if (text === '') return false;
  if (/等$/u.test(text)) return true;
  const words = tagWords(text);
  let verb = false;
  // Note: before the verb, adverbs, time words and a prepositional scope (`在全省新建`) may come.
  let preposition = false;
  for (const w of words) {
    const isVerb = VERB.test(w.tag) || VERB_WORDS.has(w.word);
    if (isVerb) verb = true;
    else if (verb && NOUNISH.test(w.tag)) return false;
    else if (!verb && w.tag === 'p') preposition = true;
    else if (!verb && !VERBISH.test(w.tag) && w.tag !== 't' && !preposition) return false;
  }
  return verb;
}

/**
 * Whether a metric phrase is no metric at all: a bare verb (`实施`, `打通`), a preposition (`在`, `为`),
 * a pronoun (`其`, `这`), or punctuation (`/`).
 * @param metric the metric phrase
 * @returns true when it names nothing measurable
 */
export function isBareWord(metric: string): boolean {
  const text = metric.replace(/[\s\p{P}\p{S}]/gu, '');
  if (!/[\p{Script=Han}A-Za-z]/u.test(text)) return metric !== ''; // `/`, `1`, `27.`
  if (NOT_METRIC_WORDS.has(text) || VERB_WORDS.has(text)) return true;
  // Note: a bare verb, preposition or pronoun, or a verb phrase (`提前转移避险`), is short; longer phrases are not tagged.
  if (text.length > 8) return false;
  const words = tagWords(text);
  if (words.length === 1) return /^(?:v|vd|vg|vi|p|r|c|u|uj|ug|ul|uz|d|ad|f|q|m)$/u.test(words[0]!.tag);
  // 加快打造, 做优做强, 扎扎实实办好, 每年实施, 把其中: verbs, adverbs, pronouns, prepositions and
  // particles only, no word that names a thing.
  return words.every((w) => FUNCTION_OR_VERB.test(w.tag) || VERB_WORDS.has(w.word)) && !words.every((w) => /^(?:m|q)$/u.test(w.tag));
}

/** Canonical units that count persons or households (`10万人`, `197万人次`, `2万名`, `7.8万户`). */
const PERSON_UNITS: ReadonlySet<string> = new Set(['人', '人次', '名', '位', '户', '户次']);

/**
 * The verb phrase before a count of persons that names what the persons did, the thing counted
 * (`新增就业10万人` → `就业`, `带动就业47.6万人`, `累计扩招413万人` → `扩招`, `搬迁26216户`, `提前转移避险197万
 * 人次` → `转移避险`), or null when it is no metric (`惠及1100多万人`, `吸纳超100万名`: the persons are the
 * object of a plan verb, named elsewhere; `每年实施`, `扎扎实实办好`, `把其中`: function words and plan verbs).
 * Note: jieba tags 就业, 参保, 搬迁 as plain verbs, so the tag alone does not tell; the structure does: a
 * content verb heads the phrase right before a count of persons, and is none of the plan verbs whose
 * object the count is (VERB_WORDS, OBJECT_COUNT_VERBS).
 * @param metric a metric phrase that is only verbs and function words (isBareWord)
 * @param unit the canonical unit of the count
 * @returns the phrase without its leading adverbs, or null
 */
export function countedEvent(metric: string, unit: string): string | null {
  if (!PERSON_UNITS.has(unit)) return null;
  const words = tagWords(metric.replace(/[\s\p{P}\p{S}]/gu, ''));
  let k = 0;
  while (k < words.length && /^(?:d|ad|r|p|c|z|zg)$/u.test(words[k]!.tag) && !VERB_WORDS.has(words[k]!.word)) k++;
  const rest = words.slice(k);
  const head = rest.at(-1);
  if (head === undefined || !/^(?:v|vi|vn)$/u.test(head.tag)) return null;
  if (VERB_WORDS.has(head.word) || OBJECT_COUNT_VERBS.has(head.word) || NOT_METRIC_WORDS.has(head.word)) return null;
  if (!rest.every((w) => /^(?:v|vi|vn|d|ad|uv|ud)$/u.test(w.tag) || VERB_WORDS.has(w.word))) return null;
  return rest.map((w) => w.word).join('');
}

/** Tags of words that name no thing: verbs, adverbs, descriptive words, pronouns, prepositions, conjunctions, particles. */
const FUNCTION_OR_VERB = /^(?:v|vd|vg|vi|d|ad|z|zg|r|p|c|u|uj|ug|ul|uz|uv|ud|y|e|o)$/u;

/**
 * The verb of a quantity's phrase, kept apart from its metric: the verbs that open the words before
 * the number (`实施`, `加快打造`, `新增`), else the verbs that close them (`增长`, `提高到`).
 * @param phrase the words between the clause's start and the number's comparator words
 * @returns the verb phrase as written, or null when there is none
 */
export function actionOf(phrase: string): string | null {
  const text = phrase.replace(/[\s“”"]/gu, '');
  if (text === '') return null;
  // 做优做强5个…: a phrase that is only a verb phrase is the action whole.
  if (!/等$/u.test(text) && isVerbPhrase(text)) return text;
  const words = tagWords(text);
  const isVerb = (w: TaggedWord): boolean => VERB.test(w.tag) || VERB_WORDS.has(w.word);
  let k = 0;
  while (k < words.length && /^(?:d|ad|t|c)$/u.test(words[k]!.tag) && !isVerb(words[k]!)) k++;
  let lead = '';
  while (k < words.length && isVerb(words[k]!)) lead += words[k++]!.word;
  if (lead !== '') return lead;
  let j = words.length;
  while (j > 0 && (/^(?:到|至|了)$/u.test(words[j - 1]!.word) || isVerb(words[j - 1]!))) j--;
  const tail = words.slice(j).map((w) => w.word).join('');
  return words.slice(j).some(isVerb) ? tail : null;
}
