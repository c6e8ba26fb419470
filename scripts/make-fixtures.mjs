#!/usr/bin/env node
// Regenerate fixtures/inputs/ from the seed texts: .docx (real Word auto-numbering and heading
// styles), .pdf (embedded CJK font, running header, page numbers), other encodings, bad inputs.
// Usage: node scripts/make-fixtures.mjs [outDir]   (default fixtures/inputs)
//        node scripts/make-fixtures.mjs --docx seeds/<seed>.txt out.docx   (one seed as .docx)
// Output is byte-for-byte reproducible: fixed dates in the zip and PDF metadata.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as docx from 'docx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'fixtures/inputs'));
const require = createRequire(import.meta.url);
// Note: the package exports only its JS entry; the fonts sit in ../fonts beside its dist/.
const FONT = join(dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts/NotoSansHans-Regular.otf');
const EPOCH = new Date('2024-01-01T00:00:00Z');

/** The seeds turned into .docx and .pdf, with the short names used in fixtures/inputs. */
export const SEEDS = {
  'bri-2024': 'seeds/beijing-bri-sti-action-plan-2024-2027-draft.txt',
  'intl-2024': 'seeds/beijing-sti-internationalisation-action-plan-2024-2027-draft.txt',
};

const CN = '一二三四五六七八九十';
const cnValue = (s) => (s.length === 1 ? CN.indexOf(s) + 1 : s[0] === '十' ? 10 + (s[1] ? CN.indexOf(s[1]) + 1 : 0) : (CN.indexOf(s[0]) + 1) * 10 + (s[2] ? CN.indexOf(s[2]) + 1 : 0));

/** Classify a seed line's written marker: which Word list renders it, at which level, which ordinal. */
function marker(line) {
  let m;
  if ((m = /^([一二三四五六七八九十]{1,3})、/.exec(line))) return { list: 'outline', level: 0, n: cnValue(m[1]), len: m[0].length, heading: docx.HeadingLevel.HEADING_1 };
  if ((m = /^（([一二三四五六七八九十]{1,3})）/.exec(line))) return { list: 'outline', level: 1, n: cnValue(m[1]), len: m[0].length, heading: docx.HeadingLevel.HEADING_2 };
  if ((m = /^(\d{1,2})([.．])/.exec(line))) return { list: m[2] === '.' ? 'item-dot' : 'item-fwdot', level: 0, n: Number(m[1]), len: m[0].length };
  if ((m = /^（(\d{1,2})）/.exec(line))) return { list: 'item-paren', level: 0, n: Number(m[1]), len: m[0].length };
  return null;
}

const level = (lvl, format, text) => ({ level: lvl, format, text, start: 1, suffix: docx.LevelSuffix.NOTHING, alignment: docx.AlignmentType.START });
const NUMBERING = {
  config: [
    { reference: 'outline', levels: [level(0, docx.LevelFormat.CHINESE_COUNTING, '%1、'), level(1, docx.LevelFormat.CHINESE_COUNTING, '（%2）')] },
    { reference: 'item-dot', levels: [level(0, docx.LevelFormat.DECIMAL, '%1.')] },
    { reference: 'item-fwdot', levels: [level(0, docx.LevelFormat.DECIMAL, '%1．')] },
    { reference: 'item-paren', levels: [level(0, docx.LevelFormat.DECIMAL, '（%1）')] },
  ],
};

/**
 * Build the Word paragraphs for a seed: one paragraph per seed line (so paragraph i is line i),
 * markers that Word's counters reproduce become real auto-numbering, the rest stay literal text.
 */
function docxParagraphs(lines) {
  const outline = [0, 0];
  const items = new Map(); // list -> { count, instance }
  let bookmarks = 0;
  return lines.map((raw) => {
    let line = raw;
    const residue = /^\[bookmark: ([^\]]+)\]/.exec(line);
    if (residue) line = line.slice(residue[0].length);
    const m = marker(line);
    let numbering;
    if (m?.list === 'outline' && m.n === outline[m.level] + 1) {
      outline[m.level] = m.n;
      if (m.level === 0) outline[1] = 0;
      numbering = { reference: 'outline', level: m.level, instance: 0 };
    } else if (m && m.list !== 'outline') {
      const state = items.get(m.list) ?? { count: 0, instance: -1 };
      if (m.n === 1) items.set(m.list, { count: 1, instance: state.instance + 1 });
      else if (m.n === state.count + 1) items.set(m.list, { count: m.n, instance: state.instance });
      const now = items.get(m.list);
      if (now && now.count === m.n && now !== state) numbering = { reference: m.list, level: 0, instance: now.instance };
    }
    const text = numbering ? line.slice(m.len) : line;
    const run = new docx.TextRun(text);
    const children = residue ? [new docx.Bookmark({ id: `_bm${++bookmarks}`, children: [run] })] : [run];
    return new docx.Paragraph({ children, numbering, heading: numbering && m.heading ? m.heading : undefined });
  });
}

async function makeDocx(lines) {
  const document = new docx.Document({
    creator: 'plan-diff fixtures',
    title: 'plan-diff fixture',
    numbering: NUMBERING,
    styles: { default: { document: { run: { font: { eastAsia: 'SimSun', ascii: 'Times New Roman' }, size: 24 } } } },
    sections: [{ children: docxParagraphs(lines) }],
  });
  return stableZip(await docx.Packer.toBuffer(document));
}

/** Repack a zip with fixed timestamps (and fixed dates in docProps/core.xml) so bytes are reproducible. */
async function stableZip(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const fixed = new JSZip();
  for (const name of Object.keys(zip.files).toSorted()) {
    const file = zip.files[name];
    if (file.dir) continue;
    let data = await file.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(new TextDecoder().decode(data).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, EPOCH.toISOString().replace('.000', '')));
    }
    fixed.file(name, data, { date: EPOCH, createFolders: false });
  }
  return fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

/** Render a seed as an official-document-style PDF: titles centred, paragraphs indented 2em, header and `— N —` footer. */
function makePdf(lines, header, options = {}) {
  return new Promise((done, fail) => {
    const pdf = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: header, Producer: 'plan-diff fixtures', Creator: 'plan-diff fixtures', CreationDate: EPOCH, ModDate: EPOCH }, bufferPages: true, ...options });
    const chunks = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => done(Buffer.concat(chunks)));
    pdf.on('error', fail);
    pdf.registerFont('cjk', FONT);
    pdf.font('cjk');
    const first = lines.findIndex((l) => marker(l.trim()) !== null);
    let titleDone = false;
    lines.forEach((raw, i) => {
      const line = raw.trim().replace(/^\[bookmark: [^\]]+\]/, '');
      if (line === '') return;
      // Title lines: short lines before the first numbered heading, until the first long paragraph.
      if (!titleDone && i < first && line.length <= 30) {
        pdf.fontSize(18).text(line, { align: 'center', paragraphGap: 6 });
        return;
      }
      titleDone = true;
      const m = marker(line);
      pdf.fontSize(m?.level === 0 && m.list === 'outline' ? 14 : 12).text(line, { align: 'left', indent: 24, paragraphGap: 4, lineGap: 2 });
    });
    const range = pdf.bufferedPageRange();
    for (let p = range.start; p < range.start + range.count; p++) {
      pdf.switchToPage(p);
      const margins = pdf.page.margins;
      pdf.page.margins = { ...margins, top: 0, bottom: 0 };
      pdf.fontSize(9).text(header, 72, 40, { align: 'center', width: pdf.page.width - 144, lineBreak: false });
      pdf.fontSize(10.5).text(`— ${p + 1} —`, 72, pdf.page.height - 48, { align: 'center', width: pdf.page.width - 144, lineBreak: false });
      pdf.page.margins = margins;
    }
    pdf.end();
  });
}

function seedLines(file) {
  const text = readFileSync(join(root, file), 'utf8');
  return text.replace(/\n$/, '').split('\n');
}

async function main() {
  mkdirSync(join(out, 'bad'), { recursive: true });
  const write = (name, data) => writeFileSync(join(out, name), data);
  for (const [name, file] of Object.entries(SEEDS)) {
    const lines = seedLines(file);
    write(`${name}.docx`, await makeDocx(lines));
    write(`${name}.pdf`, await makePdf(lines, `${name} plan-diff fixture`));
  }
  // A small PDF (the head of the first seed) for the fuzz test, where speed matters.
  write('bri-2024-head.pdf', await makePdf(seedLines(SEEDS['bri-2024']).slice(0, 30), 'bri-2024 head'));
  // Other encodings of the first seed.
  const seed = readFileSync(join(root, SEEDS['bri-2024']), 'utf8');
  write('bri-2024.gb18030.txt', iconv.encode(seed, 'gb18030'));
  write('bri-2024.utf16le-bom.txt', iconv.encode(seed, 'utf-16le', { addBOM: true }));
  write('bri-2024.utf16be-bom.txt', iconv.encode(seed, 'utf-16be', { addBOM: true }));
  write('bri-2024.utf16le-nobom.txt', iconv.encode(seed, 'utf-16le'));
  write('bri-2024.utf8-bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.replace(/\n/g, '\r\n'))]));
  write('bri-2024.cr.txt', seed.replace(/\n/g, '\r'));
  // Bad inputs.
  const docxBytes = readFileSync(join(out, 'bri-2024.docx'));
  const pdfBytes = readFileSync(join(out, 'bri-2024.pdf'));
  write('bad/empty.txt', '');
  write('bad/blank.txt', ' \n\t\r\n　\n');
  write('bad/elf.bin', Buffer.concat([Buffer.from('7f454c46020101000000000000000000', 'hex'), Buffer.alloc(240, 0x11)]));
  write('bad/nul-bytes.txt', Buffer.concat([Buffer.from('一、总体要求\n'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0]), Buffer.from('（一）指导思想\n')]));
  write('bad/latin1.txt', iconv.encode('Politique de coopération scientifique et technique : résumé à l\'élève, façade, numéro, référence, déjà vu.\n'.repeat(4), 'latin1'));
  write('bad/truncated.docx', docxBytes.subarray(0, Math.floor(docxBytes.length * 0.6)));
  // Note: Word saves a password-protected .docx as an OLE compound file (EncryptedPackage inside);
  // this is its 512-byte header signature, enough for plan-diff's check and honest about being synthetic.
  write('bad/protected.docx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504, 0)]));
  write('bad/text-named.docx', '这不是Word文档，只是改了扩展名的文本。\n');
  write('bad/truncated.pdf', pdfBytes.subarray(0, Math.floor(pdfBytes.length * 0.5)));
  write('bad/encrypted.pdf', await makePdf(['一、总体要求', '（一）指导思想'], 'encrypted', { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.4' }));
  write('bad/scanned.pdf', await scannedPdf());
}

/** A PDF with drawings but no text layer, like a scan. */
function scannedPdf() {
  return new Promise((done) => {
    const pdf = new PDFDocument({ size: 'A4', info: { CreationDate: EPOCH, ModDate: EPOCH, Producer: 'plan-diff fixtures', Creator: 'plan-diff fixtures' } });
    const chunks = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => done(Buffer.concat(chunks)));
    for (let y = 100; y < 700; y += 20) pdf.rect(72, y, 300 + ((y * 7) % 150), 8).fill('#333333');
    pdf.end();
  });
}

// Note: `--docx SEED OUT` writes one seed as a Word document with auto-numbering (the Word → PDF tests
// print it with LibreOffice).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--docx') writeFileSync(resolve(process.argv[4]), await makeDocx(seedLines(process.argv[3])));
  else await main();
}
