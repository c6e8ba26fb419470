import type { OutlineReport, PlanDocument } from '../types.js';

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
    preamble: doc.preamble,
    nodes: doc.nodes,
    warnings: doc.warnings,
  };
}
