import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PlanDiffError } from '../../../src/errors.js';
import { decodeText, firstInvalidUtf8 } from '../../../src/parse/readers/encoding.js';
import { readSource } from '../../../src/parse/readers/index.js';

const SEED = readFileSync('seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt', 'utf8');
const input = (name: string) => readFileSync(`fixtures/inputs/${name}`);

async function failure(bytes: Uint8Array, path: string): Promise<PlanDiffError> {
  const error = await readSource(bytes, path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanDiffError);
  return error as PlanDiffError;
}

describe('encodings', () => {
  it.each([
    ['bri-2024.gb18030.txt', 'gb18030'],
    ['bri-2024.utf16le-bom.txt', 'utf-16le'],
    ['bri-2024.utf16be-bom.txt', 'utf-16be'],
    ['bri-2024.utf16le-nobom.txt', 'utf-16le'],
    ['bri-2024.utf8-bom-crlf.txt', 'utf-8-bom'],
    ['bri-2024.cr.txt', 'utf-8'],
  ])('%s decodes to the seed text as %s, line for line', async (name, encoding) => {
    const source = await readSource(input(name), name);
    expect(source.encoding).toBe(encoding);
    expect(source.value).toBe(SEED);
    expect(source.format).toBe('txt');
    expect(source.lineUnit).toBe('line');
  });

  it('says how it decided on an encoding it detected from content', async () => {
    expect((await readSource(input('bri-2024.gb18030.txt'), 'a.txt')).notes).toEqual(['read as GB18030/GBK (detected from its content).']);
    expect((await readSource(input('bri-2024.utf16le-nobom.txt'), 'b.txt')).notes).toEqual(['no byte-order mark; read as UTF-16LE from its NUL-byte pattern.']);
  });

  it('reads .md as Markdown format, stdin and others as text', async () => {
    expect((await readSource(Buffer.from('# 标题\n'), 'plan.md')).format).toBe('md');
    expect((await readSource(Buffer.from('一、总体要求\n'), '-')).format).toBe('txt');
  });

  it('keeps line numbers when normalising CRLF and lone CR', async () => {
    const source = await readSource(Buffer.from('一、甲\r\n（一）乙\r\r二、丙\n'), 'x.txt');
    expect(source.value.split('\n')).toEqual(['一、甲', '（一）乙', '', '二、丙', '']);
  });

  it('drops an incomplete UTF-8 character cut off at the end, with a note', async () => {
    const bytes = Buffer.from('一、总体要求').subarray(0, -1);
    const source = await readSource(bytes, 'cut.txt');
    expect(source.value).toBe('一、总体要');
    expect(source.notes).toEqual(['the file ends in the middle of a UTF-8 character (truncated?); its last 2 byte(s) were dropped.']);
  });

  it('refuses Latin-1 text, naming the likely encoding and the first bad byte', async () => {
    const error = await failure(input('bad/latin1.txt'), 'latin1.txt');
    expect(error.code).toBe('ENCODING');
    expect(error.message).toMatchInlineSnapshot(`"cannot read latin1.txt: the text is not valid UTF-8, UTF-16 or GB18030 (it looks like ISO-8859-1). Expected UTF-8, UTF-16 or GB18030/GBK. Received 428 bytes; the first byte that is not UTF-8 is 0xE9 at offset 17. Convert it first, e.g. iconv -f ISO-8859-1 -t UTF-8 latin1.txt > latin1.txt.utf8.txt."`);
  });

  it('refuses Big5 rather than reading it as garbage GBK', async () => {
    const big5 = iconv.encode('國際科技創新中心建設規劃。發揮首都資源優勢，強化北京作為國家高水平對外開放重要窗口。\n'.repeat(3), 'big5');
    const error = await failure(big5, 'big5.txt');
    expect(error.code).toBe('ENCODING');
    expect(error.message).toContain('Big5');
  });

  it.each([
    ['bad/elf.bin', 'an ELF executable', '\\x7fELF'],
    ['bad/nul-bytes.txt', 'it contains NUL bytes', ''],
  ])('refuses binary %s, saying what it looks like', async (name, what, start) => {
    const error = await failure(input(name), name);
    expect(error.code).toBe('BINARY');
    expect(error.message).toContain(`(${what})`);
    expect(error.message).toContain(`starting with "${start}`);
  });

  it('pins the binary message', async () => {
    expect((await failure(input('bad/elf.bin'), 'a.out')).message).toMatchInlineSnapshot(`"cannot read a.out: the file looks binary (an ELF executable), not text. Expected .txt, .md, .docx or .pdf. Received 256 bytes starting with "\\x7fELF\\x02\\x01\\x01\\x00"."`);
  });

  it('refuses text full of control characters as binary', async () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41)));
    expect((await failure(bytes, 'ctl.txt')).code).toBe('BINARY');
  });

  it.each([
    ['bad/empty.txt', 'cannot read e.txt: the file is empty (0 bytes). Expected a plan in .txt, .md, .docx or .pdf.'],
    ['bad/blank.txt', 'cannot read e.txt: the file has no text (9 bytes of whitespace only). Expected a plan in .txt, .md, .docx or .pdf.'],
  ])('refuses %s as EMPTY', async (name, message) => {
    const error = await failure(input(name), 'e.txt');
    expect(error.code).toBe('EMPTY');
    expect(error.message).toBe(message);
  });

  it('refuses UTF-32 by name', async () => {
    const error = await failure(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'u32.txt');
    expect(error.code).toBe('ENCODING');
    expect(error.message).toContain('UTF-32');
  });

  it('refuses a UTF-8 BOM followed by non-UTF-8 bytes, with the offset', () => {
    expect(() => decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x41]), 'b.txt')).toThrow(/byte 0xFF at offset 4/);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0x42], null],
    [[0xe4, 0xb8, 0x80], null],
    [[0x41, 0xc0, 0x80], { offset: 1, truncated: false }], // overlong
    [[0xed, 0xa0, 0x80], { offset: 0, truncated: false }], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], { offset: 0, truncated: false }], // above U+10FFFF
    [[0x41, 0xe4, 0xb8], { offset: 1, truncated: true }],
    [[0xe4, 0x41, 0x80], { offset: 0, truncated: false }],
  ])('%j → %j', (bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toEqual(expected);
  });

  it('agrees with the WHATWG decoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === null).toBe(valid);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('round trips', () => {
  const cjk = fc.array(fc.constantFrom(...'一二三四五六七八九十、。，（）“”年月日科技创新国际合作北京计划发展目标建设12345 \n'), { minLength: 1, maxLength: 200 }).map((a) => `一、${a.join('')}`);

  it.each(['gb18030', 'utf-16le', 'utf-16be', 'utf-8'] as const)('Chinese text encoded as %s (with a BOM for UTF-16) decodes back exactly', (encoding) => {
    fc.assert(
      fc.property(cjk, (text) => {
        const bytes = iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') });
        expect(decodeText(bytes, 'x.txt').value).toBe(text);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
