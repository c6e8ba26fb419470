/**
 * Internal data of the compare pipeline (not part of the public report): the units that are aligned
 * and the alignments between them. No runtime code lives here.
 */
import type { OutlineNode, Target } from '../types.js';

/** A sparse TF-IDF vector of unit length: feature ids in ascending order and their weights. */
export interface Vector {
  /** Feature ids, ascending. */
  ids: Int32Array;
  /** Weight of each feature. */
  weights: Float32Array;
}

/** Raw feature counts, compact: feature ids (see `FeatureIds`) in ascending order and their counts. */
export interface Counts {
  /** Feature ids, ascending. */
  ids: Int32Array;
  /** Count (or weighted count) of each feature. */
  values: Float32Array;
}

/** One outline node of a document, flattened, as the section aligner sees it. */
export interface NodeUnit {
  /** Index in document order (0-based). */
  index: number;
  /** The node as parsed. */
  node: OutlineNode;
  /** Index of the parent node, or -1 at the top level. */
  parent: number;
  /** Canonical title (markers stripped, layout removed). */
  titleKey: string;
  /** Canonical key of title and direct paragraphs, for exact anchors. */
  key: string;
  /** Raw feature counts of the title, direct paragraphs and child titles. */
  counts: Counts;
}

/** One clause (a paragraph, or the heading of a node without paragraphs) as the clause aligner sees it. */
export interface ClauseUnit {
  /** Index in document order (0-based). */
  index: number;
  /** Paragraph id, or node id for a heading clause. */
  id: string;
  /** What the clause is. */
  kind: 'paragraph' | 'heading';
  /** Index of the node the clause belongs to (a paragraph's node, a heading's own node), -1 for the preamble. */
  node: number;
  /** Outline path for display. */
  outline: string;
  /** 1-based first line in the original file. */
  line: number;
  /** 1-based last line in the original file. */
  endLine: number;
  /** 1-based page of the first line, for .pdf sources (lines count on their page). */
  page?: number;
  /** Text as written (wrapped lines re-joined). */
  text: string;
  /** Canonical text: layout, width and leading markers removed; equal keys mean equal content. */
  key: string;
  /** Raw feature counts (character bigrams of `key`). */
  counts: Counts;
  /** Targets whose number sits in this clause, in document order. */
  targets: Target[];
  /** Texts of the clause's sentences (none for a heading), to tell whose a target is on a PDF. */
  sentences: readonly string[];
}

/** The units of one document. */
export interface DocUnits {
  /** Outline nodes in document order. */
  nodes: NodeUnit[];
  /** Clauses in document order. */
  clauses: ClauseUnit[];
}

/** A one-to-one match found by an aligner. */
export interface Match {
  /** Index on the old side. */
  old: number;
  /** Index on the new side. */
  new: number;
  /** Content similarity 0..1. */
  similarity: number;
}

/** A clause alignment: one-to-one matches plus split/merge groups. */
export interface ClauseAlignment {
  /** One-to-one matches of clause indices. */
  matches: Match[];
  /** Split, merged or re-cut clauses: each group lists old and new clause indices. */
  groups: Array<{
    old: number[];
    new: number[];
    similarity: number;
    /** Which old and new clauses belong together: those that overlap in re-cut text; in a split or merge, the one clause with each of the others. */
    links: Array<[number, number]>;
    /** The group rests on weak evidence (a further successor, see findFurther): its pairs are `related`. */
    related?: boolean;
  }>;
  /** Weak but probable successors among the clauses left over (status `related`). */
  related?: Match[];
}
