import type { CompareReport, HistoryReport, HistoryRow, HistoryStep, Pin, PlanDocument } from '../../types.js';
import { PlanDiffError } from '../../errors.js';
import { getSegmenter } from '../../parse/words/segmenter.js';
import { comparePlans, isSame, type CompareOptions } from '../index.js';
import { chainStep, firstRows, mergeOrder, type LineageRow } from './lineage.js';
import { restoreClauses } from './restore.js';
import { followTargets, type ReadVersionTargets } from './targets.js';

/** Options for a draft history. */
export interface HistoryOptions extends Pick<CompareOptions, 'segmenter' | 'userDicts'> {
  /**
   * Read targets only where they can change: for documents parsed without targets, a function giving
   * the targets of some paragraphs of one version (`extractTargets(docs[v], sources[v], { paragraphs })`).
   * Default: the documents' own `targets`.
   */
  readTargets?: ReadVersionTargets;
  /**
   * Alignments to keep in each step, by step (0: version 1 → 2, 1: version 2 → 3, …), as compare's
   * `pins`; a step without pins (undefined) is aligned on its own.
   */
  pins?: ReadonlyArray<readonly Pin[] | undefined>;
}

/**
 * Follow every clause and every target through two or more versions of a plan, oldest first: compare
 * each version with the next (compare's engine, one segmenter for all), chain the alignments into
 * clause lineages, recognise clauses re-added after a removal, and follow the targets of the clauses
 * whose text changed.
 * @param docs the versions, parsed, oldest first
 * @param options segmenter, user dictionaries and how to read targets
 * @returns the `plan-diff/history@1` report
 */
export function historyPlans(docs: readonly PlanDocument[], options: HistoryOptions = {}): HistoryReport {
  if (docs.length < 2) throw new PlanDiffError('USAGE', { key: 'historyFew', params: { count: docs.length, first: '', twice: false } });
  const segmenter = options.segmenter ?? getSegmenter({ userDicts: options.userDicts });
  const count = docs.length;
  const reports: CompareReport[] = [];
  if ((options.pins?.length ?? 0) > count - 1) {
    throw new PlanDiffError('USAGE', { key: 'pinSteps', params: { pins: options.pins!.length, versions: count } });
  }
  for (let v = 1; v < count; v++) reports.push(compareStep(docs, v, segmenter, options.pins?.[v - 1]));
  const first = firstRows(reports[0]!, count);
  let rowOf = first.rowOf;
  let order: LineageRow[] = first.order;
  reports.forEach((report, k) => {
    const step = k + 1;
    const result = chainStep(report, step, count, rowOf);
    const joined = step >= 2 ? restoreClauses(order, result.added, step, segmenter) : new Map<LineageRow, LineageRow>();
    for (const [addedRow, earlier] of joined) {
      for (const [id, row] of result.rowOf) if (row === addedRow) result.rowOf.set(id, earlier);
    }
    const stepOrder = result.order.map((row) => joined.get(row) ?? row);
    order = mergeOrder(
      order.filter((row) => ![...joined.values()].includes(row)),
      stepOrder,
    );
    rowOf = result.rowOf;
  });
  const read: ReadVersionTargets = options.readTargets ?? ((v, paragraphs) => docs[v]!.targets.filter((t) => paragraphs.has(paragraphOf(t, docs[v]!))));
  const targets = followTargets(order, count, read);
  const rows: HistoryRow[] = order.map((row) => ({ status: row.status, changed: row.status.some((s, v) => v > 0 && s !== null && s !== 'unchanged'), cells: row.cells }));
  const steps: HistoryStep[] = reports.map((report, k) => {
    const targetChanges = targets.filter((t) => t.changedIn.includes(k + 1)).length;
    return { from: k, to: k + 1, summary: { ...report.summary, targetChanges }, same: isSame(report.pairs, []) && targetChanges === 0 };
  });
  return {
    schema: 'plan-diff/history@1',
    versions: docs.map((doc) => ({ path: doc.source.path, lineUnit: doc.source.lineUnit, title: doc.title })),
    steps,
    rows,
    targets,
  };
}

// Note: a pin that names no clause of its side is the user's error in one step: the message says which.
function compareStep(docs: readonly PlanDocument[], v: number, segmenter: CompareOptions['segmenter'], pins: readonly Pin[] | undefined): CompareReport {
  try {
    return comparePlans(docs[v - 1]!, docs[v]!, { segmenter, ...(pins === undefined ? {} : { pins }) });
  } catch (error) {
    if (error instanceof PlanDiffError) throw new PlanDiffError(error.code, error.detail ?? error.message, error.path, { from: v, to: v + 1 });
    throw error;
  }
}

// Note: for fully parsed documents, a target's paragraph is the one of its node holding its line.
function paragraphOf(target: { nodeId: string; line: number }, doc: PlanDocument): string {
  const paragraphs = target.nodeId === '' ? doc.preamble : (findNode(doc.nodes, target.nodeId)?.paragraphs ?? []);
  return paragraphs.find((p) => target.line >= p.line && target.line <= p.endLine)?.id ?? '';
}

function findNode(nodes: PlanDocument['nodes'], id: string): PlanDocument['nodes'][number] | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    if (id.startsWith(node.id + '/')) return findNode(node.children, id);
  }
  return undefined;
}
