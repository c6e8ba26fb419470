import type { Target, TargetChangeType } from '../../types.js';
import type { HorizonMatch } from './horizon.js';
import type { UnitRegistry } from './units.js';

// The types the sentence reader and its parts (quantity, bounds, doubling, distribute) share: a leaf
// module, so that they import it and not each other.

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
  /** Its unit (`元/人/月`): a continuation in the same unit per head or period takes it whole. */
  unit?: string;
}
