import type { DocumentRecord, DocumentSummary, OutlineReport, PlanDocument, Target, TargetsReport } from '../types.js';

/** Values of `--kind`: one kind of quantity, or all of them. */
export type KindFilter = Target['kind'] | 'all';

/** Every kind of quantity, in the order `--kind` lists them. */
export const TARGET_KINDS = ['target', 'historical', 'forecast', 'limit', 'condition', 'penalty', 'reference', 'enumeration', 'spec'] as const satisfies ReadonlyArray<Target['kind']>;

/**
 * The `plan-diff/outline@1` report of a parsed plan: the document without its targets, keys in a fixed order.
 * @param doc the parsed plan
 * @returns the outline report
 */
export function outlineReport(doc: PlanDocument): OutlineReport {
  return {
    schema: 'plan-diff/outline@1',
    source: doc.source,
    label: doc.label ?? null,
    title: doc.title,
    period: doc.period,
    issuer: doc.issuer ?? null,
    preamble: doc.preamble,
    metadata: doc.metadata ?? [],
    nodes: doc.nodes,
    warnings: doc.warnings,
  };
}

/**
 * The `plan-diff/targets@2` report of the targets of several documents.
 * @param targets targets in file then document order
 * @param kind which kind to keep, or `all`
 * @param documents the documents they came from, for outputs that carry them (JSON Lines)
 * @returns the targets report
 */
export function targetsReport(targets: readonly Target[], kind: KindFilter = 'target', documents?: DocumentRecord[]): TargetsReport {
  const report: TargetsReport = { schema: 'plan-diff/targets@2', targets: targets.filter((t) => kind === 'all' || t.kind === kind) };
  return documents === undefined ? report : { ...report, documents };
}

/**
 * A document's own fields, without outline, preamble, targets and warnings.
 * @param doc the parsed document
 * @returns its summary
 */
export function documentSummary(doc: PlanDocument): DocumentSummary {
  const { nodes: _nodes, preamble: _preamble, targets: _targets, warnings: _warnings, ...summary } = doc;
  return summary;
}
