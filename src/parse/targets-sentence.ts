import { scanNumbers, toHalfWidthDigits } from './numbers.js';
import { findHorizons, type HorizonMatch } from './horizon.js';
import type { Previous, SentenceContext, SentenceQuantity } from './sentence-types.js';
import { splitClauses } from './clauses.js';
import { joinBounds } from './bounds.js';
import { readDoubling } from './doubling.js';
import { readQuantity } from './quantity.js';
import { distribute } from './distribute.js';

export type { Previous, SentenceContext, SentenceQuantity } from './sentence-types.js';

/**
 * Read every quantity of one sentence: value, unit, comparator, metric, kind and change.
 * @param sentence the sentence text as written
 * @param context section titles and plan period
 * @returns the quantities in text order, and the horizons found in the sentence
 */
export function readSentence(sentence: string, context: SentenceContext): { quantities: SentenceQuantity[]; horizons: HorizonMatch[] } {
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
    const base = q.metric.replace(/年均(?:增长|增速)率?$|年均$/u, '') || q.metric;
    previous = { end: q.end, metric: q.metric, base, scope: q.scope, change: q.change };
  }
  for (const m of text.matchAll(/翻(一|两|二|三)?番/gu)) out.push(readDoubling(sentence, text, m, clauses, horizons, context));
  return { quantities: distribute(text, joinBounds(sentence, out.toSorted((a, b) => a.index - b.index))), horizons };
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
