import type { HistoryReport, HistoryRow, Lang } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { changedInLabel, historyRows, needsYear, quantity, sectionTitle, statusLabel, versionLabel, type HistoryTableRow } from '../comparison/history.js';
import { html, type SafeHtml } from './escape.js';
import { renderPage } from './page.js';
import { messages } from '../../i18n/messages.js';
import { runsHtml } from './compare-rows.js';

/**
 * Render a history report as an HTML page: one column per version (each marked against the previous
 * one) and a 说明 column, a toggle to show only the clauses that changed in some version, then the
 * target evolution table. Self-contained, everything escaped (see `renderPage`).
 * @param report the history report
 * @param options `only` picks the filter shown first (every row is in the page either way); `lang` (default `zh`)
 * @returns the HTML document
 */
export function historyHtml(report: HistoryReport, options: FormatOptions): string {
  const lang: Lang = options.lang ?? 'zh';
  const w = messages(lang).history;
  const p = w.page;
  const rows = historyRows(report, 'all', lang);
  const n = report.versions.length;
  const labels = report.versions.map((_, k) => versionLabel(k, lang));
  const moving = report.targets.filter((t) => t.changedIn.length > 0);
  const main = html`<h2 id="clauses">${p.clauses}</h2>
<table class="sbs history">
<colgroup>${labels.map(() => html`<col>`)}<col class="note"></colgroup>
<thead><tr>${report.versions.map((v, k) => html`<th scope="col">${labels[k]}<small>${v.path}</small></th>`)}<th scope="col">${w.notes}</th></tr></thead>
<tbody>
${rows.length === 0 ? html`<tr><td colspan="${n + 1}" class="empty-note">${p.empty}</td></tr>` : body(rows, report, lang)}
</tbody>
</table>
<h2 id="targets">${w.targets}</h2>
${moving.length === 0 ? html`<p class="empty-note">${w.noTargets}</p>` : targetTable(moving, labels, lang)}`;
  return renderPage({
    lang,
    title: w.title,
    subtitle: html`${report.versions.map((v, k) => html`<span>${w.versionOf(labels[k]!)}<code>${v.path}</code></span>`)}`,
    summary: [
      { cards: [[p.summary[0], report.rows.length, 'unchanged']] },
      // Note: the changed lineages are some of the lineages, not more of them.
      { of: messages(lang).doc.ofWhich, cards: [[p.summary[1], report.rows.filter((r) => r.changed).length, 'modified']] },
      { cards: [[p.summary[2], moving.length, 'targets']] },
    ],
    toolbar: html`<span class="legend">${p.legend[0]}<del>${p.legend[1]}</del><ins>${p.legend[2]}</ins></span>`,
    filters: p.filters,
    defaultFilter: options.only ?? 'changed',
    nav: null,
    main,
  });
}

function body(rows: HistoryTableRow[], report: HistoryReport, lang: Lang): SafeHtml {
  const n = report.versions.length;
  const out: SafeHtml[] = [];
  let k = 0;
  while (k < rows.length) {
    const section = rows[k]!.section;
    let end = k;
    while (end < rows.length && rows[end]!.section === section) end += 1;
    const group = rows.slice(k, end);
    const quiet = group.every((r) => !changed(r));
    const parts = sectionTitle(section, lang).split(' / ');
    out.push(
      html`<tr class="${quiet ? 'section quiet' : 'section'}"><th colspan="${n + 1}" scope="rowgroup">${parts.slice(0, -1).map((p) => html`${p} / `)}<b>${parts.at(-1)}</b></th></tr>\n`,
      ...group.map((r) => clauseRow(r, report, lang)),
    );
    k = end;
  }
  return html`${out}`;
}

function changed(row: HistoryTableRow): boolean {
  return row.row.changed || row.notes.length > 0;
}

function clauseRow(row: HistoryTableRow, report: HistoryReport, lang: Lang): SafeHtml {
  const w = messages(lang).history.page;
  const cells = row.columns.map((ops, k) => {
    const cell = row.row.cells[k];
    if (ops === null || !cell) return html`<td class="none">${absent(row.row, k, lang)}</td>`;
    const status = row.row.status[k];
    const badge = k > 0 && status !== null && status !== 'unchanged' ? html`<span class="badge ${badgeClass(status)}">${statusLabel(status, lang)}</span>` : null;
    return html`<td class="v${status === 'added' ? ' added' : ''}"><span class="meta">${badge}${w.lines(cell.line, cell.endLine, report.versions[k]!.lineUnit)}</span>${runsHtml(ops)}</td>`;
  });
  const note = row.notes.length > 0 ? html`<ul class="targets">${row.notes.map((t) => html`<li>${t}</li>`)}</ul>` : html`<span class="badge unchanged">${w.unchanged}</span>`;
  return html`<tr class="row ${changed(row) ? 'changed' : 'unchanged'}" id="r${row.index}">${cells}<td class="note">${note}</td></tr>\n`;
}

function absent(row: HistoryRow, k: number, lang: Lang): string {
  const status = row.status[k];
  const w = messages(lang).history.page.absent;
  return status === 'removed' ? w.removed : status === 'merged' ? w.merged : w.none;
}

function badgeClass(status: NonNullable<HistoryRow['status'][number]>): string {
  return status === 'split' || status === 'merged' ? 'modified' : status;
}

function targetTable(targets: HistoryReport['targets'], labels: string[], lang: Lang): SafeHtml {
  const w = messages(lang).history;
  return html`<table class="plain history-targets">
<thead><tr><th scope="col">${w.metric}</th>${labels.map((l) => html`<th scope="col">${l}</th>`)}<th scope="col">${w.changedIn}</th></tr></thead>
<tbody>
${targets.map(
  (t) =>
    html`<tr><td><a href="#r${t.row}">${t.metric}</a></td>${t.values.map((v, k) => html`<td class="num">${t.changedIn.includes(k) && v !== null ? html`<ins>${quantity(v, needsYear(t))}</ins>` : quantity(v, needsYear(t))}</td>`)}<td>${changedInLabel(t, lang)}</td></tr>\n`,
)}</tbody>
</table>`;
}
