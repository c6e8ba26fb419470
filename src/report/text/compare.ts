import { Chalk } from 'chalk';
import type { CompareReport, DiffOp, Lang, Pair, TargetChange } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { formatQuantity } from '../comparison/quantity.js';
import { icuWords } from '../words.js';
import { groupMembers, groupNotes, isLayoutGroup } from '../comparison/groups.js';
import { messages } from '../../i18n/messages.js';
import { groupParts, groupShape, type GroupShape } from '../../groupShape.js';
import { drawTable, fit, widest } from './table.js';

/**
 * Render a compare report for the terminal: a summary line, a table of target changes, then each
 * changed clause with its outline path, old and new line numbers and a word diff (coloured, or
 * `[-deleted-]{+inserted+}` without colour).
 * @param report the report
 * @param options colour, `only` (changed pairs by default), `context` (unchanged words kept around
 *   each change; Infinity or undefined for whole clauses), `words` (how to cut them), width and language
 * @returns the text, ending in a newline
 */
export function compareText(report: CompareReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lang = options.lang ?? 'en';
  const m = messages(lang).compare;
  const out: string[] = [m.files(c.bold(report.old.path), c.bold(report.new.path)), summaryLine(report, lang)];
  if (report.targetChanges.length > 0) out.push('', c.bold(m.targetChanges), targetTable(report.targetChanges, Math.max(options.width ?? 80, 40), lang, c));
  const members = groupMembers(report);
  const parts = groupParts(report.pairs);
  report.pairs.forEach((pair, i) => {
    if ((options.only ?? 'changed') === 'changed' && !isChanged(pair, members)) return;
    // Note: a split or merged group is printed once where its clauses lie together, with the diff of the
    // whole group; one whose clauses lie apart once at each place (the part there, and its diff).
    if (pair.group !== undefined) {
      const part = parts.get(i)?.map((k) => report.pairs[k]!);
      if (part === undefined) return;
      const group = members.get(pair.group)!;
      const notes = isLayoutGroup(group) ? [] : groupNotes(group, lang);
      out.push('', header(merge(part), c, lang, groupShape(group)) + (notes.length > 0 ? `\n  ${lang === 'zh' ? `（${notes.join('；')}）` : `(${notes.join('; ')})`}` : ''), '  ' + renderDiff(merge(part), options, c));
      return;
    }
    out.push('', header(pair, c, lang), '  ' + renderDiff(pair, options, c));
  });
  return out.join('\n') + '\n';
}

/** A clause's first line, `p2:12` on a PDF page (lines restart on each page). */
function placeOf(ref: { line: number; page?: number }): string {
  return ref.page === undefined ? String(ref.line) : `p${ref.page}:${ref.line}`;
}

/** One pair standing for a whole group: its clauses' lines and texts joined (¶ between paragraphs). */
function merge(group: Pair[]): Pair {
  const side = (key: 'old' | 'new') => {
    const refs = [...new Map(group.flatMap((p) => (p[key] ? [[p[key]!.id, p[key]!] as const] : []))).values()];
    return { ...refs[0], line: refs[0].line, text: refs.map((r) => r.text).join(' ¶ '), lines: refs.map(placeOf) };
  };
  const first = group[0];
  return { ...first, moved: group.some((p) => p.moved), renumbered: group.some((p) => p.renumbered), old: side('old'), new: side('new') };
}

// Note: the same text cut into paragraphs differently is layout, not a change (isLayoutGroup).
function isChanged(pair: Pair, members: ReadonlyMap<string, Pair[]>): boolean {
  return pair.status !== 'unchanged' || pair.moved || (pair.group !== undefined && !isLayoutGroup(members.get(pair.group)!));
}

// Note: the summary counts a split or merged group once (see summarize); modified, related, added, removed
// and unchanged partition the clauses, and moved, renumbered, split and merged are said "of" the clauses
// both versions have (modified, related or unchanged), so no count in brackets exceeds the one it belongs to.
function summaryLine(report: CompareReport, lang: Lang): string {
  const s = report.summary;
  const m = messages(lang).compare;
  if (s.modified + s.related + s.added + s.removed + s.moved + s.renumbered + s.split + s.merged + s.targetChanges === 0) return m.same(s.unchanged);
  return m.summary(s);
}

/**
 * The target changes as a table fitted to the width: metric, what changed, and each side's value
 * (`2027年≥15家`, never cut) over the line and phrase as written (wrapped).
 */
function targetTable(changes: readonly TargetChange[], width: number, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const m = messages(lang).compare;
  const what = (t: TargetChange) => (t.kind === 'changed' ? t.fields.map((f) => m.field[f] ?? f).join(lang === 'zh' ? '、' : ', ') : m.targetKind[t.kind]);
  const side = (ref: TargetChange['old']) => (ref ? `${formatQuantity(ref, true)}\n${m.atLine(ref.line)}${lang === 'zh' ? '：' : ': '}${ref.text}` : '—');
  const values = changes.flatMap((t) => [t.old, t.new].flatMap((ref) => (ref ? [formatQuantity(ref, true)] : [])));
  // Note: four columns take 13 columns of borders and padding. The change column wraps between words,
  // each side is at least as wide as its widest value (never cut), the metric takes about a quarter.
  const avail = width - 13;
  const words = changes.flatMap((t) => what(t).split(/[ 、]/));
  const change = Math.min(Math.max(widest([m.head.change]), widest(changes.map(what))), Math.max(10, widest(words)));
  let metric = Math.max(Math.floor((avail - change) * 0.26), 8);
  let sides = Math.floor((avail - change - metric) / 2);
  const least = Math.max(widest(values), widest([m.head.old, m.head.new]), 8);
  if (sides < least) {
    sides = least;
    metric = Math.max(avail - change - 2 * sides, 8);
  }
  const columns = [
    { head: m.head.metric, width: metric },
    { head: m.head.change, width: change },
    { head: m.head.old, width: sides },
    { head: m.head.new, width: sides },
  ];
  const groups = changes.map((t) => ({ rows: [[fit(t.metric, metric), fit(what(t), change), fit(side(t.old), sides), fit(side(t.new), sides)]] }));
  return drawTable(columns, groups, { head: (t) => c.cyan(t), border: (t) => c.dim(t) });
}

function header(pair: Pair, c: InstanceType<typeof Chalk>, lang: Lang, shape?: GroupShape): string {
  const m = messages(lang).compare;
  const sign = { modified: c.yellow(`~ ${m.status.modified}`), related: c.yellow(`≈ ${m.status.related}`), added: c.green(`+ ${m.status.added}`), removed: c.red(`- ${m.status.removed}`), unchanged: `= ${m.status.unchanged}` }[pair.status];
  // Note: a group may split and merge at once (第十四条 → 第二十条 + 第二十八条, 第十四条 + 第二十二条 → 第二十八条).
  const flags = [pair.moved ? m.flag.moved : '', pair.renumbered ? m.flag.renumbered : '', shape && shape.split.length > 0 ? m.flag.split : '', shape && shape.merged.length > 0 ? m.flag.merged : ''].filter(Boolean);
  const lines = (ref: Pair['old']) => (ref as { lines?: string[] } | null)?.lines?.join(',') ?? (ref ? placeOf(ref) : '');
  // Note: the first line of the report names both files; each clause names its lines only (old → new),
  // so long paths do not push the outline and the diff off the screen.
  const where = pair.old && pair.new ? m.lines(lines(pair.old), lines(pair.new)) : pair.old ? m.oldLine(lines(pair.old)) : m.newLine(lines(pair.new));
  const outline = pair.new?.outline ?? pair.old?.outline ?? '';
  const moved = pair.moved && pair.old && pair.new && pair.old.outline !== pair.new.outline ? `\n  ${m.was(pair.old.outline)}` : '';
  const sim = pair.status === 'modified' || pair.status === 'related' ? m.similarity(pair.similarity.toFixed(2)) : '';
  return `${sign}${flags.length > 0 ? m.flags(flags) : ''}  ${c.bold(outline)}  ${c.dim(where)}${c.dim(sim)}${moved}`;
}

function renderDiff(pair: Pair, options: FormatOptions, c: InstanceType<typeof Chalk>): string {
  const ops: DiffOp[] = pair.diff.length > 0 ? pair.diff : [{ op: 'equal', text: pair.new?.text ?? pair.old?.text ?? '' }];
  const context = options.context ?? Infinity;
  const words = options.words ?? icuWords;
  return ops
    .map((d, i) => {
      if (d.op === 'delete') return options.color ? c.red.strikethrough(d.text) : `[-${d.text}-]`;
      if (d.op === 'insert') return options.color ? c.green(d.text) : `{+${d.text}+}`;
      if (ops.length === 1 || context === Infinity) return d.text;
      return elide(words(d.text), i === 0 ? 0 : context, i === ops.length - 1 ? 0 : context);
    })
    .join('');
}

/** Keep `head` words at the start and `tail` at the end (after and before a change); `…` for the rest. */
function elide(words: readonly string[], head: number, tail: number): string {
  if (head + tail + 1 >= words.length) return words.join('');
  return words.slice(0, head).join('') + '…' + words.slice(words.length - tail).join('');
}
