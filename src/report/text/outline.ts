import { Chalk } from 'chalk';
import type { OutlineNode, OutlineReport } from '../../types.js';
import type { FormatOptions } from '../types.js';
import { messages } from '../../i18n/messages.js';

/**
 * Render an outline report for the terminal: title, then one line per heading indented by depth with
 * marker, title, `:line` and paragraph count.
 * @param report the report
 * @param options colour (decided by the CLI), width and language
 * @returns the text, ending in a newline
 */
export function outlineText(report: OutlineReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const m = messages(options.lang).outline;
  const count = m.paragraphs;
  const lines: string[] = [];
  if (report.label) lines.push(c.dim(report.label));
  lines.push(c.bold(report.title ?? report.source.path));
  if (report.period) lines.push(c.dim(m.period(report.period.start, report.period.end)));
  if (report.preamble.length > 0) lines.push(c.dim(m.preamble(count(report.preamble.length), place(report.preamble[0]))));
  const meta = report.metadata ?? [];
  if (meta.length > 0) lines.push(c.dim(m.metadata(meta.length, place(meta[0]))));
  const visit = (node: OutlineNode) => {
    const title = node.title === '' ? '' : node.marker === '' || /[、.．)）]$/u.test(node.marker) ? node.title : ` ${node.title}`;
    const paras = node.paragraphs.length > 0 ? c.dim(` (${count(node.paragraphs.length)})`) : '';
    lines.push(`${'  '.repeat(node.depth - 1)}${c.cyan(node.marker)}${title} ${c.yellow(`:${place(node)}`)}${paras}`);
    for (const child of node.children) visit(child);
  };
  for (const node of report.nodes) visit(node);
  const headings = countNodes(report.nodes);
  lines.push(c.dim(m.footer(headings, report.warnings.length)));
  return lines.join('\n') + '\n';
}

/** `12`, or `p2:12` on a PDF page: lines restart on each page. */
function place(at: { line: number; page?: number }): string {
  return at.page === undefined ? `${at.line}` : `p${at.page}:${at.line}`;
}

function countNodes(nodes: readonly OutlineNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}
