import type { OutlineNode, Paragraph, PlanDocument, SourceFile, Target } from '../../types.js';
import { GLOSSARY } from '../glossary.js';
import { findPeriod, type HorizonMatch } from './horizon.js';
import { readSentence, sentenceHorizons, type SentenceContext, type SentenceQuantity } from './sentence.js';
import { createLocator, type Locator } from './locate.js';
import { yearlyPeriod } from './yearly.js';
import { unitRegistry, type UnitRegistry } from './units.js';
import type { UnitSpec } from './unit-table.js';
import { HISTORY_TITLES as HISTORY_SECTION, PAST_OPENING } from './kind-cues.js';
import { statesGoal } from './kind.js';
import { tableReader, type TableReader } from './table-rows.js';

/** The horizon in force at a point of the document, and how it was found. */
interface Inherited {
  /** Year, or null for a relative horizon. */
  year: number | null;
  /** The expression as written. */
  text: string;
}

/** Options for extracting targets. */
export interface ExtractOptions {
  /**
   * Return the targets of these paragraphs only (paragraph ids): exactly those of a full extraction
   * that sit in a listed paragraph, ids included. The paragraphs before a listed one in its node are
   * read too (targets are numbered per node), the other sentences only for the deadlines they pass
   * on, which is much cheaper.
   */
  paragraphs?: ReadonlySet<string>;
  /** Extra units for the unit registry (plan-diff.config.json's `units`), added to the shipped table. */
  units?: readonly UnitSpec[];
}

/**
 * Find every quantified statement of a parsed plan, with metric, value, unit, comparator, horizon and kind.
 * Note: the horizon of a number is the nearest deadline before it in its sentence, then in its
 * paragraph, then one stated at the start of an earlier paragraph of its section (or a section above),
 * then the plan period's last year; `当年` keeps the horizon in force.
 * @param doc the parsed plan without targets
 * @param source the source it was parsed from (for original lines and columns)
 * @param options which paragraphs to read (default: all)
 * @returns targets in document order
 */
export function extractTargets(doc: Omit<PlanDocument, 'targets'>, source: SourceFile, options: ExtractOptions = {}): Target[] {
  const period =
    doc.period ?? findPeriod(doc.title ?? '') ?? yearlyPeriod(doc) ?? findPeriod(doc.preamble.map((p) => p.text).join('\n'));
  // Note: a yearly report's `今年` is its year; a multi-year plan's `今年` stays unknown (like 当年).
  const currentYear = period !== null && period.start === period.end ? period.start : null;
  const units = unitRegistry(options.units ?? []);
  const walker = new Walker(source.path, period, currentYear, isLegal(doc.nodes), createLocator(source), options.paragraphs ?? null, units, tableReader(source, { period, units }));
  walker.paragraphs('', [], doc.preamble, null);
  for (const node of doc.nodes) walker.node(node, [], null);
  return walker.targets;
}

class Walker {
  readonly targets: Target[] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly period: { start: number; end: number } | null,
    private readonly currentYear: number | null,
    private readonly legal: boolean,
    private readonly locate: Locator,
    private readonly only: ReadonlySet<string> | null,
    private readonly units: UnitRegistry,
    private readonly tables: TableReader,
  ) {}

  /** True from a glossary's heading on: its numbers explain the text's terms (`reference`), they set no goal. */
  private glossary = false;

  node(node: OutlineNode, titles: string[], inherited: Inherited | null): void {
    if (GLOSSARY.test(node.title)) this.glossary = true;
    const path = [...titles, node.title];
    const own = this.paragraphs(node.id, path, node.paragraphs, inherited);
    for (const child of node.children) this.node(child, path, own);
  }

  /** Read paragraphs in order; returns the section horizon in force after them. */
  paragraphs(nodeId: string, titles: string[], paragraphs: Paragraph[], inherited: Inherited | null): Inherited | null {
    let section = inherited;
    const context: SentenceContext = { titles, periodStart: this.period?.start ?? null, currentYear: this.currentYear, legal: this.legal, units: this.units };
    // Note: with a list of paragraphs, those up to the node's last listed one are read (a target's
    // number, `#t3`, counts the targets before it in its node), the rest for their deadlines only.
    let lastRead = paragraphs.length - 1;
    if (this.only !== null) {
      lastRead = -1;
      for (let k = 0; k < paragraphs.length; k++) if (this.only.has(paragraphs[k].id)) lastRead = k;
    }
    // Note: a sentence the layout broke over two paragraphs (`"十五五"时期经济社会发展的主要目标` / `是：…`)
    // passes its five-year-plan period on to the next paragraph, which finishes it.
    let unfinished: Inherited | null = null;
    let forward = false;
    const goalTitles = titles.filter((t) => !(HISTORY_SECTION.test(t) && GOAL_TITLE.test(t)));
    for (let k = 0; k < paragraphs.length; k++) {
      const paragraph = paragraphs[k];
      // Note: a glossary (`名词解释` on a line of its own) is back matter: it explains the text's own terms to the end.
      if (GLOSSARY.test(paragraph.text)) this.glossary = true;
      const keep = this.only === null || this.only.has(paragraph.id);
      // Note: a row of an indicator table (主要指标表) is read cell by cell, not as running text (table-rows.ts).
      const row = this.tables.row(paragraph);
      if (row !== null) {
        if (k <= lastRead) for (const target of row) this.push(nodeId, target, keep);
        continue;
      }
      let local: Inherited | null = unfinished;
      unfinished = null;
      let past = false;
      for (const [j, sentence] of paragraph.sentences.entries()) {
        // Note: a paragraph that opens looking back (`过去一年，…`) dates its numbers until a sentence states a goal.
        if (PAST_OPENING.test(sentence.text)) past = true;
        const here = { ...context, titles: forward ? goalTitles : titles, pastParagraph: past };
        const { quantities, horizons } = k <= lastRead ? readSentence(sentence.text, here) : { quantities: [], horizons: sentenceHorizons(sentence.text, here) };
        if (past && statesGoal(sentence.text, horizons, this.currentYear ?? this.period?.start ?? null)) past = false;
        for (const q of quantities) this.add(nodeId, titles, sentence, q, local, section, keep);
        const deadlines = horizons.filter((h) => h.role === 'deadline' || h.role === 'relative');
        // Note: a five-year-plan period (`"十五五"时期…`) dates its own sentence only; it sets no horizon for the next.
        const passed = deadlines.filter((h) => !FIVE_YEAR_PLAN.test(h.text));
        const last = passed.at(-1);
        if (last) local = toInherited(last);
        const lead = passed.find((h) => h.start <= 4);
        if (lead) section = toInherited(lead);
        // A paragraph that opens on a coming five-year-plan period in a sentence of no number of its own
        // (`"十四五"时期是开启…新征程的第一个五年。`) turns the section to that period: its goals take the
        // period's last year, and in a section titled for both the past and the goals (`"十三五"时期发展
        // 成就和"十四五"时期主要目标任务`) the review part is over. A period in a sentence with its own
        // numbers (`"十五五"时期地区生产总值年均增长5%左右。`) dates that sentence only.
        // Note: the period must be what the sentence opens on (`今年是"十五五"开局之年。` opens on 今年).
        const first = horizons.reduce<HorizonMatch | undefined>((a, h) => (a === undefined || h.start < a.start ? h : a), undefined);
        const opening =
          j === 0 && quantities.length === 0 && first !== undefined && first.start <= 4 && first.role === 'deadline' && FIVE_YEAR_PLAN.test(first.text) && first.year !== null && first.year >= (this.currentYear ?? this.period?.start ?? Infinity)
            ? first
            : undefined;
        if (opening) {
          section = toInherited(opening);
          forward = true;
        }
        const open = deadlines.at(-1);
        unfinished = open && !/[。！？；!?;]\s*$/u.test(sentence.text) ? toInherited(open) : null;
      }
    }
    return section;
  }

  /** Number a target read elsewhere (a table's row) in its node, and keep it when asked for. */
  private push(nodeId: string, target: Omit<Target, 'id' | 'file' | 'nodeId'>, keep: boolean): void {
    const count = (this.counts.get(nodeId) ?? 0) + 1;
    this.counts.set(nodeId, count);
    const { line, column, page, ...rest } = target;
    if (keep) this.targets.push({ id: `${nodeId}#t${count}`, file: this.file, line, column, ...(page === undefined ? {} : { page }), nodeId, ...rest });
  }

  /**
   * The year a growth or cut is measured from, when its horizon says: a five-year-plan period (its
   * sentence's, paragraph's or section's) from the year before the period; the end of the document's
   * period (a yearly report's year, `到2027年` in a plan for 2024–2027) from the year before the period;
   * null otherwise.
   */
  private baseYear(q: SentenceQuantity, paragraph: Inherited | null, section: Inherited | null, year: number | null): number | null {
    if (year === null) return null;
    const horizon = q.horizon ?? paragraph ?? section;
    if (horizon !== null && horizon.year === year && FIVE_YEAR_PLAN.test(horizon.text)) return year - 5;
    if (this.period !== null && year === this.period.end) return this.period.start - 1;
    return null;
  }

  private add(
    nodeId: string,
    titles: string[],
    sentence: Paragraph['sentences'][number],
    q: SentenceQuantity,
    paragraph: Inherited | null,
    section: Inherited | null,
    keep: boolean,
  ): void {
    const count = (this.counts.get(nodeId) ?? 0) + 1;
    this.counts.set(nodeId, count);
    if (!keep) return;
    const where = this.locate(sentence, q.index);
    if (this.glossary && (q.kind === 'target' || q.kind === 'historical' || q.kind === 'forecast')) q = { ...q, kind: 'reference' };
    let year: number | null = null;
    let yearSource: Target['yearSource'] = 'none';
    if (q.kind === 'historical') {
      year = q.referenceYear;
      yearSource = year === null ? 'none' : 'text';
      const titled = year === null ? sectionYear(titles) : null;
      if (titled !== null) {
        year = titled;
        yearSource = 'section';
      }
    } else if (NO_HORIZON.has(q.kind) && (this.legal || q.kind !== 'spec')) {
      // A provision's amount, a limit, a condition, a penalty, a reference or an enumeration has no horizon.
    } else if (q.horizon) {
      year = q.horizon.year;
      yearSource = year === null ? 'none' : 'text';
    } else if (paragraph) {
      year = paragraph.year;
      yearSource = year === null ? 'none' : 'text';
    } else if (section) {
      year = section.year;
      yearSource = year === null ? 'none' : 'section';
    } else if (this.period) {
      year = this.period.end;
      yearSource = 'period';
    }
    const since = q.kind === 'target' && (q.change === 'increase' || q.change === 'decrease') ? this.baseYear(q, paragraph, section, year) : null;
    this.targets.push({
      id: `${nodeId}#t${count}`,
      file: this.file,
      line: where.line,
      column: where.column,
      ...(where.page === undefined ? {} : { page: where.page }),
      nodeId,
      metric: q.metric,
      metricKey: q.metricKey,
      action: q.action,
      scope: q.scope,
      value: q.value,
      high: q.high,
      unit: q.unit,
      comparator: q.comparator,
      comparatorText: q.comparatorText,
      year,
      yearSource,
      ...(since === null ? {} : { since }),
      kind: q.kind,
      change: q.change,
      text: q.text,
      sentence: contextOf(sentence.text, q.index),
    });
  }
}


/** A title that also announces goals (`…和"十四五"时期主要目标任务`): history only up to the turn to them. */
const GOAL_TITLE = /目标|任务|展望/u;

/** A five-year-plan period as written (`"十五五"时期`). */
const FIVE_YEAR_PLAN = /十[一二三四五六七八九]五/u;

/** Kinds that are no goal and take no horizon. */
const NO_HORIZON: ReadonlySet<Target['kind']> = new Set(['spec', 'limit', 'condition', 'penalty', 'reference', 'enumeration']);

/** Most characters of a sentence given as one target's context. */
const CONTEXT_CHARS = 200;

/**
 * The sentence around a target: whole when it has at most CONTEXT_CHARS characters, else the piece of it
 * holding the number, the sentence being cut into consecutive pieces of at most CONTEXT_CHARS characters
 * (after a clause mark in a piece's second half when there is one), with `…` at each cut.
 * Note: a sentence of 1,000 characters with 200 targets gave each the whole sentence (6 KB of text → 6 MB
 * of JSON, and RangeError on a 588 KB text). A window centred on each number kept output linear but still
 * gave each of them 200 characters of its own; the pieces are fixed by the sentence alone, so the targets
 * of one piece share one context (the same string), which the formats write once (issue 22).
 * @param sentence the sentence
 * @param at index of the number in it
 * @returns the context
 */
export function contextOf(sentence: string, at: number): string {
  if (sentence.length <= CONTEXT_CHARS) return sentence;
  // Note: the targets of a sentence come one after another, so its pieces are cut once (a 588 KB sentence has 39,200 targets).
  if (cut.sentence !== sentence) cut = { sentence, ends: pieceEnds(sentence) };
  const { ends } = cut;
  let lo = 0;
  for (let hi = ends.length - 1; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (at < ends[mid]!) hi = mid;
    else lo = mid + 1;
  }
  const start = lo === 0 ? 0 : ends[lo - 1]!;
  const end = ends[lo]!;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

/** The last sentence cut into pieces, and the ends of its pieces. */
let cut: { sentence: string; ends: number[] } = { sentence: '', ends: [] };

/** Ends of the pieces of a long sentence: each after the last clause mark of its second half, else CONTEXT_CHARS on (never inside a surrogate pair). */
function pieceEnds(sentence: string): number[] {
  const ends: number[] = [];
  for (let start = 0; start < sentence.length; ) {
    let end = start + CONTEXT_CHARS;
    if (end >= sentence.length) end = sentence.length;
    else {
      let mark = end - 1;
      while (mark >= start + CONTEXT_CHARS / 2 && !CLAUSE_MARKS.has(sentence[mark]!)) mark--;
      if (mark >= start + CONTEXT_CHARS / 2) end = mark + 1;
      else if (/[\udc00-\udfff]/u.test(sentence[end]!)) end--;
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/** Marks after which a long sentence's context is cut. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set(['，', '；', '：', '、', ',', ';', ':']);

/** The year a history section names (`2023年工作回顾`), innermost first, or null. */
function sectionYear(titles: string[]): number | null {
  for (const title of titles.toReversed()) {
    const m = /((?:19|20)\d{2})\s*年(?!\s*[-—–～~至到])/u.exec(title);
    if (m && HISTORY_SECTION.test(title)) return Number(m[1]);
  }
  return null;
}

/** Whether the outline is a law's or regulation's: it has 第X条 articles. */
function isLegal(nodes: readonly OutlineNode[]): boolean {
  return nodes.some((n) => n.style === 'article' || isLegal(n.children));
}

function toInherited(h: HorizonMatch): Inherited {
  return { year: h.year, text: h.text };
}
