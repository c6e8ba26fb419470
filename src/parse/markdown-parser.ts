// The Markdown parser: unified with remark-parse and remark-gfm, as static imports.
// Note: a module of its own, imported only for Markdown files: the command line imports it before
// parsing one (src/cli/io.ts), so its bundle carries unified and remark as one lazily loaded chunk
// instead of Node resolving and compiling their ~100 modules at run time (measured: 85–105 ms of
// every Markdown run before, ~14 ms as a chunk).
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parserOf } from './markdown.js';

/**
 * A GitHub-flavoured Markdown parser.
 * @returns text → mdast tree
 */
export function createMarkdownParser(): (value: string) => Root {
  return parserOf({ unified, remarkParse, remarkGfm });
}
