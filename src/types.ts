/**
 * The whole data model of plan-diff. No runtime code lives here.
 *
 * Bases used throughout:
 * - `line`: 1-based, in the ORIGINAL file as the user has it (for .docx: the paragraph number,
 *   for .pdf: the line on its page, with `page` set).
 * - `column`: 1-based, in UTF-16 code units, on that original line.
 * - `offset`: 0-based UTF-16 index into `SourceFile.value` (the decoded text).
 * - Ids are strings derived from the outline path (`二/（三）/8`), so every report is plain JSON.
 */

import type { NoteRef } from './i18n/input.js';

/** A file handed to the library: where it came from and its decoded text (like a VFile). */
export interface SourceFile {
  /** Path as the user gave it (used in messages and reports); `-` for stdin. */
  path: string;
  /** Decoded text. Line numbers count `\n`-separated lines of this text unless `lineMap` says otherwise. */
  value: string;
  /** Container format the text was read from. */
  format?: SourceFormat;
  /** What one `line` means for this file: a text line, a Word paragraph, or a line on a PDF page. */
  lineUnit?: LineUnit;
  /**
   * For extracted text (.docx/.pdf): entry i gives the original location of line i+1 of `value`.
   * Absent for plain text, where line i+1 of `value` is line i+1 of the file.
   */
  lineMap?: OriginalLocation[];
  /** Encoding the bytes were decoded from (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`). */
  encoding?: string;
  /** Notes from reading (tracked changes accepted, encoding guessed, …), shown as warnings; in English. */
  notes?: string[];
  /**
   * The same notes as catalog keys with their parameters (`src/i18n/input.ts`), one for each of
   * `notes` in the same order, so that they can be worded in Chinese; ignored unless as many.
   */
  noteRefs?: NoteRef[];
  /**
   * Outline levels the container itself marks (for .docx: paragraphs in a Word heading style,
   * Heading N / 标题 N, or with an outline level), as 1-based lines of `value` with level 1 = top.
   * Absent for plain text, where only the numbering written in the text gives the outline.
   */
  headings?: Array<{ line: number; level: number }>;
}

/** Container format of a source. */
export type SourceFormat = 'txt' | 'md' | 'docx' | 'pdf';

/** What a line number counts in a given source. */
export type LineUnit = 'line' | 'paragraph' | 'pdf-line';

/** A place in the original file. */
export interface OriginalLocation {
  /** 1-based line (or paragraph number for .docx, line on the page for .pdf). */
  line: number;
  /** 1-based page, for .pdf sources only. */
  page?: number;
  /**
   * For a .pdf paragraph re-joined from several printed lines: where each later printed line
   * starts, as a 1-based column (UTF-16) in this line of `value`, with its own line and page.
   */
  continuations?: Array<{ column: number; line: number; page: number }>;
}

/** A warning raised while reading or parsing; it does not stop the run. */
export interface ParseWarning {
  /** Stable machine code, e.g. `no-headings`, `skipped-number`, `repeated-number`, `number-goes-back`, `tracked-changes`. */
  code: string;
  /** Human-readable message (English; `warningText` renders it in another language from `params`). */
  message: string;
  /** 1-based line in the original file, when the warning is about one place. */
  line?: number;
  /** 1-based page, for .pdf sources. */
  page?: number;
  /** Structured parts of a numbering warning, from which its sentence is made in either language. */
  params?: NumberingParams;
  /** For `no-headings`: how many paragraphs form the one list (its sentence is made from it in either language). */
  count?: number;
  /** For `source-note`: the note as a catalog key and its parameters (its sentence is made from it in either language). */
  note?: NoteRef;
}

/** The parts of a numbering warning: the marker, its number, the number before it and the numbers missing between. */
export interface NumberingParams {
  /** The marker as written (`7.`, `（七）`, `第十一条`). */
  marker: string;
  /** Its number. */
  ordinal: number;
  /** The number before it at its level, 0 when the level starts with it. */
  previous: number;
  /** Numbers missing between them (for `skipped-number`). */
  missing?: number[];
}


/** A line of the wrapper around a plan (web chrome or scraper metadata), as in the file. */
export interface MetadataLine {
  /** The line's text (Markdown syntax left out). */
  text: string;
  /** 1-based line in the original file. */
  line: number;
  /** 1-based page, for .pdf sources. */
  page?: number;
}

/** The numbering style of a heading marker; depth is assigned per document from the styles used. */
export type MarkerStyle =
  | 'chapter' // 第X章 / 第X编
  | 'section' // 第X节
  | 'article' // 第X条
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） or (一)
  | 'arabic-dot' // 1. / 1． / 1、
  | 'arabic-paren' // （1） or (1)
  | 'circled' // ①
  | 'md-heading' // Markdown # heading without a number
  | 'unnumbered' // a bare section line of a plain text, without a number (2024年工作回顾)
  | 'box' // 专栏N
  | 'annex'; // 附件 / 附件1

/** One sentence of a paragraph, split at 。！？； outside quotes and brackets. */
export interface Sentence {
  /** Id: paragraph id + `#s` + 1-based index, e.g. `二/（一）/1#p1#s2`. */
  id: string;
  /** 1-based line in the original file where the sentence starts. */
  line: number;
  /** 1-based column in the original file where the sentence starts. */
  column: number;
  /** 0-based offset into `SourceFile.value` where the sentence starts. */
  offset: number;
  /** Sentence text for display: the original characters, re-joined across wrapped lines. */
  text: string;
  /** Normalized text for matching (full-width/half-width unified, spaces between CJK removed). */
  norm: string;
}

/** One paragraph of a node's body (for a 第X条 article: one 款). */
export interface Paragraph {
  /** Id: node id + `#p` + 1-based index, e.g. `二/（一）/1#p1`; preamble paragraphs use `#p` alone. */
  id: string;
  /** 1-based line in the original file where the paragraph starts (on its page, for .pdf). */
  line: number;
  /** 1-based page where the paragraph starts, for .pdf sources only. */
  page?: number;
  /** 1-based line in the original file where the paragraph ends. */
  endLine: number;
  /** 0-based offset into `SourceFile.value` where the paragraph starts. */
  offset: number;
  /** Lead sentence that titles the paragraph (`共商共建。…` → `共商共建`), or null. */
  title: string | null;
  /** Paragraph text for display (original characters, wrapped lines re-joined). */
  text: string;
  /** Normalized text for matching. */
  norm: string;
  /** Sentences of the paragraph, in order. */
  sentences: Sentence[];
}

/** One heading of the outline with its body and sub-headings. */
export interface OutlineNode {
  /** Outline path of markers without punctuation, e.g. `二/（三）/8` or `第三章/第十二条`. */
  id: string;
  /** 1 for the top numbered level actually used in this document, 2 below it, … */
  depth: number;
  /** Numbering style of the marker. */
  style: MarkerStyle;
  /** The numbering exactly as written (`一、`, `（一）`, `(一)`, `1.`, `第二章`), `''` for Markdown headings. */
  marker: string;
  /** Ordinal value of the marker (二 → 2, （十六） → 16), or null where it has none. */
  ordinal: number | null;
  /** Heading title without the marker (`总体要求`); for a heading with its body on the same line, the lead up to 。 */
  title: string;
  /** The mark that ended the title in the file (`。`, `；`, `！`, `？`), kept verbatim; omitted when there is none. */
  titleEnd?: string;
  /** 1-based line in the original file of the heading (on its page, for .pdf). */
  line: number;
  /** 1-based page of the heading, for .pdf sources only. */
  page?: number;
  /** 1-based line in the original file of the last line belonging to this node (children included). */
  endLine: number;
  /** 0-based offset into `SourceFile.value` of the heading. */
  offset: number;
  /** Body paragraphs directly under this heading (before the first child). */
  paragraphs: Paragraph[];
  /** Sub-headings. */
  children: OutlineNode[];
}

/** A parsed plan: title, outline, paragraphs, sentences and targets, all pointing into the original file. */
export interface PlanDocument {
  /** Where the text came from. */
  source: {
    /** Path as given. */
    path: string;
    /** Container format. */
    format: SourceFormat;
    /** What `line` counts in this document. */
    lineUnit: LineUnit;
    /** Encoding of the bytes, when read from bytes. */
    encoding?: string;
  };
  /** 附件 label printed above the title (`附件1`), or null; optional so hand-made documents may omit it. */
  label?: string | null;
  /** Document title (lines before the first paragraph, joined), or null. */
  title: string | null;
  /**
   * First and last line of the title in the original file (set by parsePlan whenever there is a
   * title); compare falls back to line 1 (2 under a 附件 label) for hand-made documents without it.
   */
  titleLines?: { line: number; endLine: number; page?: number };
  /**
   * Plan period from the title (`（2024-2027年）` → {start: 2024, end: 2027}); for a yearly report
   * (政府工作报告) without one, its year from the delivery line or headings ({start: 2024, end: 2024});
   * or null.
   */
  period: { start: number; end: number } | null;
  /**
   * Who issued the document (body, region, joint issuers, year), from its number, first lines, title
   * and signature; null when nothing names one. Optional so hand-made documents may omit it.
   */
  issuer?: Issuer | null;
  /** Paragraphs before the first heading (preamble, 附件 label lines excluded). */
  preamble: Paragraph[];
  /**
   * What a web page or scraper put around the plan (controls like `下载`/`【字号：`, `来源：…`,
   * `**发布日期**: …`, `## 政策全文`), kept verbatim in file order; never title, preamble or headings.
   * Optional so hand-made documents may omit it.
   */
  metadata?: MetadataLine[];
  /** Top-level outline nodes. */
  nodes: OutlineNode[];
  /** Numeric targets found in the document, in document order. */
  targets: Target[];
  /** Warnings raised while reading and parsing. */
  warnings: ParseWarning[];
}

/** Where an issuer was read. */
export type IssuerSource =
  | 'number' // the document number (国科发规〔2023〕41号 → 科学技术部; 沪府办发 → 上海市人民政府办公厅)
  | 'metadata' // a scraper's 发布机构 line
  | 'lines' // the first lines (我代表国务院, 在浙江省第十四届人民代表大会…, …人民代表大会常务委员会…通过)
  | 'title' // the title (工业和信息化部等七部门关于…, 2025年浙江省政府工作报告)
  | 'signature' // a line of bodies alone (科技部 北京市人民政府 …)
  | 'region' // only the region is named: its 人民政府 is assumed
  | 'config'; // set in plan-diff.config.json

/** Who issued a document: the body that promises its targets. */
export interface Issuer {
  /** Issuing body (`国务院`, `浙江省人民政府`, `科学技术部`, `上海市人民代表大会常务委员会`). */
  name: string;
  /** `全国` for a national body, else the province-level region (`浙江省`, `北京市`). */
  region: string;
  /** Further bodies of a joint document (signatories), in order; empty for a single issuer. */
  coIssuers: string[];
  /** Year the document was delivered, adopted or issued, or null when unknown. */
  year: number | null;
  /** Where the name was read. */
  source: IssuerSource;
}

/** Comparator of a target. */
export type Comparator =
  | 'eq' // bare number
  | 'gte' // 达/达到/以上/不少于/不低于
  | 'gt' // 超过/突破/高于/超/余/多
  | 'lte' // 以下/不超过/控制在…以内
  | 'lt' // 低于/少于
  | 'approx' // 左右/约/保持在…左右
  | 'range'; // 3-5, 4.5%-5%

/** What kind of quantity a found number is. */
export type TargetKind =
  | 'target' // a goal (到2027年…达到, 力争, 主要预期目标, 今年…)
  | 'historical' // a past fact or baseline (过去一年, 已, 截至, a history section, 从X增加到…)
  | 'forecast' // 预计: expected, not a commitment
  | 'limit' // a rule's ceiling or floor (不得超过300个字; in a law or regulation every bound: 不低于百分之五十)
  | 'condition' // the condition of a provision (货值金额不足1万元的)
  | 'penalty' // a penalty amount or range (处5万元以上10万元以下的罚款)
  | 'reference' // a count of the text's own parts (依照前两款)
  | 'enumeration' // a count of the text's own structure (重点抓好以下14个方面, 五大类23个)
  | 'spec'; // a class or specification (200吨级, 千万级); in a law or regulation, a provision's other amounts

/** How a target's value relates to its metric. */
export type TargetChangeType =
  | 'level' // reach a level
  | 'increase' // 增长/提高/新增 by the value
  | 'decrease' // 下降/降低/减少 by the value
  | 'rate' // 年均增长 x%
  | 'ratio'; // 翻一番, 增长到1.5倍

/** A quantified statement found in a plan. */
export interface Target {
  /** Stable id within the document: node id + `#t` + 1-based index. */
  id: string;
  /** Path of the file it came from. */
  file: string;
  /** 1-based line in the original file that holds the number. */
  line: number;
  /** 1-based column in the original file of the number. */
  column: number;
  /** Page, for .pdf sources. */
  page?: number;
  /** Id of the outline node (or `''` for the preamble) the target sits in. */
  nodeId: string;
  /** The metric phrase as written (`市级"一带一路"联合实验室`). */
  metric: string;
  /** Normalized metric key for matching across plans (`一带一路联合实验室`). */
  metricKey: string;
  /**
   * The verb of the statement, kept apart from the metric (`实施` in `实施3000个技改项目`, `增长` in
   * `地区生产总值增长5%`), or null when none is written.
   */
  action: string | null;
  /** Scope words kept apart from the metric (`在海外`, `中关村示范区`), or null. */
  scope: string | null;
  /** Value in the base unit (`1.2万亿元` → 1200000000000); the low end for ranges. */
  value: number;
  /** High end for ranges and approximate spans (`3-5` → 5), otherwise null. */
  high: number | null;
  /** Canonical unit with the measure word kept (`元`, `人`, `家`, `%`, `个百分点`, `件/万人`), `''` if none. */
  unit: string;
  /** Comparator semantics. */
  comparator: Comparator;
  /** The comparator words as written (`达到`, `以上`, `左右`), or null for a bare number. */
  comparatorText: string | null;
  /** Horizon year (target) or reference year (historical), or null when unknown. */
  year: number | null;
  /** How the year was found: in the sentence, inherited from the section, from the plan period, or none. */
  yearSource: 'text' | 'section' | 'period' | 'none';
  /**
   * For a growth or a cut (`change` increase or decrease) with a known base: the year it is measured
   * from. A five-year-plan goal is measured from the year before its period (`"十四五"时期…降低13.5%` →
   * 2020), a goal dated by the document's period from the year before that period (a 2025 work report's
   * `降低3%左右` → 2024). Absent when unknown.
   */
  since?: number;
  /** Kind of quantity. */
  kind: TargetKind;
  /** Level, increase, decrease, rate or ratio. */
  change: TargetChangeType;
  /**
   * The indicator's 属性 as an indicator table writes it (`预期性`, `约束性`), for a target read from a
   * table with a 属性 column; absent otherwise.
   */
  attribute?: string;
  /** The phrase as written, from the metric through the unit and comparator words. */
  text: string;
  /**
   * The sentence holding it, for context: whole up to 200 characters, else the piece of at most 200
   * characters (cut after a clause mark where one is near) holding the number, with `…` at each cut; the
   * targets of one piece share the same string (so output stays linear in the input, and JSON writes it once).
   */
  sentence: string;
}

/** An alignment the user fixes: this old clause and this new clause are one pair (`null` on one side: the clause is removed or added). */
export interface Pin {
  /** Old clause id as compare prints it, or null to force the new clause added. */
  old: string | null;
  /** New clause id, or null to force the old clause removed. */
  new: string | null;
}

/** Status of an aligned pair of clauses. */
export type PairStatus = 'unchanged' | 'modified' | 'related' | 'added' | 'removed';

/** One side of an aligned pair. */
export interface ClauseRef {
  /** Clause id (paragraph id, or node id for a heading-only clause). */
  id: string;
  /** Outline path for display (`二、重点任务 / （一）… / 8.`). */
  outline: string;
  /** 1-based line in the original file. */
  line: number;
  /** 1-based last line in the original file. */
  endLine: number;
  /** 1-based page of the first line, for .pdf sources only (`line` counts on that page). */
  page?: number;
  /** Clause text as written (wrapped lines re-joined). */
  text: string;
}

/** One operation of a word-level diff. */
export interface DiffOp {
  /** What happened to `text`. */
  op: 'equal' | 'insert' | 'delete';
  /** The words (jieba tokens, numbers with their units kept whole) joined back. */
  text: string;
}

/** An aligned pair of clauses from the old and new document. */
export interface Pair {
  /** What changed. */
  status: PairStatus;
  /** The clause sits under a different parent section in the new document. */
  moved: boolean;
  /** The clause's numbering changed (`8.` → `9.`). */
  renumbered: boolean;
  /** Similarity of the two texts, 0..1 (1 for identical, 0 for added/removed). */
  similarity: number;
  /** Old clause, or null when added. */
  old: ClauseRef | null;
  /** New clause, or null when removed. */
  new: ClauseRef | null;
  /** Word-level diff from old to new (empty for unchanged pairs when not requested). */
  diff: DiffOp[];
  /**
   * Present on the pairs of a split, merged or re-cut group: the old clause ids joined by `+`, `>`, the
   * new clause ids joined by `+` (`一/12#p1>一/12#p1+一/13#p1`), the same on every pair of the group.
   */
  group?: string;
}

/** One side of a target change. */
export interface TargetRef {
  /** Value in the base unit (low end for ranges). */
  value: number;
  /** High end for ranges, or null. */
  high: number | null;
  /** Canonical unit. */
  unit: string;
  /** Comparator. */
  comparator: Comparator;
  /** Horizon year, or null. */
  year: number | null;
  /** 1-based line in that side's original file. */
  line: number;
  /** 1-based page, for .pdf sources only (then `line` counts on the page). */
  page?: number;
  /** Phrase as written. */
  text: string;
}

/** A changed, added or removed target between two revisions. */
export interface TargetChange {
  /** changed: same metric, value/unit/comparator/year differ. */
  kind: 'changed' | 'added' | 'removed';
  /** Metric phrase (new side's where present). */
  metric: string;
  /** Metric key used to match. */
  metricKey: string;
  /** Which attributes changed (`value`, `unit`, `comparator`, `year`), for `changed`. */
  fields: Array<'value' | 'unit' | 'comparator' | 'year'>;
  /** Old target, or null when added. */
  old: TargetRef | null;
  /** New target, or null when removed. */
  new: TargetRef | null;
}

/** Counts over a compare report. */
export interface CompareSummary {
  /** Pairs whose content is unchanged (renumbered or moved included). */
  unchanged: number;
  /** Pairs whose content changed. */
  modified: number;
  /** Weak but probable successors: an old and a new clause paired on evidence beyond their wording (never unchanged). */
  related: number;
  /** Clauses only in the new document. */
  added: number;
  /** Clauses only in the old document. */
  removed: number;
  /** Pairs that moved to another section. */
  moved: number;
  /** Pairs whose numbering changed. */
  renumbered: number;
  /** Articles (or paragraphs) split into several: old ones whose content went to two or more new ones. */
  split: number;
  /** Articles (or paragraphs) merged from several: new ones holding the content of two or more old ones. */
  merged: number;
  /** Number of target changes. */
  targetChanges: number;
}

/** Result of comparing two revisions (the `plan-diff/compare@1` JSON). */
export interface CompareReport {
  /** Versioned schema id. */
  schema: 'plan-diff/compare@1';
  /** Old document. */
  old: { path: string; lineUnit: LineUnit };
  /** New document. */
  new: { path: string; lineUnit: LineUnit };
  /** Counts. */
  summary: CompareSummary;
  /** Aligned pairs in new-document order, removed clauses at their old place. */
  pairs: Pair[];
  /** Target changes in new-document order. */
  targetChanges: TargetChange[];
}

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** A place in one of the checked files. */
export interface FindingLocation {
  /** Path as given. */
  file: string;
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column in the original file. */
  column: number;
  /** Page, for .pdf sources. */
  page?: number;
  /** Target value in the base unit. */
  value: number;
  /** Canonical unit. */
  unit: string;
  /** Comparator. */
  comparator: Comparator;
  /** Horizon year, or null. */
  year: number | null;
  /** Phrase as written. */
  text: string;
  /** Scope words of the target (`围绕"一带一路"`), or null; omitted when the target has none. */
  scope?: string | null;
  /** Kind of change (`increase`, `decrease`, `rate`, `ratio`); omitted for a level. */
  change?: TargetChangeType;
}

/** A problem found by a check (modelled on VFileMessage). */
export interface Finding {
  /** Rule id, e.g. `target-conflict`. */
  rule: string;
  /** Severity. */
  severity: Severity;
  /** Message naming the metric and each distinct value with its places as file:line (capped; `locations` has them all). */
  message: string;
  /** Metric phrase. */
  metric: string;
  /** The places involved (one disagreement: every value, every place), first is the primary one. */
  locations: FindingLocation[];
  /** Stable fingerprint (rule + metric key + what the disagreement is about + its distinct values; not files or lines), for ignores and baselines. */
  fingerprint: string;
}

/** Status of a cross-document target match. */
export type MatchStatus = 'consistent' | 'conflict' | 'review';

/** Targets of the same metric found in several documents. */
export interface TargetMatch {
  /** How the values relate. */
  status: MatchStatus;
  /** Metric phrase. */
  metric: string;
  /** Metric key. */
  metricKey: string;
  /** The matched targets (`change`, the kind of change, omitted for a level). */
  items: Array<{ file: string; line: number; page?: number; value: number; unit: string; comparator: Comparator; year: number | null; text: string; scope?: string | null; change?: TargetChangeType }>;
}

/** A finding left out of a check report because the config ignores it or a findings baseline knows it. */
export interface SuppressedFinding {
  /** Fingerprint of the finding. */
  fingerprint: string;
  /** Rule id. */
  rule: string;
  /** The finding's message. */
  message: string;
  /** Why it is left out: the config's reason, or `baseline` for a finding recorded by --write-baseline. */
  reason: string;
}

/** Result of checking related plans (the `plan-diff/check@1` JSON). */
export interface CheckReport {
  /** Versioned schema id. */
  schema: 'plan-diff/check@1';
  /** Files checked, in the order given. */
  files: string[];
  /**
   * Who issued each file, in `files` order (name and region null when unknown): only targets of one
   * issuer's documents are compared.
   */
  issuers: Array<{ file: string; name: string | null; region: string | null; year: number | null }>;
  /** Path of the baseline document (`--baseline PLAN`): only deviations from it are findings; omitted when none. */
  baseline?: string;
  /** Findings, sorted by severity, file, line. */
  findings: Finding[];
  /** Matches across documents. */
  matches: TargetMatch[];
  /** Findings left out by config ignores or a findings baseline, sorted by fingerprint; omitted when none. */
  suppressed?: SuppressedFinding[];
  /** Ignore and baseline entries that matched no finding (to clean up), by source then fingerprint; omitted when none. */
  stale?: StaleEntry[];
}

/** An `ignore` entry of the config or a fingerprint of a findings baseline that matched no finding. */
export interface StaleEntry {
  /** The fingerprint as written. */
  fingerprint: string;
  /** Where it is written: the config's `ignore`, or the findings baseline. */
  from: 'ignore' | 'baseline';
  /** The ignore entry's reason (ignore entries only). */
  reason?: string;
}

/** Outline of one document (the `plan-diff/outline@1` JSON). */
export interface OutlineReport {
  /** Versioned schema id. */
  schema: 'plan-diff/outline@1';
  /** Where the text came from. */
  source: PlanDocument['source'];
  /** 附件 label printed above the title (`附件1`), or null. */
  label?: string | null;
  /** Document title, or null. */
  title: string | null;
  /** Plan period, or null. */
  period: PlanDocument['period'];
  /** Who issued the document (body, region, joint issuers, year, where it was read), or null. */
  issuer: Issuer | null;
  /** Paragraphs before the first heading. */
  preamble: Paragraph[];
  /** Web chrome and scraper metadata around the plan, in file order. */
  metadata: MetadataLine[];
  /** Top-level outline nodes. */
  nodes: OutlineNode[];
  /** Warnings raised while reading and parsing. */
  warnings: ParseWarning[];
}

/** Targets of one or more documents (the `plan-diff/targets@2` report; its JSON writes each target as a TargetRecord). */
export interface TargetsReport {
  /** Versioned schema id. */
  schema: 'plan-diff/targets@2';
  /** Targets of all documents, in file then document order. */
  targets: Target[];
  /**
   * The documents the targets came from, when the output carries them (JSON Lines, for `check
   * --from-targets`); absent from the JSON output.
   */
  documents?: DocumentRecord[];
}

/** A document's own fields without its outline, preamble, targets and warnings: what `check` reads besides targets. */
export type DocumentSummary = Omit<PlanDocument, 'nodes' | 'preamble' | 'targets' | 'warnings'>;

/**
 * A target as the JSON and JSON Lines outputs write it: its `sentence` replaced by `context`, the index of
 * that text among the report's contexts (JSON: the `contexts` array; JSON Lines: the last `{"context":…}`
 * line with that index), so the targets of one piece of a sentence share one copy of it.
 */
export type TargetRecord = Omit<Target, 'sentence'> & {
  /** Index of the target's context (its `sentence`) among the output's contexts. */
  context: number;
};

/** A context line of `targets --format jsonl`: the text of context `context`, written before the first target of its document that refers to it. */
export interface ContextRecord {
  /** Index the target lines refer to (counted from 0 in each document). */
  context: number;
  /** The context: the sentence, or the piece of a long sentence, holding the targets (`Target.sentence`). */
  text: string;
}

/** A document line of `targets --format jsonl`. */
export interface DocumentRecord {
  /** The document's fields (source path first). */
  document: DocumentSummary;
  /** 0-based place of the file among all the inputs of the run (before `--shard` picked its slice). */
  index: number;
  /** The `--kind` the targets that follow were listed with (`check --from-targets` needs the kinds it checks). */
  kind: string;
}


/** Language of human-readable text (terminal, HTML, Word, Markdown; messages, labels, table headers); codes and JSON keys never change; the library defaults to `en`. */
export type Lang = 'zh' | 'en';

/**
 * What happened to a clause lineage at one version, against the previous version: the compare status,
 * with a moved or renumbered clause and a split or merged group named as such (most telling first:
 * split/merged, modified, moved, renumbered, unchanged).
 */
export type LineageStatus = 'unchanged' | 'modified' | 'moved' | 'renumbered' | 'split' | 'merged' | 'added' | 'removed';

/** One version in a draft history. */
export interface HistoryVersion {
  /** Path as given on the command line. */
  path: string;
  /** What a line number counts in that file. */
  lineUnit: LineUnit;
  /** Document title, or null. */
  title: string | null;
}

/** A comparison of two neighbouring versions (the summary `compare` gives for them). */
export interface HistoryStep {
  /** Index (in `versions`) of the older version. */
  from: number;
  /** Index of the newer version (`from + 1`). */
  to: number;
  /** Counts as in `plan-diff/compare@1` (`targetChanges`: target lineages changed at this step). */
  summary: CompareSummary;
  /** The two versions are the same in content (what `compare` exits 0 on). */
  same: boolean;
}

/** One version's clause in a lineage row. */
export interface HistoryCell {
  /** Clause id in that version (paragraph id, node id of a heading clause, or `title`). */
  id: string;
  /** Outline path for display. */
  outline: string;
  /** 1-based first line in that version's original file (for .pdf: the line on its page). */
  line: number;
  /** 1-based last line. */
  endLine: number;
  /** Clause text as written. */
  text: string;
  /** Against the previous version; null in the first version. */
  status: LineageStatus | null;
  /** The clause sits under a different section than in the previous version. */
  moved: boolean;
  /** The clause's numbering changed. */
  renumbered: boolean;
  /** Similarity to the clause it comes from, 0..1 (1 when unchanged, 0 when added or in the first version). */
  similarity: number;
  /** Word diff from the clause it comes from (empty when unchanged, added, or in the first version). */
  diff: DiffOp[];
  /** A split or merged group, as compare writes it (`oldId+oldId>newId`); omitted otherwise. */
  group?: string;
  /** For a clause re-added after a removal: index of the version its text was last seen in; omitted otherwise. */
  restoredFrom?: number;
}

/** One clause lineage: the same clause followed through every version. */
export interface HistoryRow {
  /** Status at each version (aligned to `versions`): the cell's status, or for an absent clause `removed` / `merged` at the version it left, null otherwise. */
  status: Array<LineageStatus | null>;
  /** Something happened to the lineage after the first version (not `unchanged` everywhere). */
  changed: boolean;
  /** The clause in each version (aligned to `versions`), null where the lineage has none. */
  cells: Array<HistoryCell | null>;
}

/** A target's value in one version. */
export interface HistoryTargetValue {
  /** Value in the base unit (low end for ranges). */
  value: number;
  /** High end for ranges, or null. */
  high: number | null;
  /** Canonical unit. */
  unit: string;
  /** Comparator. */
  comparator: Comparator;
  /** Horizon year, or null. */
  year: number | null;
  /** Metric phrase as written in this version. */
  metric: string;
  /** Scope words (place, 在海外), or null. */
  scope: string | null;
  /** Kind of quantity. */
  kind: TargetKind;
  /** 1-based line in that version's original file. */
  line: number;
  /** Phrase as written. */
  text: string;
  /** Id of the clause holding it in that version. */
  clause: string;
}

/** One target followed through the versions. */
export interface HistoryTarget {
  /** Metric phrase (of the last version holding it). */
  metric: string;
  /** Normalized metric key. */
  metricKey: string;
  /** Index in `rows` of the clause lineage holding it (of its last version). */
  row: number;
  /** Versions (indices) where the target was added, removed, or changed value, unit, comparator or year. */
  changedIn: number[];
  /** The target in each version (aligned to `versions`), null where absent. */
  values: Array<HistoryTargetValue | null>;
}

/** Draft history of three or more versions (the `plan-diff/history@1` JSON). */
export interface HistoryReport {
  /** Versioned schema id. */
  schema: 'plan-diff/history@1';
  /** The versions, oldest first, as given. */
  versions: HistoryVersion[];
  /** One comparison per neighbouring pair of versions. */
  steps: HistoryStep[];
  /** Clause lineages in the order of the last version, lineages that left earlier at their last place. */
  rows: HistoryRow[];
  /** Target lineages in row order, of the clauses whose text changed in some version. */
  targets: HistoryTarget[];
}

/** Any report a formatter can render. */
export type AnyReport = OutlineReport | TargetsReport | CompareReport | CheckReport | HistoryReport;
