import type { CheckReport, Finding, TargetMatch } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { formatQuantity } from '../comparison/quantity.js';
import { html, type SafeHtml } from './escape.js';
import { renderPage } from './page.js';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const STATUS_LABEL: Record<TargetMatch['status'], string> = { conflict: '冲突', review: '待核', consistent: '一致' };

/**
 * Render a check report as an HTML page: counts by severity, the findings table and the table of
 * targets matched across documents (consistent matches hidden by the "problems only" filter).
 * @param report the check report
 * @param options `only: 'all'` shows consistent matches first
 * @returns the HTML document
 */
export function checkHtml(report: CheckReport, options: FormatOptions): string {
  const count = (severity: Finding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  const main = html`<h2 id="findings">发现的问题</h2>
${report.findings.length === 0 ? html`<p class="empty-note">没有发现问题。</p>` : findingsTable(report.findings)}
<h2 id="matches">跨文件指标对照</h2>
${report.matches.length === 0 ? html`<p class="empty-note">各文件之间没有相同的指标。</p>` : matchesTable(report.matches)}`;
  return renderPage({
    title: '规划一致性检查',
    subtitle: html`${report.files.map((file, i) => html`<span>${i + 1}. <code>${file}</code></span>`)}`,
    summary: [
      ['错误', count('error'), 'error'],
      ['警告', count('warning'), 'warning'],
      ['提示', count('info'), 'info'],
      ['冲突指标', report.matches.filter((m) => m.status === 'conflict').length, 'removed'],
      ['一致指标', report.matches.filter((m) => m.status === 'consistent').length, 'added'],
    ],
    toolbar: html``,
    filters: ['仅看问题', '全部'],
    defaultFilter: options.only ?? 'changed',
    nav: null,
    main,
  });
}

function findingsTable(findings: Finding[]): SafeHtml {
  return html`<table class="plain findings">
<thead><tr><th scope="col">级别</th><th scope="col">规则</th><th scope="col">说明</th><th scope="col">位置</th></tr></thead>
<tbody>
${findings.map(
  (f, i) => html`<tr class="row changed finding ${f.severity}" id="f${i + 1}"><td><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span></td><td><code>${f.rule}</code></td><td>${f.message}</td><td>${f.locations.map(
    (l) => html`<span class="meta"><code>${l.file}:${l.line}${l.page === undefined ? '' : ` (第${l.page}页)`}</code></span><span>${l.text}</span><br>`,
  )}</td></tr>\n`,
)}</tbody>
</table>`;
}

function matchesTable(matches: TargetMatch[]): SafeHtml {
  return html`<table class="plain matches">
<thead><tr><th scope="col">状态</th><th scope="col">指标</th><th scope="col">各文件取值</th></tr></thead>
<tbody>
${matches.map(
  (m, i) => html`<tr class="row match ${m.status === 'consistent' ? 'unchanged' : 'changed'}" id="m${i + 1}"><td><span class="badge ${m.status}">${STATUS_LABEL[m.status]}</span></td><td>${m.metric}</td><td>${m.items.map(
    (item) => html`<b>${formatQuantity({ ...item, high: null }, true)}</b> <span class="meta"><code>${item.file}:${item.line}</code> ${item.text}</span>`,
  )}</td></tr>\n`,
)}</tbody>
</table>`;
}
