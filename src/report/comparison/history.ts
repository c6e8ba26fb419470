import type { CompareSummary, DiffOp, HistoryCell, HistoryReport, HistoryRow, HistoryTarget, HistoryTargetValue, Lang, LineageStatus } from '../../types.js';
import { formatQuantity } from './quantity.js';
import { clauseNumber, itemMarker, sectionOf } from './rows.js';
import { messages } from '../../i18n/messages.js';

/** One row of a 多稿对照表: a clause lineage with what each column shows and its 说明. */
export interface HistoryTableRow {
  /** Index in `report.rows`. */
  index: number;
  /** The lineage. */
  row: HistoryRow;
  /** Section of its latest clause (outline path without the item marker), `''` for the preamble. */
  section: string;
  /** Per version: the clause's text marked against the previous version, or null where absent. */
  columns: Array<DiffOp[] | null>;
  /** 说明: what happened at each version, then how its targets changed. */
  notes: string[];
}

/**
 * Label of a version (`第2稿`, `V2`).
 * @param k 0-based version index
 * @param lang language
 * @returns the label
 */
export function versionLabel(k: number, lang: Lang): string {
  return messages(lang).history.version(k);
}

/**
 * Label of a lineage status (`修改`, `modified`).
 * @param status the status
 * @param lang language
 * @returns the label
 */
export function statusLabel(status: LineageStatus, lang: Lang): string {
  return messages(lang).history.status[status];
}

/**
 * The rows of a 多稿对照表, in the report's order: each version's text marked against the previous
 * version (insertions and deletions inline, so each column reads against the one to its left) and
 * the 说明 of the row.
 * @param report the history report
 * @param only `changed` keeps lineages that changed in some version (or whose targets changed)
 * @param lang language of the notes
 * @returns the rows
 */
export function historyRows(report: HistoryReport, only: 'changed' | 'all', lang: Lang): HistoryTableRow[] {
  const targetsByRow = new Map<number, HistoryTarget[]>();
  for (const t of report.targets) if (t.changedIn.length > 0) targetsByRow.set(t.row, [...(targetsByRow.get(t.row) ?? []), t]);
  return report.rows.flatMap((row, index) => {
    const targets = targetsByRow.get(index) ?? [];
    if (only === 'changed' && !row.changed && targets.length === 0) return [];
    const latest = row.cells.findLast((c) => c !== null);
    return [
      {
        index,
        row,
        section: latest ? sectionOf(latest.outline) : '',
        columns: row.cells.map((cell, k) => (cell ? [...markerRuns(cell, k > 0 ? row.cells[k - 1]! : null), ...cellRuns(cell)] : null)),
        notes: [...stepNotes(row, lang), ...targets.map((t) => targetLabel(t, lang))],
      },
    ];
  });
}

/**
 * A cell's text marked against the clause it comes from: the word diff where it spells out the cell's
 * own text (a split group's diff covers other clauses too, so a split part is shown plain), the whole
 * text as inserted for an added clause, plain otherwise.
 * @param cell the cell
 * @returns equal, inserted and deleted runs
 */
export function cellRuns(cell: HistoryCell): DiffOp[] {
  if (cell.diff.length > 0) {
    const shown = cell.diff.filter((op) => op.op !== 'delete').map((op) => op.text).join('');
    if (strip(shown) === strip(cell.text)) return cell.diff;
  }
  if (cell.status === 'added' && cell.restoredFrom === undefined) return [{ op: 'insert', text: cell.text }];
  return [{ op: 'equal', text: cell.text }];
}

/**
 * The item number written before a clause (`8.`, `第八条`; its text does not hold it), the previous
 * version's number struck before it when the clause was renumbered, and a space after it.
 * @param cell the cell
 * @param previous the lineage's cell in the previous version, or null
 * @returns the runs to put before the text (none for a clause that is not a numbered item)
 */
export function markerRuns(cell: HistoryCell, previous: HistoryCell | null): DiffOp[] {
  const marker = itemMarker(cell);
  if (marker === '') return [];
  const before = previous ? itemMarker(previous) : '';
  if (cell.status === 'added' && cell.restoredFrom === undefined) return [{ op: 'insert', text: `${marker} ` }];
  if (cell.renumbered && before !== '' && before !== marker) return [{ op: 'delete', text: before }, { op: 'insert', text: marker }, { op: 'equal', text: ' ' }];
  return [{ op: 'equal', text: `${marker} ` }];
}

/**
 * What happened to a lineage at each version after the first, one note per version (`第2稿：修改`).
 * @param row the lineage
 * @param lang language
 * @returns the notes
 */
export function stepNotes(row: HistoryRow, lang: Lang): string[] {
  const w = messages(lang).history;
  const notes: string[] = [];
  row.status.forEach((status, k) => {
    if (k === 0 || status === null || status === 'unchanged') return;
    const cell = row.cells[k];
    const before = row.cells[k - 1];
    const moved = w.movedFrom(before ? sectionOf(before.outline) : '');
    const renumbered = before && cell ? w.renumbered(`${clauseNumber(before.id)}→${clauseNumber(cell.id)}`) : '';
    const parts: string[] = [];
    if (cell?.restoredFrom !== undefined) parts.push(w.restored(cell.restoredFrom));
    else if (status === 'moved') parts.push(moved);
    else if (status === 'renumbered') parts.push(renumbered);
    else parts.push(w.status[status]);
    if (cell?.moved && status !== 'moved' && status !== 'added') parts.push(moved);
    if (cell?.renumbered && status !== 'renumbered' && renumbered !== '') parts.push(renumbered);
    notes.push(`${w.version(k)}${w.separator}${parts.join(w.comma)}`);
  });
  return notes;
}

/**
 * A target's path through the versions in one line (`市级“一带一路”联合实验室 20家→≥15家→18家`),
 * `—` where absent.
 * @param target the target lineage
 * @param _lang language (the quantities read the same in both)
 * @returns the label
 */
export function targetLabel(target: HistoryTarget, _lang: Lang): string {
  return `${target.metric} ${target.values.map((v) => quantity(v, needsYear(target))).join('→')}`;
}

/**
 * Whether a target's values are shown with their horizon year: when the year changed between versions.
 * @param target the target lineage
 * @returns true when the year differs between two neighbouring versions
 */
export function needsYear(target: HistoryTarget): boolean {
  return target.values.some((v, k) => k > 0 && v !== null && target.values[k - 1] !== null && v.year !== target.values[k - 1]!.year);
}

/**
 * A target's value as a plan would write it, or `—` where absent.
 * @param value the target in one version, or null
 * @param withYear prefix the horizon year
 * @returns the text
 */
export function quantity(value: HistoryTargetValue | null, withYear = false): string {
  return value === null ? '—' : formatQuantity(value, withYear);
}

/**
 * The versions a target changed in, as labels (`第2稿、第3稿`).
 * @param target the target lineage
 * @param lang language
 * @returns the labels joined
 */
export function changedInLabel(target: HistoryTarget, lang: Lang): string {
  return target.changedIn.map((k) => versionLabel(k, lang)).join(messages(lang).history.list);
}

/**
 * Title for a section row: its outline path, or the preamble's name.
 * @param section the section path
 * @param lang language
 * @returns the title
 */
export function sectionTitle(section: string, lang: Lang): string {
  return section === '' ? messages(lang).history.preamble : section;
}

/**
 * Notes joined for one table cell.
 * @param notes the notes
 * @param lang language
 * @returns the joined text
 */
export function joinNotes(notes: readonly string[], lang: Lang): string {
  return notes.join(messages(lang).history.join);
}

function strip(text: string): string {
  return text.replace(/\s+/g, '');
}
