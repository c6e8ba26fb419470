import type { OutlineNode, Paragraph, PlanDocument, Target } from '../types.js';
import type { ClauseUnit, Counts, DocUnits, NodeUnit } from './model.js';
import { canonText, type Features } from './canon.js';
import { createSlab } from './slab.js';
import { select } from './select.js';

// Note: a chapter would otherwise carry every word of its articles; its strongest features identify it
// as well, and keep node vectors (and the time to compare them) bounded.
const NODE_FEATURES = 256;

/** A clause before its features are counted. */
export type DraftClause = Omit<ClauseUnit, 'counts'>;

/** An outline node before its features are counted, with what its features are summed from. */
export interface DraftNode extends Omit<NodeUnit, 'counts'> {
  /** Indices (in `clauses`) of its own paragraph clauses. */
  paragraphs: number[];
  /** Indices (in `nodes`) of its children. */
  children: number[];
}

/** The units of one document with their canonical keys, before their features are counted. */
export interface DraftUnits {
  /** Outline nodes in document order. */
  nodes: DraftNode[];
  /** Clauses in document order. */
  clauses: DraftClause[];
}

/**
 * Flatten a parsed plan into the units the aligners work on: outline nodes and clauses (paragraphs,
 * and the headings of nodes that have no paragraphs), each with its canonical key and targets;
 * `countUnits` adds their features.
 * @param doc the parsed plan
 * @returns nodes and clauses in document order
 */
export function draftUnits(doc: PlanDocument): DraftUnits {
  const nodes: DraftNode[] = [];
  const clauses: DraftClause[] = [];
  const targetsByNode = groupTargets(doc.targets);
  const pdf = isPdf(doc);
  const paragraphClause = (p: Paragraph, node: number, outline: string, nodeTargets: Target[]): DraftClause => {
    const sentences = p.sentences.map((s) => s.text);
    return {
      index: clauses.length,
      id: p.id,
      kind: 'paragraph',
      node,
      outline,
      line: p.line,
      endLine: p.endLine,
      page: p.page,
      text: p.text,
      key: canonText(p.norm || p.text),
      targets: clauseTargets(nodeTargets, p.line, p.endLine, sentences, pdf),
      sentences,
    };
  };
  const preambleTargets = targetsByNode.get('') ?? [];
  for (const p of doc.preamble) clauses.push(paragraphClause(p, -1, '（前言）', preambleTargets));

  const visit = (node: OutlineNode, parent: number, path: string[]): number => {
    const index = nodes.length;
    const outline = [...path, label(node)];
    const outlineText = outline.join(' / ');
    const titleKey = canonText(node.title);
    const unit: DraftNode = { index, node, parent, titleKey, key: titleKey, paragraphs: [], children: [] };
    nodes.push(unit);
    const nodeTargets = targetsByNode.get(node.id) ?? [];
    // Note: a heading on its own line is a clause of its own (a renamed section is a change); a task
    // whose body follows its title on the same line (`1.标题。正文`) is one clause, title included,
    // as the officer sees it in the file.
    const inline = node.paragraphs.length > 0 && node.paragraphs[0].line === node.line && node.title !== '';
    if (!inline && (node.title !== '' || node.paragraphs.length === 0)) {
      clauses.push({
        index: clauses.length,
        id: node.id,
        kind: 'heading',
        node: index,
        outline: outlineText,
        line: node.line,
        endLine: node.line,
        page: node.page,
        text: `${node.marker}${node.title}${node.titleEnd ?? ''}`,
        key: titleKey,
        targets: clauseTargets(nodeTargets, node.line, node.line, [], pdf),
        sentences: [],
      });
    }
    node.paragraphs.forEach((p, k) => {
      const withTitle = inline && k === 0 ? { ...p, text: joinTitle(node.title, node.titleEnd, p.text), norm: joinTitle(node.title, node.titleEnd?.normalize('NFKC'), p.norm) } : p;
      unit.paragraphs.push(clauses.length);
      clauses.push(paragraphClause(withTitle, index, outlineText, nodeTargets));
    });
    unit.key = [titleKey, ...unit.paragraphs.map((c) => clauses[c].key)].join('\n');
    for (const child of node.children) unit.children.push(visit(child, index, outline));
    return index;
  };
  for (const node of doc.nodes) visit(node, -1, []);
  return { nodes, clauses };
}

/**
 * Count the features of every unit: each clause's key, and each node's title (twice), own paragraphs
 * and, at half weight per level, its children's content, so a renamed chapter still finds its twin
 * through its articles.
 * @param draft the units of a document
 * @param features feature extractor shared by both documents
 * @param sums node sums shared by both documents
 * @returns the units with their feature counts
 */
export function countUnits(draft: DraftUnits, features: Features, sums: NodeSums = createNodeSums()): DocUnits {
  // Note: texts are counted in document order (preamble, then each node's title and own paragraphs),
  // as feature ids are numbered in order of first appearance.
  const counts: Counts[] = new Array(draft.clauses.length);
  const titleCounts: Counts[] = new Array(draft.nodes.length);
  for (const c of draft.clauses) if (c.node === -1) counts[c.index] = features(c.key);
  for (const n of draft.nodes) {
    titleCounts[n.index] = features(n.titleKey);
    for (const c of n.paragraphs) counts[c] = features(draft.clauses[c].key);
  }
  // Note: units are built field by field (no object spread, which is slow in code that runs once).
  const clauses: ClauseUnit[] = draft.clauses.map((c) => ({
    index: c.index,
    id: c.id,
    kind: c.kind,
    node: c.node,
    outline: c.outline,
    line: c.line,
    endLine: c.endLine,
    page: c.page,
    text: c.text,
    key: c.key,
    counts: c.kind === 'heading' ? titleCounts[c.node] : counts[c.index],
    targets: c.targets,
    sentences: c.sentences,
  }));
  const sum = sums.sum;
  const nodes: NodeUnit[] = new Array(draft.nodes.length);
  // Note: children come after their parent in document order, so walking backwards sums every child
  // before its parent, each node in the order title, own paragraphs, children. A node whose key
  // (title and own paragraphs) and children's sums equal a node summed before, in either document,
  // takes that sum: the same inputs in the same order give the same sum.
  for (let i = draft.nodes.length - 1; i >= 0; i--) {
    const n = draft.nodes[i];
    // Note: the key's length first, so no key (which may hold any character) can run into the ids.
    let signature = `${n.key.length}:${n.key}`;
    for (let k = 0; k < n.children.length; k++) signature += `\u0000${sums.ids.get(nodes[n.children[k]].counts)}`;
    let nodeCounts = sums.bySignature.get(signature);
    if (nodeCounts === undefined) {
      sum.add(titleCounts[i], 2);
      for (let k = 0; k < n.paragraphs.length; k++) sum.add(counts[n.paragraphs[k]], 1);
      for (let k = 0; k < n.children.length; k++) sum.add(nodes[n.children[k]].counts, 0.5);
      nodeCounts = sum.take(NODE_FEATURES);
      sums.bySignature.set(signature, nodeCounts);
      sums.ids.set(nodeCounts, sums.ids.size);
    }
    nodes[i] = { index: n.index, node: n.node, parent: n.parent, titleKey: n.titleKey, key: n.key, counts: nodeCounts };
  }
  return { nodes, clauses };
}

/** Node feature sums shared by the two documents of a comparison (most nodes of a revision are unchanged). */
export interface NodeSums {
  /** The accumulator. */
  sum: ReturnType<typeof createSum>;
  /** Sums by node key plus the ids of the children's sums. */
  bySignature: Map<string, Counts>;
  /** Id of each sum made, for the signatures of parent nodes. */
  ids: Map<Counts, number>;
}

/**
 * A store of node sums to pass to `countUnits` for both documents of one comparison.
 * @returns an empty store
 */
export function createNodeSums(): NodeSums {
  return { sum: createSum(), bySignature: new Map(), ids: new Map() };
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
      // Note: each loop is a function of its own, so V8 optimises each on its own (one function
      // holding them all was optimised on its first loop and dropped at the next, in every short run).
      let threshold = -Infinity;
      if (n > limit) {
        if (sums.length < n) sums = new Float64Array(2 * n);
        gather(acc, touched, n, sums);
        // Note: the `limit` largest sums, all ties with the last one kept (independent of order); the
        // threshold is found by selection, not by sorting every sum (sums are positive, never NaN).
        threshold = select(sums, n, n - limit);
      }
      const ids = int32(countAtLeast(acc, touched, n, threshold));
      collectAtLeast(acc, touched, n, threshold, ids).sort();
      const values = valuesAt(acc, ids, float32(ids.length));
      clear(acc, touched, n);
      n = 0;
      return { ids, values };
    },
  };
}

function gather(acc: Float64Array, touched: Int32Array, n: number, out: Float64Array): void {
  for (let k = 0; k < n; k++) out[k] = acc[touched[k]];
}

function countAtLeast(acc: Float64Array, touched: Int32Array, n: number, threshold: number): number {
  let size = 0;
  for (let k = 0; k < n; k++) if (acc[touched[k]] >= threshold) size++;
  return size;
}

function collectAtLeast(acc: Float64Array, touched: Int32Array, n: number, threshold: number, out: Int32Array): Int32Array {
  for (let k = 0, m = 0; k < n; k++) if (acc[touched[k]] >= threshold) out[m++] = touched[k];
  return out;
}

function valuesAt(acc: Float64Array, ids: Int32Array, out: Float32Array): Float32Array {
  for (let k = 0; k < ids.length; k++) out[k] = acc[ids[k]];
  return out;
}

function clear(acc: Float64Array, touched: Int32Array, n: number): void {
  for (let k = 0; k < n; k++) acc[touched[k]] = 0;
}

function grow<T extends Float64Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, 2 * array.length));
  bigger.set(array);
  return bigger;
}

/** A title and the body after it on its line, joined with the mark that ended the title in the file (`；` stays `；`). */
function joinTitle(title: string, end: string | undefined, body: string): string {
  if (end !== undefined) return title + end + body;
  return /[。：:！？；]$/.test(title) ? title + body : `${title}。${body}`;
}

function label(node: OutlineNode): string {
  const title = node.title.length > 24 ? node.title.slice(0, 23) + '…' : node.title;
  return `${node.marker}${title}`.trim() || node.id;
}

/**
 * Give clauses the targets read later for their nodes (for documents parsed without targets, whose
 * targets are read only for the clauses that changed), as `draftUnits` gives them.
 * @param units the units of a document
 * @param doc the document
 * @param clauses indices of the clauses to fill
 * @param targets the targets read for those clauses (of the paragraphs `paragraphsFor` names)
 */
export function attachTargets(units: DocUnits, doc: PlanDocument, clauses: Iterable<number>, targets: readonly Target[]): void {
  const byNode = groupTargets(targets);
  const pdf = isPdf(doc);
  for (const i of clauses) {
    const c = units.clauses[i];
    c.targets = clauseTargets(byNode.get(nodeIdOf(units, c.node)) ?? [], c.line, c.endLine, c.sentences, pdf);
  }
}

/**
 * The paragraphs whose targets must be read for these clauses to take what they take from a fully
 * parsed document: their own, or every paragraph of their node where `clauseTargets` can reach
 * another paragraph's (paragraphs of a node sharing a line number, as in a Word table row; on a PDF,
 * any paragraph of the node, as two can hold the same sentence).
 * @param units the units of a document
 * @param doc the document
 * @param clauses indices of the clauses
 * @returns paragraph ids
 */
export function paragraphsFor(units: DocUnits, doc: PlanDocument, clauses: Iterable<number>): Set<string> {
  const pdf = isPdf(doc);
  const paragraphs = new Set<string>();
  for (const i of clauses) {
    const c = units.clauses[i];
    const own = c.node === -1 ? doc.preamble : units.nodes[c.node].node.paragraphs;
    if (pdf || sharesLines(own)) for (const p of own) paragraphs.add(p.id);
    else if (c.kind === 'paragraph') paragraphs.add(c.id);
  }
  return paragraphs;
}

/** Whether two of a node's paragraphs share a line (in document order, each starts after the last ends). */
function sharesLines(paragraphs: readonly Paragraph[]): boolean {
  for (let k = 1; k < paragraphs.length; k++) if (paragraphs[k].line <= paragraphs[k - 1].endLine) return true;
  return false;
}

/** Whether a document's lines are lines on PDF pages (counted from 1 on each page). */
function isPdf(doc: PlanDocument): boolean {
  return doc.source.lineUnit === 'pdf-line';
}

/**
 * The outline node id of a unit's node (`''` for the preamble, node -1), as targets name it.
 * @param units the units of a document
 * @param node a node index, or -1
 * @returns the node id
 */
function nodeIdOf(units: DocUnits, node: number): string {
  return node === -1 ? '' : units.nodes[node].node.id;
}

/**
 * The targets of a clause among its node's: those on its lines; on a PDF, whose lines are counted per
 * page (two paragraphs of a node on different pages can share line numbers, and one running over a
 * page break ends on a smaller line than it starts), those read from its own sentences.
 */
function clauseTargets(nodeTargets: readonly Target[], line: number, endLine: number, sentences: readonly string[], pdf: boolean): Target[] {
  // Note: a target's sentence is cut around it when long (`…` at the cuts), so it is found inside one.
  if (pdf) return nodeTargets.filter((t) => sentences.some((s) => s.includes(t.sentence.replace(/^…|…$/gu, ''))));
  return nodeTargets.filter((t) => t.line >= line && t.line <= endLine);
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
