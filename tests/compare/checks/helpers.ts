import type { PlanDocument, Target } from '../../../src/types.js';
import type { Check, CheckContext, Cluster, Draft } from '../../../src/compare/checks/types.js';
import { keyWeakness } from '../../../src/compare/checks/keys.js';
import { getSegmenter } from '../../../src/parse/words/segmenter.js';

/** A target with sensible defaults: a 2027 goal of 20家 in a.txt. */
export function target(over: Partial<Target> = {}): Target {
  const t: Target = {
    id: 't1',
    file: 'a.txt',
    line: 1,
    column: 1,
    nodeId: '',
    metric: '联合实验室',
    metricKey: '联合实验室',
    action: null,
    scope: null,
    value: 20,
    high: null,
    unit: '家',
    comparator: 'eq',
    comparatorText: null,
    year: 2027,
    yearSource: 'period',
    kind: 'target',
    change: 'level',
    text: '联合实验室20家',
    sentence: '共建联合实验室20家。',
    ...over,
  };
  return { ...t, id: over.id ?? `${t.file}#${t.line}:${t.column}` };
}

/** A parsed document holding only the given targets. */
export function doc(path: string, targets: Target[]): PlanDocument {
  return {
    source: { path, format: 'txt', lineUnit: 'line' },
    title: null,
    period: null,
    preamble: [],
    nodes: [],
    targets: targets.map((t) => ({ ...t, file: path })),
    warnings: [],
  };
}

/** Run one check on one cluster made of the given targets, and return the messages. */
export function run(check: Check, targets: Target[], tolerance = 0, baseline?: string): string[] {
  return drafts(check, targets, tolerance, baseline).map((d) => d.message);
}

/** Run one check on one cluster made of the given targets, and return its drafts. */
export function drafts(check: Check, targets: Target[], tolerance = 0, baseline?: string): Draft[] {
  const files = [...new Set(targets.map((t) => t.file))];
  const ctx: CheckContext = {
    fileOrder: new Map(files.map((f, i) => [f, i])),
    tolerance,
    weakness: (key) => keyWeakness(key, getSegmenter().tags),
    ...(baseline !== undefined ? { baseline } : {}),
  };
  const cluster: Cluster = { key: targets[0].metricKey, targets };
  return check.check(cluster, ctx);
}
