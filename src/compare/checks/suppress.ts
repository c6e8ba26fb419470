import type { Finding, StaleEntry, SuppressedFinding } from '../../types.js';

/**
 * Leave out the findings the config ignores or a findings baseline knows (by the current fingerprint or
 * one an earlier version gave the same finding), and list the ignore and baseline entries that matched
 * no finding (stale: to clean up).
 * @param found each finding with its earlier fingerprints
 * @param ignore the config's ignore entries
 * @param known the findings baseline's fingerprints
 * @returns the findings reported, those left out, and the stale entries (unsorted)
 */
export function suppress(
  found: Iterable<{ finding: Finding; legacy: readonly string[] }>,
  ignore: ReadonlyArray<{ fingerprint: string; reason: string }>,
  known: readonly string[],
): { findings: Finding[]; suppressed: SuppressedFinding[]; stale: StaleEntry[] } {
  const ignored = new Map(ignore.map((i) => [i.fingerprint, i.reason] as const));
  const baseline = new Set(known);
  const used = new Set<string>();
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const { finding: f, legacy } of found) {
    const ids = [f.fingerprint, ...legacy];
    const ignoredBy = ids.find((id) => ignored.has(id));
    const knownBy = ids.find((id) => baseline.has(id));
    if (ignoredBy !== undefined) used.add(ignoredBy);
    if (knownBy !== undefined) used.add(knownBy);
    const reason = ignoredBy !== undefined ? ignored.get(ignoredBy)! : knownBy !== undefined ? 'baseline' : undefined;
    if (reason === undefined) findings.push(f);
    else suppressed.push({ fingerprint: f.fingerprint, rule: f.rule, message: f.message, reason });
  }
  const stale: StaleEntry[] = [
    ...[...ignored].filter(([id]) => !used.has(id)).map(([fingerprint, reason]) => ({ fingerprint, from: 'ignore' as const, reason })),
    ...[...baseline].filter((id) => !used.has(id)).map((fingerprint) => ({ fingerprint, from: 'baseline' as const })),
  ];
  return { findings, suppressed, stale };
}
