/**
 * Bundle of the command line (`npm run build` runs it after `tsc`): bin/plan-diff.js loads
 * dist/bundle/main.js instead of ~140 small modules of dist/, which saves Node ~25 ms of module
 * loading per run. The library entry (dist/index.js) stays the plain tsc output.
 *
 * Note: every file lands flat in dist/bundle/, at the same depth as dist/cli/, dist/parse/, ...:
 * modules find their data with URLs relative to import.meta.url (segmenter.ts:
 * `../../dict/plan-diff.dict.txt`, `../../dict/jieba-index.bin`), and parse-many.ts starts its
 * workers from `./parse-worker.js` next to itself, so chunks must never go into subfolders and the
 * worker entry must keep its name.
 * Note: lazily imported modules (docx, pdf, html, markdown reports, config and ajv, ...) stay separate
 * chunks that load only when a command needs them, as in dist/.
 */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: {
    main: 'dist/cli/main.js',
    'parse-worker': 'dist/cli/parse-worker.js',
  },
  platform: 'node',
  // Note: jieba is a native .node addon, pdfjs-dist is located at run time with createRequire (its
  // standard fonts and cmaps are read from its package folder), and builtins are Node's own.
  external: [/^@node-rs\//, /^pdfjs-dist(\/|$)/, /^node:/],
  output: {
    dir: 'dist/bundle',
    // Note: chunk names carry content hashes; clearing the folder drops chunks of earlier builds.
    cleanDir: true,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
