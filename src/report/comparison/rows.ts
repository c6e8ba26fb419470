import type { ClauseRef, CompareReport, DiffOp, Pair, TargetChange } from '../../types.js';
import { targetChangeLabel } from './quantity.js';
import { groupMembers, groupNotes, isLayoutGroup } from './groups.js';
import { groupParts } from '../../groupShape.js';
import type { Lang } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { placeDeletedSections, removedSectionPaths } from './old-sections.js';

/** What kind of change a row shows, most significant first. */
export type RowKind = 'added' | 'removed' | 'modified' | 'related' | 'moved' | 'renumbered' | 'unchanged';

/** One row of a 新旧对照表 / side-by-side view, built from one aligned pair. */
export interface ComparisonRow {
  /** Index of the pair in `report.pairs` (stable anchor). */
  index: number;
  /** The aligned pair itself. */
  pair: Pair;
  /** Most significant kind of change. */
  kind: RowKind;
  /** True unless the clause is unchanged in content, place and number. */
  changed: boolean;
  /** The clause is a heading on its own line (its id has no `#p`), not a paragraph. */
  heading: boolean;
  /** Outline path of the section the clause sits in (new side; for a removed clause, the new counterpart of its old section, or the old path when that section has none). */
  section: string;
  /** Old column: equal and deleted runs, or null when the clause was added. */
  old: DiffOp[] | null;
  /** New column: equal and inserted runs, or null when the clause was removed. */
  new: DiffOp[] | null;
  /** Status labels of the 说明 column (新增, 删除, 修改, 移动（原在 …）, 仅调整序号（8→9）), with their kind. */
  status: Array<{ kind: RowKind; text: string }>;
  /** 说明 items: the status labels, then the target changes of this clause (`联合实验室 20家→15家`). */
  notes: string[];
  /** Target changes located in this clause. */
  targetChanges: TargetChange[];
}

/**
 * Build the rows of a 新旧对照表 from a compare report, in the report's order (new document order,
 * removed clauses at their old place; a section deleted whole between the new sections its old
 * neighbours map to).
 * @param report the compare report
 * @param only `changed` drops rows whose clause is unchanged in content, place and number
 * @param lang language of the notes (default Chinese, as the 对照表 is)
 * @returns the rows
 */
export function comparisonRows(report: CompareReport, only: 'changed' | 'all' = 'all', lang: Lang = 'zh'): ComparisonRow[] {
  const owners = report.targetChanges.map((change) => ownerOf(change, report.pairs));
  const rows: ComparisonRow[] = [];
  const byGroup = groupMembers(report);
  const parts = groupParts(report.pairs);
  const removedSection = removedSectionPaths(report.pairs, sectionOf);
  const deleted = new Set<ComparisonRow>();
  report.pairs.forEach((pair, index) => {
    // Note: a split or merged group carries the diff of its clauses at that place on each of its pairs;
    // it is one row at each place (one in all when its clauses lie together), like the terminal report.
    if (pair.group !== undefined && !parts.has(index)) return;
    const members = pair.group === undefined ? [index] : parts.get(index)!;
    const targetChanges = report.targetChanges.filter((_, i) => members.includes(owners[i]!));
    const kind = kindOf(pair);
    const status = statusLabels(pair, pair.group === undefined ? [] : byGroup.get(pair.group)!, lang);
    const heading = !(pair.new ?? pair.old)!.id.includes('#');
    const removed = pair.new === null ? removedSection(sectionOf(pair.old?.outline ?? '')) : undefined;
    const row: ComparisonRow = {
      index,
      pair,
      kind,
      changed: kind !== 'unchanged' || (pair.group !== undefined && !isLayoutGroup(byGroup.get(pair.group)!)) || targetChanges.length > 0,
      heading,
      section: removed?.section ?? sectionOf(pair.new?.outline ?? ''),
      old: pair.old ? sideRuns(pair, 'old', groupTexts(report, members, 'old')) : null,
      new: pair.new ? sideRuns(pair, 'new', groupTexts(report, members, 'new')) : null,
      status,
      notes: [...status.map((label) => label.text), ...targetChanges.map((t) => targetChangeLabel(t, lang))],
      targetChanges,
    };
    rows.push(row);
    if (removed?.deleted === true) deleted.add(row);
  });
  // Note: an unchanged heading on its own line is already shown as the section row above its clauses.
  return placeDeletedSections(rows, (row) => deleted.has(row)).filter((row) => (row.heading ? row.changed : only === 'all' || row.changed));
}

/**
 * The section a clause belongs to: its outline path without a trailing item marker (`8.`, `第八条`).
 * @param outline the clause's display outline (`二、重点任务 / （一）… / 8.`)
 * @returns the section path, `''` for the preamble
 */
export function sectionOf(outline: string): string {
  const parts = outline.split(' / ').filter((part) => part !== '');
  const last = parts.at(-1) ?? '';
  return parts.length > 1 && ITEM_MARKER.test(last) ? parts.slice(0, -1).join(' / ') : parts.join(' / ');
}

/**
 * The numbering of a clause: the last step of its node id (`二/（一）/2#p1` → `2`).
 * @param id clause id
 * @returns the marker, or `''` for the preamble
 */
export function clauseNumber(id: string): string {
  return (id.split('#')[0] ?? '').split('/').at(-1) ?? '';
}

/**
 * The item marker a clause is numbered with (`8.`, `第八条`, `（3）`), taken from the last step of its
 * outline, or `''` when the clause is not a numbered item, its text already starts with it, or it is a
 * later paragraph of its item (款 2 of an article does not begin with 第X条 in the law).
 * @param ref one side of a pair
 * @returns the marker as written
 */
export function itemMarker(ref: Pick<ClauseRef, 'id' | 'outline' | 'text'>): string {
  const marker = startMarker(ref);
  return marker === '' || ref.text.startsWith(marker) ? '' : marker;
}

/**
 * The item marker of a clause where its item starts (the heading or the first paragraph), `''` for
 * the item's later paragraphs: the number is shown once, where the item starts in the file.
 * @param ref one side of a pair
 * @returns the marker as written, or `''`
 */
export function startMarker(ref: Pick<ClauseRef, 'id' | 'outline'>): string {
  const paragraph = /#p(\d+)/u.exec(ref.id);
  return paragraph !== null && paragraph[1] !== '1' ? '' : outlineMarker(ref.outline);
}

/**
 * The item marker at the end of an outline path (`二、重点任务 / （一）… / 8.` → `8.`).
 * @param outline display outline of a clause
 * @returns the marker, or `''` when the clause is not a numbered item
 */
export function outlineMarker(outline: string): string {
  const parts = outline.split(' / ');
  return parts.length > 1 ? (ITEM_MARKER.exec(parts.at(-1) ?? '')?.[0] ?? '') : '';
}

// Note: a leaf item shows as its bare marker, optionally followed by its title.
const ITEM_MARKER = /^(第[一二三四五六七八九十百千零〇两\d]+条|\d+[.．、]|[（(]\d+[)）]|[①-⑳])/;

function kindOf(pair: Pair): RowKind {
  if (pair.status !== 'unchanged') return pair.status;
  if (pair.moved) return 'moved';
  return pair.renumbered ? 'renumbered' : 'unchanged';
}

function statusLabels(pair: Pair, members: readonly Pair[], lang: Lang): Array<{ kind: RowKind; text: string }> {
  const m = messages(lang).doc;
  const labels: Array<{ kind: RowKind; text: string }> = [];
  // Note: the same text cut into other paragraphs says nothing: it is layout (isLayoutGroup).
  if (members.length > 0 && !isLayoutGroup(members)) labels.push(...groupNotes(members, lang).map((text) => ({ kind: 'modified' as const, text })));
  if (pair.status === 'added') labels.push({ kind: 'added', text: m.note.added });
  if (pair.status === 'removed') labels.push({ kind: 'removed', text: m.note.removed });
  if (pair.status === 'modified') labels.push({ kind: 'modified', text: m.note.modified });
  if (pair.status === 'related') labels.push({ kind: 'related', text: m.note.related(pair.similarity.toFixed(2)) });
  if (pair.moved && pair.old) labels.push({ kind: 'moved', text: m.note.moved(sectionOf(pair.old.outline) || m.preamble) });
  if (pair.renumbered && pair.old && pair.new) {
    const change = `${clauseNumber(pair.old.id)}→${clauseNumber(pair.new.id)}`;
    const only = pair.status === 'unchanged' && !pair.moved;
    labels.push({ kind: 'renumbered', text: only ? m.note.renumberedOnly(change) : m.note.renumbered(change) });
  }
  return labels;
}

// Note: a diff may be empty for unchanged pairs (not requested); the clause text then stands alone.
function sideRuns(pair: Pair, side: 'old' | 'new', text: string): DiffOp[] {
  if (pair.status === 'added' || pair.status === 'removed') return [{ op: side === 'old' ? 'delete' : 'insert', text }];
  if (pair.status === 'unchanged' || pair.diff.length === 0) return [{ op: 'equal', text }];
  const other = side === 'old' ? 'insert' : 'delete';
  return pair.diff.filter((op) => op.op !== other).map((op) => ({ ...op }));
}

// Note: the texts of a row: one clause, or those of a split or merged group at that place, each clause
// once, in document order.
function groupTexts(report: CompareReport, members: readonly number[], side: 'old' | 'new'): string {
  const refs = members.flatMap((i) => (report.pairs[i]![side] ? [report.pairs[i]![side]!] : []));
  const unique = [...new Map(refs.map((ref) => [ref.id, ref])).values()].toSorted((x, y) => x.line - y.line || x.id.localeCompare(y.id));
  return unique.map((ref) => ref.text).join('');
}

// Note: a target change belongs to the clause holding its new line (old line for removed targets);
// lines are compared on the side they were measured on.
function ownerOf(change: TargetChange, pairs: Pair[]): number {
  const onNew = change.new ? pairs.findIndex((p) => p.new !== null && within(change.new!.line, p.new)) : -1;
  if (onNew >= 0) return onNew;
  return change.old ? pairs.findIndex((p) => p.old !== null && within(change.old!.line, p.old)) : -1;
}

function within(line: number, ref: { line: number; endLine: number }): boolean {
  return line >= ref.line && line <= ref.endLine;
}
