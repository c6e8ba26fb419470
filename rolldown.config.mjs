/**
 * Bundle of the command line (`npm run build` runs it after `tsc`): bin/plan-diff.js loads
 * dist/bundle/main.js instead of ~140 small modules of dist/, which saves Node ~25 ms of module
 * loading per run. The library entry (dist/index.js) stays the plain tsc output.
 *
 * Note: the bundle is CommonJS (dist/bundle/package.json says so, the files keep their .js names):
 * Node 20 loads it ~15 ms faster than the same bundle as ES modules, whose loader resolves and reads
 * every chunk asynchronously, and CommonJS chunks can be compiled from a V8 code cache
 * (scripts/build-code-cache.mjs). Only pdfjs-dist, an ES module, is still loaded with import().
 * Note: every file lands flat in dist/bundle/, at the same depth as dist/cli/, dist/parse/, ...:
 * parse-many.ts starts its workers from `./parse-worker.js` next to itself, so chunks must never go
 * into subfolders and the worker entry must keep its name. (words/segmenter.ts finds `dict/` by
 * walking up from its own file, so its depth does not matter.)
 * Note: lazily imported modules (docx, pdf, html, markdown reports, config and ajv, ...) stay separate
 * chunks that load only when a command needs them, as in dist/.
 */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: {
    main: 'dist/cli/main.js',
    'parse-worker': 'dist/cli/parse-worker.js',
    // Note: the loader bin/plan-diff.js (CommonJS, like the bundle) requires before anything else.
    'code-cache': 'dist/cli/code-cache.js',
  },
  platform: 'node',
  // Note: jieba is a native .node addon, pdfjs-dist is located at run time with createRequire (its
  // standard fonts and cmaps are read from its package folder), and builtins are Node's own.
  external: [/^@node-rs\//, /^pdfjs-dist(\/|$)/, /^node:/],
  plugins: [
    {
      name: 'commonjs-package',
      generateBundle(_options, bundle) {
        // Note: the package is "type": "module"; this makes the .js files of dist/bundle/ CommonJS.
        this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
        // Note: chunks that still import() a module outside the bundle (pdfjs-dist) must load through
        // Node's loader; scripts/build-code-cache.mjs gives them no code cache.
        const withImport = Object.values(bundle)
          .filter((c) => c.type === 'chunk' && c.dynamicImports.some((id) => !(id in bundle)))
          .map((c) => c.fileName)
          .toSorted();
        this.emitFile({ type: 'asset', fileName: 'chunks.json', source: JSON.stringify({ withImport }, null, 2) + '\n' });
      },
    },
  ],
  output: {
    dir: 'dist/bundle',
    // Note: chunk names carry content hashes; clearing the folder drops chunks of earlier builds.
    cleanDir: true,
    format: 'cjs',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
