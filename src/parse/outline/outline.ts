import type { ParseWarning } from '../../types.js';
import type { Block } from './blocks.js';
import { readHeading, type HeadingCandidate } from './heading.js';
import type { Mapped } from '../mapped.js';
import { warningText } from './warnings.js';
import { matchMarker } from './markers.js';
import { unnumberedHeading, unnumberedHeadings } from './unnumbered.js';
import { GLOSSARY } from '../glossary.js';

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
  /** Ordinal of the last sub-heading of each kind (sequence checks in constant time). */
  lastChild: Map<string, number | null>;
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
  let shapes = new Map<string, boolean>();
  let repeated = new Map<string, boolean>();
  // Numbers of each level seen at the start of paragraphs since its last heading (items not read as headings).
  const asText = new Map<string, Set<number>>();
  let rootLast = new Map<string, number | null>();
  let stack: DraftNode[] = [];
  let annexDepth = 0;
  // Inside a glossary (名词解释), from its heading to the next annex.
  let glossary = false;
  const addBody = (text: Mapped) => (stack.length > 0 ? stack[stack.length - 1].body : out.preamble).push(text);
  const attach = (node: DraftNode, parent: DraftNode | undefined) => (parent ? parent.children : out.roots).push(node);
  const read = blocks.map(readHeading);
  const unnumbered = unnumberedHeadings(blocks, read);
  for (const [i, block] of blocks.entries()) {
    const h = unnumbered.has(i) ? unnumberedHeading(block) : read[i];
    const top = stack.at(-1);
    // Note: under a 第X条 article, （一）/1. items are its 项: paragraphs of the article, not headings; in a
    // glossary an entry that defines its term on its line (`1.“两重”：是指…`) is a paragraph of the glossary
    // (a term alone on its line, its definition below, stays a heading).
    if (h === null || (ITEM_KINDS.has(h.kind) && top?.heading.kind === 'article') || (glossary && ITEM_KINDS.has(h.kind) && /[：:]\s*\S/u.test(block.text.text))) {
      const m = h === null && !glossary ? matchMarker(block.text.text) : null;
      if (m?.ordinal != null) asText.set(m.kind, (asText.get(m.kind) ?? new Set()).add(m.ordinal));
      addBody(block.text);
      continue;
    }
    if (h.kind === 'annex') {
      const label = stack.length === 1 && stack[0]!.heading.kind === 'annex' ? stack[0]! : undefined;
      if (h.marker === '' && label !== undefined && label.heading.title === '' && label.body.length === 0 && label.children.length === 0) {
        // 附件2 on one line, 名词解释 on the next: the glossary is the annex's title.
        label.heading = { ...label.heading, title: h.title };
        glossary = true;
        continue;
      }
      const node: DraftNode = { heading: h, levels: ['annex'], annexDepth: 0, body: [], children: [], lastChild: new Map() };
      out.roots.push(node);
      [stack, levels, last, shapes, repeated, rootLast, annexDepth] = [[node], [], new Map(), new Map(), new Map(), new Map(), 1];
      glossary = GLOSSARY.test(block.text.text);
      continue;
    }
    if (h.kind === 'box') {
      while (stack.at(-1)?.heading.kind === 'box') stack.pop();
      const node: DraftNode = { heading: h, levels, annexDepth, body: [], children: [], lastChild: new Map() };
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
    const siblings = parent ? parent.lastChild : rootLast;
    const problem = sequenceProblem(h, siblings.get(h.kind) ?? null, known ? last.get(h.kind) ?? null : null, repeated.get(h.kind) === true);
    // Note: a number that plausibly continues its level (a few skipped, or one repeated) is a heading when
    // it is shaped like the level's last heading (both on their own line, or both with a body after the
    // title), the edit most drafts make; anything else off the sequence only on its own line.
    const accepted = problem === null || h.standalone || (problem.plausible && shapes.get(h.kind) === h.standalone);
    if (!accepted) {
      if (h.ordinal !== null) asText.set(h.kind, (asText.get(h.kind) ?? new Set()).add(h.ordinal));
      addBody(block.text);
      continue;
    }
    if (problem !== null) out.warnings.push({ ...asTextWarning(problem.warning, asText.get(h.kind)), offset: h.offset });
    asText.delete(h.kind);
    if (!known) levels.splice(0, levels.length, ...ranked);
    if (h.ordinal !== null) last.set(h.kind, h.ordinal);
    shapes.set(h.kind, h.standalone);
    repeated.set(h.kind, problem?.warning.code === 'repeated-number');
    const node: DraftNode = { heading: h, levels, annexDepth, body: h.body ? [h.body] : [], children: [], lastChild: new Map() };
    siblings.set(h.kind, h.ordinal);
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

/** How far a number may jump and still continue its level: up to three numbers deleted between drafts. */
const MAX_GAP = 4;

/** A break in a level's numbering: the warning, and whether the marker plausibly continues the level anyway. */
interface SequenceProblem {
  /** The warning to raise if the marker is taken as a heading. */
  warning: ParseWarning;
  /** A skip of a few numbers, or one number repeated: the level goes on. */
  plausible: boolean;
}

/**
 * Whether a marker continues its level: 1 under a new parent, the next number, or the level's running
 * count (after a repeated number, the one after next too); else the problem, plausible when it skips at
 * most MAX_GAP − 1 numbers or repeats the last.
 */
function sequenceProblem(h: HeadingCandidate, sibling: number | null, running: number | null, afterRepeat: boolean): SequenceProblem | null {
  const n = h.ordinal;
  if (n === null) return null;
  if (n === (sibling ?? 0) + 1 || (running !== null && n === running + 1)) return null;
  // After a number given twice (8, 8), the list goes on from either item: 9 or 10 (the second 8 was 9).
  if (afterRepeat && (sibling ?? running) !== null && n === (sibling ?? running)! + 2) return null;
  const prev = sibling ?? running;
  if (prev !== null && n > prev && n <= prev + MAX_GAP) return { warning: gapWarning(h, prev), plausible: true };
  if (prev !== null && n === prev) {
    const params = { marker: h.marker, ordinal: n, previous: prev };
    return { warning: { code: 'repeated-number', message: warningText({ code: 'repeated-number', params }, 'en'), params }, plausible: true };
  }
  if (prev !== null && n < prev) {
    const params = { marker: h.marker, ordinal: n, previous: prev };
    return { warning: { code: 'number-goes-back', message: warningText({ code: 'number-goes-back', params }, 'en'), params }, plausible: false };
  }
  const params = { marker: h.marker, ordinal: n, previous: prev ?? 0, missing: missingRange(prev ?? 0, n) };
  return { warning: { code: 'skipped-number', message: warningText({ code: 'skipped-number', params }, 'en'), params }, plausible: false };
}

function gapWarning(h: HeadingCandidate, prev: number): ParseWarning {
  const params = { marker: h.marker, ordinal: h.ordinal ?? 0, previous: prev, missing: missingRange(prev, h.ordinal ?? 0) };
  return { code: 'skipped-number', message: warningText({ code: 'skipped-number', params }, 'en'), params };
}

/** A gap whose numbers all start paragraphs of the text (items too long for a heading) is no deletion: say so. */
function asTextWarning(warning: ParseWarning, seen: ReadonlySet<number> | undefined): ParseWarning {
  const missing = warning.params?.missing ?? [];
  if (warning.code !== 'skipped-number' || seen === undefined || missing.length === 0 || !missing.every((n) => seen.has(n))) return warning;
  const params = warning.params!;
  return { code: 'items-as-text', message: warningText({ code: 'items-as-text', params }, 'en'), params };
}

function missingRange(prev: number, n: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(n - prev - 1, 100)) }, (_, i) => prev + 1 + i);
}
