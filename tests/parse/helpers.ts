import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, Paragraph, PlanDocument, SourceFile } from '../../src/types.js';
import { CORPUS_DIR, CORPUS_FILES } from '../helpers/corpus.js';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Seeds directory. */
export const SEEDS = join(ROOT, 'seeds');
/** The repository's copy of the corpus (fixtures/corpus, byte-exact). */
export const CORPUS = CORPUS_DIR;

/** Seed file names, sorted. */
export const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).toSorted();
/** Corpus file names (laws, drafts, reports), sorted. */
export const corpusFiles: readonly string[] = [...CORPUS_FILES].toSorted();

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
