import type { OutlineNode, Paragraph, PlanDocument, Target } from '../types.js';
import type { ClauseUnit, Counts, DocUnits, NodeUnit } from './model.js';
import { canonText, type Features } from './canon.js';
import { createSlab } from './slab.js';
import { select } from './select.js';

// Note: a chapter would otherwise carry every word of its articles; its strongest features identify it
// as well, and keep node vectors (and the time to compare them) bounded.
const NODE_FEATURES = 256;

/**
 * Flatten a parsed plan into the units the aligners work on: outline nodes and clauses (paragraphs,
 * and the headings of nodes that have no paragraphs), each with its canonical key, features and targets.
 * @param doc the parsed plan
 * @param features feature extractor shared by both documents
 * @returns nodes and clauses in document order
 */
export function collectUnits(doc: PlanDocument, features: Features): DocUnits {
  const nodes: NodeUnit[] = [];
  const sum = createSum();
  const clauses: ClauseUnit[] = [];
  const targetsByNode = groupTargets(doc.targets);
  const paragraphClause = (p: Paragraph, node: number, outline: string, nodeTargets: Target[]): ClauseUnit => {
    const key = canonText(p.norm || p.text);
    return {
      index: clauses.length,
      id: p.id,
      kind: 'paragraph',
      node,
      outline,
      line: p.line,
      endLine: p.endLine,
      text: p.text,
      key,
      counts: features(key),
      targets: nodeTargets.filter((t) => t.line >= p.line && t.line <= p.endLine),
    };
  };
  const preambleTargets = targetsByNode.get('') ?? [];
  for (const p of doc.preamble) clauses.push(paragraphClause(p, -1, '（前言）', preambleTargets));

  const visit = (node: OutlineNode, parent: number, path: string[]): Counts => {
    const index = nodes.length;
    const outline = [...path, label(node)];
    const outlineText = outline.join(' / ');
    const titleKey = canonText(node.title);
    const titleCounts = features(titleKey);
    const unit: NodeUnit = { index, node, parent, titleKey, key: titleKey, counts: titleCounts };
    nodes.push(unit);
    const nodeTargets = targetsByNode.get(node.id) ?? [];
    const own: ClauseUnit[] = [];
    // Note: a heading on its own line is a clause of its own (a renamed section is a change); a task
    // whose body follows its title on the same line (`1.标题。正文`) is one clause, title included,
    // as the officer sees it in the file.
    const inline = node.paragraphs.length > 0 && node.paragraphs[0].line === node.line && node.title !== '';
    if (!inline && (node.title !== '' || node.paragraphs.length === 0)) {
      own.push({
        index: clauses.length,
        id: node.id,
        kind: 'heading',
        node: index,
        outline: outlineText,
        line: node.line,
        endLine: node.line,
        text: `${node.marker}${node.title}`,
        key: titleKey,
        counts: titleCounts,
        targets: nodeTargets.filter((t) => t.line === node.line),
      });
      clauses.push(own[0]);
    }
    node.paragraphs.forEach((p, k) => {
      const withTitle = inline && k === 0 ? { ...p, text: joinTitle(node.title, p.text), norm: joinTitle(node.title, p.norm) } : p;
      const clause = paragraphClause(withTitle, index, outlineText, nodeTargets);
      own.push(clause);
      clauses.push(clause);
    });
    const key = [titleKey, ...own.filter((c) => c.kind === 'paragraph').map((c) => c.key)].join('\n');
    // Note: a node is known by its title (twice), its own paragraphs and, at half weight per level,
    // its children's content, so a renamed chapter still finds its twin through its articles.
    const children = node.children.map((child) => visit(child, index, outline));
    sum.add(titleCounts, 2);
    for (const c of own) if (c.kind === 'paragraph') sum.add(c.counts, 1);
    for (const child of children) sum.add(child, 0.5);
    const kept = sum.take(NODE_FEATURES);
    nodes[index] = { ...unit, key, counts: kept };
    return kept;
  };
  for (const node of doc.nodes) visit(node, -1, []);
  return { nodes, clauses };
}

/**
 * A reusable sparse sum of counts: a dense accumulator indexed by feature id plus the ids touched.
 * @returns `add` (scaled counts in) and `take` (the largest sums out, accumulator cleared)
 */
function createSum(): { add(counts: Counts, scale: number): void; take(limit: number): Counts } {
  let acc = new Float64Array(1024);
  let touched = new Int32Array(1024);
  let sums = new Float64Array(1024);
  let n = 0;
  const int32 = createSlab((size) => new Int32Array(size));
  const float32 = createSlab((size) => new Float32Array(size));
  return {
    add(counts, scale) {
      const last = counts.ids.at(-1) ?? -1;
      if (last >= acc.length) acc = grow(acc, last + 1);
      if (n + counts.ids.length > touched.length) touched = grow(touched, n + counts.ids.length);
      for (let k = 0; k < counts.ids.length; k++) {
        const f = counts.ids[k];
        if (acc[f] === 0) touched[n++] = f;
        acc[f] += counts.values[k] * scale;
      }
    },
    take(limit) {
      let threshold = -Infinity;
      if (n > limit) {
        if (sums.length < n) sums = new Float64Array(2 * n);
        for (let k = 0; k < n; k++) sums[k] = acc[touched[k]];
        // Note: the `limit` largest sums, all ties with the last one kept (independent of order); the
        // threshold is found by selection, not by sorting every sum (sums are positive, never NaN).
        threshold = select(sums, n, n - limit);
      }
      let size = 0;
      for (let k = 0; k < n; k++) if (acc[touched[k]] >= threshold) size++;
      const ids = int32(size);
      for (let k = 0, m = 0; k < n; k++) if (acc[touched[k]] >= threshold) ids[m++] = touched[k];
      ids.sort();
      const values = float32(size);
      for (let k = 0; k < size; k++) values[k] = acc[ids[k]];
      for (let k = 0; k < n; k++) acc[touched[k]] = 0;
      n = 0;
      return { ids, values };
    },
  };
}

function grow<T extends Float64Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, 2 * array.length));
  bigger.set(array);
  return bigger;
}

function joinTitle(title: string, body: string): string {
  return /[。：:！？；]$/.test(title) ? title + body : `${title}。${body}`;
}

function label(node: OutlineNode): string {
  const title = node.title.length > 24 ? node.title.slice(0, 23) + '…' : node.title;
  return `${node.marker}${title}`.trim() || node.id;
}

function groupTargets(targets: readonly Target[]): Map<string, Target[]> {
  const map = new Map<string, Target[]>();
  for (const t of targets) {
    const list = map.get(t.nodeId);
    if (list) list.push(t);
    else map.set(t.nodeId, [t]);
  }
  return map;
}
