import type { HistoryCell } from '../../types.js';
import type { Segmenter } from '../../parse/words/segmenter.js';
import { canonText, createFeatures } from '../canon.js';
import { buildVectors, cosine } from '../vectors.js';
import { MATCH_THRESHOLD } from '../alignClauses.js';
import { diffClauses, diffText } from '../diffClauses.js';
import type { LineageRow } from './lineage.js';

/** New-side candidates read per earlier clause (through the inverted index, as compare does). */
const CANDIDATES = 16;

/**
 * Recognise clauses re-added after a removal: each clause compare calls added at `step` is compared
 * (TF-IDF over character bigrams, compare's measure and its similarity bar) with the last text of the
 * rows that left before the previous version; the best pairs, each row and clause once, are joined:
 * the clause moves into the earlier row, with `restoredFrom` and a word diff from that earlier text.
 * @param rows every row so far
 * @param added the rows started at this step for added clauses
 * @param step index of the version
 * @param segmenter cuts the words of the diff
 * @returns the added rows that were joined to an earlier row, each with the row it joined
 */
export function restoreClauses(rows: readonly LineageRow[], added: readonly LineageRow[], step: number, segmenter: Segmenter): Map<LineageRow, LineageRow> {
  const joined = new Map<LineageRow, LineageRow>();
  // Note: rows present in the previous version were compared with this one already.
  const gone = rows.filter((row) => row.cells[step - 1] === null && row.cells[step] === null && lastCell(row, step) !== null);
  if (gone.length === 0 || added.length === 0) return joined;
  const features = createFeatures();
  const older = gone.map((row) => lastCell(row, step)!);
  const newer = added.map((row) => row.cells[step]!);
  // Note: the title is compared with the title only.
  const space = buildVectors(
    older.map((c) => features(canonText(c.text))),
    newer.map((c) => features(canonText(c.text))),
  );
  const found: Array<{ old: number; new: number; similarity: number }> = [];
  older.forEach((cell, i) => {
    for (const j of space.candidates(i, CANDIDATES)) {
      if ((cell.id === 'title') !== (newer[j].id === 'title')) continue;
      const similarity = cosine(space.old[i], space.new[j]);
      if (similarity >= MATCH_THRESHOLD.anywhere) found.push({ old: i, new: j, similarity });
    }
  });
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const chosen = found.toSorted((a, b) => b.similarity - a.similarity || a.new - b.new || a.old - b.old).filter((m) => {
    if (usedOld.has(m.old) || usedNew.has(m.new)) return false;
    usedOld.add(m.old);
    usedNew.add(m.new);
    return true;
  });
  const changed = chosen.filter((m) => canonText(older[m.old].text) !== canonText(newer[m.new].text));
  segmenter.prepare?.(changed.flatMap((m) => [diffText(older[m.old].text), diffText(newer[m.new].text)]));
  for (const m of chosen) {
    const row = gone[m.old];
    const from = older[m.old];
    const cell = newer[m.new];
    const same = canonText(from.text) === canonText(cell.text);
    const restored: HistoryCell = {
      ...cell,
      similarity: same ? 1 : Math.round(m.similarity * 1000) / 1000,
      diff: same ? [] : diffClauses(from.text, cell.text, segmenter),
      restoredFrom: row.cells.findLastIndex((c, v) => v < step && c !== null),
    };
    row.cells[step] = restored;
    row.status[step] = 'added';
    joined.set(added[m.new], row);
  }
  return joined;
}

function lastCell(row: LineageRow, step: number): HistoryCell | null {
  for (let v = step - 1; v >= 0; v--) if (row.cells[v]) return row.cells[v];
  return null;
}
