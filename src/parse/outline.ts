import type { ParseWarning } from '../types.js';
import type { Block } from './blocks.js';
import { readHeading, type HeadingCandidate } from './heading.js';
import type { Mapped } from './mapped.js';

/** A heading accepted into the outline, before ids and paragraphs are assigned. */
export interface DraftNode {
  /** The heading. */
  heading: HeadingCandidate;
  /** The levels used in its region (the document, or a later 附件 annex), top first; shared by the region's nodes. */
  levels: string[];
  /** 1 inside a later 附件 annex, else 0. */
  annexDepth: number;
  /** Body paragraphs before the first child. */
  body: Mapped[];
  /** Sub-headings. */
  children: DraftNode[];
}

/** The outline before ids: preamble paragraphs, top-level nodes and sequence warnings. */
export interface DraftOutline {
  /** Paragraphs before the first heading. */
  preamble: Mapped[];
  /** Top-level nodes. */
  roots: DraftNode[];
  /** Numbering problems (`skipped-number`, `repeated-number`), with the heading's offset. */
  warnings: Array<ParseWarning & { offset: number }>;
}

const ITEM_KINDS = new Set(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled']);

/**
 * Build the outline tree: levels ranked by the marker styles in their order of first appearance, a
 * marker that breaks its level's sequence accepted only on strong evidence (a heading on its own line).
 * @param blocks the document's blocks after the title
 * @returns the draft outline
 */
export function buildOutline(blocks: readonly Block[]): DraftOutline {
  const out: DraftOutline = { preamble: [], roots: [], warnings: [] };
  let levels: string[] = [];
  let last = new Map<string, number>();
  let stack: DraftNode[] = [];
  let annexDepth = 0;
  const addBody = (text: Mapped) => (stack.length > 0 ? stack[stack.length - 1].body : out.preamble).push(text);
  const attach = (node: DraftNode, parent: DraftNode | undefined) => (parent ? parent.children : out.roots).push(node);
  for (const block of blocks) {
    const h = readHeading(block);
    const top = stack.at(-1);
    // Note: under a 第X条 article, （一）/1. items are its 项: paragraphs of the article, not headings.
    if (h === null || (ITEM_KINDS.has(h.kind) && top?.heading.kind === 'article')) {
      addBody(block.text);
      continue;
    }
    if (h.kind === 'annex') {
      const node: DraftNode = { heading: h, levels: ['annex'], annexDepth: 0, body: [], children: [] };
      out.roots.push(node);
      [stack, levels, last, annexDepth] = [[node], [], new Map(), 1];
      continue;
    }
    if (h.kind === 'box') {
      while (stack.at(-1)?.heading.kind === 'box') stack.pop();
      const node: DraftNode = { heading: h, levels, annexDepth, body: [], children: [] };
      attach(node, stack.at(-1));
      stack.push(node);
      continue;
    }
    const known = levels.includes(h.kind);
    const ranked = known ? levels : withLevel(levels, h.kind);
    const rank = ranked.indexOf(h.kind);
    const open = stack.filter((n) => n.heading.kind !== 'box' && n.heading.kind !== 'annex');
    const parentAt = open.findLastIndex((n) => ranked.indexOf(n.heading.kind) < rank);
    const parent = parentAt >= 0 ? open[parentAt] : stack[0]?.heading.kind === 'annex' ? stack[0] : undefined;
    const siblings = (parent ? parent.children : out.roots).filter((n) => n.heading.kind === h.kind);
    const problem = sequenceProblem(h, siblings.at(-1)?.heading.ordinal ?? null, known ? last.get(h.kind) ?? null : null);
    if (problem !== null && !h.standalone) {
      addBody(block.text);
      continue;
    }
    if (problem !== null) out.warnings.push({ ...problem, offset: h.offset });
    if (!known) levels.splice(0, levels.length, ...ranked);
    if (h.ordinal !== null) last.set(h.kind, h.ordinal);
    const node: DraftNode = { heading: h, levels, annexDepth, body: h.body ? [h.body] : [], children: [] };
    attach(node, parent);
    stack = [...(parent ? stack.slice(0, stack.indexOf(parent) + 1) : []), node];
  }
  return out;
}

/** Legal structure levels: always above articles and list items, even when they first appear later. */
const LEGAL = ['part', 'chapter', 'section', 'article'];

/**
 * The levels with a new one added: at the end (order of first appearance), except that 编/章/节 go
 * above the levels they conventionally contain (a law whose file lacks 第一章 meets 第二章 after articles).
 * @param levels levels in use, top first
 * @param kind the new level
 * @returns a new array
 */
function withLevel(levels: readonly string[], kind: string): string[] {
  const at = LEGAL.indexOf(kind);
  if (at < 0 || at === LEGAL.length - 1) return [...levels, kind];
  const below = levels.findIndex((k) => !LEGAL.includes(k) || LEGAL.indexOf(k) > at);
  return below < 0 ? [...levels, kind] : levels.toSpliced(below, 0, kind);
}

/** Whether a marker continues its level: 1 under a new parent, the next number, or the level's running count. */
function sequenceProblem(h: HeadingCandidate, sibling: number | null, running: number | null): ParseWarning | null {
  if (h.ordinal === null) return null;
  if (h.ordinal === (sibling ?? 0) + 1 || (running !== null && h.ordinal === running + 1)) return null;
  const prev = sibling ?? running;
  if (prev !== null && h.ordinal <= prev) {
    return { code: 'repeated-number', message: `${h.marker} comes after number ${prev} of the same level; the numbering repeats or goes back` };
  }
  return { code: 'skipped-number', message: `${h.marker} follows ${prev === null ? 'no earlier number' : `number ${prev}`}; expected ${(prev ?? 0) + 1}` };
}
