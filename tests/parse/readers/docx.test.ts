import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PlanDiffError } from '../../../src/errors.js';
import { readSource } from '../../../src/parse/readers/index.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Build a minimal .docx from WordprocessingML fragments. */
async function makeDocx(parts: { body: string; numbering?: string; styles?: string; extra?: Record<string, string> }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`);
  if (parts.numbering) zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
  for (const [name, text] of Object.entries(parts.extra ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const num = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

async function read(bytes: Uint8Array, path = 'plan.docx') {
  return readSource(bytes, path);
}

async function failure(bytes: Uint8Array, path: string): Promise<PlanDiffError> {
  const error = await readSource(bytes, path).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PlanDiffError);
  return error as PlanDiffError;
}

describe('.docx fixtures generated from the seeds', () => {
  it.each([
    ['bri-2024', 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt'],
    ['intl-2024', 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt'],
  ])('%s.docx gives the seed back paragraph for line, numbering recovered from numPr', async (name, seed) => {
    const source = await read(readFileSync(`fixtures/inputs/${name}.docx`), `${name}.docx`);
    const expected = readFileSync(seed, 'utf8').replace(/\n$/, '').split('\n').map((l) => l.replace(/^\[bookmark: [^\]]+\]/, ''));
    expect(source.value.split('\n')).toEqual(expected);
    expect(source.lineMap).toEqual(expected.map((_, i) => ({ line: i + 1 })));
    expect(source).toMatchObject({ format: 'docx', lineUnit: 'paragraph' });
    // The numbers are not in the document text: they come from Word's list numbering.
    const xml = await (await JSZip.loadAsync(readFileSync(`fixtures/inputs/${name}.docx`))).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('>（一）');
    expect(xml).toContain('<w:numPr>');
  });

  it('marks 一、 and （一） paragraphs (Heading 1/2 styles) as outline levels 1 and 2', async () => {
    const source = await read(readFileSync('fixtures/inputs/bri-2024.docx'));
    const lines = source.value.split('\n');
    expect(source.headings?.map((h) => `${h.level}:${lines[h.line - 1].slice(0, 4)}`)).toEqual([
      '1:一、总体', '2:（一）指', '2:（二）基', '2:（三）发', '1:二、重点', '2:（一）构', '2:（二）促', '2:（三）搭', '1:三、保障', '2:（一）强', '2:（二）强', '2:（三）加',
    ]);
  });
});

describe('automatic numbering', () => {
  const abstract = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}${lvl(4, 'decimalEnclosedCircle', '%5')}</w:abstractNum>`;
  const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

  it('renders Chinese official-document levels and restarts lower levels', async () => {
    const body = [p('总体要求', num(1, 0)), p('指导思想', num(1, 1)), p('基本原则', num(1, 1)), p('甲', num(1, 2)), p('乙', num(1, 2)), p('子', num(1, 3)), p('圈', num(1, 4)), p('重点任务', num(1, 0)), p('构建体系', num(1, 1)), p('丙', num(1, 2))].join('');
    const source = await read(await makeDocx({ body, numbering: abstract + nums }));
    expect(source.value.split('\n')).toEqual(['一、总体要求', '（一）指导思想', '（二）基本原则', '1. 甲', '2. 乙', '（1）子', '①圈', '二、重点任务', '（一）构建体系', '1. 丙']);
  });

  it('counts past ten in Chinese (十一, 二十) and keeps counting across w:num instances of one list', async () => {
    const many = Array.from({ length: 21 }, (_, i) => p(`第${i + 1}项`, num(i < 10 ? 1 : 2, 0))).join('');
    const source = await read(await makeDocx({ body: many, numbering: abstract + nums + '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' }));
    const labels = source.value.split('\n').map((l) => l.slice(0, l.indexOf('、') + 1));
    expect(labels.slice(8)).toEqual(['九、', '十、', '十一、', '十二、', '十三、', '十四、', '十五、', '十六、', '十七、', '十八、', '十九、', '二十、', '二十一、']);
  });

  it('restarts a w:num with a startOverride, and never restarts a level with lvlRestart 0', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>${nums}<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = [p('甲', num(1, 0)), p('a', num(1, 1)), p('乙', num(1, 0)), p('b', num(1, 1)), p('c', num(3, 1)), p('d', num(3, 1))].join('');
    const source = await read(await makeDocx({ body, numbering }));
    expect(source.value.split('\n')).toEqual(['一、甲', '1. a', '二、乙', '2. b', '1. c', '2. d']);
  });

  it.each([
    ['ideographTraditional', '%1、', '甲、'],
    ['chineseLegalSimplified', '%1、', '壹、'],
    ['upperRoman', '%1.', 'I. '],
    ['lowerLetter', '(%1)', '(a) '],
    ['decimalFullWidth', '%1．', '１．'],
    ['bullet', '', ''],
    ['none', '', ''],
  ])('renders numFmt %s with lvlText %s as %s', async (fmt, text, label) => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, fmt, text)}</w:abstractNum>${nums}`;
    const source = await read(await makeDocx({ body: p('内容', num(1, 0)), numbering }));
    expect(source.value).toBe(`${label}内容`);
  });

  it('takes numbering from the paragraph style and lets numId 0 switch it off', async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="List 1"/><w:pPr>${num(1, 0)}</w:pPr></w:style>`;
    const body = [p('甲', '<w:pStyle w:val="L1"/>'), p('不编号', `<w:pStyle w:val="L1"/>${num(0, 0)}`), p('乙', '<w:pStyle w:val="L1"/>')].join('');
    const source = await read(await makeDocx({ body, numbering: abstract + nums, styles }));
    expect(source.value.split('\n')).toEqual(['一、甲', '不编号', '二、乙']);
  });
});

describe('heading styles', () => {
  it('reads Heading N, 标题 N, inherited styles and outline levels as outline levels', async () => {
    const styles = [
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="a2"><w:name w:val="标题 2"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="My heading"/><w:basedOn w:val="a2"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
    ].join('');
    const body = [p('计划', '<w:pStyle w:val="Title"/>'), p('总体要求', '<w:pStyle w:val="1"/>'), p('指导思想', '<w:pStyle w:val="a2"/>'), p('正文'), p('继承', '<w:pStyle w:val="Mine"/>'), p('三级', '<w:pStyle w:val="Outline"/>'), p('直接', '<w:outlineLvl w:val="0"/>')].join('');
    const source = await read(await makeDocx({ body, styles }));
    expect(source.headings).toEqual([
      { line: 2, level: 1 },
      { line: 3, level: 2 },
      { line: 5, level: 2 },
      { line: 6, level: 3 },
      { line: 7, level: 1 },
    ]);
  });
});

describe('paragraphs, tables, tracked changes', () => {
  it('keeps empty paragraphs so line i is paragraph i, and maps line breaks inside a paragraph to it', async () => {
    const body = [p('一'), '<w:p/>', '<w:p><w:r><w:t>二</w:t><w:br/><w:t>续</w:t><w:tab/><w:t>尾</w:t></w:r></w:p>', p('三')].join('');
    const source = await read(await makeDocx({ body }));
    expect(source.value).toBe('一\n\n二\n续\t尾\n三');
    expect(source.lineMap).toEqual([{ line: 1 }, { line: 2 }, { line: 3 }, { line: 3 }, { line: 4 }]);
  });

  it('reads tables as tab-separated rows, counting the paragraphs in their cells', async () => {
    const cell = (t: string) => `<w:tc><w:tcPr/>${p(t)}</w:tc>`;
    const body = p('专栏1 主要指标') + `<w:tbl><w:tblPr/><w:tr>${cell('指标')}${cell('2027年')}</w:tr><w:tr>${cell('联合实验室')}${cell('20家')}</w:tr></w:tbl>` + p('后文');
    const source = await read(await makeDocx({ body }));
    expect(source.value).toBe('专栏1 主要指标\n指标\t2027年\n联合实验室\t20家\n后文');
    expect(source.lineMap).toEqual([{ line: 1 }, { line: 2 }, { line: 4 }, { line: 6 }]);
    expect(source.notes).toEqual(['2 table row(s) read as lines with cells separated by tabs.']);
  });

  it('accepts tracked changes: insertions kept, deletions dropped, with a note', async () => {
    const body = `<w:p><w:r><w:t>建成</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>15</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>20</w:t></w:r></w:ins><w:r><w:t>家联合实验室</w:t></w:r></w:p>`;
    const source = await read(await makeDocx({ body }));
    expect(source.value).toBe('建成20家联合实验室');
    expect(source.notes).toEqual(['has tracked changes; read as if all were accepted (1 insertion(s) kept, 1 deletion(s) dropped).']);
  });

  it('skips field codes but keeps field results, hyperlinks, content controls and text boxes', async () => {
    const body = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p><w:sdt><w:sdtContent>${p('控件')}</w:sdtContent></w:sdt><w:p><w:r><w:t>框前</w:t></w:r><w:r><w:drawing><w:txbxContent>${p('专栏框')}</w:txbxContent></w:drawing></w:r></w:p>`;
    const source = await read(await makeDocx({ body }));
    expect(source.value).toBe('结果链接\n控件\n框前\n专栏框');
  });
});

describe('bad .docx', () => {
  it('refuses a truncated .docx', async () => {
    const error = await failure(readFileSync('fixtures/inputs/bad/truncated.docx'), 'truncated.docx');
    expect(error.code).toBe('DOCX');
    expect(error.message).toMatchInlineSnapshot(`"cannot read truncated.docx: the Word document is damaged or truncated (its zip archive cannot be opened: Corrupted zip: can't find end of central directory). Expected a complete .docx. Received 8837 bytes starting with "PK\\x03\\x04\\x0a\\x00\\x00\\x00"; re-save or re-download it."`);
  });

  it('refuses a password-protected .docx (an OLE compound file)', async () => {
    const error = await failure(readFileSync('fixtures/inputs/bad/protected.docx'), 'protected.docx');
    expect(error.code).toBe('DOCX');
    expect(error.message).toMatchInlineSnapshot(`"cannot read protected.docx: it is an OLE compound file, i.e. an encrypted (password-protected) .docx or an old .doc/.xls. Expected a .docx without a password. Remove the password or save it as .docx in Word and try again."`);
  });

  it('refuses text saved under a .docx name', async () => {
    const error = await failure(readFileSync('fixtures/inputs/bad/text-named.docx'), 'text-named.docx');
    expect(error.code).toBe('DOCX');
    expect(error.message).toContain('the file is not a Word document (the zip header is missing)');
  });

  it('names other Office zips', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const error = await failure(await zip.generateAsync({ type: 'uint8array' }), 'book.docx');
    expect(error.message).toContain('it is an Excel workbook (.xlsx)');
  });

  it('refuses malformed XML and a document without text', async () => {
    const broken = await makeDocx({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' });
    expect((await failure(broken, 'x.docx')).message).toMatch(/^cannot read x\.docx: the Word document is damaged \(word\/document\.xml is not well-formed XML: /);
    const empty = await makeDocx({ body: '<w:p/><w:p/>' });
    expect(await failure(empty, 'y.docx')).toMatchObject({ code: 'EMPTY', message: 'cannot read y.docx: the Word document has no text (2 empty paragraph(s); images or scanned pages only?). Expected a .docx with text.' });
  });

  it('reads a .docx given another extension, with a note', async () => {
    const source = await read(await makeDocx({ body: p('正文') }), 'draft.txt');
    expect(source.format).toBe('docx');
    expect(source.notes).toEqual(['the content is a .docx file whatever the .txt extension says; read it as such.']);
  });
});
