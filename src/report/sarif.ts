import type { AnyReport, CheckReport, Finding, FindingLocation, Severity } from '../types.js';
import type { Formatter } from './types.js';
import { stringifyRecords } from './json.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Render a check report as a SARIF 2.1.0 log: one result per finding (one disagreement, however many
 * files take part), its first location as the primary region (line and column in the original file)
 * and every other place as a related location, the plan-diff
 * fingerprint as a partial fingerprint so code hosts track a finding across pushes.
 * @param report the check report
 * @returns the SARIF JSON, with a trailing newline
 */
export function checkSarif(report: CheckReport): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].toSorted();
  const rules = ruleIds.map((id) => {
    const first = report.findings.find((f) => f.rule === id)!;
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_m, _d: string, ch: string) => ch.toUpperCase()),
      shortDescription: { text: id.replaceAll('-', ' ') },
      defaultConfiguration: { level: LEVEL[first.severity] },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan-diff', informationUri: 'https://www.npmjs.com/package/plan-diff', rules } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ruleIds.indexOf(f.rule))),
      },
    ],
  };
  // Note: one result (and one rule) per line, as the JSON output writes its records (issue 22).
  return stringifyRecords(log, 4) + '\n';
}

function result(f: Finding, ruleIndex: number) {
  const [primary, ...others] = f.locations;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: primary ? [location(primary)] : [],
    ...(others.length > 0
      ? { relatedLocations: others.map((l, i) => ({ id: i + 1, ...location(l), message: { text: `${f.metric}: ${l.text}` } })) }
      : {}),
    // Note: v2 since a finding is a whole disagreement (all its values) rather than a pair of targets; the
    // key is versioned, as SARIF asks, so code hosts do not match old pair fingerprints against new ones.
    partialFingerprints: { 'planDiff/v2': f.fingerprint },
    properties: { metric: f.metric },
  };
}

function location(l: FindingLocation) {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(l.file) },
      region: { startLine: Math.max(1, l.line), startColumn: Math.max(1, l.column), snippet: { text: l.text } },
    },
  };
}

/**
 * A relative URI reference for a path as given: forward slashes, each segment percent-encoded
 * (Chinese names and spaces included), absolute paths as file: URIs.
 * @param path file path as given
 * @returns the URI
 */
export function toUri(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${slashed.slice(2).split('/').map(encodeURIComponent).join('/')}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** SARIF 2.1.0 for code hosts (GitHub code scanning annotates the draft's lines). */
export const sarif: Formatter = {
  description: 'SARIF 2.1.0 for code hosts (check)',
  extensions: ['sarif'],
  supports: ['plan-diff/check@1'],
  format(report: AnyReport) {
    return checkSarif(report as CheckReport);
  },
};
