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
${report.targets.map(
  (t) => html`<tr class="row"><td><code>${t.file}</code></td><td class="num">${t.line}</td><td>${t.metric}</td><td class="num"><b>${formatQuantity(t)}</b></td><td class="num">${t.year ?? '—'}</td><td>${c.kind[t.kind]}</td><td>${t.sentence}</td></tr>\n`,
)}</tbody>
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
