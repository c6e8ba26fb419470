import { scanNumbers, toHalfWidthDigits } from '../numbers.js';
import { findHorizons, type HorizonMatch } from './horizon.js';
import type { Previous, SentenceContext, SentenceQuantity } from './sentence-types.js';
import { splitClauses } from './clauses.js';
import { joinBounds } from './bounds.js';
import { readDoubling } from './doubling.js';
import { readQuantity } from './quantity.js';
import { distribute } from './distribute.js';
import { classWords } from './metric-noun.js';

export type { Previous, SentenceContext, SentenceQuantity } from './sentence-types.js';

/**
 * Read every quantity of one sentence: value, unit, comparator, metric, kind and change.
 * @param sentence the sentence text as written
 * @param context section titles and plan period
 * @returns the quantities in text order, and the horizons found in the sentence
 */
export function readSentence(sentence: string, context: SentenceContext): { quantities: SentenceQuantity[]; horizons: HorizonMatch[] } {
  if (sentence.length > MAX_PIECE) return readPieces(sentence, context);
  const text = toHalfWidthDigits(sentence);
  const horizons = horizonsOf(text, context);
  const clauses = splitClauses(text);
  const out: SentenceQuantity[] = [];
  let previous: Previous | null = null;
  for (const n of scanNumbers(text)) {
    // Note: a number inside the phrase of the one before (`新建1000个粮油千亩高产片`, `0.6人/百亿元`) is part of it.
    if (previous !== null && n.start < previous.end && n.end <= previous.end) continue;
    const q = readQuantity(sentence, text, n, clauses, horizons, context, previous);
    if (!q) continue;
    out.push(q);
    // 打造千亿级产业集群3个、五百亿级产业集群5个: the count after a class takes the class with its noun.
    const base = q.kind === 'spec' ? `${classWords(q.text, q.metric)}${q.metric}` : q.metric.replace(/年均(?:增长|增速)率?$|年均$/u, '') || q.metric;
    previous = { end: q.end, metric: q.metric, base, scope: q.scope, change: q.change, unit: q.unit };
  }
  for (const m of text.matchAll(/翻(一|两|二|三)?番/gu)) {
    // Note: the metric of 翻一番 does not reach back over a quantity before it (`发展翻一番发展翻一番`: the
    // second one's metric is 发展, not 发展翻一番发展), as a chained number's phrase starts after the one before.
    const floor = out.reduce((at, q) => (q.end <= m.index ? Math.max(at, q.end) : at), 0);
    out.push(readDoubling(sentence, text, m, clauses, horizons, context, floor));
  }
  return { quantities: distribute(text, joinBounds(sentence, out.toSorted((a, b) => a.index - b.index))), horizons };
}

/**
 * Longest text read as one sentence; a longer one is read in pieces. Reading a number looks at its
 * clause and at the text before it, so a "sentence" of 40,000 characters without punctuation (a hostile
 * or broken file) with 8,000 numbers took minutes. The longest real sentence (in the corpus) has 1,617.
 */
const MAX_PIECE = 2000;

/** Read an over-long sentence in pieces of at most MAX_PIECE characters, cut after a clause mark when one is near, never inside a number. */
function readPieces(sentence: string, context: SentenceContext): { quantities: SentenceQuantity[]; horizons: HorizonMatch[] } {
  const quantities: SentenceQuantity[] = [];
  const horizons: HorizonMatch[] = [];
  for (let start = 0; start < sentence.length; ) {
    let end = Math.min(sentence.length, start + MAX_PIECE);
    if (end < sentence.length) {
      const mark = Math.max(...['，', '；', '：', ',', ';', ':', '、'].map((m) => sentence.lastIndexOf(m, end - 1)));
      if (mark > start + MAX_PIECE / 2) end = mark + 1;
      else while (end > start + MAX_PIECE / 2 && /[\d０-９.．%％一二三四五六七八九十百千万亿两零〇]/u.test(sentence[end - 1]! + sentence[end]!)) end--;
    }
    const piece = readSentence(sentence.slice(start, end), context);
    const shift = <T extends { start: number; end: number }>(h: T): T => ({ ...h, start: h.start + start, end: h.end + start });
    horizons.push(...piece.horizons.map(shift));
    quantities.push(...piece.quantities.map((q) => ({ ...q, index: q.index + start, end: q.end + start, horizon: q.horizon && shift(q.horizon) })));
    start = end;
  }
  return { quantities, horizons };
}

/**
 * The horizons of one sentence alone (what `readSentence` returns as `horizons`, without reading its
 * quantities): the deadlines a later sentence inherits.
 * @param sentence the sentence text as written
 * @param context section titles and plan period
 * @returns the horizons in text order
 */
export function sentenceHorizons(sentence: string, context: SentenceContext): HorizonMatch[] {
  return horizonsOf(toHalfWidthDigits(sentence), context);
}

function horizonsOf(text: string, context: SentenceContext): HorizonMatch[] {
  return findHorizons(text, { currentYear: context.currentYear ?? null, periodStart: context.periodStart });
}
