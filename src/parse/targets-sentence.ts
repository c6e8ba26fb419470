import type { Target, TargetChangeType } from '../types.js';
import { scanNumbers, toHalfWidthDigits } from './numbers.js';
import { findHorizons, type HorizonMatch } from './horizon.js';
import { splitClauses } from './clauses.js';
import { joinBounds } from './bounds.js';
import { readDoubling } from './doubling.js';
import { readQuantity } from './quantity.js';
import { distribute } from './distribute.js';
import type { UnitRegistry } from './units.js';

/** A quantity found in one sentence, before it is placed in the document (fields as on Target). */
export interface SentenceQuantity
  extends Pick<Target, 'metric' | 'metricKey' | 'action' | 'scope' | 'value' | 'high' | 'unit' | 'comparator' | 'comparatorText' | 'kind' | 'change' | 'text'> {
  /** 0-based index of the number in the sentence text. */
  index: number;
  /** The deadline horizon before the number in the sentence, if any. */
  horizon: HorizonMatch | null;
  /** The reference year dating the number as a past fact, if any. */
  referenceYear: number | null;
  /** 0-based end in the sentence of the phrase (number, unit, comparator words and a noun after them). */
  end: number;
}

/** What the sentence reader needs to know about where the sentence sits. */
export interface SentenceContext {
  /** Titles of the outline nodes above the sentence, outermost first. */
  titles: string[];
  /** First year of the plan period, for telling past reference years from targets. */
  periodStart: number | null;
  /** The document's own year (a yearly report), for `今年`/`去年`; null or absent when unknown. */
  currentYear?: number | null;
  /** True in a law or regulation (第X条 articles): its amounts and limits are provisions, not goals. */
  legal?: boolean;
  /** True when the paragraph looks back (`过去一年，…`) up to this sentence: its numbers are past facts unless the sentence states a goal. */
  pastParagraph?: boolean;
  /** The unit registry (default: the shipped table). */
  units?: UnitRegistry;
}

/** The quantity read just before in the same sentence, for `、增长5%` and `分别增长9.4%、9.1%`. */
export interface Previous {
  /** 0-based end in the sentence of its phrase. */
  end: number;
  /** Its metric, scope and change, inherited by a continuation that names none. */
  metric: string;
  /** The metric without a growth word added to it (`国内生产总值` for `国内生产总值年均增长`). */
  base: string;
  /** Its scope. */
  scope: string | null;
  /** Its change type. */
  change: TargetChangeType;
}

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
