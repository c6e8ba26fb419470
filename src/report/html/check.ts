import type { CheckReport, Finding, Lang, TargetMatch } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { formatQuantity } from '../comparison/quantity.js';
import { messages } from '../../i18n/messages.js';
import { html, type SafeHtml } from './escape.js';
import { renderPage } from './page.js';

/**
 * Render a check report as an HTML page: counts by severity, the findings table and the table of
 * targets matched across documents (consistent matches hidden by the "problems only" filter).
 * Note: the findings' messages are written in the report's language already (checkPlans' `lang`); the
 * CLI makes the report in the page's language.
 * @param report the check report
 * @param options `only: 'all'` shows consistent matches first; `lang` the page's language (default Chinese)
 * @returns the HTML document
 */
export function checkHtml(report: CheckReport, options: FormatOptions): string {
  const lang = options.lang ?? 'zh';
  const c = messages(lang);
  const m = c.doc;
  const count = (severity: Finding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  const main = html`<h2 id="findings">${m.findings}</h2>
${report.findings.length === 0 ? html`<p class="empty-note">${m.noFindings}</p>` : findingsTable(report.findings, lang)}
<h2 id="matches">${m.matches}</h2>
${report.matches.length === 0 ? html`<p class="empty-note">${m.noMatches}</p>` : matchesTable(report.matches, lang)}`;
  return renderPage({
    lang,
    title: m.checkTitle,
    subtitle: html`${report.files.map((file, i) => html`<span>${i + 1}. <code>${file}</code></span>`)}`,
    summary: [
      // Findings by severity, then targets matched across files: two different things counted.
      {
        cards: [
          [c.severity.error, count('error'), 'error'],
          [c.severity.warning, count('warning'), 'warning'],
          [c.severity.info, count('info'), 'info'],
        ],
      },
      {
        cards: [
          [m.checkChips.conflicts, report.matches.filter((x) => x.status === 'conflict').length, 'removed'],
          [m.checkChips.consistent, report.matches.filter((x) => x.status === 'consistent').length, 'added'],
        ],
      },
    ],
    toolbar: html``,
    filters: m.problemFilters,
    defaultFilter: options.only ?? 'changed',
    nav: null,
    main,
  });
}

function findingsTable(findings: Finding[], lang: Lang): SafeHtml {
  const c = messages(lang);
  const h = c.doc.findingHead;
  return html`<table class="plain findings">
<thead><tr><th scope="col">${h.severity}</th><th scope="col">${h.rule}</th><th scope="col">${h.message}</th><th scope="col">${h.places}</th></tr></thead>
<tbody>
${findings.map(
  (f, i) => html`<tr class="row changed finding ${f.severity}" id="f${i + 1}"><td><span class="badge ${f.severity}">${c.severity[f.severity]}</span></td><td><code>${f.rule}</code></td><td>${f.message}</td><td>${f.locations.map(
    (l) => html`<span class="meta"><code>${l.file}:${l.line}${l.page === undefined ? '' : c.doc.page(l.page)}</code></span><span>${l.text}</span><br>`,
  )}</td></tr>\n`,
)}</tbody>
</table>`;
}

function matchesTable(matches: TargetMatch[], lang: Lang): SafeHtml {
  const c = messages(lang);
  const h = c.doc.matchHead;
  return html`<table class="plain matches">
<thead><tr><th scope="col">${h.status}</th><th scope="col">${h.metric}</th><th scope="col">${h.values}</th></tr></thead>
<tbody>
${matches.map(
  (x, i) => html`<tr class="row match ${x.status === 'consistent' ? 'unchanged' : 'changed'}" id="m${i + 1}"><td><span class="badge ${x.status}">${c.matchStatus[x.status]}</span></td><td>${x.metric}</td><td>${x.items.map(
    (item) => html`<b>${formatQuantity({ ...item, high: null }, true)}</b> <span class="meta"><code>${item.file}:${item.line}</code> ${item.text}</span>`,
  )}</td></tr>\n`,
)}</tbody>
</table>`;
}
