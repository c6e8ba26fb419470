import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, Paragraph, PlanDocument, SourceFile } from '../../src/types.js';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Seeds directory. */
export const SEEDS = join(ROOT, 'seeds');
/** Shared corpus, read in place (never copied into the repo). */
export const CORPUS = resolve(ROOT, '../shared/corpus');

/** Seed file names, sorted. */
export const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).toSorted();
/** Corpus file names (laws, drafts, reports), sorted. */
export const corpusFiles = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').toSorted();

/** Load a file as a SourceFile with a path relative to the repo. */
export function load(dir: string, name: string): SourceFile {
  return { path: name, value: readFileSync(join(dir, name), 'utf8'), format: name.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' };
}

/** Parse a text without targets. */
export function parse(value: string, format: 'txt' | 'md' = 'txt'): PlanDocument {
  return parsePlan({ path: 'plan.txt', value, format }, { targets: false });
}

/** Every node, depth first. */
export function allNodes(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

/** Every paragraph (preamble first), in document order. */
export function allParagraphs(doc: PlanDocument): Paragraph[] {
  return [...doc.preamble, ...allNodes(doc.nodes).flatMap((n) => n.paragraphs)];
}

/** Count of headings per depth, e.g. {1: 3, 2: 9}. */
export function depthCounts(doc: PlanDocument): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const n of allNodes(doc.nodes)) counts[n.depth] = (counts[n.depth] ?? 0) + 1;
  return counts;
}
