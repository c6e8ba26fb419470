import { createHash } from 'node:crypto';
import { html, SafeHtml, type HtmlValue } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';
import type { Lang } from '../../types.js';
import { messages } from '../../i18n/messages.js';

/** One summary card: [label, count, class]. */
export type SummaryCard = [string, number, string];

/**
 * Cards shown together. A group with a label counts what is part of the cards before it (the moved
 * and renumbered among the clauses both versions have), so it must not read as one more addend.
 */
export interface SummaryGroup {
  /** Cards of the group, in order. */
  cards: SummaryCard[];
  /** What the group's counts are part of (其中…, of which…), or absent for counts that add up. */
  of?: string;
}

/** What a page is made of. */
export interface PageParts {
  /** Text of `<title>` and `<h1>`. */
  title: string;
  /** Lines under the title (files compared or checked). */
  subtitle: SafeHtml;
  /** Summary counts in groups; a labelled group holds counts that are part of another (其中…). */
  summary: SummaryGroup[];
  /** Toolbar content after the filter buttons (legend). */
  toolbar: SafeHtml;
  /** Filter button labels for [changed, all], or null for a page without filters. */
  filters: [string, string] | null;
  /** Default filter when the script runs. */
  defaultFilter: 'changed' | 'all';
  /** Outline navigator, or null. */
  nav: SafeHtml | null;
  /** Main content. */
  main: SafeHtml;
  /** Language of the page's own words (the documents' text is what it is). */
  lang: Lang;
}

/**
 * Wrap report content in one self-contained HTML document: inline CSS and script, no external
 * resource, and a Content-Security-Policy that forbids any request and any other script.
 * Note: the policy pins the inline style and script by hash, so even markup that slipped through
 * escaping could neither run nor load anything.
 * @param parts title, summary, navigator and content
 * @returns the whole document, ending in a newline
 */
export function renderPage(parts: PageParts): string {
  const csp = `default-src 'none'; style-src '${hash(STYLE)}'; script-src '${hash(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const m = messages(parts.lang).doc;
  const page = html`<!DOCTYPE html>
<html lang="${m.htmlLang}" data-default-filter="${parts.defaultFilter}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan-diff">
<meta name="referrer" content="no-referrer">
<title>${parts.title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header class="top"><h1>${parts.title}</h1><p class="files">${parts.subtitle}</p></header>
<div class="summary">${parts.summary.map(summaryGroup)}</div>
<div class="toolbar">${filterBar(parts.filters, parts.lang)}${parts.toolbar}</div>
<div class="${parts.nav === null ? 'layout single' : 'layout'}">${parts.nav}<main>${parts.main}</main></div>
<footer>${m.footer}</footer>
<script>${raw(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}

function summaryGroup(group: SummaryGroup, k: number): SafeHtml {
  const cards = html`<ul class="cards">${group.cards.map(([label, n, cls]) => html`<li class="${cls}"><b>${n}</b>${label}</li>`)}</ul>`;
  if (group.of === undefined) return cards;
  return html`<div class="of" role="group" aria-labelledby="of-${k}"><span class="of-label" id="of-${k}">${group.of}</span>${cards}</div>`;
}

function filterBar(filters: [string, string] | null, lang: Lang): HtmlValue {
  if (filters === null) return null;
  const m = messages(lang).doc;
  return html`<span class="filters" role="group" aria-label="${m.filterLabel}"><button type="button" data-set-filter="changed" aria-pressed="false">${filters[0]}</button><button type="button" data-set-filter="all" aria-pressed="false">${filters[1]}</button></span><span class="shown" id="shown" data-template="${m.shown}"></span><noscript><p class="noscript">${m.noscript}</p></noscript>`;
}

// Note: the stylesheet and script are constants of this package, never document text.
function raw(text: string): SafeHtml {
  return new SafeHtml(text);
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
