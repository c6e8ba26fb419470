import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PlanDiffError } from '../../src/errors.js';
import { parsePlan } from '../../src/parse/index.js';
import { readSource } from '../../src/parse/readers/index.js';

// Seeds of the fuzzer: the five plans as UTF-8, one as GB18030 and UTF-16, and the .docx/.pdf fixtures.
const texts = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .toSorted()
  .map((f) => readFileSync(`seeds/${f}`));
const encoded = [iconv.encode(texts[1].toString('utf8'), 'gb18030'), iconv.encode(texts[1].toString('utf8'), 'utf-16le', { addBOM: true })];
const docx = readFileSync('fixtures/inputs/bri-2024.docx');
const pdf = readFileSync('fixtures/inputs/bri-2024-head.pdf');

/** Offsets where lines start (after `\n`, or `\n\0` in UTF-16LE), so windows begin on whole characters. */
const lineStarts = [...texts, ...encoded].map((bytes, i) => {
  const utf16 = i === texts.length + 1;
  const starts = [utf16 ? 2 : 0];
  for (let k = 0; k + 1 < bytes.length; k++) if (bytes[k] === 0x0a && (!utf16 || (k % 2 === 0 && bytes[k + 1] === 0))) starts.push(utf16 ? k + 2 : k + 1);
  return starts;
});

/** Mutations of a byte string: flip, overwrite, insert, delete, duplicate a chunk, truncate. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.constantFrom(0x00, 0x0a, 0x0d, 0x7f, 0x80, 0xa1, 0xc0, 0xe4, 0xef, 0xfe, 0xff, 0x31) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(input: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = Buffer.from(input);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.kind === 'flip' && bytes.length > 0) bytes = Buffer.from(bytes), (bytes[at] ^= 1 << m.bit);
    else if (m.kind === 'set' && bytes.length > 0) bytes = Buffer.from(bytes), (bytes[at] = m.byte);
    else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    else if (m.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    else if (m.kind === 'duplicate') bytes = Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
    else if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
  }
  return bytes;
}

/** Read and parse; anything but a document or a PlanDiffError fails the property. */
async function readAndParse(bytes: Uint8Array, path: string): Promise<'ok' | 'refused'> {
  try {
    const doc = parsePlan(await readSource(bytes, path));
    expect(Array.isArray(doc.nodes)).toBe(true);
    expect(Array.isArray(doc.targets)).toBe(true);
    return 'ok';
  } catch (error) {
    if (error instanceof PlanDiffError) return 'refused';
    throw error;
  }
}

describe('fuzz: readSource + parsePlan only ever return a document or throw a PlanDiffError', () => {
  it('on mutated windows of the seeds in UTF-8, GB18030 and UTF-16', async () => {
    const inputs = [...texts, ...encoded];
    const outcomes = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: inputs.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 3000 }),
        fc.array(mutation, { maxLength: 6 }),
        fc.constantFrom('plan.txt', 'plan.md', '-'),
        async (which, start, length, mutations, path) => {
          const source = inputs[which];
          const starts = lineStarts[which];
          const from = starts[start % starts.length];
          outcomes[await readAndParse(mutate(source.subarray(from, from + length), mutations), path)]++;
        },
      ),
      { seed: 20240601, numRuns: 2500 },
    );
    // Both branches must be exercised, or the fuzzer is not testing what it claims.
    expect(outcomes.ok).toBeGreaterThan(500);
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it('on mutated .docx files', async () => {
    const outcomes = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        outcomes[await readAndParse(mutate(docx, mutations), 'plan.docx')]++;
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it('on mutated .pdf files', async () => {
    const outcomes = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (mutations, head) => {
        // Note: mutations land in the header or in the xref/trailer at the end (structure damage).
        // Damage inside an embedded CJK font program is handled too, but pdf.js may then spend
        // tens of seconds parsing the broken font (28 s measured once), too slow for a unit test.
        const edge = mutations.map((m) => ({ ...m, at: head ? m.at % 1024 : pdf.length - 1 - (m.at % 1536) }));
        outcomes[await readAndParse(mutate(pdf, edge), 'plan.pdf')]++;
      }),
      // Note: pdf.js takes 50-500 ms per damaged file (it rebuilds the cross-reference table), so
      // fewer runs here; the text fuzzer above carries the volume.
      { seed: 9, numRuns: 25 },
    );
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
