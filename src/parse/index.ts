import type { MetadataLine, ParseWarning, PlanDocument, SourceFile, SourceFormat } from '../types.js';
import { PlanDiffError } from '../errors.js';
import { joinLines, type Block, type VLine } from './outline/blocks.js';
import { contentLines, hasBulletHabit } from './clean.js';
import { detectLayout, type Layout } from './outline/layout.js';
import { eachLine, makeLocator, type Place } from './lines.js';
import { markdownLines } from './markdown.js';
import { buildOutline } from './outline/outline.js';
import { takeHead } from './outline/title.js';
import { lastOffset, offsetAt } from './mapped.js';
import { extractTargets } from './targets/index.js';
import { detectIssuer } from './issuer.js';
import { yearlyPeriod } from './targets/yearly.js';
import { warningText } from './outline/warnings.js';
import { splitWrapper } from './wrapper.js';
import { finalizeTree, makeParagraphs } from './outline/tree.js';
import { findTables, type IndicatorTable } from './tables.js';

import type { UnitSpec } from './targets/unit-table.js';

// Note: re-exported for the compare command, which reads targets after parsing (one chunk with parsePlan).
export { extractTargets } from './targets/index.js';

/** Options for parsing a plan. */
export interface ParseOptions {
  /** Skip target extraction (faster when only the outline is wanted). */
  targets?: boolean;
  /** Extra units for the unit registry (plan-diff.config.json's `units`). */
  units?: readonly UnitSpec[];
}

/**
 * Parse a plan into its outline, paragraphs, sentences and numeric targets.
 * @param source the decoded file
 * @param options parse options
 * @returns the plan document
 */
export function parsePlan(source: SourceFile, options: ParseOptions = {}): PlanDocument {
  const format = source.format ?? 'txt';
  const { blocks, locate, metadata } = readBlocks(source, format);
  const head = takeHead(blocks);
  const draft = buildOutline(head.rest);
  const nodes = finalizeTree(draft.roots, locate);
  const preamble = makeParagraphs(draft.preamble, '', locate, true);
  const warnings: ParseWarning[] = [
    ...sourceNoteWarnings(source),
    ...draft.warnings.map(({ offset, ...w }): ParseWarning => {
      const place = locate(offset);
      return { code: w.code, message: w.message, line: place.line, ...(place.page === undefined ? {} : { page: place.page }), ...(w.params ? { params: w.params } : {}) };
    }),
  ];
  if (nodes.length === 0) {
    warnings.push({ code: 'no-headings', message: warningText({ code: 'no-headings', count: preamble.length }, 'en'), count: preamble.length });
  }
  const sourceInfo: PlanDocument['source'] = { path: source.path, format, lineUnit: source.lineUnit ?? 'line' };
  if (source.encoding !== undefined) sourceInfo.encoding = source.encoding;
  // Note: a yearly report (政府工作报告) names no period in its title; its year is the period then.
  // The delivery line (`——2024年3月5日在…会议上`) opens the preamble, among the unpunctuated lines before the first sentence.
  const prose = preamble.findIndex((p) => p.sentences.length > 1 || /[。！？；]$/u.test(p.text));
  const notes = preamble.slice(0, prose < 0 ? preamble.length : prose).map((p) => p.text);
  const period = head.period ?? yearlyPeriod({ title: head.title, nodes }) ?? yearlyPeriod({ title: notes.join('\n'), nodes: [] });
  const doc: Omit<PlanDocument, 'targets'> = { source: sourceInfo, label: head.label, title: head.title, period, preamble, metadata, nodes, warnings };
  const targets = options.targets === false ? [] : extractTargets(doc, source, options.units ? { units: options.units } : {});
  const titleLines = titleLinesOf(head.titleBlocks, locate);
  const issuer = detectIssuer(source.value, doc);
  return { source: doc.source, label: doc.label, title: doc.title, ...(titleLines ? { titleLines } : {}), period: doc.period, issuer, preamble, metadata, nodes, targets, warnings };
}

/** First and last original line of the title, from the blocks it was joined from. */
function titleLinesOf(blocks: readonly Block[], locate: (offset: number) => Place): PlanDocument['titleLines'] {
  if (blocks.length === 0) return undefined;
  const start = locate(offsetAt(blocks[0].text, 0));
  const lines = { line: start.line, endLine: locate(lastOffset(blocks.at(-1)!.text)).line };
  return start.page === undefined ? lines : { ...lines, page: start.page };
}

/**
 * The logical blocks of a source (wrapped lines re-joined), and its offset locator.
 * Note: a function of its own so that the source lines and cleaned lines are garbage once the blocks
 * exist (measured: they were a third of the memory held while a big plan is parsed).
 */
function readBlocks(source: SourceFile, format: SourceFormat): { blocks: Block[]; locate: (offset: number) => Place; metadata: MetadataLine[] } {
  const locate = makeLocator(eachLine(source));
  let lines: VLine[];
  if (format === 'md') lines = markdownLines(source.value);
  else {
    // Note: a .docx reader marks paragraphs in Word heading styles; they are headings like Markdown's `#`.
    const levels = new Map((source.headings ?? []).map((h) => [h.line - 1, h.level]));
    lines = contentLines(eachLine(source), source.value, levels, hasBulletHabit(eachLine(source)));
  }
  lines = markTables(lines, findTables(eachLine(source)));
  // Note: the wrapper is split off before the layout is judged and lines are joined: chrome lines are
  // short and unfinished, and would be read as wrapped lines or joined to the title.
  const { body, wrapper } = splitWrapper(lines);
  if (body.length === 0) {
    throw new PlanDiffError('EMPTY', { key: 'noText', params: { path: source.path } }, source.path);
  }
  // Note: a table's rows are short lines of their own; they tell nothing of how the prose is wrapped.
  const prose = body.filter((l) => l.table !== true);
  const layout: Layout = format === 'md' ? { wrapped: false, width: 0, markdown: true } : detectLayout(prose.map((l) => l.text.text), prose.map((l) => l.width ?? 0));
  const metadata = wrapper.map((l): MetadataLine => {
    const place = locate(offsetAt(l.text, 0));
    return place.page === undefined ? { text: l.text.text, line: place.line } : { text: l.text.text, line: place.line, page: place.page };
  });
  return { blocks: joinLines(body, layout), locate, metadata };
}

/** The reader's notes as `source-note` warnings, with their catalog keys when the reader gave one for each. */
function sourceNoteWarnings(source: SourceFile): ParseWarning[] {
  const notes = source.notes ?? [];
  const refs = source.noteRefs?.length === notes.length ? source.noteRefs : undefined;
  return notes.map((message, i) => ({ code: 'source-note', message, ...(refs ? { note: refs[i]! } : {}) }));
}

/**
 * Mark the lines of indicator tables: each header and row is a group of its own, so it stays one
 * paragraph and never becomes a heading (`1.国内生产总值增长（%）\t2.3\t…` is a row, not a section).
 * @param lines content lines
 * @param tables the tables of the source
 * @returns the lines, marked
 */
function markTables(lines: VLine[], tables: readonly IndicatorTable[]): VLine[] {
  if (tables.length === 0) return lines;
  const parts = tables.flatMap((t) => [t.header, ...t.rows]);
  return lines.map((line) => {
    const at = offsetAt(line.text, 0);
    const k = parts.findIndex((p) => p.start <= at && at <= p.end);
    return k < 0 ? line : { ...line, group: -1 - k, table: true };
  });
}
