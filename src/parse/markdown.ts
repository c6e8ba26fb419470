import type { Nodes, Root } from 'mdast';
import { createRequire } from 'node:module';
import type { VLine } from './outline/blocks.js';
import { matchMarker } from './outline/markers.js';
import { concatMapped, EMPTY, fromSource, mappedOf, sliceMapped, trimMapped, type Mapped } from './mapped.js';

// Note: unified + remark load on the first Markdown file only, so .txt, .docx and .pdf runs never pay
// for them: the command line hands over the parser it imported (useMarkdownParser); otherwise the
// packages are required here, synchronously (ES modules: Node ≥ 20.19 can require() them, which keeps
// parsePlan synchronous, hence "engines": ">=20.19" in package.json).
const require = createRequire(import.meta.url);
let parser: ((value: string) => Root) | undefined;

/**
 * Use the Markdown parser this makes (`createMarkdownParser` of markdown-parser.js, imported by the
 * caller), unless one is in use already.
 * @param create makes the parser (text → mdast tree)
 */
export function useMarkdownParser(create: () => (value: string) => Root): void {
  parser ??= create();
}

function markdownParser(): (value: string) => Root {
  parser ??= parserOf({
    unified: (require('unified') as typeof import('unified')).unified,
    remarkParse: (require('remark-parse') as typeof import('remark-parse')).default,
    remarkGfm: (require('remark-gfm') as typeof import('remark-gfm')).default,
  });
  return parser;
}

/** The packages a Markdown parser is made of. */
export interface MarkdownModules {
  unified: typeof import('unified').unified;
  remarkParse: typeof import('remark-parse').default;
  remarkGfm: typeof import('remark-gfm').default;
}

/**
 * A GitHub-flavoured Markdown parser made of these packages.
 * @param modules unified, remark-parse and remark-gfm
 * @returns text → mdast tree
 */
export function parserOf(modules: MarkdownModules): (value: string) => Root {
  const processor = modules.unified().use(modules.remarkParse).use(modules.remarkGfm);
  return (value) => processor.parse(value) as Root;
}

/**
 * Read a Markdown plan into content lines: headings keep their depth, paragraphs, list items, table
 * rows and code keep their own group, and Markdown syntax (`#`, `**`, `- `, `<!-- -->`) is left out.
 * @param value the Markdown text
 * @returns content lines, in order
 */
export function markdownLines(value: string): VLine[] {
  const tree = markdownParser()(value);
  const lines: VLine[] = [];
  let group = 0;
  const emit = (text: Mapped, mdDepth?: number) => {
    group += 1;
    for (const piece of splitAtNewlines(text)) {
      lines.push(mdDepth === undefined ? { text: piece, indent: false, bullet: false, group } : { text: piece, indent: false, bullet: false, group, mdDepth });
    }
  };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        const text = concatMapped(splitAtNewlines(inline(node, value)));
        // Note: `---` under a paragraph makes it a setext heading for CommonMark, but in a plan saved as
        // Markdown it is a rule (a scraper's separator); only a line numbered as a heading stays one.
        if (isSetextRule(node, value) && matchMarker(text.text) === null) emit(inline(node, value));
        else emit(text, node.depth);
        return;
      }
      case 'paragraph':
        emit(inline(node, value));
        return;
      case 'tableRow':
        emit(concatMapped(node.children.flatMap((cell, i) => (i === 0 ? [inline(cell, value)] : [space(cell), inline(cell, value)]))));
        return;
      case 'code':
        emit(leaf(node.value, node, value));
        return;
      case 'list':
        for (const item of node.children) {
          // Note: `1. 形成…` in Markdown is an ordered list; its number is the plan's marker, so it is
          // put back in front of the item's first paragraph from the source.
          const [head, ...tail] = item.children;
          if (node.ordered && head?.type === 'paragraph') emit(concatMapped([listMarker(item, head, value), inline(head, value)]));
          else if (head) walk(head);
          for (const child of tail) walk(child);
        }
        return;
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(tree);
  return lines;
}

/** A heading underlined with `---` (setext, depth 2), not opened with `#`. */
function isSetextRule(node: Nodes, value: string): boolean {
  if (node.type !== 'heading' || node.depth !== 2) return false;
  const start = node.position?.start.offset ?? 0;
  return !/^[ \t]{0,3}#/u.test(value.slice(start, start + 8));
}

/** Inline content of a node mapped to the source; soft and hard breaks become `\n`. */
function inline(node: Nodes, value: string): Mapped {
  if (node.type === 'text' || node.type === 'inlineCode') return leaf(node.value, node, value);
  if (node.type === 'break') return mappedOf('\n', [node.position?.start.offset ?? 0]);
  if (node.type === 'html' || node.type === 'image') return EMPTY;
  if ('children' in node) return concatMapped(node.children.map((c) => inline(c as Nodes, value)));
  return EMPTY;
}

/** A leaf's text: exact offsets when the source holds it verbatim, else anchored at the leaf's start. */
function leaf(text: string, node: Nodes, value: string): Mapped {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const at = value.slice(start, end).indexOf(text);
  if (at >= 0) return fromSource(value, start + at, start + at + text.length);
  // Note: escapes and entities (`\*`, `&amp;`) change length; their characters point at the leaf start.
  return mappedOf(text, [...text].flatMap((ch, i) => (ch.length === 2 ? [start + i, start + i] : [start + Math.min(i, end - start - 1)])));
}

/** The `1.` of an ordered list item, as written in the source. */
function listMarker(item: Nodes, head: Nodes, value: string): Mapped {
  const start = item.position?.start.offset ?? 0;
  const end = head.position?.start.offset ?? start;
  const m = /^\s*\d{1,9}[.)]/u.exec(value.slice(start, end));
  return m ? trimMapped(fromSource(value, start, start + m[0].length)) : EMPTY;
}

/** What parts the cells of a table row: a tab, as in a Word table's row. */
function space(cell: Nodes): Mapped {
  return mappedOf('\t', [Math.max(0, (cell.position?.start.offset ?? 1) - 1)]);
}

function splitAtNewlines(text: Mapped): Mapped[] {
  const out: Mapped[] = [];
  let start = 0;
  for (let i = 0; i <= text.text.length; i++) {
    if (i === text.text.length || text.text[i] === '\n') {
      const piece = trimMapped(sliceMapped(text, start, i));
      if (piece.text !== '') out.push(piece);
      start = i + 1;
    }
  }
  return out;
}
