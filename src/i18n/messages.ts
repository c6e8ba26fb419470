/**
 * The message catalog: every sentence and label plan-diff shows people, in Chinese and English, keyed
 * alike. Formatters and the command line take their words from here (check findings are worded from
 * their parts by compare/checks/messages.ts); codes (rule ids, statuses, JSON keys) never change with
 * the language.
 * Note: a function where a count or a value goes into the sentence (Chinese needs no plural forms,
 * English does), a string otherwise.
 */
import type { CompareSummary, Lang, LineUnit, TargetKind } from '../types.js';
import { inputEn, inputZh } from './input.js';

/** Counts of a compare summary, as its sentence needs them. */
export type CompareCounts = CompareSummary;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What commander suggests after an unknown option or command: one name, or several (`one of`). */
export interface Suggestion {
  /** The name or names, as commander lists them. */
  names: string;
  /** Whether commander offered several. */
  oneOf: boolean;
}

const didYouMean = (s: Suggestion | null): string => (s === null ? '' : ` (did you mean ${s.oneOf ? 'one of ' : ''}${s.names}?)`);

const en = {
  /** Above a table whose places are named relative to the folder all the files share. */
  relativeTo: (dir: string) => `Paths relative to ${dir}`,
  /** Kinds of quantity (`targets --kind`), every kind of the data model. */
  kind: {
    target: 'target',
    historical: 'historical',
    forecast: 'forecast',
    limit: 'limit',
    condition: 'condition',
    penalty: 'penalty',
    reference: 'reference',
    enumeration: 'enumeration',
    spec: 'spec',
  } as Record<TargetKind, string>,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  matchStatus: { consistent: 'consistent', conflict: 'conflict', review: 'to review' },
  // The progress bar on stderr for long runs (cli-progress format: {bar} {value} {total}, and {detail}
  // {file}); detail says how the files done so far were read.
  progress: {
    bar: 'plan-diff: reading {bar} {value}/{total}{detail} {file}',
    detail: (done: number, cached: number, threads: number) =>
      cached === done ? ' (all from cache)' : cached > 0 ? ` (${cached} from cache${threads > 1 ? `, the others on ${threads} threads` : ''})` : threads > 1 ? ` on ${threads} threads` : '',
  },
  // history: the 多稿对照表 in every format (terminal, Markdown, HTML, Word) and the notes of its rows.
  history: {
    status: { unchanged: 'unchanged', modified: 'modified', moved: 'moved', renumbered: 'renumbered', split: 'split', merged: 'merged', added: 'added', removed: 'removed' },
    version: (k: number) => `V${k + 1}`,
    /** A version's label before its file (`V1: `). */
    versionOf: (label: string) => `${label}: `,
    restored: (k: number) => `restored from V${k + 1}`,
    movedFrom: (section: string) => `moved (was in ${section || 'preamble'})`,
    renumbered: (change: string) => `renumbered (${change})`,
    preamble: 'preamble',
    separator: ': ',
    comma: ', ',
    join: '; ',
    /** Between the versions a target changed in (`V2, V3`). */
    list: ', ',
    title: 'Draft history',
    notes: 'Notes',
    unchanged: 'unchanged',
    none: 'No clause changed in any version.',
    targets: 'Target evolution',
    metric: 'Metric',
    changedIn: 'Changed in',
    noTargets: 'No target changed.',
    step: (a: string, b: string, m: CompareSummary) =>
      `${a} → ${b}: ${m.modified} modified, ${m.added} added, ${m.removed} removed, ${m.moved} moved, ${m.renumbered} renumbered; ${m.targetChanges} target changes.`,
    /** Legend of the Markdown table: text, struck word, text, bold word, text. */
    legendMarkdown: ['Each version is marked against the one before it: deleted words are ', 'struck', ', inserted words ', 'bold', '.'],
    /** Legend of the Word table: text, struck word, text, underlined word, text. */
    legendWord: ['Each version is marked against the one before it: deleted words are ', 'struck through', ', inserted words ', 'underlined', '.'],
    // The HTML page.
    page: {
      clauses: 'Clauses',
      filters: ['Changed clauses only', 'All clauses'] as [string, string],
      legend: ['Legend (each version against the one before): ', 'deleted words', 'inserted words'],
      absent: { removed: 'removed here', merged: 'merged into another clause', none: '—' },
      unchanged: 'unchanged in every version',
      empty: 'No version has any clause.',
      summary: ['clause lineages', 'changed', 'target changes'],
      lines: (a: number, b: number, unit: LineUnit) => `${unit === 'paragraph' ? 'para.' : 'line'} ${b > a ? `${a}–${b}` : a}`,
    },
    // The terminal.
    terminal: {
      heading: (n: number) => `Draft history of ${n} versions`,
      step: 'step',
      columns: ['modified', 'added', 'removed', 'moved', 'renumbered', 'targets'],
      lineages: (rows: number, changed: number) => `${rows} clause lineages, ${changed} changed in some version.`,
      same: 'No changes in content across the versions.',
      metric: 'metric',
      changedIn: 'changed in',
    },
  },
  // Terminal: targets.
  targets: {
    head: { metric: 'metric', value: 'amount', year: 'year', kind: 'kind', where: 'where' },
    none: 'No targets found.',
    count: (n: number) => `${plural(n, 'target')}.`,
  },
  // Terminal: compare.
  compare: {
    files: (oldPath: string, newPath: string) => `${oldPath} (old) → ${newPath} (new)`,
    same: (n: number) => `No changes in content: ${plural(n, 'clause')} unchanged.`,
    summary: (c: CompareCounts) => {
      // Note: reports written before related/split/merged were counted lack them (a JSON read back).
      const kept = c.modified + (c.related ?? 0) + c.unchanged;
      const of = [plural(c.moved, 'moved', 'moved'), plural(c.renumbered, 'renumbered', 'renumbered'), ...((c.split ?? 0) > 0 ? [`${c.split} split`] : []), ...((c.merged ?? 0) > 0 ? [`${c.merged} merged`] : [])];
      const related = (c.related ?? 0) > 0 ? `${c.related} related (probable successors, to review), ` : '';
      return (
        `${c.modified} modified, ${related}${c.added} added, ${c.removed} removed, ${c.unchanged} unchanged; ` +
        `of the ${plural(kept, 'clause')} in both, ${of.join(', ')}; ${plural(c.targetChanges, 'target change')}.`
      );
    },
    targetChanges: 'Target changes',
    head: { metric: 'metric', change: 'change', old: 'old', new: 'new' },
    field: { value: 'value', unit: 'unit', comparator: 'comparator', year: 'year' } as Record<string, string>,
    targetKind: { changed: 'changed', added: 'added', removed: 'removed' },
    atLine: (line: number) => `line ${line}`,
    status: { modified: 'modified', related: 'related', added: 'added', removed: 'removed', unchanged: 'unchanged' },
    flag: { moved: 'moved', renumbered: 'renumbered', merged: 'merged', split: 'split' },
    flags: (list: string[]) => ` (${list.join(', ')})`,
    lines: (oldLines: string, newLines: string) => `line ${oldLines} → ${newLines}`,
    oldLine: (lines: string) => `old line ${lines}`,
    newLine: (lines: string) => `new line ${lines}`,
    was: (outline: string) => `(was: ${outline})`,
    similarity: (s: string) => ` similarity ${s}`,
  },
  // Terminal: check.
  check: {
    checked: (files: number, baseline: string | undefined) => `Checked ${plural(files, 'file')}${baseline ? ` against ${baseline}` : ''}`,
    noFindings: 'no findings',
    noNewFindings: 'no new findings',
    count: { error: (n: number) => plural(n, 'error'), warning: (n: number) => plural(n, 'warning'), info: (n: number) => plural(n, 'info') },
    matches: (total: number, consistent: number, conflict: number, review: number) =>
      total === 0 ? 'No target is stated in more than one file.' : `${plural(total, 'target')} matched across files: ${consistent} consistent, ${conflict} in conflict, ${review} to review.`,
    wroteBaseline: (n: number, file: string) => `wrote ${plural(n, 'finding')} to ${file}; use --baseline ${file} to fail only on new ones.`,
    suppressed: (all: number, ignored: number, known: number) => `${plural(all, 'finding')} not shown: ${ignored} ignored by the config, ${known} already in the baseline.`,
    findings: 'Findings',
    consistent: 'Consistent targets',
    head: { metric: 'metric', year: 'year', where: 'where', text: 'as written' },
    morePlaces: (n: number) => `… and ${plural(n, 'more place')} with this value`,
  },
  // Documents: HTML pages, the Word and Markdown 新旧对照表 (Chinese unless --lang en).
  doc: {
    htmlLang: 'en',
    compareTitle: 'Comparison of old and new text',
    checkTitle: 'Consistency check of plans',
    targetsTitle: 'Targets of plans',
    oldFile: 'Old: ',
    newFile: 'New: ',
    oldText: 'Old text',
    newText: 'New text',
    notes: 'Notes',
    preamble: 'Preamble',
    unchanged: 'unchanged',
    noClauseChanges: 'No clause changed between the two files.',
    noClauses: 'Neither file has clauses.',
    clauses: 'Clauses',
    targetChanges: 'Target changes',
    noTargetChanges: 'No target changed.',
    targetHead: { metric: 'Metric', old: 'Old', new: 'New', change: 'Change', clause: 'Clause' },
    view: 'view',
    legend: 'Legend: ',
    deletedText: 'deleted text',
    insertedText: 'inserted text',
    /** The Markdown legend: text, then struck and bold examples. */
    mdLegend: [' Deleted text is ', 'struck through', ', inserted text is in ', 'bold', '.'] as [string, string, string, string, string],
    /** The Word legend: text, struck example, text, underlined example. */
    docxLegend: [' Deleted text is ', 'struck through', ', inserted text is ', 'underlined', '.'] as [string, string, string, string, string],
    chips: { modified: 'modified', related: 'related', split: 'split', merged: 'merged', added: 'added', removed: 'removed', moved: 'moved', renumbered: 'renumbered', unchanged: 'unchanged', targets: 'target changes' },
    /** Above the cards that count part of the clauses both versions have (moved, renumbered…). */
    ofKept: (n: number) => `of which, among the ${plural(n, 'clause')} in both:`,
    /** Above cards that count part of the card before them. */
    ofWhich: 'of which:',
    filters: ['Changes only', 'All clauses'] as [string, string],
    problemFilters: ['Problems only', 'All'] as [string, string],
    shown: 'Shown {n} / {m}',
    filterLabel: 'Filter',
    noscript: 'Scripts are off: every clause is shown.',
    footer: 'Made by plan-diff. Line numbers point into the original files.',
    contents: 'Contents',
    changesInSection: 'changes',
    lineRef: (unit: 'line' | 'paragraph', from: number, to: number) => `${unit === 'paragraph' ? 'para.' : 'line'} ${to > from ? `${from}–${to}` : from}`,
    atLine: (line: number) => `line ${line}: `,
    page: (page: number) => ` (p. ${page})`,
    onPage: (page: number) => `p. ${page}, `,
    fold: (n: number, section: string | null) => `⋯ ${plural(n, 'unchanged clause')}${section === null ? '' : ` in ${section}`} hidden (click to show all)`,
    movedTo: 'Moved to ',
    movedAway: 'moved elsewhere',
    movedOut: 'moved out',
    wasAt: (section: string) => `↑ was in: ${section}`,
    isAdded: 'added in the new text',
    isRemoved: 'removed from the new text',
    // Notes of a clause row.
    note: {
      merged: (a: number, b: number) => `merged (${a} clauses into ${b})`,
      split: (a: number, b: number) => `split (${a} clause${a === 1 ? '' : 's'} into ${b})`,
      added: 'added',
      removed: 'removed',
      modified: 'modified',
      related: (similarity: string) => `related (a probable successor, similarity ${similarity}, to review)`,
      moved: (section: string) => `moved (was in ${section})`,
      renumberedOnly: (change: string) => `renumbered only (${change})`,
      renumbered: (change: string) => `renumbered (${change})`,
      addedTarget: (metric: string, value: string) => `new target ${metric} ${value}`,
      removedTarget: (metric: string, value: string) => `target removed: ${metric} ${value}`,
      noteSeparator: '; ',
    },
    // Check page.
    findings: 'Findings',
    noFindings: 'No problem found.',
    matches: 'Targets across files',
    noMatches: 'No target appears in more than one file.',
    checkChips: { conflicts: 'conflicting targets', consistent: 'consistent targets' },
    findingHead: { severity: 'Severity', rule: 'Rule', message: 'Message', places: 'Places' },
    matchHead: { status: 'Status', metric: 'Metric', values: 'Values in each file' },
    // Targets page.
    targets: 'Targets',
    noTargets: 'No quantified target found.',
    targetsHead: { file: 'File', line: 'Line', metric: 'Metric', value: 'Value', year: 'Year', kind: 'Kind', sentence: 'Sentence' },
    targetsChips: { targets: 'targets', files: 'files' },
  },
  // Parse warnings (outline's stderr, `warningText`): numbering parts as written; `many` when several numbers.
  warning: {
    skippedAtStart: (missing: string, many: boolean, marker: string) => `${missing} ${many ? 'are' : 'is'} missing: the level starts at ${marker}`,
    skipped: (missing: string, many: boolean, previous: number, marker: string) => `${missing} ${many ? 'are' : 'is'} missing: ${previous} is followed by ${marker}`,
    itemsAsText: (items: string, many: boolean, previous: number, marker: string) =>
      `${items} ${many ? 'start paragraphs but are not read as headings' : 'starts a paragraph but is not read as a heading'}: ${previous} is followed by ${marker}`,
    repeated: (ordinal: number, marker: string) => `${ordinal} appears twice: ${marker} repeats the number before it`,
    goesBack: (previous: number, marker: string) => `the numbering goes back: ${previous} is followed by ${marker}`,
    noHeadings: (paragraphs: number) => `no numbered headings found; the ${paragraphs} paragraphs form one list`,
    /** Joins two missing numbers (a longer run is a range). */
    and: ', ',
  },
  // Lines of plan-diff's own on stderr, after `plan-diff: `.
  cli: {
    warning: (where: string, text: string) => `warning: ${where}: ${text}`,
    skippedReadme: (files: string[]) => `note: skipped ${files.join(', ')} (a README, not a plan); name it alone to read it.`,
    moreWarnings: (file: string, n: number, code: string) => `warning: ${file}: … and ${plural(n, 'more warning')} of the same kind (${code}); --format json lists them all`,
  },
  // Usage errors (commander's, by its error code), one line each.
  usage: {
    unknownOption: (flag: string, suggestion: Suggestion | null) => `unknown option '${flag}'${didYouMean(suggestion)}`,
    unknownCommand: (name: string, suggestion: Suggestion | null) => `unknown command '${name}'${didYouMean(suggestion)}`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `option '${flags}' argument missing`,
    missingMandatoryOption: (flags: string) => `required option '${flags}' not specified`,
    excessArguments: (command: string | null, expected: number, received: number) =>
      `too many arguments${command === null ? '' : ` for '${command}'`}: expected ${plural(expected, 'argument')}, got ${received}`,
    invalidChoice: (flags: string, value: string, choices: string) => `option '${flags}' argument '${value}' is invalid; allowed choices are ${choices}`,
    conflictingOption: (a: string, b: string) => `${a} cannot be used with ${b}`,
  },
  // Terminal: outline.
  outline: {
    period: (start: number, end: number) => `period ${start}–${end}`,
    preamble: (paragraphs: string, at: string) => `preamble: ${paragraphs} :${at}`,
    metadata: (n: number, at: string) => `metadata (web page, scraper): ${plural(n, 'line')} :${at}`,
    paragraphs: (n: number) => plural(n, 'paragraph'),
    footer: (headings: number, warnings: number) => `${plural(headings, 'heading')}, ${plural(warnings, 'warning')}`,
  },
  /** Input errors and reader notes (`input.ts`). */
  input: inputEn,
};

/** The shape every language's catalog has (the English one's). */
export type Catalog = typeof en;

const zh: Catalog = {
  relativeTo: (dir) => `路径相对于 ${dir}`,
  kind: { target: '目标', historical: '基数', forecast: '预计', limit: '限值', condition: '条件', penalty: '罚则', reference: '引用', enumeration: '列举', spec: '规格' },
  severity: { error: '错误', warning: '警告', info: '提示' },
  matchStatus: { consistent: '一致', conflict: '冲突', review: '待核' },
  progress: {
    bar: 'plan-diff：读取 {bar} {value}/{total}{detail} {file}',
    detail: (done, cached, threads) =>
      cached === done ? '（全部来自缓存）' : cached > 0 ? `（${cached} 个来自缓存${threads > 1 ? `，其余在 ${threads} 个线程上解析` : ''}）` : threads > 1 ? `（${threads} 个线程）` : '',
  },
  history: {
    status: { unchanged: '未改动', modified: '修改', moved: '移动', renumbered: '调整序号', split: '拆分', merged: '合并', added: '新增', removed: '删除' },
    version: (k) => `第${k + 1}稿`,
    versionOf: (label) => `${label}：`,
    restored: (k) => `恢复第${k + 1}稿条文`,
    movedFrom: (section) => `移动（原在 ${section || '前言'}）`,
    renumbered: (change) => `调整序号（${change}）`,
    preamble: '前言',
    separator: '：',
    comma: '，',
    join: '；',
    list: '、',
    title: '多稿对照表',
    notes: '说明',
    unchanged: '未改动',
    none: '各稿条文没有改动。',
    targets: '指标演变',
    metric: '指标',
    changedIn: '改动于',
    noTargets: '没有指标变化。',
    step: (a, b, m) => `${a}→${b}：修改 ${m.modified} 条，新增 ${m.added} 条，删除 ${m.removed} 条，移动 ${m.moved} 条，调整序号 ${m.renumbered} 条；指标变化 ${m.targetChanges} 处。`,
    legendMarkdown: ['每一稿对照前一稿标出改动：删除的文字以 ', '删除线', ' 标出，新增的文字以 ', '粗体', ' 标出。'],
    legendWord: ['每一稿对照前一稿标出改动：删除的文字', '以删除线标出', '，新增的文字', '加下划线标出', '。'],
    page: {
      clauses: '条文演变',
      filters: ['只看有改动的条文', '全部条文'],
      legend: ['图例（每一稿对照前一稿）：', '删除的文字', '新增的文字'],
      absent: { removed: '本稿删除', merged: '本稿并入他条', none: '—' },
      unchanged: '各稿未改动',
      empty: '各稿都没有条文。',
      summary: ['条文脉络', '有改动', '指标变化'],
      lines: (a, b, unit) => `第${b > a ? `${a}–${b}` : a}${unit === 'paragraph' ? '段' : '行'}`,
    },
    terminal: {
      heading: (n) => `${n} 稿对照`,
      step: '修改步骤',
      columns: ['修改', '新增', '删除', '移动', '调整序号', '指标变化'],
      lineages: (rows, changed) => `共 ${rows} 条条文脉络，其中 ${changed} 条在某一稿有改动。`,
      same: '各稿内容相同。',
      metric: '指标',
      changedIn: '改动于',
    },
  },
  targets: {
    head: { metric: '指标', value: '原文数值', year: '年份', kind: '类型', where: '位置' },
    none: '没有找到数量指标。',
    count: (n) => `共 ${n} 项指标。`,
  },
  compare: {
    files: (oldPath, newPath) => `${oldPath}（原）→ ${newPath}（新）`,
    same: (n) => `内容没有改动：${n} 条条文均未改动。`,
    summary: (c) => {
      // Note: reports written before related/split/merged were counted lack them (a JSON read back).
      const kept = c.modified + (c.related ?? 0) + c.unchanged;
      const of = [`移动 ${c.moved} 条`, `调整序号 ${c.renumbered} 条`, ...((c.split ?? 0) > 0 ? [`拆分 ${c.split} 处`] : []), ...((c.merged ?? 0) > 0 ? [`合并 ${c.merged} 处`] : [])];
      const related = (c.related ?? 0) > 0 ? `相关 ${c.related} 条（可能的后继条文，待核），` : '';
      return `修改 ${c.modified} 条，${related}新增 ${c.added} 条，删除 ${c.removed} 条，未改动 ${c.unchanged} 条；两版都有的 ${kept} 条中，${of.join('，')}；指标变化 ${c.targetChanges} 处。`;
    },
    targetChanges: '指标变化',
    head: { metric: '指标', change: '变化', old: '原', new: '新' },
    field: { value: '数值', unit: '单位', comparator: '比较关系', year: '年份' },
    targetKind: { changed: '调整', added: '新增', removed: '删除' },
    atLine: (line) => `第${line}行`,
    status: { modified: '修改', related: '相关', added: '新增', removed: '删除', unchanged: '未改动' },
    flag: { moved: '移动', renumbered: '调整序号', merged: '合并', split: '拆分' },
    flags: (list) => `（${list.join('，')}）`,
    lines: (oldLines, newLines) => `第${oldLines}行 → 第${newLines}行`,
    oldLine: (lines) => `原第${lines}行`,
    newLine: (lines) => `新第${lines}行`,
    was: (outline) => `（原在：${outline}）`,
    similarity: (s) => ` 相似度 ${s}`,
  },
  check: {
    checked: (files, baseline) => `检查了 ${files} 个文件${baseline ? `（以 ${baseline} 为基准）` : ''}`,
    noFindings: '没有发现问题',
    noNewFindings: '没有新问题',
    count: { error: (n) => `错误 ${n} 个`, warning: (n) => `警告 ${n} 个`, info: (n) => `提示 ${n} 个` },
    matches: (total, consistent, conflict, review) =>
      total === 0 ? '没有在多个文件中出现的指标。' : `跨文件对上的指标 ${total} 项：一致 ${consistent} 项，冲突 ${conflict} 项，待核 ${review} 项。`,
    wroteBaseline: (n, file) => `已把 ${n} 个问题写入 ${file}；以后加 --baseline ${file} 运行，只有新问题才算失败。`,
    suppressed: (all, ignored, known) => `未显示 ${all} 个问题：配置忽略 ${ignored} 个，基准中已有 ${known} 个。`,
    findings: '发现的问题',
    consistent: '一致的指标',
    head: { metric: '指标', year: '年份', where: '位置', text: '原文' },
    morePlaces: (n) => `…… 另有 ${n} 处为同一取值`,
  },
  doc: {
    htmlLang: 'zh-CN',
    compareTitle: '新旧对照表',
    checkTitle: '规划一致性检查',
    targetsTitle: '规划指标',
    oldFile: '原：',
    newFile: '修改后：',
    oldText: '原条文',
    newText: '修改后条文',
    notes: '说明',
    preamble: '前言',
    unchanged: '未改动',
    noClauseChanges: '两份文件的条文没有改动。',
    noClauses: '两份文件都没有条文。',
    clauses: '条文对照',
    targetChanges: '指标变化',
    noTargetChanges: '没有指标变化。',
    targetHead: { metric: '指标', old: '原', new: '新', change: '变化', clause: '条文' },
    view: '查看',
    legend: '图例：',
    deletedText: '删除的文字',
    insertedText: '新增的文字',
    mdLegend: ['删除的文字以 ', '删除线', ' 标出，新增的文字以 ', '粗体', ' 标出。'],
    docxLegend: ['删除的文字', '以删除线标出', '，新增的文字', '加下划线标出', '。'],
    chips: { modified: '修改', related: '相关', split: '拆分', merged: '合并', added: '新增', removed: '删除', moved: '移动', renumbered: '调整序号', unchanged: '未改动', targets: '指标变化' },
    ofKept: (n) => `其中（两版都有的 ${n} 条）：`,
    ofWhich: '其中：',
    filters: ['仅看改动', '全部条文'],
    problemFilters: ['仅看问题', '全部'],
    shown: '显示 {n} / {m} 条',
    filterLabel: '筛选',
    noscript: '未启用脚本：显示全部条文。',
    footer: '由 plan-diff 生成。行号指向原文件。',
    contents: '目录',
    changesInSection: '改动条数',
    lineRef: (unit, from, to) => `第${to > from ? `${from}–${to}` : from}${unit === 'paragraph' ? '段' : '行'}`,
    atLine: (line) => `第${line}行：`,
    page: (page) => ` (第${page}页)`,
    onPage: (page) => `第${page}页`,
    fold: (n, section) => `⋯ 省略 ${section === null ? `${n} 条未改动条文` : `${section}：${n} 条未改动`}（点击显示全部）`,
    movedTo: '本条已移至 ',
    movedAway: '本条移至他处',
    movedOut: '移出',
    wasAt: (section) => `↑ 原位置：${section}`,
    isAdded: '本条为新增',
    isRemoved: '本条已删除',
    note: {
      merged: (a, b) => `合并（原 ${a} 条并为 ${b} 条）`,
      split: (a, b) => `拆分（原 ${a} 条分为 ${b} 条）`,
      added: '新增',
      removed: '删除',
      modified: '修改',
      related: (similarity) => `相关（可能的后继条文，相似度 ${similarity}，请核对）`,
      moved: (section) => `移动（原在 ${section}）`,
      renumberedOnly: (change) => `仅调整序号（${change}）`,
      renumbered: (change) => `调整序号（${change}）`,
      addedTarget: (metric, value) => `新增指标 ${metric} ${value}`,
      removedTarget: (metric, value) => `删除指标 ${metric} ${value}`,
      noteSeparator: '；',
    },
    findings: '发现的问题',
    noFindings: '没有发现问题。',
    matches: '跨文件指标对照',
    noMatches: '各文件之间没有相同的指标。',
    checkChips: { conflicts: '冲突指标', consistent: '一致指标' },
    findingHead: { severity: '级别', rule: '规则', message: '说明', places: '位置' },
    matchHead: { status: '状态', metric: '指标', values: '各文件取值' },
    targets: '指标',
    noTargets: '没有找到数量指标。',
    targetsHead: { file: '文件', line: '行', metric: '指标', value: '数值', year: '年份', kind: '类型', sentence: '原句' },
    targetsChips: { targets: '指标', files: '文件' },
  },
  warning: {
    skippedAtStart: (missing, _many, marker) => `缺少${missing}：本级从${marker}开始`,
    skipped: (missing, _many, previous, marker) => `缺少${missing}：${previous}之后是${marker}`,
    itemsAsText: (items, _many, previous, marker) => `${items}出现在正文段首，未读作标题：${previous}之后是${marker}`,
    repeated: (ordinal, marker) => `序号${ordinal}出现两次：${marker}与上一项同号`,
    goesBack: (previous, marker) => `序号倒退：${previous}之后是${marker}`,
    noHeadings: (paragraphs) => `没有找到带序号的标题；${paragraphs} 段正文作为一个列表`,
    and: '、',
  },
  cli: {
    warning: (where, text) => `警告：${where}：${text}`,
    skippedReadme: (files) => `提示：跳过 ${files.join('、')}（说明文件，不是规划）；单独指定它才会读取。`,
    moreWarnings: (file, n, code) => `警告：${file}：……另有同类警告 ${n} 个（${code}）；--format json 列出全部`,
  },
  usage: {
    unknownOption: (flag, suggestion) => `未知选项 '${flag}'${suggestion === null ? '' : `（是否想用${suggestion.oneOf ? '以下之一：' : ' '}${suggestion.names}？）`}`,
    unknownCommand: (name, suggestion) => `未知命令 '${name}'${suggestion === null ? '' : `（是否想用${suggestion.oneOf ? '以下之一：' : ' '}${suggestion.names}？）`}`,
    missingArgument: (name) => `缺少必需的参数 '${name}'`,
    optionMissingArgument: (flags) => `选项 '${flags}' 缺少取值`,
    missingMandatoryOption: (flags) => `必须给出选项 '${flags}'`,
    excessArguments: (command, expected, received) => `参数过多${command === null ? '' : `（${command}）`}：应为 ${expected} 个，实际 ${received} 个`,
    invalidChoice: (flags, value, choices) => `选项 '${flags}' 的取值 '${value}' 无效；可选：${choices}`,
    conflictingOption: (a, b) => `${a} 不能与 ${b} 同时使用`,
  },
  outline: {
    period: (start, end) => `规划期 ${start}–${end}`,
    preamble: (paragraphs, at) => `前言：${paragraphs} :${at}`,
    metadata: (n, at) => `网页信息（抓取所得）：${n} 行 :${at}`,
    paragraphs: (n) => `${n} 段`,
    footer: (headings, warnings) => `标题 ${headings} 个，警告 ${warnings} 个`,
  },
  input: inputZh,
};

const catalogs: Readonly<Record<Lang, Catalog>> = { en, zh };

/**
 * The catalog of a language.
 * @param lang the language (English when not given)
 * @returns its messages
 */
export function messages(lang: Lang = 'en'): Catalog {
  return catalogs[lang];
}
