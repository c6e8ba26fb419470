import type { Target, TargetsReport } from '../../types.js';
import { formatQuantity } from '../comparison/quantity.js';
import { html } from './escape.js';
import { renderPage } from './page.js';

const KIND_LABEL: Record<Target['kind'], string> = {
  target: '目标',
  historical: '基数',
  forecast: '预计',
  limit: '限值',
  condition: '条件',
  penalty: '罚则',
  reference: '引用',
  enumeration: '列举',
  spec: '规格',
};

/**
 * Render a targets report as an HTML table (file, line, metric, value, year, kind, sentence).
 * @param report the targets report
 * @returns the HTML document
 */
export function targetsHtml(report: TargetsReport): string {
  const files = [...new Set(report.targets.map((t) => t.file))];
  const main = html`<h2 id="targets">指标</h2>
${
  report.targets.length === 0
    ? html`<p class="empty-note">没有找到数量指标。</p>`
    : html`<table class="plain">
<thead><tr><th scope="col">文件</th><th scope="col">行</th><th scope="col">指标</th><th scope="col">数值</th><th scope="col">年份</th><th scope="col">类型</th><th scope="col">原句</th></tr></thead>
<tbody>
${report.targets.map(
  (t) => html`<tr class="row"><td><code>${t.file}</code></td><td class="num">${t.line}</td><td>${t.metric}</td><td class="num"><b>${formatQuantity(t)}</b></td><td class="num">${t.year ?? '—'}</td><td>${KIND_LABEL[t.kind]}</td><td>${t.sentence}</td></tr>\n`,
)}</tbody>
</table>`
}`;
  return renderPage({
    title: '规划指标',
    subtitle: html`${files.map((file) => html`<span><code>${file}</code></span>`)}`,
    summary: [
      ['指标', report.targets.length, 'targets'],
      ['文件', files.length, 'files'],
    ],
    toolbar: html``,
    filters: null,
    defaultFilter: 'all',
    nav: null,
    main,
  });
}
