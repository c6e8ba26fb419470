import { Chalk } from 'chalk';
import { Table } from './table.js';
import type { CompareReport, DiffOp, Pair, TargetChange } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { formatQuantity } from '../comparison/quantity.js';
import { icuWords } from '../words.js';
import { groupMembers, groupNotes, isLayoutGroup } from '../comparison/groups.js';

/**
 * Render a compare report for the terminal: a summary line, a table of target changes, then each
 * changed clause with its outline path, old and new line numbers and a word diff (coloured, or
 * `[-deleted-]{+inserted+}` without colour).
 * @param report the report
 * @param options colour, `only` (changed pairs by default), `context` (unchanged words kept around
 *   each change; Infinity or undefined for whole clauses) and `words` (how to cut them)
 * @returns the text, ending in a newline
 */
export function compareText(report: CompareReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [`${c.bold(report.old.path)} (old) → ${c.bold(report.new.path)} (new)`, summaryLine(report)];
  if (report.targetChanges.length > 0) out.push('', c.bold('Target changes'), targetTable(report.targetChanges, options.color));
  const members = groupMembers(report);
  const shown = new Set<string>();
  for (const pair of report.pairs) {
    if ((options.only ?? 'changed') === 'changed' && !isChanged(pair, members)) continue;
    // Note: a split or merged group is printed once, with the diff of the whole group.
    if (pair.group !== undefined) {
      if (shown.has(pair.group)) continue;
      shown.add(pair.group);
      const group = members.get(pair.group)!;
      const notes = isLayoutGroup(group) ? [] : groupNotes(group, 'en');
      out.push('', header(merge(group), c) + (notes.length > 0 ? `\n  (${notes.join('; ')})` : ''), '  ' + renderDiff(merge(group), options, c));
      continue;
    }
    out.push('', header(pair, c), '  ' + renderDiff(pair, options, c));
  }
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

// Note: the summary counts a split or merged group once (see summarize), and says how many articles
// (or paragraphs) were split and merged.
function summaryLine(report: CompareReport): string {
  const s = report.summary;
  if (s.modified + s.related + s.added + s.removed + s.moved + s.renumbered + s.split + s.merged + s.targetChanges === 0) {
    return `No changes in content: ${s.unchanged} clauses unchanged.`;
  }
  const cut = (s.split > 0 ? `, ${s.split} split` : '') + (s.merged > 0 ? `, ${s.merged} merged` : '');
  return (
    `${s.modified} modified, ${s.related > 0 ? `${s.related} related (probable successors, to review), ` : ''}${s.added} added, ${s.removed} removed, ${s.unchanged} unchanged ` +
    `(${s.moved} moved, ${s.renumbered} renumbered${cut}); ${s.targetChanges} target change${s.targetChanges === 1 ? '' : 's'}.`
  );
}

function targetTable(changes: readonly TargetChange[], color: boolean): string {
  const table = new Table({
    head: ['metric', 'change', 'old', 'new'],
    style: color ? { head: ['cyan'] } : { head: [], border: [] },
    wordWrap: true,
    colWidths: [24, 12, 30, 30],
  });
  const side = (ref: TargetChange['old']) => (ref ? `${formatQuantity(ref, true)}\nline ${ref.line}: ${ref.text}` : '—');
  for (const t of changes) table.push([t.metric, t.kind === 'changed' ? t.fields.join(', ') : t.kind, side(t.old), side(t.new)]);
  return table.toString();
}

function header(pair: Pair, c: InstanceType<typeof Chalk>): string {
  const sign = { modified: c.yellow('~ modified'), related: c.yellow('≈ related'), added: c.green('+ added'), removed: c.red('- removed'), unchanged: '= unchanged' }[pair.status];
  const flags = [pair.moved ? 'moved' : '', pair.renumbered ? 'renumbered' : '', pair.group !== undefined ? (pair.group.split('>')[0].includes('+') ? 'merged' : 'split') : '']
    .filter(Boolean)
    .join(', ');
  const lines = (ref: Pair['old']) => (ref as { lines?: string[] } | null)?.lines?.join(',') ?? (ref ? placeOf(ref) : '');
  // Note: the first line of the report names both files; each clause names its lines only (old → new),
  // so long paths do not push the outline and the diff off the screen.
  const where = pair.old && pair.new ? `line ${lines(pair.old)} → ${lines(pair.new)}` : pair.old ? `old line ${lines(pair.old)}` : `new line ${lines(pair.new)}`;
  const outline = pair.new?.outline ?? pair.old?.outline ?? '';
  const moved = pair.moved && pair.old && pair.new && pair.old.outline !== pair.new.outline ? `\n  (was: ${pair.old.outline})` : '';
  const sim = pair.status === 'modified' || pair.status === 'related' ? ` similarity ${pair.similarity.toFixed(2)}` : '';
  return `${sign}${flags ? ` (${flags})` : ''}  ${c.bold(outline)}  ${c.dim(where)}${c.dim(sim)}${moved}`;
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
