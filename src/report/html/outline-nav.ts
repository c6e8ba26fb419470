import { html, type SafeHtml } from './escape.js';
import type { Lang } from '../../types.js';
import { messages } from '../../i18n/messages.js';
import { sectionGroups, type Placed, type SectionGroup } from './compare-rows.js';

/**
 * Render the outline navigator: every section of the side-by-side table once, as a nested list with its
 * number of changes, parents of a section listed once above it, then a link to the target changes.
 * @param placed rows in display order
 * @param targetChanges number of target changes (shown on the last entry)
 * @param lang language of the navigator's words
 * @returns the `<nav>` element
 */
export function outlineNav(placed: Placed[], targetChanges: number, lang: Lang = 'zh'): SafeHtml {
  const m = messages(lang).doc;
  const seen = new Set<string>();
  const items: SafeHtml[] = [];
  const groups = sectionGroups(placed);
  for (const group of listed(groups)) {
    const parts = group.section === '' ? [m.preamble] : group.section.split(' / ');
    parts.forEach((part, depth) => {
      const path = parts.slice(0, depth + 1).join(' / ');
      if (seen.has(path)) return;
      seen.add(path);
      const leaf = depth === parts.length - 1;
      // Note: a parent counts the changes of all its sections, so a reader sees where to look first.
      const changed = groups.filter((g) => g.section === path || g.section.startsWith(`${path} / `)).reduce((n, g) => n + g.changed, 0);
      const count = leaf ? groups.filter((g) => g.section === path).reduce((n, g) => n + g.changed, 0) : changed;
      items.push(
        html`<li class="d${Math.min(depth + 1, 4)}${count === 0 ? ' quiet' : ''}"><a href="#${group.id}">${part}</a>${count > 0 ? html`<span class="n" title="${m.changesInSection}">${count}</span>` : null}</li>`,
      );
    });
  }
  items.push(html`<li class="d1"><a href="#targets">${m.targetChanges}</a>${targetChanges > 0 ? html`<span class="n">${targetChanges}</span>` : null}</li>`);
  return html`<nav class="outline" aria-label="${m.contents}"><h2>${m.contents}</h2><ol>${items}</ol></nav>`;
}

/**
 * The groups the navigator lists, in the body's order: one per section. A section the body shows in
 * several places (an old clause that stood after a clause now in another chapter is shown there, at
 * its old place) is listed where it stands in the new document, its first group with a clause of the
 * new version; a section deleted whole where it first appears, at its old place.
 * @param groups section groups in display order
 * @returns the groups to list, in display order
 */
function listed(groups: SectionGroup[]): SectionGroup[] {
  const stands = (g: SectionGroup) => g.items.some((item) => !item.ghost && item.row.pair.new !== null);
  const chosen = new Map<string, SectionGroup>();
  for (const g of groups) {
    const current = chosen.get(g.section);
    if (current === undefined || (!stands(current) && stands(g))) chosen.set(g.section, g);
  }
  return groups.filter((g) => chosen.get(g.section) === g);
}
