import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanDiffError } from '../../../src/errors.js';
import { readSource } from '../../../src/parse/readers/index.js';
import { layoutPdf, type PdfLine } from '../../../src/parse/readers/pdf-layout.js';

async function failure(bytes: Uint8Array, path: string): Promise<PlanDiffError> {
  const error = await readSource(bytes, path).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PlanDiffError);
  return error as PlanDiffError;
}

describe('.pdf fixtures generated from the seeds', () => {
  it.each([
    ['bri-2024', 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt'],
    ['intl-2024', 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt'],
  ])('%s.pdf re-joins wrapped lines into the seed paragraphs, headers and page numbers dropped', async (name, seed) => {
    const source = await readSource(readFileSync(`fixtures/inputs/${name}.pdf`), `${name}.pdf`);
    const expected = readFileSync(seed, 'utf8').split('\n').map((l) => l.trim().replace(/^\[bookmark: [^\]]+\]/, '')).filter((l) => l !== '');
    expect(source.value.split('\n')).toEqual(expected);
    expect(source).toMatchObject({ format: 'pdf', lineUnit: 'pdf-line' });
    expect(source.value).not.toMatch(/— \d+ —|plan-diff fixture/);
    expect(source.notes?.some((n) => /running header, footer or page-number line\(s\) dropped/.test(n))).toBe(true);
  });

  it('maps each paragraph to its page and line on the page, and each wrapped line to its column', async () => {
    const source = await readSource(readFileSync('fixtures/inputs/bri-2024.pdf'), 'bri-2024.pdf');
    const map = source.lineMap ?? [];
    expect(map).toHaveLength(source.value.split('\n').length);
    // Line 1 of page 1 is the running header; the title is line 2.
    expect(map[0]).toEqual({ line: 2, page: 1 });
    expect(new Set(map.map((m) => m.page)).size).toBeGreaterThan(1);
    const pages = map.map((m) => m.page ?? 0);
    expect(pages).toEqual(pages.toSorted((a, b) => a - b));
    // A continuation's column points at the text printed at the start of that line.
    const lines = source.value.split('\n');
    for (const [i, m] of map.entries()) {
      for (const c of m.continuations ?? []) {
        expect(c.column).toBeGreaterThan(1);
        expect(c.column).toBeLessThanOrEqual(lines[i].length);
      }
    }
    expect(map.some((m) => (m.continuations?.length ?? 0) > 2)).toBe(true);
  });
});

describe('bad .pdf', () => {
  it('refuses a PDF without a text layer', async () => {
    const error = await failure(readFileSync('fixtures/inputs/bad/scanned.pdf'), 'scan.pdf');
    expect(error.code).toBe('PDF');
    expect(error.message).toMatchInlineSnapshot(`"cannot read scan.pdf: the PDF has no text layer (1 page(s) of images, e.g. a scan); run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf). Expected a PDF with selectable text."`);
  });

  it('refuses an encrypted PDF', async () => {
    const error = await failure(readFileSync('fixtures/inputs/bad/encrypted.pdf'), 'secret.pdf');
    expect(error.code).toBe('PDF');
    expect(error.message).toMatchInlineSnapshot(`"cannot read secret.pdf: the PDF is encrypted (password-protected). Expected a PDF without a password; remove it first (e.g. qpdf --decrypt --password=… in.pdf out.pdf)."`);
  });

  it('reads what survives of a truncated PDF and says it may be incomplete, or refuses it', async () => {
    const result = await readSource(readFileSync('fixtures/inputs/bad/truncated.pdf'), 'cut.pdf').then(
      (s) => ({ ok: true as const, s }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    if (result.ok) {
      expect(result.s.notes).toContain('the PDF has no %%EOF marker at its end (truncated?); the text read may be incomplete.');
      expect(result.s.value.length).toBeGreaterThan(0);
    } else {
      expect(result.e).toBeInstanceOf(PlanDiffError);
      expect((result.e as PlanDiffError).code).toBe('PDF');
    }
  });

  it('refuses garbage after a %PDF- header as damaged', async () => {
    const error = await failure(Buffer.from('%PDF-1.7\nthis is not a pdf at all\n'), 'junk.pdf');
    expect(error.code).toBe('PDF');
    expect(error.message).toMatch(/^cannot read junk\.pdf: the PDF (is damaged or truncated|has no text layer)/);
  });

  it('refuses text saved under a .pdf name', async () => {
    const error = await failure(Buffer.from('一、总体要求\n'), 'plan.pdf');
    expect(error.message).toMatchInlineSnapshot(`"cannot read plan.pdf: the file is not a PDF (the "%PDF-" header is missing). Expected .txt, .md, .docx or .pdf. Received 19 bytes starting with "\\xe4\\xb8\\x80\\xe3\\x80\\x81\\xe6\\x80"."`);
  });
});

describe('layoutPdf', () => {
  const H = 842;
  let n = 0;
  const line = (page: number, y: number, text: string, x = 72, size = 12): PdfLine => ({ text, x, xEnd: x + text.length * size, y, size, page, line: ++n, pageHeight: H });
  const full = '很'.repeat(37); // 37 characters of 12pt from x=72 reach the right margin at 516

  it('joins wrapped lines, splits at indents, short lines and font changes', () => {
    const page = [line(1, 760, '标题', 250, 18), line(1, 720, full.slice(0, 35), 96), line(1, 702, full), line(1, 684, '结束。'), line(1, 666, '新段落', 96)];
    expect(layoutPdf([page]).paragraphs.map((p) => p.text)).toEqual(['标题', full.slice(0, 35) + full + '结束。', '新段落']);
  });

  it('continues a paragraph across a page break and keeps where each line was printed', () => {
    const p1 = [line(1, 720, full, 96), line(1, 100, full)];
    const p2 = [line(2, 760, '续完。')];
    const [para] = layoutPdf([p1, p2]).paragraphs;
    expect(para.text).toBe(full + full + '续完。');
    expect(para.continuations.map((c) => [c.page, c.column])).toEqual([[1, 38], [2, 75]]);
  });

  it.each(['— 3 —', '- 3 -', '3', '第3页', '第 3 页 共 10 页', '3 / 10', 'Page 3 of 10'])('drops the page number %s at the foot of a page', (footer) => {
    const page = [line(1, 720, '正文。', 96), line(1, 30, footer, 290)];
    expect(layoutPdf([page])).toEqual({ paragraphs: [expect.objectContaining({ text: '正文。' })], dropped: 1 });
  });

  it('drops a running header repeated on several pages but keeps a single top line', () => {
    const pages = [1, 2, 3].map((p) => [line(p, 800, '北京市人民政府文件', 250), line(p, 720, `第${p}页的正文。`, 96)]);
    expect(layoutPdf(pages).paragraphs.map((p) => p.text)).toEqual(['第1页的正文。', '第2页的正文。', '第3页的正文。']);
    expect(layoutPdf([pages[0]]).paragraphs.map((p) => p.text)).toEqual(['北京市人民政府文件', '第1页的正文。']);
  });

  it('keeps a year that is body text, not a page number', () => {
    const page = [line(1, 720, '目标年份', 96), line(1, 702, '2027', 96), line(1, 684, '正文。', 96)];
    expect(layoutPdf([page]).paragraphs.map((p) => p.text)).toEqual(['目标年份', '2027', '正文。']);
  });
});
