/**
 * The input part of the catalog: why an input or an option was refused (`PlanDiffError`, one line
 * after `plan-diff: `) and what a reader noticed while reading a file (`source-note` warnings), in
 * English and Chinese, keyed alike. Each sentence takes one object of parameters (paths, sizes, byte
 * offsets…), so an error made in the library is worded again in the user's language by the CLI.
 * Note: the English sentences are the errors' `message` (library users and `--lang en` read them);
 * paths, option names, commands and codes stay as written in both languages.
 */

/** A refused file as the message shows it: its size and its first bytes, escaped (`%PDF-1.7`). */
export interface Received {
  /** Size in bytes. */
  size: number;
  /** The first bytes, printable ASCII with `\xNN` escapes. */
  head: string;
}

/** The binary formats a refused file is recognised as, by its magic number. */
export type MagicKind = 'elf' | 'exe' | 'png' | 'jpeg' | 'gif' | 'gzip' | '7z' | 'rar' | 'sqlite' | 'wasm' | 'riff' | 'rtf' | 'utf32' | 'nul' | 'control';

/** What a zip archive that is not a Word document holds. */
export type ZipKind = 'xlsx' | 'pptx' | 'odt' | 'zip';

/** What went over a reading limit. */
export type OverWhat = { what: 'text-file'; size: number } | { what: 'decoded'; size: number } | { what: 'entries'; entries: number } | { what: 'inflated'; size: number };


/** `412 bytes`, `52.4 kB`, `10 MB`: exact below 10 kB, else one decimal (the readers' own sizes). */
export function sizeEn(n: number): string {
  if (n === 1) return '1 byte';
  if (n < 10_000) return `${n} bytes`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

const sizeZh = (n: number): string => (n < 10_000 ? `${n} 字节` : sizeEn(n));
const receivedEn = (r: Received) => `${sizeEn(r.size)} starting with "${r.head}"`;
const receivedZh = (r: Received) => `${sizeZh(r.size)}，开头为 "${r.head}"`;
const PLAN_EN = '.txt, .md, .docx or .pdf';
const PLAN_ZH = '.txt、.md、.docx 或 .pdf';

const magicEn: Record<MagicKind, string> = {
  elf: 'an ELF executable',
  exe: 'a Windows executable',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  gzip: 'a gzip archive',
  '7z': 'a 7-Zip archive',
  rar: 'a RAR archive',
  sqlite: 'an SQLite database',
  wasm: 'a WebAssembly module',
  riff: 'a RIFF file (audio/video/image)',
  rtf: 'an RTF document',
  utf32: 'a UTF-32 text',
  nul: 'it contains NUL bytes',
  control: 'it is full of control characters',
};
const magicZh: Record<MagicKind, string> = {
  elf: 'ELF 可执行文件',
  exe: 'Windows 可执行文件',
  png: 'PNG 图片',
  jpeg: 'JPEG 图片',
  gif: 'GIF 图片',
  gzip: 'gzip 压缩包',
  '7z': '7-Zip 压缩包',
  rar: 'RAR 压缩包',
  sqlite: 'SQLite 数据库',
  wasm: 'WebAssembly 模块',
  riff: 'RIFF 文件（音频、视频或图片）',
  rtf: 'RTF 文档',
  utf32: 'UTF-32 文本',
  nul: '含有 NUL 字节',
  control: '控制字符过多',
};

const overEn = (o: OverWhat): string =>
  o.what === 'text-file' ? `the text file is ${sizeEn(o.size)}` : o.what === 'decoded' ? `its text is ${sizeEn(o.size)} once decoded` : o.what === 'entries' ? `its zip archive holds ${o.entries} files` : `the Word document inflates to more than ${sizeEn(o.size)}`;
const overZh = (o: OverWhat): string =>
  o.what === 'text-file' ? `文本文件有 ${sizeZh(o.size)}` : o.what === 'decoded' ? `解码后的文字有 ${sizeZh(o.size)}` : o.what === 'entries' ? `其 zip 包内有 ${o.entries} 个文件` : `Word 文档解压后超过 ${sizeZh(o.size)}`;

const zipEn: Record<ZipKind, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  odt: 'an OpenDocument file (.odt/.ods); save it as .docx',
  zip: 'a zip archive without word/document.xml',
};
const zipZh: Record<ZipKind, string> = {
  xlsx: ' Excel 工作簿（.xlsx）',
  pptx: ' PowerPoint 演示文稿（.pptx）',
  odt: ' OpenDocument 文件（.odt/.ods），请另存为 .docx',
  zip: '不含 word/document.xml 的 zip 压缩包',
};

const DICT_EN = 'A user dictionary has one "word [freq] [tag]" per line, e.g. "联合实验室 1000 n".';
const DICT_ZH = '用户词典每行一个“词 [词频] [词性]”，例如“联合实验室 1000 n”。';
/** One problem of a config file, at a JSON path (`''` for the top level), as the schema validator found it. */
export interface ConfigProblem {
  /** JSON pointer of the value (`/thresholds/similarity`), `''` for the whole file. */
  at: string;
  /** What is wrong: an unknown or missing field, a value not among the allowed ones, out of range, of another type, not a fingerprint; `other` quotes the validator. */
  what: 'unknown-field' | 'missing-field' | 'one-of' | 'range' | 'type' | 'fingerprint' | 'other';
  /** The field's name, the allowed values (JSON, comma-separated), the bound (`<= 1`), the type, or the validator's message. */
  value: string;
  /** For an unknown field under `/rules`: the rule ids there are. */
  known?: string[];
}

const configProblemEn = (c: ConfigProblem): string => {
  const at = c.at === '' ? 'top level' : c.at;
  const said = {
    'unknown-field': `unknown field "${c.value}"${c.known ? ` (rules: ${c.known.join(', ')})` : ''}`,
    'missing-field': `missing field "${c.value}"`,
    'one-of': `must be one of ${c.value}`,
    range: `must be ${c.value}`,
    type: `must be ${c.value}`,
    fingerprint: 'must be a 16-digit hex fingerprint as printed by plan-diff check',
    other: c.value,
  }[c.what];
  return `${at}: ${said}`;
};
const TYPE_ZH: Record<string, string> = { number: '数值', integer: '整数', string: '字符串', boolean: '布尔值', object: '对象', array: '数组' };
const configProblemZh = (c: ConfigProblem): string => {
  const at = c.at === '' ? '顶层' : c.at;
  const said = {
    'unknown-field': `未知字段 "${c.value}"${c.known ? `（rules 可用：${c.known.join(', ')}）` : ''}`,
    'missing-field': `缺少字段 "${c.value}"`,
    'one-of': `应为 ${c.value} 之一`,
    range: `取值应 ${c.value}`,
    type: `应为${TYPE_ZH[c.value] ?? ` ${c.value}`}`,
    fingerprint: '应为 plan-diff check 输出的 16 位十六进制指纹',
    other: c.value,
  }[c.what];
  return `${at}：${said}`;
};

/** One problem of a user dictionary (`dict` in a config, entry `entry`, or `--dict` when null). */
export type DictProblem = { entry: number | null; name: string } & (
  | { what: 'missing' | 'directory' | 'unreadable'; folder: string | null; reason: string }
  | { what: 'not-text'; size: number }
  | { what: 'bad-line'; line: number; text: string }
  | { what: 'more-lines'; count: number }
);

const dictProblemEn = (d: DictProblem): string => {
  const at = d.entry === null ? '' : `/dict/${d.entry}: `;
  if (d.what === 'not-text') return `${at}${d.name} is not a text file (${d.size} bytes, not UTF-8 or with NUL bytes)`;
  if (d.what === 'bad-line') return `${at}${d.name} line ${d.line}: "${d.text}" is not "word [freq] [tag]" (freq a whole number)`;
  if (d.what === 'more-lines') return `${at}${d.name} … and ${d.count} more such lines`;
  const relative = d.folder === null ? 'relative to the working directory' : `relative to the config's folder ${d.folder}`;
  return `${at}cannot read ${d.name} (${relative}): ${d.what === 'missing' ? 'no such file' : d.what === 'directory' ? 'it is a directory' : d.reason}`;
};
const dictProblemZh = (d: DictProblem): string => {
  const at = d.entry === null ? '' : `/dict/${d.entry}：`;
  if (d.what === 'not-text') return `${at}${d.name} 不是文本文件（${sizeZh(d.size)}，不是 UTF-8 或含有 NUL 字节）`;
  if (d.what === 'bad-line') return `${at}${d.name} 第 ${d.line} 行 "${d.text}" 不是“词 [词频] [词性]”的格式（词频应为整数）`;
  if (d.what === 'more-lines') return `${at}${d.name} ……另有 ${d.count} 行同样的问题`;
  const relative = d.folder === null ? '相对于工作目录' : `相对于配置文件所在的文件夹 ${d.folder}`;
  return `${at}无法读取 ${d.name}（${relative}）：${d.what === 'missing' ? '文件不存在' : d.what === 'directory' ? '这是一个文件夹' : d.reason}`;
};

/** A reason the system gave (a failed read or write): its code (`EACCES`, `ENOSPC`…, `''` for none) and Node's message. */
export interface SystemReason {
  /** The errno code, `''` when there is none. */
  code: string;
  /** Node's message (English), its first line. */
  message: string;
}

// Note: the codes a user can act on are said in Chinese; any other reason is quoted as Node words it.
const SYSTEM_ZH: Record<string, string> = {
  ENOENT: '文件或文件夹不存在',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一段不是文件夹',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统为只读',
  EMFILE: '同时打开的文件过多',
  EBUSY: '文件正被占用',
  ELOOP: '符号链接层数过多',
  EIO: '读写出错（EIO）',
};
const systemZh = (r: SystemReason): string => SYSTEM_ZH[r.code] ?? r.message;

const list = (items: readonly string[], and: string) => items.join(and);

export const inputEn = {
  /** Errors: what failed, why, what was expected, what was received. */
  error: {
    // Reading a file (parse/readers, cli/io).
    notFound: (p: { path: string; cwd: string }) => `cannot read ${p.path}: no such file. Check the path (relative to ${p.cwd}).`,
    permission: (p: { path: string }) => `cannot read ${p.path}: permission denied. Expected a file you can read.`,
    isDirectory: (p: { path: string }) => `cannot read ${p.path}: it is a directory, expected a file (${PLAN_EN}).`,
    readFailed: (p: { path: string; reason: SystemReason }) => `cannot read ${p.path}: ${p.reason.message}.`,
    noStdin: (_p: Record<string, never>) => 'cannot read -: no standard input available.',
    inputTooLarge: (p: { path: string; size: number; more: boolean; container: number; text: number }) =>
      `cannot read ${p.path}: the input is too large (${p.more ? 'over ' : ''}${sizeEn(p.size)}). plan-diff reads files up to ${sizeEn(p.container)} (.docx/.pdf) and ${sizeEn(p.text)} (text). Check that this is the right file.`,
    fileTooLarge: (p: { path: string; size: number; text: boolean; limit: number }) =>
      `cannot read ${p.path}: the file is too large (${sizeEn(p.size)}). plan-diff reads ${p.text ? 'text files' : '.docx and .pdf files'} up to ${sizeEn(p.limit)}; a plan is rarely over 1 MB of text. Check that this is the right file, or split it.`,
    overLimit: (p: { path: string; over: OverWhat; name: string; value: string; raise: string }) =>
      `cannot read ${p.path}: ${overEn(p.over)} (the ${p.name} limit is ${p.value}). A plan is rarely near it: check that this is the right file, or raise the limit with --limit ${p.name}=${p.raise}.`,
    empty: (p: { path: string }) => `cannot read ${p.path}: the file is empty (0 bytes). Expected a plan in ${PLAN_EN}.`,
    whitespace: (p: { path: string; size: number }) => `cannot read ${p.path}: the file has no text (${sizeEn(p.size)} of whitespace only). Expected a plan in ${PLAN_EN}.`,
    noText: (p: { path: string }) => `cannot parse ${p.path}: the file has no text (only whitespace or markup).`,
    binary: (p: { path: string; what: MagicKind; received: Received }) => `cannot read ${p.path}: the file looks binary (${magicEn[p.what]}), not text. Expected ${PLAN_EN}. Received ${receivedEn(p.received)}.`,
    utf32: (p: { path: string; received: Received }) => `cannot read ${p.path}: the text is UTF-32, which plan-diff does not read. Expected UTF-8, UTF-16 or GB18030. Received ${receivedEn(p.received)}; convert it with iconv -f UTF-32 -t UTF-8.`,
    badUtf8Bom: (p: { path: string; byte: string; offset: number }) =>
      `cannot read ${p.path}: it starts with a UTF-8 byte-order mark but is not valid UTF-8: byte 0x${p.byte} at offset ${p.offset} is not part of a UTF-8 character. Expected UTF-8 throughout. Re-save the file as UTF-8.`,
    badUtf16: (p: { path: string; encoding: string; offset: number; received: Received }) =>
      `cannot read ${p.path}: it looks like ${p.encoding} but has an unpaired surrogate at byte offset ${p.offset}. Expected well-formed UTF-16. Received ${receivedEn(p.received)}; re-save the file as UTF-8.`,
    encoding: (p: { path: string; guess: string | null; damaged: boolean; size: number; byte: string; offset: number }) =>
      `cannot read ${p.path}: the text is not valid UTF-8, UTF-16 or GB18030 (it looks like ${p.guess === null ? 'an unknown encoding' : p.damaged ? `damaged ${p.guess}` : p.guess}). Expected UTF-8, UTF-16 or GB18030/GBK. Received ${sizeEn(p.size)}; the first byte that is not UTF-8 is 0x${p.byte} at offset ${p.offset}.` +
      (p.guess !== null && !p.damaged ? ` Convert it first, e.g. iconv -f ${p.guess} -t UTF-8 ${p.path} > ${p.path}.utf8.txt.` : ''),
    notContainer: (p: { path: string; pdf: boolean; received: Received }) =>
      `cannot read ${p.path}: the file is not ${p.pdf ? 'a PDF (the "%PDF-" header is missing)' : 'a Word document (the zip header is missing)'}. Expected ${PLAN_EN}. Received ${receivedEn(p.received)}.`,
    ole: (p: { path: string }) =>
      `cannot read ${p.path}: it is an OLE compound file, i.e. an encrypted (password-protected) .docx or an old .doc/.xls. Expected a .docx without a password. Remove the password or save it as .docx in Word and try again.`,
    zipEmpty: (p: { path: string; received: Received }) => `cannot read ${p.path}: it is an empty zip archive, not a Word document. Expected a .docx. Received ${receivedEn(p.received)}.`,
    docxZip: (p: { path: string; reason: string; received: Received }) =>
      `cannot read ${p.path}: the Word document is damaged or truncated (its zip archive cannot be opened: ${p.reason}). Expected a complete .docx. Received ${receivedEn(p.received)}; re-save or re-download it.`,
    notWord: (p: { path: string; what: ZipKind; received: Received }) => `cannot read ${p.path}: the file is not a Word document; it is ${zipEn[p.what]}. Expected ${PLAN_EN}. Received ${receivedEn(p.received)}.`,
    docxDamaged: (p: { path: string; part: string; problem: 'no-body' | 'inflate' | 'xml'; reason: string }) =>
      `cannot read ${p.path}: the Word document is damaged (${p.part} ${p.problem === 'no-body' ? 'has no w:body' : p.problem === 'inflate' ? `cannot be decompressed: ${p.reason}` : `is not well-formed XML: ${p.reason}`}). Expected a .docx that Word opens; re-save it from Word.`,
    docxNoText: (p: { path: string; paragraphs: number }) => `cannot read ${p.path}: the Word document has no text (${p.paragraphs} empty paragraph(s); images or scanned pages only?). Expected a .docx with text.`,
    pdfNoText: (p: { path: string; pages: number }) =>
      `cannot read ${p.path}: the PDF has no text layer (${p.pages} page(s) of images, e.g. a scan); run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf). Expected a PDF with selectable text.`,
    pdfEncrypted: (p: { path: string }) => `cannot read ${p.path}: the PDF is encrypted (password-protected). Expected a PDF without a password; remove it first (e.g. qpdf --decrypt --password=… in.pdf out.pdf).`,
    pdfDamaged: (p: { path: string; reason: string; received: Received }) =>
      `cannot read ${p.path}: the PDF is damaged or truncated (pdf.js: ${p.reason}). Expected a complete PDF; re-download or re-export it. Received ${receivedEn(p.received)}.`,
    // Finding the files.
    folderEmpty: (p: { path: string; extensions: string[] }) => `${p.path} holds no plan files. Expected files ending in ${list(p.extensions, ', ')}.`,
    noMatch: (p: { pattern: string; extensions: string[]; cwd: string }) => `no plan files match ${p.pattern}. Expected files ending in ${list(p.extensions, ', ')} (relative to ${p.cwd}).`,
    dictInvalid: (p: { file: string; problems: DictProblem[] }) => `invalid config ${p.file}: ${list(p.problems.map(dictProblemEn), '; ')}. ${DICT_EN}`,
    dictOption: (p: { problem: DictProblem; more: number }) => `--dict: ${dictProblemEn(p.problem)}${p.more > 0 ? ` (and ${p.more} more problem${p.more === 1 ? '' : 's'})` : ''}. ${DICT_EN}`,
    // Target lines (check --from-targets).
    linesNotJson: (p: { where: string }) => `${p.where} is not JSON. --from-targets reads the JSON Lines of \`plan-diff targets --kind all --format jsonl\`.`,
    linesKind: (p: { where: string; listed: string; kinds: string[] }) => `${p.where}: these targets were listed with --kind ${p.listed}, but check compares ${list(p.kinds, ', ')}; list them with --kind all.`,
    linesOrphan: (p: { where: string; file: string }) => `${p.where}: a target of ${p.file} comes before any document line of that file.`,
    linesUnknown: (p: { where: string }) => `${p.where} is neither a document line nor a target of \`plan-diff targets --format jsonl\`.`,
    linesContext: (p: { where: string; context: number }) => `${p.where}: the target refers to context ${p.context}, which no line before it gives.`,
    // Options.
    limitSetting: (p: { setting: string; names: string[] }) => `--limit ${p.setting}: expected NAME=VALUE with NAME one of ${list(p.names, ', ')} and VALUE a size such as 20MB (a count for docx-entries).`,
    limitPositive: (p: { setting: string }) => `--limit ${p.setting}: expected a value above 0.`,
    // Config and pin files.
    configUnreadable: (p: { file: string; missing: boolean; directory: boolean; reason: string }) =>
      `cannot read config ${p.file}: ${p.missing ? 'no such file' : p.directory ? 'it is a directory' : p.reason}. Expected a JSON file (see docs/check.md).`,
    configInvalid: (p: { file: string; problems: ConfigProblem[] }) => `invalid config ${p.file}: ${list(p.problems.map(configProblemEn), '; ')}.`,
    notJson: (p: { what: 'config' | 'baseline'; file: string; line: number; column: number; reason: string }) =>
      `cannot read ${p.what} ${p.file}: not valid JSON${p.line > 0 ? ` at line ${p.line}, column ${p.column}` : ''} (${p.reason}).`,
    pinUnreadable: (p: { file: string; missing: boolean; reason: string }) => `cannot read pin file ${p.file}: ${p.missing ? 'no such file' : p.reason}.`,
    pinCsv: (p: { file: string; reason: string }) => `cannot read pin file ${p.file}: ${p.reason}. Expected a CSV with columns old_id,new_id.`,
    pinColumns: (p: { file: string; columns: string[] }) =>
      `pin file ${p.file} has no old_id and new_id columns. Expected a CSV with columns old_id,new_id (ids as compare prints them, - for none). Received columns: ${list(p.columns, ', ') || 'none'}.`,
    pinJson: (p: { file: string; reason: string }) => `cannot read pin file ${p.file}: ${p.reason}. Expected a CSV with columns old_id,new_id or a compare JSON report.`,
    pinNotReport: (p: { file: string; schema: string }) => `pin file ${p.file} is JSON but not a compare report. Expected "schema": "plan-diff/compare@…" with "pairs". Received schema ${p.schema}.`,
    pinsNotFound: (p: { ids: Array<{ side: 'old' | 'new'; id: string }>; more: number }) =>
      `pinned ids not found: ${list(p.ids.map((i) => `${i.side} ${i.id}`), ', ')}${p.more > 0 ? ` and ${p.more} more` : ''}. Expected clause ids as compare prints them (old.id, new.id; - for none).`,
    baselineUnreadable: (p: { file: string; missing: boolean; reason: string }) => `cannot read baseline ${p.file}: ${p.missing ? 'no such file' : p.reason}. Write one with --write-baseline ${p.file}.`,
    baselineShape: (p: { file: string }) => `cannot read baseline ${p.file}: expected {"schema": "plan-diff/baseline@1", "findings": [...]} as written by --write-baseline.`,
    baselineNotChecked: (p: { baseline: string; files: string[] }) => `the baseline ${p.baseline} is not among the checked files (${list(p.files, ', ')}).`,
    // Output.
    writeFailed: (p: { path: string; baseline: boolean; reason: SystemReason }) => `cannot write ${p.baseline ? 'baseline ' : ''}${p.path}: ${p.reason.message}.`,
    baselineFromTargets: (p: { baseline: string }) => `--baseline ${p.baseline}: with --from-targets the baseline plan must be one of the documents in the target lines.`,
    outputIsInput: (p: { path: string }) => `refusing to write ${p.path}: it is one of the input files, and the report would replace it. Expected an output file that is not an input; choose another name.`,
    noFolder: (p: { path: string; folder: string }) => `cannot write ${p.path}: the folder ${p.folder} does not exist. Create it first or choose another path.`,
    binaryToStdout: (_p: Record<string, never>) => 'this format is binary; write it to a file with -o FILE (e.g. -o 对照表.docx).',
    workbookToStdout: (p: { format: string; extension: string }) => `format "${p.format}" writes a binary workbook, which is not sent to stdout. Write it to a file with -o FILE.${p.extension}.`,
    outputExtension: (p: { file: string; known: string[] }) => `cannot tell the output format of ${p.file} from its extension. Expected one of ${list(p.known, ' ')}, or give --format.`,
    formatNotHere: (p: { name: string; formats: string[] }) => `format "${p.name}" is not available for this command. Use one of: ${list(p.formats, ', ')}.`,
    unknownFormat: (p: { name: string; formats: string[] }) => `unknown format "${p.name}". Expected one of: ${list(p.formats, ', ')}.`,
    // compare and history.
    oneStdin: (p: { history: boolean }): string => (p.history ? 'only one version can be - (stdin).' : 'only one of <old> and <new> can be - (stdin).'),
    authorWithout: (_p: Record<string, never>) => '--author names the author of tracked changes; use it with --track-changes.',
    trackFormat: (p: { format: string }) => `--track-changes writes a Word document; it cannot be combined with --format ${p.format}.`,
    trackOutput: (p: { output: string }) => `--track-changes writes a Word document; name the output .docx. Received "${p.output}".`,
    authorEmpty: (_p: Record<string, never>) => '--author expects a name. Received an empty string.',
    context: (p: { value: string }) => `--context expects a whole number of words or "all". Received "${p.value}".`,
    kind: (p: { value: string; kinds: string[] }) => `--kind expects kinds separated by commas (${list(p.kinds, ', ')}) or "all". Received "${p.value}".`,
    shard: (p: { spec: string }) => `--shard expects K/N with 1 ≤ K ≤ N (e.g. --shard 2/8). Received "${p.spec}".`,
    historyFew: (p: { count: number; first: string; twice: boolean }) =>
      `history needs two or more versions, oldest first. Received ${p.count}${p.count === 1 ? `: ${p.first}` : ''}${p.twice ? ' (a file named twice is read once)' : ''}.`,
    pinWhichStep: (p: { arg: string; versions: number }) =>
      `--pin ${p.arg}: which step? With ${p.versions} versions, write --pin K=FILE for the step from version K-1 to version K (2 to ${p.versions}), e.g. --pin 2=${p.arg}.`,
    pinNoStep: (p: { arg: string; step: number; versions: number }) =>
      `--pin ${p.arg}: there is no step into version ${p.step}. Expected K from 2 to ${p.versions} (the step from version K-1 to version K).`,
    pinTwice: (p: { arg: string; step: number }) => `--pin ${p.arg}: the step into version ${p.step} is pinned twice. Expected one pin file per step.`,
    pinSteps: (p: { pins: number; versions: number }) =>
      `pins for ${p.pins} steps, but ${p.versions} versions make ${p.versions - 1}. Expected pins for version 1 → 2 up to ${p.versions - 1} → ${p.versions}.`,
  },
  /** Reader notes (`source-note` warnings): what was done to read a file, without stopping. */
  note: {
    trackedChanges: (p: { insertions: number; deletions: number }) => `has tracked changes; read as if all were accepted (${p.insertions} insertion(s) kept, ${p.deletions} deletion(s) dropped).`,
    tableRows: (p: { rows: number }) => `${p.rows} table row(s) read as lines with cells separated by tabs.`,
    pageUnreadable: (p: { page: number; reason: string }) => `page ${p.page} could not be read (${p.reason}); its text is missing.`,
    pdfNoEof: (_p: Record<string, never>) => 'the PDF has no %%EOF marker at its end (truncated?); the text read may be incomplete.',
    furniture: (p: { lines: number }) => `${p.lines} running header, footer or page-number line(s) dropped.`,
    utf16NoBom: (p: { encoding: string }) => `no byte-order mark; read as ${p.encoding} from its NUL-byte pattern.`,
    utf16Odd: (p: { encoding: string }) => `the ${p.encoding} text has an odd number of bytes (truncated?); the last byte was dropped.`,
    utf8Truncated: (p: { bytes: number }) => `the file ends in the middle of a UTF-8 character (truncated?); its last ${p.bytes} byte(s) were dropped.`,
    gb18030: (_p: Record<string, never>) => 'read as GB18030/GBK (detected from its content).',
    extension: (p: { container: string; extension: string }) =>
      `the content is ${p.container === 'text' ? 'plain text' : `a .${p.container} file`} whatever the .${p.extension} extension says; read it as such.`,
  },
  /** Lines around an error. */
  inStep: (p: { from: number; to: number; reason: string }) => `version ${p.from} → ${p.to}: ${p.reason}`,
  /** A size as these messages write it. */
  size: sizeEn,
};

/** The shape of the input catalog in every language. */
export type InputCatalog = typeof inputEn;

export const inputZh: InputCatalog = {
  error: {
    notFound: (p) => `无法读取 ${p.path}：文件不存在。请检查路径（相对于 ${p.cwd}）。`,
    permission: (p) => `无法读取 ${p.path}：没有读取权限。应为可以读取的文件。`,
    isDirectory: (p) => `无法读取 ${p.path}：这是一个文件夹，应为文件（${PLAN_ZH}）。`,
    readFailed: (p) => `无法读取 ${p.path}：${systemZh(p.reason)}。`,
    noStdin: () => '无法读取 -：没有标准输入。',
    inputTooLarge: (p) =>
      `无法读取 ${p.path}：输入过大（${p.more ? '超过 ' : ''}${sizeZh(p.size)}）。plan-diff 读取的文件最大为 ${sizeZh(p.container)}（.docx/.pdf）和 ${sizeZh(p.text)}（文本）。请确认文件是否选对。`,
    fileTooLarge: (p) =>
      `无法读取 ${p.path}：文件过大（${sizeZh(p.size)}）。plan-diff 读取的${p.text ? '文本文件' : ' .docx 和 .pdf 文件'}最大为 ${sizeZh(p.limit)}；一份规划的文字很少超过 1 MB。请确认文件是否选对，或将其拆分。`,
    overLimit: (p) => `无法读取 ${p.path}：${overZh(p.over)}（${p.name} 上限为 ${p.value}）。规划文件很少接近这一上限：请确认文件是否选对，或用 --limit ${p.name}=${p.raise} 提高上限。`,
    empty: (p) => `无法读取 ${p.path}：文件是空的（0 字节）。应为 ${PLAN_ZH} 格式的规划。`,
    whitespace: (p) => `无法读取 ${p.path}：文件没有文字（${sizeZh(p.size)}，全是空白）。应为 ${PLAN_ZH} 格式的规划。`,
    noText: (p) => `无法解析 ${p.path}：文件没有文字（只有空白或标记）。`,
    binary: (p) => `无法读取 ${p.path}：文件像是二进制文件（${magicZh[p.what]}），不是文本。应为 ${PLAN_ZH} 文件。收到 ${receivedZh(p.received)}。`,
    utf32: (p) => `无法读取 ${p.path}：文本是 UTF-32 编码，plan-diff 不读取这种编码。应为 UTF-8、UTF-16 或 GB18030。收到 ${receivedZh(p.received)}；请用 iconv -f UTF-32 -t UTF-8 转换。`,
    badUtf8Bom: (p) => `无法读取 ${p.path}：文件以 UTF-8 字节顺序标记开头，却不是有效的 UTF-8：偏移 ${p.offset} 处的字节 0x${p.byte} 不属于任何 UTF-8 字符。应全文为 UTF-8。请将文件另存为 UTF-8。`,
    badUtf16: (p) => `无法读取 ${p.path}：文件像是 ${p.encoding}，但字节偏移 ${p.offset} 处有未配对的代理项。应为格式正确的 UTF-16。收到 ${receivedZh(p.received)}；请将文件另存为 UTF-8。`,
    encoding: (p) =>
      `无法读取 ${p.path}：文本不是有效的 UTF-8、UTF-16 或 GB18030（看起来是${p.guess === null ? '未知编码' : p.damaged ? `损坏的 ${p.guess}` : ` ${p.guess}`}）。应为 UTF-8、UTF-16 或 GB18030/GBK。收到 ${sizeZh(p.size)}；第一个不属于 UTF-8 的字节是偏移 ${p.offset} 处的 0x${p.byte}。` +
      (p.guess !== null && !p.damaged ? `请先转换编码，例如 iconv -f ${p.guess} -t UTF-8 ${p.path} > ${p.path}.utf8.txt。` : ''),
    notContainer: (p) => `无法读取 ${p.path}：文件不是${p.pdf ? ' PDF（缺少 "%PDF-" 文件头）' : ' Word 文档（缺少 zip 文件头）'}。应为 ${PLAN_ZH} 文件。收到 ${receivedZh(p.received)}。`,
    ole: (p) => `无法读取 ${p.path}：这是 OLE 复合文件，即加密（设有密码）的 .docx 或旧版 .doc/.xls。应为没有密码的 .docx。请去掉密码或在 Word 中另存为 .docx 后重试。`,
    zipEmpty: (p) => `无法读取 ${p.path}：这是一个空的 zip 压缩包，不是 Word 文档。应为 .docx 文件。收到 ${receivedZh(p.received)}。`,
    docxZip: (p) => `无法读取 ${p.path}：Word 文档已损坏或不完整（其 zip 压缩包无法打开：${p.reason}）。应为完整的 .docx。收到 ${receivedZh(p.received)}；请重新保存或重新下载。`,
    notWord: (p) => `无法读取 ${p.path}：文件不是 Word 文档，而是${zipZh[p.what]}。应为 ${PLAN_ZH} 文件。收到 ${receivedZh(p.received)}。`,
    docxDamaged: (p) =>
      `无法读取 ${p.path}：Word 文档已损坏（${p.part} ${p.problem === 'no-body' ? '没有 w:body' : p.problem === 'inflate' ? `无法解压：${p.reason}` : `不是格式正确的 XML：${p.reason}`}）。应为 Word 能打开的 .docx；请在 Word 中重新保存。`,
    docxNoText: (p) => `无法读取 ${p.path}：Word 文档没有文字（${p.paragraphs} 个空段落；只有图片或扫描页？）。应为含有文字的 .docx。`,
    pdfNoText: (p) => `无法读取 ${p.path}：PDF 没有文字层（${p.pages} 页图片，例如扫描件）；请先做文字识别（例如 ocrmypdf -l chi_sim in.pdf out.pdf）。应为文字可以选中的 PDF。`,
    pdfEncrypted: (p) => `无法读取 ${p.path}：PDF 已加密（设有密码）。应为没有密码的 PDF；请先去掉密码（例如 qpdf --decrypt --password=… in.pdf out.pdf）。`,
    pdfDamaged: (p) => `无法读取 ${p.path}：PDF 已损坏或不完整（pdf.js：${p.reason}）。应为完整的 PDF；请重新下载或重新导出。收到 ${receivedZh(p.received)}。`,
    folderEmpty: (p) => `${p.path} 中没有规划文件。应为扩展名是 ${list(p.extensions, '、')} 的文件。`,
    noMatch: (p) => `没有规划文件与 ${p.pattern} 匹配。应为扩展名是 ${list(p.extensions, '、')} 的文件（相对于 ${p.cwd}）。`,
    dictInvalid: (p) => `配置文件 ${p.file} 无效：${list(p.problems.map(dictProblemZh), '；')}。${DICT_ZH}`,
    dictOption: (p) => `--dict：${dictProblemZh(p.problem)}${p.more > 0 ? `（另有 ${p.more} 处问题）` : ''}。${DICT_ZH}`,
    linesNotJson: (p) => `${p.where} 不是 JSON。--from-targets 读取 \`plan-diff targets --kind all --format jsonl\` 输出的 JSON Lines。`,
    linesKind: (p) => `${p.where}：这些指标是用 --kind ${p.listed} 列出的，但 check 比较的是 ${list(p.kinds, ', ')}；请用 --kind all 列出。`,
    linesOrphan: (p) => `${p.where}：${p.file} 的指标出现在该文件的文档行之前。`,
    linesUnknown: (p) => `${p.where} 既不是文档行，也不是 \`plan-diff targets --format jsonl\` 输出的指标。`,
    linesContext: (p) => `${p.where}：指标引用了上下文 ${p.context}，但前面没有哪一行给出它。`,
    limitSetting: (p) => `--limit ${p.setting}：应为 NAME=VALUE，NAME 取 ${list(p.names, '、')} 之一，VALUE 为大小，如 20MB（docx-entries 为个数）。`,
    limitPositive: (p) => `--limit ${p.setting}：取值应大于 0。`,
    configUnreadable: (p) => `无法读取配置文件 ${p.file}：${p.missing ? '文件不存在' : p.directory ? '这是一个文件夹' : p.reason}。应为 JSON 文件（见 docs/check.md）。`,
    configInvalid: (p) => `配置文件 ${p.file} 无效：${list(p.problems.map(configProblemZh), '；')}。`,
    notJson: (p) => `无法读取${p.what === 'config' ? '配置文件' : '基准文件'} ${p.file}：不是有效的 JSON（${p.line > 0 ? `第 ${p.line} 行第 ${p.column} 列：` : ''}${p.reason}）。`,
    pinUnreadable: (p) => `无法读取对应关系文件 ${p.file}：${p.missing ? '文件不存在' : p.reason}。`,
    pinCsv: (p) => `无法读取对应关系文件 ${p.file}：${p.reason}。应为含 old_id,new_id 两列的 CSV。`,
    pinColumns: (p) => `对应关系文件 ${p.file} 没有 old_id 和 new_id 两列。应为含 old_id,new_id 两列的 CSV（编号同 compare 的输出，- 表示无）。收到的列：${list(p.columns, '、') || '无'}。`,
    pinJson: (p) => `无法读取对应关系文件 ${p.file}：${p.reason}。应为含 old_id,new_id 两列的 CSV 或 compare 的 JSON 报告。`,
    pinNotReport: (p) => `对应关系文件 ${p.file} 是 JSON，但不是 compare 报告。应有取值为 "plan-diff/compare@…" 的 "schema" 和 "pairs"。收到的 schema 为 ${p.schema}。`,
    pinsNotFound: (p) => `找不到指定的条文编号：${list(p.ids.map((i) => `${i.side === 'old' ? '原' : '新'} ${i.id}`), '、')}${p.more > 0 ? ` 等，另有 ${p.more} 个` : ''}。应为 compare 输出的条文编号（old.id、new.id；- 表示无）。`,
    baselineUnreadable: (p) => `无法读取基准文件 ${p.file}：${p.missing ? '文件不存在' : p.reason}。可用 --write-baseline ${p.file} 生成。`,
    baselineShape: (p) => `无法读取基准文件 ${p.file}：应为 --write-baseline 写出的 {"schema": "plan-diff/baseline@1", "findings": [...]}。`,
    baselineNotChecked: (p) => `基准规划 ${p.baseline} 不在所检查的文件中（${list(p.files, '、')}）。`,
    writeFailed: (p) => `无法写入${p.baseline ? '基准文件' : ''} ${p.path}：${systemZh(p.reason)}。`,
    baselineFromTargets: (p) => `--baseline ${p.baseline}：使用 --from-targets 时，基准规划必须是指标行中的文件之一。`,
    outputIsInput: (p) => `拒绝写入 ${p.path}：它是输入文件之一，写入报告会覆盖它。输出文件不能是输入文件，请换一个文件名。`,
    noFolder: (p) => `无法写入 ${p.path}：文件夹 ${p.folder} 不存在。请先创建，或换一个路径。`,
    binaryToStdout: () => '这种格式是二进制文件，请用 -o FILE 写入文件（例如 -o 对照表.docx）。',
    workbookToStdout: (p) => `格式 "${p.format}" 生成二进制工作簿，不能输出到标准输出。请用 -o FILE.${p.extension} 写入文件。`,
    outputExtension: (p) => `无法从扩展名判断 ${p.file} 的输出格式。应为 ${list(p.known, ' ')} 之一，或用 --format 指定。`,
    formatNotHere: (p) => `此命令不支持格式 "${p.name}"。可用：${list(p.formats, '、')}。`,
    unknownFormat: (p) => `未知格式 "${p.name}"。应为以下之一：${list(p.formats, '、')}。`,
    oneStdin: (p) => (p.history ? '只能有一个版本为 -（标准输入）。' : '<old> 和 <new> 只能有一个为 -（标准输入）。'),
    authorWithout: () => '--author 指定修订的作者，须与 --track-changes 一起使用。',
    trackFormat: (p) => `--track-changes 生成 Word 文档，不能与 --format ${p.format} 同时使用。`,
    trackOutput: (p) => `--track-changes 生成 Word 文档，输出文件名应以 .docx 结尾。收到 "${p.output}"。`,
    authorEmpty: () => '--author 需要一个名字。收到的是空字符串。',
    context: (p) => `--context 应为整数（词数）或 "all"。收到 "${p.value}"。`,
    kind: (p) => `--kind 应为以逗号分隔的类型（${list(p.kinds, ', ')}）或 "all"。收到 "${p.value}"。`,
    shard: (p) => `--shard 应为 K/N，且 1 ≤ K ≤ N（例如 --shard 2/8）。收到 "${p.spec}"。`,
    historyFew: (p) => `history 需要两个或更多版本，从旧到新排列。收到 ${p.count} 个${p.count === 1 ? `：${p.first}` : ''}${p.twice ? '（同一文件写了两次，只读一次）' : ''}。`,
    pinWhichStep: (p) => `--pin ${p.arg}：对应哪一步？共有 ${p.versions} 个版本，请写 --pin K=FILE 指定从第 K-1 版到第 K 版这一步（K 为 2 到 ${p.versions}），例如 --pin 2=${p.arg}。`,
    pinNoStep: (p) => `--pin ${p.arg}：没有进入第 ${p.step} 版的一步。K 应为 2 到 ${p.versions}（从第 K-1 版到第 K 版）。`,
    pinTwice: (p) => `--pin ${p.arg}：进入第 ${p.step} 版的一步指定了两次。每一步只能有一个对应关系文件。`,
    pinSteps: (p) => `给出了 ${p.pins} 步的对应关系，但 ${p.versions} 个版本只有 ${p.versions - 1} 步。应为第 1 → 2 版到第 ${p.versions - 1} → ${p.versions} 版的对应关系。`,
  },
  note: {
    trackedChanges: (p) => `文档含有修订；按全部接受后的文字读取（保留插入 ${p.insertions} 处，去掉删除 ${p.deletions} 处）。`,
    tableRows: (p) => `${p.rows} 行表格按行读取，单元格之间以制表符分隔。`,
    pageUnreadable: (p) => `第 ${p.page} 页无法读取（${p.reason}），该页文字缺失。`,
    pdfNoEof: () => 'PDF 末尾没有 %%EOF 标记（文件不完整？）；读到的文字可能不全。',
    furniture: (p) => `去掉了 ${p.lines} 行页眉、页脚或页码。`,
    utf16NoBom: (p) => `没有字节顺序标记；根据 NUL 字节的分布按 ${p.encoding} 读取。`,
    utf16Odd: (p) => `${p.encoding} 文本的字节数为奇数（不完整？）；去掉了最后一个字节。`,
    utf8Truncated: (p) => `文件在一个 UTF-8 字符中间结束（不完整？）；去掉了最后 ${p.bytes} 个字节。`,
    gb18030: () => '按 GB18030/GBK 编码读取（根据内容判断）。',
    extension: (p) => `内容是${p.container === 'text' ? '纯文本' : ` .${p.container} 文件`}，与扩展名 .${p.extension} 不符；按实际内容读取。`,
  },
  inStep: (p) => `第 ${p.from} → ${p.to} 版：${p.reason}`,
  size: sizeZh,
};

/** A reader note as data: its catalog key and the parameters its sentence is made from. */
export type NoteRef = { [K in keyof InputCatalog['note']]: { key: K; params: Parameters<InputCatalog['note'][K]>[0] } }[keyof InputCatalog['note']];

/**
 * The sentence of a reader note in a language.
 * @param ref the note's key and parameters
 * @param lang `zh` or `en`
 * @returns the sentence
 */
export function noteText(ref: NoteRef, lang: 'zh' | 'en'): string {
  const say = (lang === 'zh' ? inputZh : inputEn).note[ref.key] as (params: unknown) => string;
  return say(ref.params);
}

/**
 * The reason of a failed read or write, as the messages quote it.
 * @param error what the file system threw
 * @returns its code and the first line of its message
 */
export function systemReason(error: unknown): SystemReason {
  const code = (error as { code?: unknown } | null)?.code;
  return { code: typeof code === 'string' ? code : '', message: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
}

/**
 * A source's notes in English (`notes`) and as catalog keys (`noteRefs`), one for one.
 * @param refs the notes' keys and parameters
 * @returns the two fields of a `SourceFile`
 */
export function sourceNotes(refs: readonly NoteRef[]): { notes: string[]; noteRefs: NoteRef[] } {
  return { notes: refs.map((r) => noteText(r, 'en')), noteRefs: [...refs] };
}

/**
 * A config problem as the English message says it (the order and de-duplication of problems follow it).
 * @param problem the problem
 * @returns e.g. `/thresholds/similarity: must be <= 1`
 */
export const configProblemText: (problem: ConfigProblem) => string = configProblemEn;
