import type { TargetChange, TargetRef } from '../../types.js';
import type { ComparisonRow } from '../comparison/rows.js';
import { formatQuantity } from '../comparison/quantity.js';
import { html, type SafeHtml } from './escape.js';

const KIND_LABEL: Record<TargetChange['kind'], string> = { changed: '调整', added: '新增', removed: '删除' };
const KIND_CLASS: Record<TargetChange['kind'], string> = { changed: 'modified', added: 'added', removed: 'removed' };
const FIELD_LABEL: Record<TargetChange['fields'][number], string> = { value: '数值', unit: '单位', comparator: '比较关系', year: '年份' };

/**
 * Render the target-changes table, each change linked to the clause row it sits in.
 * @param changes target changes in new document order
 * @param rows comparison rows (to find the clause of each change)
 * @returns the `<table>`, or a note when nothing changed
 */
export function targetChangesTable(changes: TargetChange[], rows: ComparisonRow[]): SafeHtml {
  if (changes.length === 0) return html`<p class="empty-note">没有指标变化。</p>`;
  const owner = new Map<TargetChange, number>(rows.flatMap((row) => row.targetChanges.map((t): [TargetChange, number] => [t, row.index])));
  return html`<table class="plain targets-table">
<thead><tr><th scope="col">变化</th><th scope="col">指标</th><th scope="col">原</th><th scope="col">新</th><th scope="col">条文</th></tr></thead>
<tbody>
${changes.map((change) => {
  const at = owner.get(change);
  const fields = change.kind === 'changed' && change.fields.length > 0 ? html`<br><small>${change.fields.map((f) => FIELD_LABEL[f]).join('、')}</small>` : null;
  return html`<tr class="target ${change.kind}"><td><span class="badge ${KIND_CLASS[change.kind]}">${KIND_LABEL[change.kind]}</span>${fields}</td><td>${change.metric}</td>${side(change.old, 'del')}${side(change.new, 'ins')}<td>${at === undefined ? '—' : html`<a href="#p${at}">查看</a>`}</td></tr>\n`;
})}</tbody>
</table>`;
}

function side(ref: TargetRef | null, mark: 'del' | 'ins'): SafeHtml {
  if (ref === null) return html`<td class="none">—</td>`;
  const value = formatQuantity(ref, true);
  return html`<td><b>${mark === 'del' ? html`<del>${value}</del>` : html`<ins>${value}</ins>`}</b><span class="meta">第${ref.line}行：${ref.text}</span></td>`;
}
