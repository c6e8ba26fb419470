/**
 * Internal data of the check pipeline: clusters of matched targets, the context checks run in, and the
 * draft findings they return. No runtime code lives here.
 */
import type { Severity, Target } from '../../types.js';
import type { KeyWeakness } from './keys.js';
import type { Lang, MessageParts } from './messages.js';

/** Targets of several documents (or one) that state the same metric. */
export interface Cluster {
  /** Canonical metric key (after aliases), shared by the cluster. */
  key: string;
  /** Targets in file order, then line and column. */
  targets: Target[];
}

/** What every check may consult besides the cluster. */
export interface CheckContext {
  /** Index of each checked file in the order given, for a total order across files. */
  fileOrder: ReadonlyMap<string, number>;
  /** Relative difference of two values still counted as equal (0: exact). */
  tolerance: number;
  /** Path of the baseline document (`--baseline PLAN`): a finding must set it against another file. */
  baseline?: string;
  /** A declared relation between two documents, while `target-relation` runs on their targets. */
  relation?: { file: string; implements: string; relation: '>=' | '<=' | '=' };
  /** Language of finding messages (default `en`). */
  lang?: Lang;
  /** Whether a metric key names a measured thing (null) or why not (see `keyWeakness`). */
  weakness: (metricKey: string) => KeyWeakness;
}

/** A finding as a check returns it: one disagreement; the runner adds severity, locations and fingerprint. */
export interface Draft {
  /** Message naming the metric and each distinct value with its places (capped; `targets` has them all), in the context's language. */
  message: string;
  /** The message's structured parts (metric, values, places, reason code), to render in either language. */
  parts: MessageParts;
  /** Metric phrase of the primary target. */
  metric: string;
  /** Every target involved, grouped by value, the majority (or baseline) value first; the primary one first. */
  targets: Target[];
  /** What the disagreement is about besides rule and metric key (kind of change, year, scope, unit class…). */
  key: readonly unknown[];
  /** The distinct values in disagreement, canonical and sorted: part of the fingerprint, files are not. */
  values: readonly unknown[];
}

/** One consistency check: a small module in the registry (`checks/index.ts`). */
export interface Check<Id extends string = string> {
  /** Rule id, as it appears in findings, SARIF and the config. */
  id: Id;
  /** Default severity (the config may change it or turn the rule off). */
  severity: Severity;
  /** One line for docs and SARIF rule metadata. */
  description: string;
  /** Run the check on one cluster of matched targets. */
  check(cluster: Cluster, ctx: CheckContext): Draft[];
}
