import type { CheckReport, Finding, FindingLocation, PlanDocument, Severity, SuppressedFinding, Target, TargetChangeType, TargetMatch } from '../types.js';
import { PlanDiffError } from '../errors.js';
import { checks, type CheckId } from './checks/index.js';
import type { CheckContext, Draft } from './checks/types.js';
import { byPosition, matchTargets, type MatchOptions } from './checks/match.js';
import { clusterMatches, placeOf } from './checks/matches.js';
import { fingerprint, pairFingerprint } from './checks/fingerprint.js';
import { CHANGES, statements } from './checks/relate.js';
import { byCode } from './matchTargets.js';

/** Options of `checkPlans` (the CLI fills them from flags and `plan-diff.config.json`). */
export interface CheckOptions extends MatchOptions {
  /** Relative difference of two values still counted as equal, e.g. 0.01 for 1% (default 0: exact). */
  tolerance?: number;
  /** Severity per rule, or `off` to disable it. */
  rules?: Partial<Record<CheckId, Severity | 'off'>>;
  /** Findings to leave out, by fingerprint, each with the reason. */
  ignore?: ReadonlyArray<{ fingerprint: string; reason: string }>;
  /** Fingerprints of known findings (a findings baseline written by --write-baseline): left out as `baseline`. */
  known?: readonly string[];
  /** Path of the baseline document (one of `docs`): only findings that set another document against it count. */
  baseline?: string;
  /** Kinds of targets compared (default: `target` only; history and forecasts are not commitments). */
  kinds?: ReadonlyArray<Target['kind']>;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const CHANGE_RANK = new Map<TargetChangeType, number>(CHANGES.map((change, rank) => [change, rank]));

/**
 * Check related plans for inconsistent targets: match targets across (and within) documents by metric,
 * run every check of the registry, and list the matches as consistent, conflict or review.
 * @param docs parsed plans, in the order given
 * @param options aliases, thresholds, rule severities, ignores, known findings and the baseline document
 * @returns the `plan-diff/check@1` report, findings and matches in a total order
 */
export function checkPlans(docs: readonly PlanDocument[], options: CheckOptions = {}): CheckReport {
  const files = docs.map((d) => d.source.path);
  if (options.baseline !== undefined && !files.includes(options.baseline)) {
    throw new PlanDiffError('USAGE', `the baseline ${options.baseline} is not among the checked files (${files.join(', ')}).`);
  }
  const fileOrder = new Map(files.map((f, i) => [f, i] as const));
  const kinds = new Set(options.kinds ?? ['target']);
  const targets = docs.flatMap((d) => d.targets).filter((t) => kinds.has(t.kind));
  const ctx: CheckContext = { fileOrder, tolerance: options.tolerance ?? 0, ...(options.baseline !== undefined ? { baseline: options.baseline } : {}) };
  const clusters = matchTargets(targets, fileOrder, options);

  // Note: each check returns one draft per disagreement (all values, all places); with a baseline
  // document the checks themselves keep only disagreements that set it against another file.
  const found = new Map<string, { finding: Finding; legacy: string | undefined }>();
  for (const cluster of clusters) {
    for (const id of Object.keys(checks) as CheckId[]) {
      const severity = options.rules?.[id] ?? checks[id].severity;
      if (severity === 'off') continue;
      for (const draft of checks[id].check(cluster, ctx)) {
        const finding = toFinding(id, severity, cluster.key, draft);
        if (!found.has(finding.fingerprint)) found.set(finding.fingerprint, { finding, legacy: legacyFingerprint(id, cluster.key, draft) });
      }
    }
  }

  const ignored = new Map((options.ignore ?? []).map((i) => [i.fingerprint, i.reason] as const));
  const known = new Set(options.known ?? []);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const { finding: f, legacy } of found.values()) {
    const ids = legacy === undefined ? [f.fingerprint] : [f.fingerprint, legacy];
    const reason = ids.map((id) => ignored.get(id)).find((r) => r !== undefined) ?? (ids.some((id) => known.has(id)) ? 'baseline' : undefined);
    if (reason === undefined) findings.push(f);
    else suppressed.push({ fingerprint: f.fingerprint, rule: f.rule, message: f.message, reason });
  }
  const matches = clusters.flatMap((c) => clusterMatches(c, ctx));
  return {
    schema: 'plan-diff/check@1',
    files,
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
    findings: findings.toSorted(byFinding(fileOrder)),
    matches: matches.toSorted(byMatch(fileOrder)),
    ...(suppressed.length > 0 ? { suppressed: suppressed.toSorted((a, b) => byCode(a.fingerprint, b.fingerprint) || byCode(a.rule, b.rule)) } : {}),
  };
}

/**
 * The fingerprint the same finding had when findings were pairs: for a horizon series (always one
 * finding per series), and for any other rule when the finding is exactly two statements, as a pair was.
 */
function legacyFingerprint(rule: CheckId, metricKey: string, draft: Draft): string | undefined {
  const reps = statements(draft.targets);
  return rule === 'target-horizon-differs' || reps.length === 2 ? pairFingerprint(rule, metricKey, reps) : undefined;
}

function toFinding(rule: CheckId, severity: Severity, metricKey: string, draft: Draft): Finding {
  return {
    rule,
    severity,
    message: draft.message,
    metric: draft.metric,
    locations: draft.targets.map(toLocation),
    fingerprint: fingerprint(rule, metricKey, draft.key, draft.values),
  };
}

function toLocation(t: Target): FindingLocation {
  // Note: the key order of the JSON is file, line, column, page, then the rest of the match item.
  const { file, line, ...rest } = placeOf(t);
  return { file, line, column: t.column, ...(t.page !== undefined ? { page: t.page } : {}), ...rest };
}

function byFinding(fileOrder: ReadonlyMap<string, number>): (a: Finding, b: Finding) => number {
  return (a, b) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    byLocation(fileOrder, a.locations[0], b.locations[0]) ||
    byCode(a.rule, b.rule) ||
    byLocationList(fileOrder, a.locations, b.locations) ||
    byCode(a.message, b.message) ||
    byCode(a.fingerprint, b.fingerprint);
}

function byMatch(fileOrder: ReadonlyMap<string, number>): (a: TargetMatch, b: TargetMatch) => number {
  return (a, b) =>
    byLocation(fileOrder, a.items[0], b.items[0]) ||
    byCode(a.metricKey, b.metricKey) ||
    byCode(a.status, b.status) ||
    CHANGE_RANK.get(a.items[0].change ?? 'level')! - CHANGE_RANK.get(b.items[0].change ?? 'level')! ||
    byCode(JSON.stringify(a.items), JSON.stringify(b.items));
}

function byLocation(fileOrder: ReadonlyMap<string, number>, a: { file: string; line: number }, b: { file: string; line: number }): number {
  return (fileOrder.get(a.file) ?? Infinity) - (fileOrder.get(b.file) ?? Infinity) || byCode(a.file, b.file) || a.line - b.line;
}

function byLocationList(fileOrder: ReadonlyMap<string, number>, a: readonly FindingLocation[], b: readonly FindingLocation[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = byLocation(fileOrder, a[i], b[i]) || a[i].column - b[i].column;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
