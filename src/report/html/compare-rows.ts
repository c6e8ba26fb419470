import type { ClauseRef, DiffOp, Lang, LineUnit } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import type { ComparisonRow } from '../comparison/rows.js';
import { outlineMarker, sectionOf, startMarker } from '../comparison/rows.js';
import { targetChangeLabel } from '../comparison/quantity.js';
import { html, type SafeHtml } from './escape.js';

/** A row in display order: a clause row, or the marker a moved clause leaves at its old place. */
export interface Placed {
  /** The comparison row. */
  row: ComparisonRow;
  /** True for the old-place marker of a moved clause. */
  ghost: boolean;
}

/** Consecutive placed rows under one section heading. */
export interface SectionGroup {
  /** Anchor id of the section row (`s1`, `s2`, …). */
  id: string;
  /** Outline path of the section, `''` for the preamble. */
  section: string;
  /** Rows of the section in display order. */
  items: Placed[];
  /** Rows that show a change (moved-clause markers included). */
  changed: number;
}

/**
 * Group placed rows by section, starting a new group where the section changes.
 * Note: an old-place marker stays in the group it is placed in, so it never opens a section.
 * @param placed rows in display order
 * @returns the groups in display order
 */
export function sectionGroups(placed: Placed[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const item of placed) {
    const section = item.ghost ? (groups.at(-1)?.section ?? sectionOf(item.row.pair.old!.outline)) : item.row.section;
    const last = groups.at(-1);
    const group = last && last.section === section ? last : { id: `s${groups.length + 1}`, section, items: [], changed: 0 };
    if (group !== last) groups.push(group);
    group.items.push(item);
    if (item.ghost || item.row.changed) group.changed += 1;
  }
  return groups;
}

/**
 * Render the body rows of the side-by-side table: section rows, clause rows, old-place markers
 * and the fold rows that stand for unchanged clauses when only changes are shown.
 * @param placed rows in display order
 * @param units what a line number counts (text lines, Word paragraphs) in the old and new file
 * @param lang language of the page's words
 * @returns the `<tr>` elements
 */
export function clauseRows(placed: Placed[], units: { old: LineUnit; new: LineUnit }, lang: Lang = 'zh'): SafeHtml {
  const row = (item: Placed) => clauseRow(item, units, lang);
  return html`${sectionGroups(placed).map((group) => {
    const title = group.section === '' ? messages(lang).doc.preamble : group.section;
    const parts = title.split(' / ');
    const heading = html`<tr class="${group.changed === 0 ? 'section quiet' : 'section'}" id="${group.id}"><th colspan="3" scope="rowgroup">${parts.slice(0, -1).map((p) => html`${p} / `)}<b>${parts.at(-1)}</b></th></tr>\n`;
    if (group.changed === 0) return html`${fold(group.items, title, lang)}${heading}${group.items.map(row)}`;
    return html`${heading}${runs(group.items).map((run) => (run[0]!.ghost || run[0]!.row.changed ? run.map(row) : html`${fold(run, null, lang)}${run.map(row)}`))}`;
  })}`;
}

function runs(items: Placed[]): Placed[][] {
  const out: Placed[][] = [];
  for (const item of items) {
    const quiet = !item.ghost && !item.row.changed;
    const last = out.at(-1);
    const lastQuiet = last !== undefined && !last[0]!.ghost && !last[0]!.row.changed;
    if (last && quiet && lastQuiet) last.push(item);
    else out.push([item]);
  }
  return out;
}

function fold(items: Placed[], section: string | null, lang: Lang): SafeHtml {
  return html`<tr class="fold"><td colspan="3"><a href="#p${items[0]!.row.index}">${messages(lang).doc.fold(items.length, section)}</a></td></tr>\n`;
}

function clauseRow(item: Placed, units: { old: LineUnit; new: LineUnit }, lang: Lang): SafeHtml {
  const m = messages(lang).doc;
  const { row } = item;
  const { old, new: neu } = row.pair;
  if (item.ghost) {
    const to = `${outlineMarker(neu!.outline)}${lang === 'zh' ? `（${row.section || m.preamble}）` : ` (${row.section || m.preamble})`}`;
    return html`<tr class="ghost" id="o${row.index}"><td class="old">${meta(old!, units.old, 'equal', lang)}<span class="meta">${m.movedTo}<a href="#p${row.index}">${to} ↓</a></span><span class="text">${old!.text}</span></td><td class="new none">${m.movedAway}</td><td class="note"><span class="badge moved">${m.movedOut}</span></td></tr>\n`;
  }
  const cls = `row kind-${row.kind}${row.changed ? ' changed' : ' unchanged'}`;
  const movedFrom = row.pair.moved ? html`<span class="meta"><a href="#o${row.index}">${m.wasAt(sectionOf(old!.outline) || m.preamble)}</a></span>` : null;
  const oldCell = old && row.old ? html`<td class="old">${meta(old, units.old, row.pair.renumbered ? 'delete' : 'equal', lang)}${runsHtml(row.old)}</td>` : html`<td class="old none">${m.isAdded}</td>`;
  const newCell = neu && row.new ? html`<td class="new">${meta(neu, units.new, row.pair.renumbered ? 'insert' : 'equal', lang)}${movedFrom}${runsHtml(row.new)}</td>` : html`<td class="new none">${m.isRemoved}</td>`;
  const badges = row.status.length > 0 ? row.status.map((s) => html`<span class="badge ${s.kind}">${s.text}</span>`) : html`<span class="badge unchanged">${m.unchanged}</span>`;
  const targets = row.targetChanges.length > 0 ? html`<ul class="targets">${row.targetChanges.map((t) => html`<li>${targetChangeLabel(t, lang)}</li>`)}</ul>` : null;
  return html`<tr class="${cls}" id="p${row.index}">${oldCell}${newCell}<td class="note">${badges}${targets}</td></tr>\n`;
}

// Note: a renumbered clause shows its old number struck and its new number inserted.
function meta(ref: ClauseRef, unit: LineUnit, mark: DiffOp['op'], lang: Lang): SafeHtml {
  const marker = startMarker(ref);
  const number = marker === '' ? null : mark === 'delete' ? html`<del>${marker}</del>` : mark === 'insert' ? html`<ins>${marker}</ins>` : marker;
  const m = messages(lang).doc;
  const lines = `${ref.page === undefined ? '' : m.onPage(ref.page)}${m.lineRef(unit === 'paragraph' ? 'paragraph' : 'line', ref.line, ref.endLine)}`;
  return html`<span class="meta">${number}${number === null ? '' : ' · '}${lines}</span>`;
}

/**
 * A clause's runs as HTML: deletions in `<del>`, insertions in `<ins>`, all text escaped.
 * @param ops the runs
 * @returns the marked text in a `.text` span
 */
export function runsHtml(ops: DiffOp[]): SafeHtml {
  return html`<span class="text">${ops.map((op) => (op.op === 'delete' ? html`<del>${op.text}</del>` : op.op === 'insert' ? html`<ins>${op.text}</ins>` : op.text))}</span>`;
}
