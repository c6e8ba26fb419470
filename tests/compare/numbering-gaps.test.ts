import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/compare/index.js';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, ParseWarning, PlanDocument } from '../../src/types.js';
import { CORPUS, load, SEEDS, seedFiles } from '../parse/helpers.js';

// The most common edit between two drafts: one numbered item deleted, the numbers after it left as
// they were (or an item given its neighbour's number after a copy-paste). The outline keeps every other
// heading and says what is odd about the numbering; compare sees exactly the one removed item.
const LAWS = ['law-sci-popularization-2002.md', 'reg-pig-slaughter-2016.txt', 'law-animal-epidemic-prevention-2021-final.txt', 'reg-nsfc-2024.md'];
const files = [...seedFiles.map((f) => [SEEDS, f] as const), ...LAWS.map((f) => [CORPUS, f] as const)];

const parse = (value: string, path: string, targets = false) => parsePlan({ path, value, format: path.endsWith('.md') ? 'md' : 'txt' }, { targets });
const allNodes = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...allNodes(n.children)]);
const key = (w: ParseWarning) => `${w.code} ${w.message}`;

/** Warnings of `doc` not in `base` (as a multiset: a warning the edit moved is not new). */
function newWarnings(base: PlanDocument, doc: PlanDocument): ParseWarning[] {
  const left = base.warnings.map(key);
  return doc.warnings.filter((w) => {
    const i = left.indexOf(key(w));
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Numbered leaf items with a sibling of their style before and after them: deleting one leaves a gap mid-list. */
function midListItems(doc: PlanDocument): Array<{ node: OutlineNode; before: OutlineNode }> {
  const out: Array<{ node: OutlineNode; before: OutlineNode }> = [];
  const visit = (siblings: readonly OutlineNode[]) => {
    for (const [i, node] of siblings.entries()) {
      const same = siblings.filter((s) => s.style === node.style);
      const at = same.indexOf(node);
      if (node.ordinal !== null && node.children.length === 0 && at > 0 && at < same.length - 1) out.push({ node, before: same[at - 1] });
      visit(siblings[i].children);
    }
  };
  visit(doc.nodes);
  return out;
}

const without = (lines: readonly string[], node: OutlineNode) => [...lines.slice(0, node.line - 1), ...lines.slice(node.endLine)].join('\n');

describe.each(files)('numbering edits in %s/%s', (dir, name) => {
  const source = load(dir, name);
  const base = parse(source.value, name);
  const lines = source.value.split('\n');
  const items = midListItems(base);
  const count = allNodes(base.nodes).length;

  it('has items to delete', () => {
    expect(items.length).toBeGreaterThanOrEqual(5);
  });

  it('deleting any one numbered item mid-list: one heading fewer, one warning naming the gap', () => {
    const wrong = items.flatMap(({ node }) => {
      const doc = parse(without(lines, node), name);
      const warnings = newWarnings(base, doc);
      const ok = allNodes(doc.nodes).length === count - 1 && warnings.length === 1 && warnings[0].code === 'skipped-number' && warnings[0].params?.missing?.join() === String(node.ordinal);
      return ok ? [] : [`${node.marker}${node.title} (line ${node.line}): ${allNodes(doc.nodes).length - count} headings, ${JSON.stringify(warnings.map((w) => w.message))}`];
    });
    expect(wrong).toEqual([]);
  });

  it('numbering one item twice keeps every heading and warns once', () => {
    const wrong = items.flatMap(({ node, before }) => {
      const edited = [...lines];
      const text = edited[node.line - 1];
      const at = text.indexOf(node.marker);
      edited[node.line - 1] = text.slice(0, at) + before.marker + text.slice(at + node.marker.length);
      const doc = parse(edited.join('\n'), name);
      const warnings = newWarnings(base, doc);
      const ok = allNodes(doc.nodes).length === count && warnings.length === 1 && warnings[0].code === 'repeated-number' && warnings[0].params?.ordinal === before.ordinal;
      return ok ? [] : [`${node.marker} → ${before.marker} (line ${node.line}): ${allNodes(doc.nodes).length - count} headings, ${JSON.stringify(warnings.map((w) => w.message))}`];
    });
    expect(wrong).toEqual([]);
  });

  it('compare sees exactly the deleted item: removed, nothing added, moved, modified or renumbered', () => {
    const old = parse(source.value, name, true);
    // Note: a sample of eight items spread over the document (compare is the slow part).
    const sample = items.filter((_, i) => i % Math.max(1, Math.floor(items.length / 8)) === 0).slice(0, 8);
    const wrong = sample.flatMap(({ node }) => {
      const report = comparePlans(old, parse(without(lines, node), name, true));
      const { removed, added, moved, modified, renumbered } = report.summary;
      const removedIds = report.pairs.filter((p) => p.status === 'removed').map((p) => p.old!.id);
      const inNode = removedIds.every((id) => id === node.id || id.startsWith(`${node.id}#`));
      return removed >= 1 && inNode && added + moved + modified + renumbered === 0 ? [] : [`${node.marker} (line ${node.line}): ${JSON.stringify(report.summary)} ${removedIds.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });
});
