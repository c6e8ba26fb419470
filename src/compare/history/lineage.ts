import type { CompareReport, HistoryCell, LineageStatus, Pair } from '../../types.js';
import { groupParts } from '../../groupShape.js';

/** A clause lineage while it is being built; `index` is given once the rows are in their final order. */
export interface LineageRow {
  /** Status at each version (see `HistoryRow.status`). */
  status: Array<LineageStatus | null>;
  /** The clause in each version, or null. */
  cells: Array<HistoryCell | null>;
}

/** The lineages of one step: every row and the clauses of the newer version by id. */
export interface StepResult {
  /** Rows started at this step for clauses compare calls added (candidates for a re-added clause). */
  added: LineageRow[];
  /** The row of each clause of the newer version, by clause id. */
  rowOf: Map<string, LineageRow>;
  /** Rows in the newer version's order (rows that left at this step at their old place). */
  order: LineageRow[];
}

/**
 * Chain one comparison onto the lineages: each clause of the newer version continues the row of the
 * clause it was aligned with, or starts a row (added; the second and later parts of a split); a clause
 * compare calls removed, or merged into another, ends its row with that status.
 * @param report the comparison of versions `step - 1` and `step`
 * @param step index of the newer version
 * @param count number of versions
 * @param rowOf the row of each clause of the older version, by id (rows are created for missing ones)
 * @returns the rows of the newer version's clauses, the new rows, and the order of this step
 */
export function chainStep(report: CompareReport, step: number, count: number, rowOf: Map<string, LineageRow>): StepResult {
  const next = new Map<string, LineageRow>();
  const order: LineageRow[] = [];
  const added: LineageRow[] = [];
  const emitted = new Set<LineageRow>();
  const emit = (row: LineageRow) => {
    if (emitted.has(row)) return;
    emitted.add(row);
    order.push(row);
  };
  const older = (id: string): LineageRow => {
    let row = rowOf.get(id);
    if (!row) rowOf.set(id, (row = emptyRow(count)));
    return row;
  };
  const groups = new Map<string, Pair[]>();
  for (const pair of report.pairs) if (pair.group !== undefined) groups.set(pair.group, [...(groups.get(pair.group) ?? []), pair]);
  // Note: a group's rows are written where its pairs stand, one run of new clauses at a time (a split
  // whose pieces lie far apart has rows at each place), and the old clauses merged away after the first run.
  const runs = new Map([...groupParts(report.pairs)].map(([first, members]) => [report.pairs[first]!, members.map((i) => report.pairs[i]!)]));
  const rows = new Map<Pair, LineageRow>();
  for (const pair of report.pairs) {
    if (pair.group !== undefined) {
      const members = groups.get(pair.group)!;
      const mergedAway = pair === members[0] ? chainGroup(members, step, count, older, next, (p, row) => rows.set(p, row)) : [];
      for (const member of runs.get(pair) ?? []) if (rows.has(member)) emit(rows.get(member)!);
      mergedAway.forEach(emit);
      continue;
    }
    if (pair.old && pair.new) {
      const row = older(pair.old.id);
      setCell(row, step, pair, statusOf(pair));
      next.set(pair.new.id, row);
      emit(row);
    } else if (pair.old) {
      const row = older(pair.old.id);
      row.status[step] = 'removed';
      emit(row);
    } else if (pair.new) {
      const row = emptyRow(count);
      setCell(row, step, pair, 'added');
      next.set(pair.new.id, row);
      added.push(row);
      emit(row);
    }
  }
  return { added, rowOf: next, order };
}

/**
 * The status of an aligned pair outside a group: modified, else moved, renumbered or unchanged.
 * @param pair an aligned pair with both sides
 * @returns the lineage status
 */
function statusOf(pair: Pair): LineageStatus {
  // Note: a probable successor compare pairs as `related` continues its row as a modified clause.
  if (pair.status === 'modified' || pair.status === 'related') return 'modified';
  if (pair.moved) return 'moved';
  return pair.renumbered ? 'renumbered' : 'unchanged';
}

// Note: a group is a split when one old clause became several, otherwise a merge (the rule of the
// 说明 column of the 对照表). Each new clause continues the row of the first old clause it is linked
// with that no other new clause continues yet; old clauses whose row is not continued were merged away.
function chainGroup(
  pairs: readonly Pair[],
  step: number,
  count: number,
  older: (id: string) => LineageRow,
  next: Map<string, LineageRow>,
  place: (pair: Pair, row: LineageRow) => void,
): LineageRow[] {
  const olds = [...new Set(pairs.map((p) => p.old!.id))];
  const status: LineageStatus = olds.length > 1 ? 'merged' : 'split';
  const continued = new Set<LineageRow>();
  for (const pair of pairs) {
    const id = pair.new!.id;
    if (next.has(id)) continue;
    const candidates = pairs.filter((p) => p.new!.id === id).map((p) => older(p.old!.id));
    const earlier = candidates.find((r) => !continued.has(r));
    const row = earlier ?? emptyRow(count);
    continued.add(row);
    // Note: text only cut into paragraphs differently (a re-cut group, unchanged) is layout: a clause
    // continuing its row there is unchanged (or moved, renumbered); only pieces without a row of their
    // own are split off.
    setCell(row, step, pair, earlier && pair.status === 'unchanged' ? statusOf(pair) : status);
    next.set(id, row);
    place(pair, row);
  }
  const merged: LineageRow[] = [];
  for (const id of olds) {
    const row = older(id);
    if (continued.has(row)) continue;
    row.status[step] = 'merged';
    merged.push(row);
  }
  return merged;
}

function setCell(row: LineageRow, step: number, pair: Pair, status: LineageStatus): void {
  const ref = pair.new!;
  row.status[step] = status;
  row.cells[step] = {
    id: ref.id,
    outline: ref.outline,
    line: ref.line,
    endLine: ref.endLine,
    text: ref.text,
    status,
    moved: pair.moved,
    renumbered: pair.renumbered,
    similarity: pair.similarity,
    diff: pair.status === 'modified' || pair.status === 'related' ? pair.diff : [],
    ...(pair.group === undefined ? {} : { group: pair.group }),
  };
}

/**
 * A row with no clause in any version yet.
 * @param count number of versions
 * @returns the row
 */
export function emptyRow(count: number): LineageRow {
  return { status: new Array<LineageStatus | null>(count).fill(null), cells: new Array<HistoryCell | null>(count).fill(null) };
}

/**
 * The first version's clauses as rows (status null), from the older side of the first comparison.
 * @param report the comparison of versions 0 and 1
 * @param count number of versions
 * @returns the row of each clause by id, and the rows in that comparison's order
 */
export function firstRows(report: CompareReport, count: number): { rowOf: Map<string, LineageRow>; order: LineageRow[] } {
  const rowOf = new Map<string, LineageRow>();
  const order: LineageRow[] = [];
  for (const pair of report.pairs) {
    const ref = pair.old;
    if (ref === null || rowOf.has(ref.id)) continue;
    const row = emptyRow(count);
    row.cells[0] = { id: ref.id, outline: ref.outline, line: ref.line, endLine: ref.endLine, text: ref.text, status: null, moved: false, renumbered: false, similarity: 0, diff: [] };
    rowOf.set(ref.id, row);
    order.push(row);
  }
  return { rowOf, order };
}

/**
 * Merge one step's order into the order so far: the step's rows in its order, and each row that had
 * left before right after the row it followed.
 * @param before the order after the previous step
 * @param step the rows of this step, in its order
 * @returns the combined order
 */
export function mergeOrder(before: readonly LineageRow[], step: readonly LineageRow[]): LineageRow[] {
  const inStep = new Set(step);
  const followers = new Map<LineageRow | null, LineageRow[]>();
  let anchor: LineageRow | null = null;
  for (const row of before) {
    if (inStep.has(row)) {
      anchor = row;
      continue;
    }
    followers.set(anchor, [...(followers.get(anchor) ?? []), row]);
  }
  return [...(followers.get(null) ?? []), ...step.flatMap((row) => [row, ...(followers.get(row) ?? [])])];
}
