import type { HistoryCell, HistoryTarget, HistoryTargetValue, Target } from '../../types.js';
import { byCode, fieldsOf, linkTargets, type Pending, type TargetLinks, type TargetPairing } from '../matchTargets.js';
import type { LineageRow } from './lineage.js';

/** Reads the targets of some paragraphs of one version. */
export type ReadVersionTargets = (version: number, paragraphs: ReadonlySet<string>) => readonly Target[];

/** Statuses at which a clause's text may differ from the previous version's. */
const TEXT_CHANGES = new Set(['modified', 'split', 'merged', 'added', 'removed']);

/**
 * Follow the targets of the rows whose text changed in some version through every version: in each
 * step the targets of a row's two cells are linked by compare's rule (`linkTargets`: metric key,
 * identical ones first, leftovers across the document when their metric is unique on both sides); a
 * re-added clause is linked with the cell it was restored from.
 * Note: targets of clauses unchanged in every version are never read, as compare never compares them.
 * @param rows the clause lineages in their final order
 * @param count number of versions
 * @param read reads the targets of some paragraphs of one version
 * @returns the target lineages in row order, then by line in the row's last cell
 */
export function followTargets(rows: readonly LineageRow[], count: number, read: ReadVersionTargets): HistoryTarget[] {
  const changing = rows.filter((row) => row.status.some((s) => s !== null && TEXT_CHANGES.has(s)));
  // Note: each version is read once, for the paragraphs (`#p` ids) of the changing rows' cells.
  const held = new Map<HistoryCell, Target[]>();
  const clauseOf = new Map<Target, string>();
  for (let v = 0; v < count; v++) {
    const cells = changing.flatMap((row) => row.cells[v] ?? []);
    const paragraphs = new Set(cells.filter((c) => c.id.includes('#p')).map((c) => c.id));
    if (paragraphs.size === 0) continue;
    const targets = read(v, paragraphs);
    const taken = new Set<Target>();
    for (const cell of cells) {
      const own = targets.filter((t) => !taken.has(t) && inCell(t, cell));
      for (const t of own) {
        taken.add(t);
        clauseOf.set(t, cell.id);
      }
      held.set(cell, own);
    }
  }
  const targetsOf = (cell: HistoryCell | null) => (cell ? (held.get(cell) ?? []) : []);
  const lineages = new Map<Target, { values: Array<Target | null>; row: LineageRow }>();
  const start = (t: Target, v: number, row: LineageRow) => {
    const values = new Array<Target | null>(count).fill(null);
    values[v] = t;
    lineages.set(t, { values, row });
  };
  for (const row of changing) for (const t of targetsOf(row.cells[0])) start(t, 0, row);
  for (let v = 1; v < count; v++) {
    const pairings: TargetPairing[] = changing.map((row, order) => {
      const cell = row.cells[v];
      const from = cell?.restoredFrom !== undefined ? row.cells[cell.restoredFrom] : row.cells[v - 1];
      return { old: targetsOf(from), new: targetsOf(cell), order, unchanged: false };
    });
    const links = reword(linkTargets(pairings));
    for (const link of links.pairs) {
      const lineage = lineages.get(link.old);
      if (!lineage) continue;
      lineage.values[v] = link.new;
      lineage.row = changing[link.order]!;
      lineages.set(link.new, lineage);
    }
    for (const p of links.added) start(p.target, v, changing[p.order]!);
  }
  const unique = [...new Set(lineages.values())];
  const rank = new Map(rows.map((row, i) => [row, i]));
  return unique
    .map((l) => toHistoryTarget(l.values, rank.get(l.row)!, clauseOf))
    .toSorted((a, b) => a.row - b.row || lastLine(a) - lastLine(b) || byCode(a.metricKey, b.metricKey));
}

/**
 * Link the targets a clause kept under reworded metrics: in one pairing (one clause and its successor),
 * the removed and added targets of one unit and comparator, when there are as many of each, in their
 * order (a condition `货值金额不足1万元` is not taken for the fine `5000元以上1万元以下` it replaced).
 * Note: a law's penalty clause often rewrites who imposes the fine (农业农村（畜牧兽医）主管部门处 →
 * 农业农村主管部门处) with the same 元 amount; by metric key alone that is one target removed and
 * another added, while the reader sees one amount that moved or stayed. compare keeps its own rule.
 * @param links what linkTargets linked
 * @returns the links, with those leftovers linked
 */
function reword(links: TargetLinks): TargetLinks {
  const key = (p: Pending) => `${p.order}\u0000${p.target.unit}\u0000${p.target.comparator}`;
  const group = (list: readonly Pending[]) => {
    const map = new Map<string, Pending[]>();
    for (const p of list) map.set(key(p), [...(map.get(key(p)) ?? []), p]);
    return map;
  };
  const removed = group(links.removed);
  const added = group(links.added);
  const pairs = [...links.pairs];
  const linked = new Set<Pending>();
  for (const [k, olds] of removed) {
    const news = added.get(k);
    if (!news || news.length !== olds.length) continue;
    olds.forEach((o, i) => {
      pairs.push({ old: o.target, new: news[i]!.target, order: o.order });
      linked.add(o).add(news[i]!);
    });
  }
  return { pairs, removed: links.removed.filter((p) => !linked.has(p)), added: links.added.filter((p) => !linked.has(p)) };
}

function toHistoryTarget(values: ReadonlyArray<Target | null>, row: number, clauseOf: ReadonlyMap<Target, string>): HistoryTarget {
  const last = values.findLast((t) => t !== null)!;
  const changedIn: number[] = [];
  for (let v = 1; v < values.length; v++) {
    const [a, b] = [values[v - 1], values[v]];
    if ((a === null) !== (b === null) || (a && b && fieldsOf(a, b).length > 0)) changedIn.push(v);
  }
  return { metric: last.metric, metricKey: last.metricKey, row, changedIn, values: values.map((t) => (t ? valueOf(t, clauseOf.get(t) ?? '') : null)) };
}

function valueOf(t: Target, clause: string): HistoryTargetValue {
  return {
    value: t.value,
    high: t.high,
    unit: t.unit,
    comparator: t.comparator,
    year: t.year,
    metric: t.metric,
    scope: t.scope,
    kind: t.kind,
    line: t.line,
    text: t.text,
    clause,
  };
}

function lastLine(t: HistoryTarget): number {
  return t.values.findLast((v) => v !== null)?.line ?? 0;
}

// Note: a target belongs to the clause of its node whose lines hold its number (compare's rule for
// documents other than PDFs; on a PDF, lines are counted per page, and the first clause wins).
function inCell(t: Target, cell: HistoryCell): boolean {
  const node = cell.id.includes('#') ? cell.id.slice(0, cell.id.indexOf('#')) : cell.id;
  return t.nodeId === node && t.line >= cell.line && t.line <= cell.endLine;
}
