import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_FILES } from './helpers/corpus.js';

// The corpus copy is test input: it must be the documents the README names, byte for byte.
const readme = readFileSync(join(CORPUS_DIR, 'README.md'), 'utf8');

/** `| file | bytes | chars | sha1 |` rows of the README's checksum table. */
const checksums = [...readme.matchAll(/^\| ([\w.-]+\.(?:txt|md)) \| (\d+) \| (\d+) \| ([0-9a-f]{12}) \|$/gmu)].map((m) => ({
  name: m[1],
  bytes: Number(m[2]),
  chars: Number(m[3]),
  sha1: m[4],
}));

describe('fixtures/corpus', () => {
  it('holds exactly the listed documents and its README', () => {
    expect(readdirSync(CORPUS_DIR).toSorted()).toEqual(['README.md', ...CORPUS_FILES].toSorted());
  });

  it('names every listed document in the README source table', () => {
    for (const name of CORPUS_FILES) expect(readme, name).toContain(`| ${name} |`);
  });

  it.each(checksums)('$name matches the README checksum table', ({ name, bytes, chars, sha1 }) => {
    const buf = readFileSync(join(CORPUS_DIR, name));
    expect(buf.length).toBe(bytes);
    expect([...buf.toString('utf8')].length).toBe(chars);
    expect(createHash('sha1').update(buf).digest('hex').slice(0, 12)).toBe(sha1);
  });

  it('has a checksum row for each of the 25 documents of the second batch', () => {
    expect(checksums).toHaveLength(25);
  });
});
