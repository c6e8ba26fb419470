import type { OutlineNode, Paragraph } from '../../types.js';
import type { Place } from '../lines.js';
import type { DraftNode } from './outline.js';
import { makeParagraph } from './paragraphs.js';
import type { Mapped } from '../mapped.js';

/**
 * Turn draft nodes into outline nodes: ids from the marker path (`二/三/8`, `第一章/第三条`; a repeated
 * path gets `~2`, `~3`), depths from the level ranks, paragraphs with sentences.
 * @param roots the draft tree
 * @param locate offset → original place
 * @returns the outline nodes
 */
export function finalizeTree(roots: readonly DraftNode[], locate: (offset: number) => Place): OutlineNode[] {
  const used = { ids: new Set<string>(), next: new Map<string, number>() };
  const visit = (draft: DraftNode, parentId: string, parentDepth: number, inArticle: boolean): OutlineNode => {
    const h = draft.heading;
    const id = uniqueId(parentId === '' ? h.idPart : `${parentId}/${h.idPart}`, used);
    const depth = h.kind === 'box' ? parentDepth + 1 : h.kind === 'annex' ? 1 : draft.levels.indexOf(h.kind) + 1 + draft.annexDepth;
    const article = inArticle || h.kind === 'article';
    const paragraphs = makeParagraphs(draft.body, id, locate, !article);
    const children = draft.children.map((c) => visit(c, id, depth, article));
    const endLine = Math.max(locate(h.offset).line, ...paragraphs.map((p) => p.endLine), ...children.map((c) => c.endLine));
    return {
      id,
      depth,
      style: h.style,
      marker: h.marker,
      ordinal: h.ordinal,
      title: h.title,
      ...(h.end === '' ? {} : { titleEnd: h.end }),
      line: locate(h.offset).line,
      ...pageOf(locate(h.offset)),
      endLine,
      offset: h.offset,
      paragraphs,
      children,
    };
  };
  return roots.map((r) => visit(r, '', 0, false));
}

/**
 * Build the paragraphs of one node (or of the preamble, with node id `''`).
 * @param body paragraph texts
 * @param nodeId id of the node they belong to
 * @param locate offset → original place
 * @param leadTitles look for lead titles (`共商共建。…`)
 * @returns the paragraphs, ids `nodeId#p1`, `nodeId#p2`, …
 */
export function makeParagraphs(body: readonly Mapped[], nodeId: string, locate: (offset: number) => Place, leadTitles: boolean): Paragraph[] {
  return body.filter((t) => t.text !== '').map((text, i) => makeParagraph(text, { id: `${nodeId}#p${i + 1}`, locate, leadTitles }));
}

/**
 * The id itself, or with the next free `~n` suffix.
 * Note: the suffix to try next is kept per id, so 30,000 headings 一、 take linear time (trying ~2, ~3, …
 * afresh for each took 98 s).
 */
function uniqueId(id: string, used: { ids: Set<string>; next: Map<string, number> }): string {
  let candidate = id;
  let n = used.next.get(id) ?? 2;
  while (used.ids.has(candidate)) candidate = `${id}~${n++}`;
  used.next.set(id, n);
  used.ids.add(candidate);
  return candidate;
}

/** `{page}` for a place in a PDF, else nothing (the key is absent for other formats). */
function pageOf(place: Place): { page?: number } {
  return place.page === undefined ? {} : { page: place.page };
}
