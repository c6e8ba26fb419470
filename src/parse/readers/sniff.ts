import { sizeEn, type MagicKind, type Received } from '../../i18n/input.js';

/** What the first bytes of a file say it is. */
export type Container = 'docx' | 'ole' | 'pdf' | 'zip-empty' | 'text';

/**
 * Recognise the container from the file's first bytes, not from its extension.
 * @param bytes the file's bytes
 * @returns `docx` for a zip archive, `ole` for an OLE compound file (.doc, encrypted .docx), `pdf`, or `text`
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip-empty';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  // Note: the PDF spec lets readers accept junk before the header; pdf.js looks in the first 1024 bytes.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  return 'text';
}

/** Magic numbers of common binary formats, for naming what a refused file looks like. */
// Note: the names are in the catalog (i18n/input.ts), in both languages.
const MAGIC: ReadonlyArray<readonly [MagicKind, readonly number[]]> = [
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['exe', [0x4d, 0x5a]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['sqlite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['wasm', [0x00, 0x61, 0x73, 0x6d]],
  ['riff', [0x52, 0x49, 0x46, 0x46]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['utf32', [0xff, 0xfe, 0x00, 0x00]],
  ['utf32', [0x00, 0x00, 0xfe, 0xff]],
];

/**
 * Name the binary format the bytes look like, from their magic number.
 * @param bytes the file's bytes
 * @returns its kind (`elf`, `png`, `utf32`…; the catalog words it), or null when unknown
 */
export function describeMagic(bytes: Uint8Array): MagicKind | null {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  return null;
}

/**
 * Describe the file for a "Received …" line: its size and its first bytes, escaped.
 * @param bytes the file's bytes
 * @returns e.g. `{size: 412, head: '%PDF-1.7'}` (the catalog words it: `412 bytes starting with "%PDF-1.7"`)
 */
export function describeReceived(bytes: Uint8Array): Received {
  return { size: bytes.length, head: escapeBytes(bytes.subarray(0, 8)) };
}

/**
 * Format a byte count for people: exact below 10 kB, else with one decimal in kB/MB.
 * @param n number of bytes
 * @returns e.g. `412 bytes`, `52.4 MB`, `10 MB`
 */
export const formatSize: (n: number) => string = sizeEn;

/**
 * Show bytes as printable ASCII with `\xNN` escapes for everything else.
 * @param bytes a few bytes
 * @returns the escaped string
 */
export function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
