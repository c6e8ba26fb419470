import type { OutlineNode, Paragraph, PlanDocument, Target } from '../types.js';
import type { Segmenter } from '../parse/segmenter.js';
import type { ClauseUnit, Counts, DocUnits, NodeUnit } from './model.js';
import { canonText, featureCounts, toCounts, type FeatureIds } from './canon.js';
import { top } from './vectors.js';

// Note: a chapter would otherwise carry every word of its articles; its strongest features identify it
// as well, and keep node vectors (and the time to compare them) bounded.
const NODE_FEATURES = 256;

/**
 * Flatten a parsed plan into the units the aligners work on: outline nodes and clauses (paragraphs,
 * and the headings of nodes that have no paragraphs), each with its canonical key, features and targets.
 * @param doc the parsed plan
 * @param segmenter the word segmenter
 * @param ids feature interner shared by both documents
 * @returns nodes and clauses in document order
 */
export function collectUnits(doc: PlanDocument, segmenter: Segmenter, ids: FeatureIds): DocUnits {
  const nodes: NodeUnit[] = [];
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
      counts: featureCounts(key, segmenter, ids),
      targets: nodeTargets.filter((t) => t.line >= p.line && t.line <= p.endLine),
    };
  };
  const preambleTargets = targetsByNode.get('') ?? [];
  for (const p of doc.preamble) clauses.push(paragraphClause(p, -1, '（前言）', preambleTargets));

  const visit = (node: OutlineNode, parent: number, path: string[]): Counts => {
    const index = nodes.length;
    const outline = [...path, label(node)];
    const titleKey = canonText(node.title);
    const titleCounts = featureCounts(titleKey, segmenter, ids);
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
        outline: outline.join(' / '),
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
      const clause = paragraphClause(withTitle, index, outline.join(' / '), nodeTargets);
      own.push(clause);
      clauses.push(clause);
    });
    const counts = new Map<number, number>();
    addInto(counts, titleCounts, 2);
    for (const c of own) if (c.kind === 'paragraph') addInto(counts, c.counts, 1);
    const key = [titleKey, ...own.filter((c) => c.kind === 'paragraph').map((c) => c.key)].join('\n');
    // Note: a node is known by its title (twice), its own paragraphs and, at half weight per level,
    // its children's content, so a renamed chapter still finds its twin through its articles.
    for (const child of node.children) addInto(counts, visit(child, index, outline), 0.5);
    const kept = strongest(counts, NODE_FEATURES);
    nodes[index] = { ...unit, key, counts: kept };
    return kept;
  };
  for (const node of doc.nodes) visit(node, -1, []);
  return { nodes, clauses };
}

/** Add counts into a map this module owns. */
function addInto(into: Map<number, number>, counts: Counts, scale: number): void {
  counts.ids.forEach((f, k) => into.set(f, (into.get(f) ?? 0) + counts.values[k] * scale));
}

/** The `limit` largest counts (ties at the limit kept), as a new map. */
function strongest(counts: Map<number, number>, limit: number): Counts {
  return toCounts(counts.size <= limit ? counts : new Map(top(counts, limit)));
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
