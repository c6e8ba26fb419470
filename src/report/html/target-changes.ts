import type { Lang, TargetChange, TargetRef } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import type { ComparisonRow } from '../comparison/rows.js';
import { formatQuantity } from '../comparison/quantity.js';
import { html, type SafeHtml } from './escape.js';

const KIND_CLASS: Record<TargetChange['kind'], string> = { changed: 'modified', added: 'added', removed: 'removed' };

/**
 * Render the target-changes table, each change linked to the clause row it sits in.
 * @param changes target changes in new document order
 * @param rows comparison rows (to find the clause of each change)
 * @param lang language of the labels
 * @returns the `<table>`, or a note when nothing changed
 */
export function targetChangesTable(changes: TargetChange[], rows: ComparisonRow[], lang: Lang = 'zh'): SafeHtml {
  const c = messages(lang);
  const m = c.doc;
  const h = m.targetHead;
  if (changes.length === 0) return html`<p class="empty-note">${m.noTargetChanges}</p>`;
  const owner = new Map<TargetChange, number>(rows.flatMap((row) => row.targetChanges.map((t): [TargetChange, number] => [t, row.index])));
  return html`<table class="plain targets-table">
<thead><tr><th scope="col">${h.change}</th><th scope="col">${h.metric}</th><th scope="col">${h.old}</th><th scope="col">${h.new}</th><th scope="col">${h.clause}</th></tr></thead>
<tbody>
${changes.map((change) => {
  const at = owner.get(change);
  const fields = change.kind === 'changed' && change.fields.length > 0 ? html`<br><small>${change.fields.map((f) => c.compare.field[f]).join(lang === 'zh' ? '、' : ', ')}</small>` : null;
  return html`<tr class="target ${change.kind}"><td><span class="badge ${KIND_CLASS[change.kind]}">${c.compare.targetKind[change.kind]}</span>${fields}</td><td>${change.metric}</td>${side(change.old, 'del', lang)}${side(change.new, 'ins', lang)}<td>${at === undefined ? '—' : html`<a href="#p${at}">${m.view}</a>`}</td></tr>\n`;
})}</tbody>
</table>`;
}

function side(ref: TargetRef | null, mark: 'del' | 'ins', lang: Lang): SafeHtml {
  if (ref === null) return html`<td class="none">—</td>`;
  const value = formatQuantity(ref, true);
  return html`<td><b>${mark === 'del' ? html`<del>${value}</del>` : html`<ins>${value}</ins>`}</b><span class="meta">${messages(lang).doc.atLine(ref.line)}${ref.text}</span></td>`;
}
