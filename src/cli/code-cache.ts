// Loading the CommonJS bundle of the command line (dist/bundle/, rolldown.config.mjs) with V8 code
// caches written at build time (scripts/build-code-cache.mjs).
//
// A run of plan-diff is short, so compiling its JavaScript is a real part of it: V8 parses each function
// when it is first called. A chunk that has a `<chunk>.js.cache` file next to it is compiled from that
// cache instead (bytecode of every function the build's warm-up run called), the way Node 22's
// `module.enableCompileCache()` works; Node 20 has no such switch. V8 checks the cache against its own
// version and flags and the source's length, and compiles from source when they differ, so a foreign
// cache costs nothing but the saving. Chunks without a cache load through Node's own loader.
// Note: not the v8-compile-cache package: it patches Module.prototype._compile for every module the
// process loads and writes its caches to the temp folder while users run; these are made once, by the
// build, for plan-diff's own chunks only, and nothing is written at run time.
// Note: V8 does not hash the source: `npm run build` rewrites every cache whenever it rewrites the
// bundle; a chunk edited by hand needs a rebuild (or its .cache file deleted).

import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Suffix of a chunk's code cache file: `main.js` → `main.js.cache`. */
export const CACHE_SUFFIX = '.cache';

/** A chunk compiled by `requireBundle`, for writing its cache after a warm-up run. */
export interface CompiledChunk {
  /** Absolute path of the chunk. */
  file: string;
  /** The compiled script (`createCachedData()` gives its cache). */
  script: Script;
  /** True when a cache file was given and V8 used it. */
  cached: boolean;
}

/** Options of `requireBundle`. */
export interface BundleOptions {
  /**
   * Compile these chunks (file names in the bundle folder) through V8 even without a cache file, and
   * collect every chunk compiled so, for a warm-up run that writes the caches.
   */
  record?: { chunks: ReadonlySet<string>; compiled: CompiledChunk[] };
  /** Receives each chunk compiled through V8, cache used or not (tests). */
  onCompile?: (chunk: CompiledChunk) => void;
}

// Note: the same function wrapper Node puts around a CommonJS module.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/**
 * Require a bundle's entry chunk, compiling each chunk that has a code cache from it.
 * Note: chunks are registered in Node's `require.cache`, so a chunk loaded by Node itself (one
 * without a cache, such as the PDF reader with its `import()` of pdfjs-dist, which a script compiled
 * by `vm` cannot run) and one loaded here share every other chunk: one copy of each module.
 * @param entry absolute path of the entry chunk (`dist/bundle/main.js`)
 * @param options warm-up recording
 * @returns the entry chunk's exports
 */
export function requireBundle(entry: string, options: BundleOptions = {}): unknown {
  const folder = dirname(entry);
  const nodeRequire = createRequire(entry);
  const registry = nodeRequire.cache;
  const load = (file: string): unknown => {
    const loaded = registry[file];
    if (loaded) return loaded.exports;
    const cacheFile = file + CACHE_SUFFIX;
    const hasCache = existsSync(cacheFile);
    const recording = options.record?.chunks.has(file.slice(folder.length + 1)) ?? false;
    if (!hasCache && !recording) return nodeRequire(file);
    const cachedData = hasCache ? readFileSync(cacheFile) : undefined;
    const script = new Script(WRAPPER[0] + readFileSync(file, 'utf8') + WRAPPER[1], { filename: file, cachedData });
    const chunk: CompiledChunk = { file, script, cached: cachedData !== undefined && !script.cachedDataRejected };
    options.record?.compiled.push(chunk);
    options.onCompile?.(chunk);
    const module = new Module(file);
    module.filename = file;
    // Note: registered before it runs, as Node does, so a require cycle gets the partial exports.
    registry[file] = module;
    const ownRequire = createRequire(file);
    const chunkRequire = Object.assign((id: string) => (id.startsWith('./') ? load(join(folder, id)) : ownRequire(id)), {
      resolve: ownRequire.resolve,
      cache: registry,
      main: ownRequire.main,
      extensions: ownRequire.extensions,
    }) as NodeJS.Require;
    try {
      (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, chunkRequire, module, file, folder);
    } catch (error) {
      delete registry[file];
      throw error;
    }
    module.loaded = true;
    return module.exports;
  };
  return load(entry);
}
