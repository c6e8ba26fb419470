import type { Lang, TargetsReport } from '../../types.js';
import { formatQuantity } from '../comparison/quantity.js';
import { messages } from '../../i18n/messages.js';
import { html } from './escape.js';
import { renderPage } from './page.js';

/**
 * Render a targets report as an HTML table (file, line, metric, value, year, kind, sentence).
 * @param report the targets report
 * @param lang the page's language (default Chinese)
 * @returns the HTML document
 */
export function targetsHtml(report: TargetsReport, lang: Lang = 'zh'): string {
  const c = messages(lang);
  const m = c.doc;
  const h = m.targetsHead;
  const files = [...new Set(report.targets.map((t) => t.file))];
  const main = html`<h2 id="targets">${m.targets}</h2>
${
  report.targets.length === 0
    ? html`<p class="empty-note">${m.noTargets}</p>`
    : html`<table class="plain">
<thead><tr><th scope="col">${h.file}</th><th scope="col">${h.line}</th><th scope="col">${h.metric}</th><th scope="col">${h.value}</th><th scope="col">${h.year}</th><th scope="col">${h.kind}</th><th scope="col">${h.sentence}</th></tr></thead>
<tbody>
${report.targets.map((t, i) => {
  const file = spanAt(report.targets, i, (x) => x.file);
  const sentence = spanAt(report.targets, i, (x) => `${x.file}\n${x.sentence}`);
  return html`<tr class="row">${file === 0 ? '' : html`<td${rowspan(file)}><code>${t.file}</code></td>`}<td class="num">${t.line}</td><td>${t.metric}</td><td class="num"><b>${formatQuantity(t)}</b></td><td class="num">${t.year ?? '—'}</td><td>${c.kind[t.kind]}</td>${sentence === 0 ? '' : html`<td${rowspan(sentence)}>${t.sentence}</td>`}</tr>\n`;
})}</tbody>
</table>`
}`;
  return renderPage({
    lang,
    title: m.targetsTitle,
    subtitle: html`${files.map((file) => html`<span><code>${file}</code></span>`)}`,
    summary: [
      {
        cards: [
          [m.targetsChips.targets, report.targets.length, 'targets'],
          [m.targetsChips.files, files.length, 'files'],
        ],
      },
    ],
    toolbar: html``,
    filters: null,
    defaultFilter: 'all',
    nav: null,
    main,
  });
}

/**
 * How many rows a cell starting at row `i` spans: the run of rows with the same key, or 0 when row `i`
 * continues the run of the row before (its cell is that row's).
 * Note: the targets of one file, and of one piece of a sentence, are consecutive; their file and their
 * context are written once, in a cell spanning their rows (issue 22: 200 targets of one sentence repeated
 * it 200 times).
 * @param items the rows
 * @param i the row
 * @param key what the cell shows
 * @returns the span, or 0
 */
function spanAt<T>(items: readonly T[], i: number, key: (item: T) => string): number {
  const k = key(items[i]!);
  if (i > 0 && key(items[i - 1]!) === k) return 0;
  let n = 1;
  while (i + n < items.length && key(items[i + n]!) === k) n++;
  return n;
}

/** The rowspan attribute of a cell spanning `n` rows (none for one). */
const rowspan = (n: number) => (n > 1 ? html` rowspan="${n}"` : '');
