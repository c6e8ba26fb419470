import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'plan-diff-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (argv: string[], options: { cwd?: string; stdin?: Uint8Array } = {}) => runCli(argv, { ...options, env: { NO_COLOR: '1' } });

/** One clear line on stderr, exit 2, nothing on stdout, no stack trace. */
async function refused(argv: string[], options: { cwd?: string; stdin?: Uint8Array } = {}): Promise<string> {
  const r = await run(argv, options);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  return r.err.trimEnd().replace(tmp, '<tmp>');
}

describe('bad input through the CLI', () => {
  it('missing file', async () => {
    expect(await refused(['outline', 'no/such/plan.txt'], { cwd: '/work-does-not-matter' })).toMatchInlineSnapshot(`"plan-diff: cannot read no/such/plan.txt: no such file. Check the path (relative to /work-does-not-matter)."`);
  });

  it('a directory', async () => {
    expect(await refused(['outline', 'seeds'])).toMatchInlineSnapshot(`"plan-diff: cannot read seeds: it is a directory, expected a file (.txt, .md, .docx or .pdf)."`);
  });

  it('empty and whitespace-only files', async () => {
    expect(await refused(['outline', 'fixtures/inputs/bad/empty.txt'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/empty.txt: the file is empty (0 bytes). Expected a plan in .txt, .md, .docx or .pdf."`);
    expect(await refused(['outline', 'fixtures/inputs/bad/blank.txt'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/blank.txt: the file has no text (9 bytes of whitespace only). Expected a plan in .txt, .md, .docx or .pdf."`);
  });

  it('binary file', async () => {
    expect(await refused(['outline', 'fixtures/inputs/bad/elf.bin'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/elf.bin: the file looks binary (an ELF executable), not text. Expected .txt, .md, .docx or .pdf. Received 256 bytes starting with "\\x7fELF\\x02\\x01\\x01\\x00"."`);
  });

  it('undecodable text', async () => {
    expect(await refused(['outline', 'fixtures/inputs/bad/latin1.txt'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/latin1.txt: the text is not valid UTF-8, UTF-16 or GB18030 (it looks like ISO-8859-1). Expected UTF-8, UTF-16 or GB18030/GBK. Received 428 bytes; the first byte that is not UTF-8 is 0xE9 at offset 17. Convert it first, e.g. iconv -f ISO-8859-1 -t UTF-8 fixtures/inputs/bad/latin1.txt > fixtures/inputs/bad/latin1.txt.utf8.txt."`);
  });

  it('truncated and password-protected .docx', async () => {
    expect(await refused(['outline', 'fixtures/inputs/bad/truncated.docx'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/truncated.docx: the Word document is damaged or truncated (its zip archive cannot be opened: Corrupted zip: can't find end of central directory). Expected a complete .docx. Received 8837 bytes starting with "PK\\x03\\x04\\x0a\\x00\\x00\\x00"; re-save or re-download it."`);
    expect(await refused(['outline', 'fixtures/inputs/bad/protected.docx'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/protected.docx: it is an OLE compound file, i.e. an encrypted (password-protected) .docx or an old .doc/.xls. Expected a .docx without a password. Remove the password or save it as .docx in Word and try again."`);
  });

  it('encrypted and scanned .pdf', async () => {
    expect(await refused(['outline', 'fixtures/inputs/bad/encrypted.pdf'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/encrypted.pdf: the PDF is encrypted (password-protected). Expected a PDF without a password; remove it first (e.g. qpdf --decrypt --password=… in.pdf out.pdf)."`);
    expect(await refused(['outline', 'fixtures/inputs/bad/scanned.pdf'])).toMatchInlineSnapshot(`"plan-diff: cannot read fixtures/inputs/bad/scanned.pdf: the PDF has no text layer (1 page(s) of images, e.g. a scan); run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf). Expected a PDF with selectable text."`);
  });

  it('a 50 MB file is refused before it is parsed', async () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1000 * 1000, '一、总体要求\n'));
    expect(await refused(['outline', big])).toMatchInlineSnapshot(`"plan-diff: cannot read <tmp>/big.txt: the text file is 50 MB (the text limit is 10MB). A plan is rarely near it: check that this is the right file, or raise the limit with --limit text=100MB."`);
  });

  it('binary on stdin, and a device that never ends', async () => {
    expect(await refused(['outline', '-'], { stdin: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]) })).toMatchInlineSnapshot(`"plan-diff: cannot read -: the file looks binary (an ELF executable), not text. Expected .txt, .md, .docx or .pdf. Received 7 bytes starting with "\\x7fELF\\x00\\x00\\x00"."`);
    expect(await refused(['outline', '/dev/zero'])).toMatchInlineSnapshot(`"plan-diff: cannot read /dev/zero: the input is too large (over 100 MB). plan-diff reads files up to 100 MB (.docx/.pdf) and 10 MB (text). Check that this is the right file."`);
  });
});

describe('awkward but valid input gives a result, with warnings where due', () => {
  it('one line of a million characters', async () => {
    const file = join(tmp, 'long-line.txt');
    writeFileSync(file, `一、总体要求\n${'到2027年建成联合实验室20家，'.repeat(62_500)}\n`);
    const r = await run(['outline', file, '--format', 'json']);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).nodes[0].title).toBe('总体要求');
  });

  it('deeply nested and inconsistent numbering (1. under 1., a skipped （三）)', async () => {
    const file = join(tmp, 'nested.txt');
    const text = ['计划', '一、总体要求', '（一）指导思想', '1.第一项', '1.又一个第一项', '（1）细目', '①圈一', '（四）跳过了（三）', '二、任务', '（一）甲', '1.乙', '（1）丙', '①丁', '一、重复的一'].join('\n');
    writeFileSync(file, text);
    const r = await run(['outline', file, '--format', 'json']);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.nodes.length).toBeGreaterThan(0);
  });

  it('a GB18030 file, and a .docx saved under a .txt name, read with a warning', async () => {
    const gb = await run(['outline', 'fixtures/inputs/bri-2024.gb18030.txt', '--format', 'json']);
    expect(gb.code).toBe(0);
    expect(JSON.parse(gb.out).nodes).toHaveLength(3);
    expect(gb.err).toContain('read as GB18030/GBK (detected from its content)');
    const renamed = join(tmp, 'draft.txt');
    writeFileSync(renamed, readFileSync('fixtures/inputs/bri-2024.docx'));
    const docx = await run(['outline', renamed, '--format', 'json']);
    expect(docx.code).toBe(0);
    expect(JSON.parse(docx.out).source).toMatchObject({ format: 'docx', lineUnit: 'paragraph' });
    expect(docx.err).toContain('the content is a .docx file whatever the .txt extension says');
  });
});
