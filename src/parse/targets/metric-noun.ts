/**
 * The noun a count names, kept apart from what is not part of it: the period it is stated per
 * (`每年滚动实施重点项目100个` → unit `个/年`), the verbs of the action before the noun
 * (`实施重点项目` → `重点项目`), and the class that tells two counts apart (`千亿级产业集群3个`).
 * Each is read from the words (jieba's tags, through pos.ts) and the tables below, never from a
 * sentence.
 */
import { tagWords } from '../words/pos.js';
import { VERB_WORDS } from '../words/pos-words.js';
import { ACTION_VERBS, FREQUENCY, FREQUENCY_PERIODS, GRANT_NOUNS, GRANT_VERBS } from './noun-words.js';

/** A frequency word read before a number. */
export interface Frequency {
  /** The period, as written in the unit (`年`, `季度`, `月`, `2年`). */
  period: string;
  /** The text with the frequency word blanked out by spaces (same length, so offsets stay). */
  masked: string;
  /** 0-based index of the frequency word in the text. */
  at: number;
}

/** Units that a period cannot divide: a share, a growth in points, a ratio, a bare class, a unit that is a rate already. */
const NO_PERIOD = /^(?:%|个百分点|倍|)$|\//u;

/**
 * The period a count or amount is stated per (`每季度召开1次` → `季度`), read in the words before its
 * number: it goes to the unit (`次/季度`), not to the metric, so that a yearly goal never meets a total.
 * Note: a share or growth (`每年增长5%`) keeps its 每年 (a yearly rate, `change: rate`).
 * @param text the sentence (half-width digits)
 * @param from 0-based start of the number's phrase
 * @param to 0-based start of its comparator words
 * @param unit the canonical unit of the number
 * @returns the period and the text without its frequency word, or null
 */
export function readFrequency(text: string, from: number, to: number, unit: string): Frequency | null {
  if (NO_PERIOD.test(unit)) return null;
  const m = FREQUENCY.exec(text.slice(from, to));
  if (!m) return null;
  // Note: a frequency before a noun (`周例会调度、每日工作动态`) names the noun, not a period of the count:
  // only one before a verb (`每季度召开`), a bound or the number itself counts.
  const next = text.slice(from + m.index + m[0].length, to).trim();
  if (next !== '' && !/^(?:每|都|均|可|将|要|再|超过|不少于|不低于|达到?|约|近)/u.test(next)) {
    const [word] = tagWords(next);
    if (!word || !(/^(?:v|vd|vi|vg|d|ad|p)$/u.test(word.tag) || ACTION_VERBS.has(word.word))) return null;
  }
  const { n, period } = m.groups as { n?: string; period: string };
  const count = n === undefined ? '' : String(parseCount(n));
  const at = from + m.index;
  return { period: `${count === '1' ? '' : count}${FREQUENCY_PERIODS[period] ?? period}`, masked: text.slice(0, at) + ' '.repeat(m[0].length) + text.slice(at + m[0].length), at };
}

function parseCount(n: string): number {
  return /^\d+$/u.test(n) ? Number(n) : '一二三四五六七八九十'.indexOf(n) + 1 || (n === '两' ? 2 : 0);
}

/** Any verb of the action table, anywhere in a text: a cheap test before tagging. */
const ANY_ACTION_VERB = new RegExp([...ACTION_VERBS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');

/**
 * The metric of a count without the verbs of its action (`滚动实施重点项目` → `重点项目`, `改造城镇老旧小区`
 * → `城镇老旧小区`): a run of verbs (jieba tags them `v`) ending on a verb of plans' actions, before a noun.
 * Note: a noun that opens with a verb (`快递业务量`, `就业驿站`, `可再生能源`) keeps it: its verb is no
 * action of the table. What is left must be a noun of three characters or more (`新开工项目` stays whole).
 * @param metric the metric phrase (leading lead words already removed)
 * @returns the noun, or the metric unchanged
 */
export function dropActionVerbs(metric: string): string {
  // Note: most metrics hold no action verb at all; they are not tagged (jieba, once per target).
  if (metric.length < 5 || !ANY_ACTION_VERB.test(metric)) return metric;
  const words = tagWords(metric);
  let k = 0;
  let cut = 0;
  // Note: verbs listed with 、 (`制定、修改、废止政府规章`) are one run.
  while (k < words.length && (/^(?:v|vd|vi|vg|d|ad)$/u.test(words[k]!.tag) || VERB_WORDS.has(words[k]!.word) || (words[k]!.word === '、' && k > 0))) {
    k++;
    if (ACTION_VERBS.has(words[k - 1]!.word)) cut = k;
  }
  if (cut === 0 || cut >= words.length) return metric;
  const next = words[cut]!;
  if (/^\p{P}/u.test(next.word)) return metric;
  // Note: a count after the verb (`推出12批`, `实施10大类`) is no noun.
  if (!/^(?:n|nr|nz|ns|nt|ng|nrt|nrfg|j|l|b|a|s|eng|x)$/u.test(next.tag)) return metric;
  const head = words.slice(0, cut).map((w) => w.word).join('');
  const at = metric.indexOf(head);
  const rest = at === 0 ? metric.slice(head.length) : metric;
  return [...rest].length >= 3 ? rest : metric;
}

/**
 * The class words that open a class phrase (`千亿级产业集群` → `千亿级`, `万吨级泊位` → `万吨级`).
 * @param text the class phrase as written (the spec's text)
 * @param metric its noun
 * @returns the class words, or '' when the phrase is not a class before its noun
 */
export function classWords(text: string, metric: string): string {
  const at = metric === '' ? -1 : text.lastIndexOf(metric);
  const head = at > 0 ? text.slice(0, at).replace(/\s+/gu, '') : '';
  return /级$/u.test(head) && head.length <= 8 ? head : '';
}

/** A grant read around an amount: what is granted and to whom. */
export interface Grant {
  /** The noun granted (`奖励`, `补助`), the metric. */
  metric: string;
  /** The recipient (`对符合条件的项目`), or null. */
  scope: string | null;
  /** The verb (`给予`), or null. */
  action: string | null;
  /** Characters of the noun after the comparator words (to end the target's text after it). */
  after: number;
  /** The comparator a bound before the verb gives (`最高奖励200万元` → `lte`), or null. */
  comparator: 'lte' | 'gte' | null;
}

const GRANT_AFTER = new RegExp(String.raw`^\s*(?:的\s*)?(给予|予以)?\s*(?:一次性\s*)?(${GRANT_NOUNS})`, 'u');
const GRANT_GIVER = new RegExp(String.raw`(${GRANT_VERBS})\s*(?:一次性|每[个家户人所项])?\s*(?:最高|最多|不超过|最高不超过|最低|不低于)?\s*$`, 'u');
const GRANT_BOUND = new RegExp(String.raw`(?:最高|最多|不超过|最低|不低于)\s*(${GRANT_VERBS})\s*(?:一次性)?\s*$`, 'u');
/** A clause that grants (`按投资额的10%给予补贴`), whose next clause may bound it (`最高不超过300万元`). */
const GRANT_CLAUSE = new RegExp(String.raw`(?:给予|予以)\s*(?:一次性)?\s*([^，,；;]{0,8}?(?:${GRANT_NOUNS}))\s*$`, 'u');
const RECIPIENT = /(?:^|[，,])\s*(对[^，,；;]{2,30}?)(?=\s*(?:按|最高|最多|一次性|分别|给予|予以|奖励|补助|补贴|资助|每[个家户人所项]))/u;
const BASIS = /(按[^，,；;]{2,20}?)的?\s*$/u;

/**
 * A grant, subsidy or reward the plan gives (`对符合条件的项目给予最高500万元奖励`, `最高奖励200万元`,
 * `按投资额的10%给予补贴，最高不超过300万元`): a provision of the plan, whose ceiling is a `limit`
 * (docs/targets.md, Kinds), not a goal to reach.
 * Note: a grant needs a giving verb right before the amount with a grant noun after it or a bound
 * (给予最高…, 最高补助…), 给予/予以 right after the amount, or a clause that grants before a bare bound
 * (`最高不超过`); `全年发放以旧换新补贴66.7亿元`, `发放一次性补贴1.87亿元` (amounts paid out) are none.
 * @param before the clause before the comparator words
 * @param after the clause after the number, unit and comparator words
 * @param bound true when the comparator bounds the amount (最高, 不超过, 以下, 不低于…)
 * @param previous the clause before ('' when none)
 * @returns the grant, or null when the amount is none
 */
export function readGrant(before: string, after: string, bound: boolean, previous: string): Grant | null {
  const noun = GRANT_AFTER.exec(after);
  const giver = GRANT_GIVER.exec(before);
  const boundVerb = GRANT_BOUND.exec(before);
  // 给予贷款贴息最高不超过100万元, or 按…给予补贴，最高不超过300万元: the bound of a grant named before it.
  const bare = bound ? (GRANT_CLAUSE.exec(before) ?? (/^\s*$/u.test(before) ? GRANT_CLAUSE.exec(previous) : null)) : null;
  const given = noun?.[1] !== undefined;
  if (!((giver && (noun || bound || boundVerb)) || given || bare)) return null;
  const verb = giver?.[1] ?? '';
  const metric = noun?.[2] ?? bare?.[1] ?? (/^(?:给予|予以)$/u.test(verb) ? '' : verb);
  if (metric === '') return null;
  const recipient = RECIPIENT.exec(before) ?? (bare && /^\s*$/u.test(before) ? RECIPIENT.exec(previous) : null);
  const basis = given ? BASIS.exec(before) : null;
  return {
    metric,
    scope: (recipient?.[1] ?? basis?.[1] ?? null)?.trim() ?? null,
    action: noun?.[1] ?? (/^(?:给予|予以)$/u.test(verb) ? verb : (bare && /给予|予以/u.exec(bare.input)?.[0]) || null),
    after: noun ? noun.index + noun[0].length : 0,
    comparator: boundVerb === null ? null : /^(?:最低|不低于)/u.test(boundVerb[0].trim()) ? 'gte' : 'lte',
  };
}

/**
 * The kind of a grant's amount: a ceiling or floor (`最高`, `不超过`) is a `limit`, a fixed amount a `spec`
 * (a provision of the plan, as a law's amounts are).
 * @param comparator the amount's comparator
 * @returns `limit` or `spec`
 */
export function grantKind(comparator: string): 'limit' | 'spec' {
  return /^(?:lte|lt|gte|gt)$/u.test(comparator) ? 'limit' : 'spec';
}
