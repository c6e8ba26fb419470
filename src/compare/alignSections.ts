import type { DocUnits, Match } from './model.js';
import { assign } from './assign.js';
import { buildVectors } from './vectors.js';

/**
 * Align the outline nodes of two documents by title and content (not by number, so renumbered and
 * moved sections still find each other): identical nodes first, then an optimal assignment.
 * @param oldUnits units of the old document
 * @param newUnits units of the new document
 * @returns one-to-one node matches, sorted by old index
 */
export function alignSections(oldUnits: DocUnits, newUnits: DocUnits): Match[] {
  const oldNodes = oldUnits.nodes;
  const newNodes = newUnits.nodes;
  const space = buildVectors(
    oldNodes.map((n) => n.counts),
    newNodes.map((n) => n.counts),
  );
  const byTitle = new Map<string, number[]>();
  for (const n of newNodes) {
    if (n.titleKey === '') continue;
    const list = byTitle.get(n.titleKey);
    if (list) list.push(n.index);
    else byTitle.set(n.titleKey, [n.index]);
  }
  return assign({
    oldKeys: oldNodes.map((n) => n.key),
    newKeys: newNodes.map((n) => n.key),
    space,
    extra: (i) => byTitle.get(oldNodes[i].titleKey) ?? [],
    accept: (i, j, similarity) =>
      similarity >= 0.3 || (oldNodes[i].titleKey !== '' && oldNodes[i].titleKey === newNodes[j].titleKey),
    // Note: structure only breaks ties between similar candidates; content decides.
    bonus: (i, j) => {
      const a = oldNodes[i].node;
      const b = newNodes[j].node;
      return (
        (oldNodes[i].titleKey === newNodes[j].titleKey ? 0.1 : 0) +
        (a.style === b.style && a.depth === b.depth ? 0.05 : 0) +
        (a.ordinal !== null && a.ordinal === b.ordinal ? 0.02 : 0)
      );
    },
  });
}
