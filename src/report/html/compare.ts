import type { CompareReport, Lang } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import type { FormatOptions } from '../types.js';
import { comparisonRows, type ComparisonRow } from '../comparison/rows.js';
import { html, type SafeHtml } from './escape.js';
import { renderPage, type SummaryCard } from './page.js';
import { clauseRows, type Placed } from './compare-rows.js';
import { outlineNav } from './outline-nav.js';
import { targetChangesTable } from './target-changes.js';

/**
 * Render a compare report as a side-by-side HTML page: aligned clauses with word highlights,
 * moved clauses linked to their old place, an outline navigator and the target changes.
 * @param report the compare report
 * @param options `only` picks the filter shown first (every row is in the page either way); `lang` the page's language (default Chinese)
 * @returns the HTML document
 */
export function compareHtml(report: CompareReport, options: FormatOptions): string {
  const lang = options.lang ?? 'zh';
  const m = messages(lang).doc;
  const rows = comparisonRows(report, 'all', lang);
  const placed = placeRows(rows);
  const s = report.summary;
  const units = { old: report.old.lineUnit, new: report.new.lineUnit };
  const main = html`<h2 id="clauses">${m.clauses}</h2>
<table class="sbs">
<colgroup><col class="text"><col class="text"><col class="note"></colgroup>
<thead><tr><th scope="col">${m.oldText}<small>${report.old.path}</small></th><th scope="col">${m.newText}<small>${report.new.path}</small></th><th scope="col">${m.notes}</th></tr></thead>
<tbody>
${rows.length === 0 ? html`<tr><td colspan="3" class="empty-note">${m.noClauses}</td></tr>` : clauseRows(placed, units, lang)}
</tbody>
</table>
<h2 id="targets">${m.targetChanges}</h2>
${targetChangesTable(report.targetChanges, rows, lang)}`;
  return renderPage({
    lang,
    title: m.compareTitle,
    subtitle: html`<span>${m.oldFile}<code>${report.old.path}</code></span><span>${m.newFile}<code>${report.new.path}</code></span>`,
    summary: [
      {
        cards: [
          [m.chips.modified, s.modified, 'modified'],
          ...(s.related > 0 ? [[m.chips.related, s.related, 'modified'] as SummaryCard] : []),
          [m.chips.added, s.added, 'added'],
          [m.chips.removed, s.removed, 'removed'],
          [m.chips.unchanged, s.unchanged, 'unchanged'],
        ],
      },
      {
        // Note: moved, renumbered, split and merged are among the clauses both versions have (the
        // terminal's sentence says so); side by side with the others they would read as addends.
        of: m.ofKept(s.modified + (s.related ?? 0) + s.unchanged),
        cards: [
          [m.chips.moved, s.moved, 'moved'],
          [m.chips.renumbered, s.renumbered, 'renumbered'],
          ...(s.split > 0 ? [[m.chips.split, s.split, 'modified'] as SummaryCard] : []),
          ...(s.merged > 0 ? [[m.chips.merged, s.merged, 'modified'] as SummaryCard] : []),
        ],
      },
      { cards: [[m.chips.targets, s.targetChanges, 'targets']] },
    ],
    toolbar: legend(lang),
    filters: m.filters,
    defaultFilter: options.only ?? 'changed',
    nav: outlineNav(placed, report.targetChanges.length, lang),
    main,
  });
}

/**
 * Place rows for display: each moved clause also leaves a marker row at its old place, found as
 * the row after which its old clause stood in the old document.
 * @param rows rows in new document order
 * @returns rows and old-place markers in display order
 */
export function placeRows(rows: ComparisonRow[]): Placed[] {
  const inOldOrder = rows.filter((row) => row.pair.old !== null).toSorted((a, b) => a.pair.old!.line - b.pair.old!.line || a.index - b.index);
  const ghostsAfter = new Map<number, ComparisonRow[]>();
  for (const row of rows.filter((r) => r.pair.moved && r.pair.old !== null)) {
    const at = inOldOrder.indexOf(row);
    const before = inOldOrder.slice(0, at).findLast((r) => !r.pair.moved);
    const key = before?.index ?? -1;
    ghostsAfter.set(key, [...(ghostsAfter.get(key) ?? []), row]);
  }
  const ghosts = (key: number): Placed[] => (ghostsAfter.get(key) ?? []).map((row) => ({ row, ghost: true }));
  return [...ghosts(-1), ...rows.flatMap((row) => [{ row, ghost: false }, ...ghosts(row.index)])];
}

function legend(lang: Lang): SafeHtml {
  const m = messages(lang).doc;
  return html`<span class="legend">${m.legend}<del>${m.deletedText}</del><ins>${m.insertedText}</ins></span>`;
}
