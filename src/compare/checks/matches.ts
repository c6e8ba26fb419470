import type { MatchStatus, Target, TargetMatch } from '../../types.js';
import type { CheckContext, Cluster } from './types.js';
import { horizonSlices, horizonSpread, relate, statements } from './relate.js';
import { agreedIn, apartOwnFiles } from './group.js';
import { readSeries } from './series.js';

/**
 * The cross-document matches of one cluster: one per horizon shared by two or more files (consistent,
 * conflict or review), plus one match per kind of change listing the horizons when files' years never
 * meet (`review` when the value moved, `consistent` when every year states the same; none when a vague
 * key's value moved).
 * @param cluster the cluster
 * @param ctx tolerance
 * @returns matches, horizons in ascending order, the horizon review last
 */
export function clusterMatches(cluster: Cluster, ctx: CheckContext): TargetMatch[] {
  const out: TargetMatch[] = [];
  const seen = new Set<string>();
  for (const slice of horizonSlices(cluster.targets)) {
    if (new Set(slice.map((t) => t.file)).size < 2) continue;
    const id = slice.map((t) => `${t.file}\0${t.id}`).join('\n');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(toMatch(sliceStatus(slice, ctx), cluster.key, slice));
  }
  for (const spread of horizonSpread(cluster.targets)) {
    // Note: the match says what the horizon check says: a series whose value never moved (70万人以上 in
    // the 2025 and the 2026 report) is consistent (no finding), one that moved is for review (an info);
    // a moving series of a vague key (从每人每月, 项目) follows no metric, so it is no finding and no
    // match: nothing would show what there is to review.
    const series = readSeries(spread, ctx);
    if (series.moved && series.weak) continue;
    out.push(toMatch(series.moved ? 'review' : 'consistent', cluster.key, statements(spread)));
  }
  return out;
}

/**
 * How the documents' statements of one horizon relate: a conflict needs two documents' own statements
 * (see `agreedIn`) with different amounts and specific metric keys; a vague key makes it a review.
 */
function sliceStatus(slice: readonly Target[], ctx: CheckContext): MatchStatus {
  const agreed = agreedIn(slice);
  const apart = apartOwnFiles(agreed);
  const reps = statements(slice.filter((t) => !agreed(t)));
  let status: MatchStatus = 'consistent';
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const [a, b] = [reps[i], reps[j]];
      if (!apart(a, b)) continue;
      const relation = relate(a, b, ctx);
      if (relation === 'conflict' && ctx.weakness(a.metricKey) === null && ctx.weakness(b.metricKey) === null) return 'conflict';
      if (relation === 'conflict' || relation === 'scope' || relation === 'unit' || relation === 'comparator') status = 'review';
    }
  }
  return status;
}

function toMatch(status: MatchStatus, metricKey: string, targets: readonly Target[]): TargetMatch {
  return {
    status,
    metric: targets[0].metric,
    metricKey,
    items: targets.map(placeOf),
  };
}

/**
 * A target as a match item (and the core of a finding location): where it is and what it says.
 * @param t the target
 * @returns file, line (and page, for a PDF), value, unit, comparator, year, text, and scope and change when they say something
 */
export function placeOf(t: Target): TargetMatch['items'][number] {
  return {
    file: t.file,
    line: t.line,
    ...(t.page !== undefined ? { page: t.page } : {}),
    value: t.value,
    unit: t.unit,
    comparator: t.comparator,
    year: t.year,
    text: t.text,
    ...(t.scope ? { scope: t.scope } : {}),
    ...(t.change !== 'level' ? { change: t.change } : {}),
  };
}
