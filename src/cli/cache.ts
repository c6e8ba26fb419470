import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanDocument } from '../types.js';

/** What a cache entry holds: the document as `targets` and `check` use it (slimDocument). */
interface Entry {
  /** plan-diff version that wrote it; an entry of another version is never read. */
  version: string;
  /** Content hash of the file's bytes (with the parse mode). */
  key: string;
  /** sha256 of `doc` as written, so a damaged entry is recomputed, never trusted. */
  check: string;
  /** The document, its path as it was when written. */
  doc: string;
}

/** A folder of parsed documents keyed by the content of their files (`--cache DIR`). */
export interface DocumentCache {
  /**
   * The cached document for these bytes, with `path` put in place of the path it was cached under;
   * undefined when there is none, or it was written by another version, or it is damaged.
   */
  get(bytes: Uint8Array, path: string): Promise<PlanDocument | undefined>;
  /** Store a document for these bytes (atomically: a temporary file renamed into place). */
  put(bytes: Uint8Array, doc: PlanDocument): Promise<void>;
}

/**
 * Open (and create) a document cache.
 * @param dir the cache folder
 * @param version the plan-diff version; entries of other versions are ignored
 * @returns the cache
 */
export function openCache(dir: string, version: string): DocumentCache {
  const keyOf = (bytes: Uint8Array) => createHash('sha256').update(`plan-diff ${version}\0`).update(bytes).digest('hex');
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(bytes, path) {
      const key = keyOf(bytes);
      const text = await readFile(fileOf(key), 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      try {
        const entry = JSON.parse(text) as Entry;
        if (entry.version !== version || entry.key !== key || typeof entry.doc !== 'string' || sha256(entry.doc) !== entry.check) return undefined;
        return withPath(JSON.parse(entry.doc) as PlanDocument, path);
      } catch {
        return undefined;
      }
    },
    async put(bytes, doc) {
      const key = keyOf(bytes);
      const file = fileOf(key);
      const text = JSON.stringify(doc);
      const entry: Entry = { version, key, check: sha256(text), doc: text };
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, JSON.stringify(entry));
      await rename(tmp, file);
    },
  };
}

/**
 * A document with its path (and the file of each target) set to `path`: the same bytes under another
 * name give the same parse.
 * @param doc a document
 * @param path the path to give it
 * @returns the document under that path
 */
export function withPath(doc: PlanDocument, path: string): PlanDocument {
  if (doc.source.path === path) return doc;
  return { ...doc, source: { ...doc.source, path }, targets: doc.targets.map((t) => ({ ...t, file: path })) };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
