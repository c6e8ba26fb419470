import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, type BigIntStats } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyWeakness } from '../compare/checks/keys.js';
import type { PlanDocument, Target } from '../types.js';

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
  get(bytes: Uint8Array, path: string, kinds?: ReadonlySet<string>): Promise<CachedDocument | undefined>;
  /** The same as `get`, read synchronously (the main thread's fast path over many cached files). */
  getSync(bytes: Uint8Array, path: string, kinds?: ReadonlySet<string>): CachedDocument | undefined;
  /** Store an entry for these bytes (atomically: a temporary file renamed into place). */
  put(bytes: Uint8Array, entry: CachedDocument): Promise<void>;
  /** The content key of these bytes (what `get` looks under). */
  keyOf(bytes: Uint8Array): string;
  /** The entry under a content key, read synchronously (see `get`). */
  getByKey(key: string, path: string, kinds?: ReadonlySet<string>): CachedDocument | undefined;
}

/**
 * Open (and create) a document cache.
 * Note: an entry is a header line and the payload as plain JSON, so a hit costs one hash and one
 * JSON.parse of the payload (an entry used to carry the payload as a JSON string inside JSON, parsed
 * twice). Entries are UTF-16LE: turning mostly Chinese UTF-8 into a string cost more than parsing it
 * (measured: 4,000 entries read in 2.9 s as UTF-8, 0.9 s as UTF-16), and Chinese takes two bytes a
 * character instead of three.
 * @param dir the cache folder
 * @param version the plan-diff version; entries of other versions are ignored
 * @returns the cache
 */
export function openCache(dir: string, version: string): DocumentCache {
  const keyOf = (bytes: Uint8Array) => createHash('sha256').update(`plan-diff ${version}\0`).update(bytes).digest('hex');
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  const decode = (bytes: Buffer | undefined, key: string, path: string, kinds?: ReadonlySet<string>): CachedDocument | undefined => {
    if (bytes === undefined) return undefined;
    try {
      const text = bytes.toString('utf16le');
      const cut = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, cut)) as Header;
      if (cut < 0 || header.version !== version || header.key !== key || sha256(bytes.subarray(2 * (cut + 1))) !== header.check) return undefined;
      const lines = text.slice(cut + 1).split('\n');
      const entry = JSON.parse(lines[0]) as CachedDocument;
      if (typeof entry.doc !== 'object' || entry.doc === null || typeof entry.keys !== 'object' || entry.keys === null) return undefined;
      // Note: only the lines of the kinds asked for are parsed (check compares goals only, a third of
      // the targets by default); targets of several kinds are put back in their order.
      const picked: Array<{ at: number[]; targets: Target[] }> = [];
      for (const line of lines.slice(1)) {
        const space = line.indexOf(' ');
        if (kinds === undefined || kinds.has(line.slice(0, space))) picked.push(JSON.parse(line.slice(space + 1)) as { at: number[]; targets: Target[] });
      }
      const targets = picked.length === 1 ? picked[0].targets : picked.flatMap((p) => p.targets.map((t, i) => ({ t, at: p.at[i] }))).toSorted((x, y) => x.at - y.at).map((x) => x.t);
      return { doc: movedTo({ ...entry.doc, targets }, path), keys: entry.keys };
    } catch {
      return undefined;
    }
  };
  return {
    async get(bytes, path, kinds) {
      const key = keyOf(bytes);
      return decode(await readFile(fileOf(key)).catch(() => undefined), key, path, kinds);
    },
    getSync(bytes, path, kinds) {
      return this.getByKey(keyOf(bytes), path, kinds);
    },
    keyOf,
    getByKey(key, path, kinds) {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(fileOf(key));
      } catch {
        return undefined;
      }
      return decode(bytes, key, path, kinds);
    },
    async put(bytes, entry) {
      const key = keyOf(bytes);
      const file = fileOf(key);
      // Note: the file's path is not stored (the entry serves any path with these bytes). The document
      // without its targets, then one line per kind of target: `KIND {"at":[places],"targets":[…]}`.
      const doc = movedTo(structuredClone(entry.doc), '');
      const byKind = new Map<string, { at: number[]; targets: Target[] }>();
      for (const [i, t] of doc.targets.entries()) {
        const list = byKind.get(t.kind) ?? { at: [], targets: [] };
        list.at.push(i);
        list.targets.push(t);
        byKind.set(t.kind, list);
      }
      const lines = [JSON.stringify({ ...entry, doc: { ...doc, targets: [] } }), ...[...byKind].map(([kind, list]) => `${kind} ${JSON.stringify(list)}`)];
      const payload = Buffer.from(lines.join('\n'), 'utf16le');
      const header: Header = { version, key, check: sha256(payload) };
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf16le'), payload]));
      await rename(tmp, file);
    },
  };
}

/**
 * The document of an entry under `path` (its path and the file of each target): the same bytes under
 * another name give the same parse.
 * Note: changed in place: the document was just read from JSON (or copied) and nothing else holds
 * it (copying every target of thousands of files cost more than reading them).
 */
function movedTo(doc: PlanDocument, path: string): PlanDocument {
  doc.source.path = path;
  for (const t of doc.targets) t.file = path;
  return doc;
}

function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What the cache knows of files by their place on disk: a file whose size, modification and change
 * times and inode are as recorded has the recorded content key, so a re-run over thousands of unchanged
 * files neither reads nor hashes them (as git's index does).
 * Note: a file is recorded only once its change time is two seconds old, so a file rewritten within
 * the clock's granularity after it was read is never taken for the old one; any write changes the
 * change time, which no tool can set back. The index carries the SHA-256 of its payload: damaged, it
 * is ignored (and rewritten), so it can cost speed but never change a result.
 */
export interface FileIndex {
  /** The content key recorded for this file in this state, or undefined. */
  keyOf(full: string, info: BigIntStats): string | undefined;
  /** Record the content key of this file in this state. */
  remember(full: string, info: BigIntStats, key: string): void;
  /** Write the index if it changed (atomically; a failure only costs the next run its speed). */
  save(): void;
}

const INDEX_SETTLED_NS = 2_000_000_000n;
const INDEX_MAX_FILES = 100_000;

/**
 * Open the file index of a cache folder for one version (read at once; empty when missing or damaged).
 * @param dir the cache folder
 * @param version the version the cache is opened with
 * @returns the index
 */
export function openFileIndex(dir: string, version: string): FileIndex {
  const file = join(dir, `files-${sha256(version).slice(0, 16)}.idx`);
  let files: Record<string, string> = Object.create(null) as Record<string, string>;
  try {
    const text = readFileSync(file, 'utf8');
    const cut = text.indexOf('\n');
    const payload = text.slice(cut + 1);
    const header = JSON.parse(text.slice(0, cut)) as { version: string; check: string };
    if (cut > 0 && header.version === version && header.check === sha256(payload)) Object.assign(files, JSON.parse(payload));
  } catch {
    files = Object.create(null) as Record<string, string>;
  }
  let changed = false;
  const seen = new Set<string>();
  const state = (info: BigIntStats) => `${info.size} ${info.mtimeNs} ${info.ctimeNs} ${info.ino}`;
  return {
    keyOf(full, info) {
      seen.add(full);
      const known = files[full];
      const cut = known === undefined ? -1 : known.lastIndexOf(' ');
      return cut >= 0 && known!.slice(0, cut) === state(info) ? known!.slice(cut + 1) : undefined;
    },
    remember(full, info, key) {
      const now = BigInt(Date.now()) * 1_000_000n;
      if (now - info.ctimeNs < INDEX_SETTLED_NS || now - info.mtimeNs < INDEX_SETTLED_NS) return;
      const value = `${state(info)} ${key}`;
      if (files[full] === value) return;
      files[full] = value;
      changed = true;
    },
    save() {
      if (!changed) return;
      changed = false;
      // Note: files of other runs are kept up to INDEX_MAX_FILES in all, those of this run first, so
      // runs over several folders share a cache while the index of a long-lived cache stays bounded.
      const others = Object.keys(files).filter((f) => !seen.has(f));
      for (const f of others.slice(0, Math.max(0, others.length - Math.max(0, INDEX_MAX_FILES - seen.size)))) delete files[f];
      const payload = JSON.stringify(files);
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        writeFileSync(tmp, `${JSON.stringify({ version, check: sha256(payload) })}\n${payload}`);
        renameSync(tmp, file);
      } catch {
        // Note: a cache folder that cannot be written only costs the next run its speed.
      }
    },
  };
}
