import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyWeakness } from '../compare/checks/keys.js';
import type { PlanDocument } from '../types.js';

/** What a cache entry holds for one file: its document as `targets` and `check` use it, and what check tests of its keys. */
export interface CachedDocument {
  /** The document (slimDocument), its path as it was when written. */
  doc: PlanDocument;
  /** The weakness of each canonical metric key of its targets (see `keyWeakness`), so check needs no tagger. */
  keys: Record<string, KeyWeakness>;
}

/** The first line of an entry; the payload (a CachedDocument as JSON) follows it. */
interface Header {
  /** plan-diff version that wrote it; an entry of another version is never read. */
  version: string;
  /** Content hash of the file's bytes (with the version and parse mode). */
  key: string;
  /** sha256 of the payload as written, so a damaged entry is recomputed, never trusted. */
  check: string;
}

/** A folder of parsed documents keyed by the content of their files (`--cache DIR`). */
export interface DocumentCache {
  /**
   * The cached entry for these bytes, with `path` put in place of the path it was cached under;
   * undefined when there is none, or it was written by another version, or it is damaged.
   */
  get(bytes: Uint8Array, path: string): Promise<CachedDocument | undefined>;
  /** The same as `get`, read synchronously (the main thread's fast path over many cached files). */
  getSync(bytes: Uint8Array, path: string): CachedDocument | undefined;
  /** Store an entry for these bytes (atomically: a temporary file renamed into place). */
  put(bytes: Uint8Array, entry: CachedDocument): Promise<void>;
}

/**
 * Open (and create) a document cache.
 * Note: an entry is a header line and the payload as plain JSON, so a hit costs one hash and one
 * JSON.parse of the payload (an entry used to carry the payload as a JSON string inside JSON, parsed twice).
 * @param dir the cache folder
 * @param version the plan-diff version; entries of other versions are ignored
 * @returns the cache
 */
export function openCache(dir: string, version: string): DocumentCache {
  const keyOf = (bytes: Uint8Array) => createHash('sha256').update(`plan-diff ${version}\0`).update(bytes).digest('hex');
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  const decode = (text: string | undefined, key: string, path: string): CachedDocument | undefined => {
    if (text === undefined) return undefined;
    try {
      const cut = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, cut)) as Header;
      const payload = text.slice(cut + 1);
      if (cut < 0 || header.version !== version || header.key !== key || sha256(payload) !== header.check) return undefined;
      const entry = JSON.parse(payload) as CachedDocument;
      if (typeof entry.doc !== 'object' || entry.doc === null || typeof entry.keys !== 'object' || entry.keys === null) return undefined;
      return { doc: movedTo(entry.doc, path), keys: entry.keys };
    } catch {
      return undefined;
    }
  };
  return {
    async get(bytes, path) {
      const key = keyOf(bytes);
      return decode(await readFile(fileOf(key), 'utf8').catch(() => undefined), key, path);
    },
    getSync(bytes, path) {
      const key = keyOf(bytes);
      let text: string | undefined;
      try {
        text = readFileSync(fileOf(key), 'utf8');
      } catch {
        return undefined;
      }
      return decode(text, key, path);
    },
    async put(bytes, entry) {
      const key = keyOf(bytes);
      const file = fileOf(key);
      const payload = JSON.stringify(entry);
      const header: Header = { version, key, check: sha256(payload) };
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, `${JSON.stringify(header)}\n${payload}`);
      await rename(tmp, file);
    },
  };
}

/**
 * The document of an entry under `path` (its path and the file of each target): the same bytes under
 * another name give the same parse.
 * Note: changed in place: the document was just read from JSON and nothing else holds it (copying
 * every target of thousands of files cost more than reading them).
 */
function movedTo(doc: PlanDocument, path: string): PlanDocument {
  if (doc.source.path === path) return doc;
  doc.source.path = path;
  for (const t of doc.targets) t.file = path;
  return doc;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
