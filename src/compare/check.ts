import type { CheckReport, Finding, FindingLocation, Issuer, PlanDocument, Severity, Target, TargetChangeType, TargetMatch } from '../types.js';
import type { Segmenter } from '../parse/words/segmenter.js';
import { PlanDiffError } from '../errors.js';
import { checks, type CheckId } from './checks/index.js';
import type { CheckContext, Draft } from './checks/types.js';
import { byPosition, canonKey, matchTargets, type MatchOptions } from './checks/match.js';
import { clusterMatches, placeOf } from './checks/matches.js';
import { fingerprint, groupedFingerprint, pairFingerprint } from './checks/fingerprint.js';
import { issuerGroups, issuersOf, pathMatches, type IssuerOverride } from './checks/issuers.js';
import type { DocumentRelation } from './checks/target-relation.js';
import type { Lang } from './checks/messages.js';
import { suppress } from './checks/suppress.js';
import { weaknessTest, type KeyWeakness } from './checks/keys.js';
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
  /** Issuer, region and year per file, over what was read from the text (config `documents`). */
  issuers?: Readonly<Record<string, IssuerOverride>>;
  /** Declared relations: a document implements another, its targets ≥, ≤ or = the other's (config `relations`). */
  relations?: readonly DocumentRelation[];
  /** Language of finding messages (default `en`). */
  lang?: Lang;
  /** Part-of-speech tagger for the metric-key test (default: the shared jieba segmenter's). */
  tags?: Segmenter['tags'];
  /**
   * Metric keys tested already (canonical key → `keyWeakness` with the same tagger), e.g. kept in a
   * cache beside each document's targets: those are not tagged again, and the tagger (jieba) is not
   * loaded when every key is known.
   */
  keyWeakness?: ReadonlyMap<string, KeyWeakness>;
}

/** The kinds of targets check compares unless told otherwise: goals only (history and forecasts are not commitments). */
export const CHECKED_KINDS: ReadonlyArray<Target['kind']> = ['target'];

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
    throw new PlanDiffError('USAGE', { key: 'baselineNotChecked', params: { baseline: options.baseline, files } });
  }
  const fileOrder = new Map(files.map((f, i) => [f, i] as const));
  const kinds = new Set(options.kinds ?? CHECKED_KINDS);
  const issuers = issuersOf(docs, options.issuers);
  const periods = new Map(docs.map((d) => [d.source.path, d.period] as const));
  // Note: a target dated before the document's own period (a 2026 report on 2025's result) is history
  // even where the reader kept it as a target: it is past when the document is written.
  const targets = docs.flatMap((d) => d.targets).filter((t) => kinds.has(t.kind) && !beforePeriod(t, periods.get(t.file) ?? null));
  const ctx: CheckContext = {
    fileOrder,
    tolerance: options.tolerance ?? 0,
    weakness: weaknessTest(options.tags, options.keyWeakness),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
  };
  // Note: targets are matched within each issuer's documents only (documents of different issuers
  // differ by nature): grouping first keeps the work linear in a folder of many issuers.
  const byFile = new Map<string, Target[]>();
  for (const t of targets) {
    const list = byFile.get(t.file);
    if (list) list.push(t);
    else byFile.set(t.file, [t]);
  }
  // Note: a baseline plan is a reference the user names: every plan is compared with it, whoever issued it.
  const groups = options.baseline !== undefined ? [files] : issuerGroups(files, issuers);
  const clusters = groups.flatMap((group) => matchTargets(group.flatMap((f) => byFile.get(f) ?? []), fileOrder, options));

  // Note: each check returns one draft per disagreement (all values, all places); with a baseline
  // document the checks themselves keep only disagreements that set it against another file.
  const found = new Map<string, { finding: Finding; legacy: string[] }>();
  for (const cluster of clusters) {
    for (const id of Object.keys(checks) as CheckId[]) {
      const severity = options.rules?.[id] ?? checks[id].severity;
      if (severity === 'off') continue;
      for (const draft of checks[id].check(cluster, ctx)) {
        const issuer = issuers.get(draft.targets[0].file)?.name ?? '';
        const finding = toFinding(id, severity, issuer, draft);
        if (!found.has(finding.fingerprint)) found.set(finding.fingerprint, { finding, legacy: legacyFingerprints(id, cluster.key, draft) });
      }
    }
  }

  // Note: documents of different issuers meet only through a declared relation, checked pair by pair.
  for (const declared of options.relations ?? []) {
    const file = files.find((f) => pathMatches(f, declared.file));
    const implemented = files.find((f) => pathMatches(f, declared.implements));
    const severity = options.rules?.['target-relation'] ?? checks['target-relation'].severity;
    if (file === undefined || implemented === undefined || file === implemented || severity === 'off') continue;
    const relation = { file, implements: implemented, relation: declared.relation };
    for (const cluster of matchTargets([...(byFile.get(file) ?? []), ...(byFile.get(implemented) ?? [])], fileOrder, options)) {
      for (const draft of checks['target-relation'].check(cluster, { ...ctx, relation })) {
        const finding = toFinding('target-relation', severity, issuers.get(file)?.name ?? '', draft);
        if (!found.has(finding.fingerprint)) found.set(finding.fingerprint, { finding, legacy: [] });
      }
    }
  }

  const { findings, suppressed, stale } = suppress(found.values(), options.ignore ?? [], options.known ?? []);
  const matches = clusters.flatMap((c) => clusterMatches(c, ctx));
  return {
    schema: 'plan-diff/check@1',
    files,
    issuers: files.map((file) => issuerEntry(file, issuers.get(file) ?? null)),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
    findings: findings.toSorted(byFinding(fileOrder)),
    matches: matches.toSorted(byMatch(fileOrder)),
    ...(suppressed.length > 0 ? { suppressed: suppressed.toSorted((a, b) => byCode(a.fingerprint, b.fingerprint) || byCode(a.rule, b.rule)) } : {}),
    ...(stale.length > 0 ? { stale: stale.toSorted((a, b) => byCode(a.from, b.from) || byCode(a.fingerprint, b.fingerprint)) } : {}),
  };
}

function issuerEntry(file: string, issuer: Issuer | null): CheckReport['issuers'][number] {
  return { file, name: issuer?.name ?? null, region: issuer?.region ?? null, year: issuer?.year ?? null };
}

function beforePeriod(t: Target, period: PlanDocument['period']): boolean {
  return t.year !== null && period !== null && t.year < period.start;
}


/**
 * The fingerprints the same finding had before: grouped but without issuers (0.x `v2`), and when
 * findings were pairs — for a horizon series (always one finding per series), and for any other rule
 * when the finding is exactly two statements, as a pair was.
 */
function legacyFingerprints(rule: CheckId, metricKey: string, draft: Draft): string[] {
  const reps = statements(draft.targets);
  const grouped = groupedFingerprint(rule, metricKey, draft.key, draft.values);
  return rule === 'target-horizon-differs' || reps.length === 2 ? [grouped, pairFingerprint(rule, metricKey, reps)] : [grouped];
}

function toFinding(rule: CheckId, severity: Severity, issuer: string, draft: Draft): Finding {
  return {
    rule,
    severity,
    message: draft.message,
    metric: draft.metric,
    locations: draft.targets.map(toLocation),
    fingerprint: fingerprint(rule, issuer, canonKey(draft.targets[0].metricKey), draft.key, draft.values),
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
  // Note: each match's items are written out once, not at every comparison.
  const written = new Map<TargetMatch, string>();
  const itemsOf = (m: TargetMatch): string => {
    let text = written.get(m);
    if (text === undefined) written.set(m, (text = JSON.stringify(m.items)));
    return text;
  };
  return (a, b) =>
    byLocation(fileOrder, a.items[0], b.items[0]) ||
    byCode(a.metricKey, b.metricKey) ||
    byCode(a.status, b.status) ||
    CHANGE_RANK.get(a.items[0].change ?? 'level')! - CHANGE_RANK.get(b.items[0].change ?? 'level')! ||
    byCode(itemsOf(a), itemsOf(b));
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
