import { createRequire } from 'node:module';
import { PlanDiffError } from '../../errors.js';
import { decodeGb18030 } from './gb18030.js';
import type { MagicKind, NoteRef } from '../../i18n/input.js';
import { describeMagic, describeReceived } from './sniff.js';
import { firstInvalidUtf8 } from './utf8.js';

export { firstInvalidUtf8 } from './utf8.js';

/** Text decoded from bytes, with the encoding found. */
export interface DecodedText {
  /** The decoded text (line endings untouched). */
  value: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
  /** Notes for the user (encoding detected from content, truncated last character). */
  notes: NoteRef[];
}

/**
 * Decode a text file's bytes, detecting the encoding from its content: byte-order marks, UTF-16
 * without BOM (NUL pattern), strict UTF-8, then GB18030/GBK with a plausibility check.
 * @param bytes the file's bytes (not a zip or PDF)
 * @param path path as given, for messages
 * @returns the decoded text and its encoding
 * @throws PlanDiffError `BINARY` for binary data, `ENCODING` for text in no supported encoding
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const magic = describeMagic(bytes);
  if (magic === 'utf32') {
    throw new PlanDiffError('ENCODING', { key: 'utf32', params: { path, received: describeReceived(bytes) } }, path);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(decodeUtf8(bytes.subarray(3), path, 3), 'utf-8-bom', bytes, path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decodeUtf16(bytes.subarray(2), 'utf-16le', path, 2), 'utf-16le', bytes, path);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decodeUtf16(bytes.subarray(2), 'utf-16be', path, 2), 'utf-16be', bytes, path);
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const decoded = checked(decodeUtf16(bytes, utf16, path, 0), utf16, bytes, path);
    return { ...decoded, notes: [...decoded.notes, { key: 'utf16NoBom', params: { encoding: utf16.toUpperCase() } }] };
  }
  if (magic !== null || bytes.includes(0)) throw binaryError(bytes, path, magic);
  const strict = decodeStrictUtf8(bytes);
  if (strict !== null) return checked({ value: strict, notes: [] }, 'utf-8', bytes, path);
  const bad = firstInvalidUtf8(bytes);
  if (bad === null) return checked({ value: new TextDecoder('utf-8').decode(bytes), notes: [] }, 'utf-8', bytes, path);
  if (bad.truncated) {
    const value = new TextDecoder('utf-8').decode(bytes.subarray(0, bad.offset));
    const note: NoteRef = { key: 'utf8Truncated', params: { bytes: bytes.length - bad.offset } };
    return checked({ value, notes: [note] }, 'utf-8', bytes, path);
  }
  const gb = decodeGb18030(bytes);
  if (gb !== null) return checked({ value: gb, notes: [{ key: 'gb18030', params: {} }] }, 'gb18030', bytes, path);
  throw encodingError(bytes, path, bad.offset);
}

/** Share of control characters (other than tab, newlines, form feed, escape) above which text is called binary. */
const MAX_CONTROL_SHARE = 0.01;

// Control characters that count against text (tab, newlines, form feed, SUB and escape do not), and NUL.
const CONTROL = /[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]/;

function checked(decoded: { value: string; notes: NoteRef[] }, encoding: string, bytes: Uint8Array, path: string): DecodedText {
  if (!CONTROL.test(decoded.value)) return { value: decoded.value, encoding, notes: decoded.notes };
  let controls = 0;
  for (let i = 0; i < decoded.value.length; i++) {
    const c = decoded.value.charCodeAt(i);
    if (c === 0) throw binaryError(bytes, path, null);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1a && c !== 0x1b) || c === 0x7f) controls++;
  }
  if (controls > 0 && controls > decoded.value.length * MAX_CONTROL_SHARE) throw binaryError(bytes, path, null);
  return { value: decoded.value, encoding, notes: decoded.notes };
}

/**
 * The text when the bytes are valid UTF-8, else null (a BOM, already cut off by the caller, is not read).
 * Note: the platform's strict decoder validates at native speed; the byte-by-byte check
 * (firstInvalidUtf8) runs only to explain a failure.
 */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array, path: string, base: number): { value: string; notes: NoteRef[] } {
  const strict = decodeStrictUtf8(bytes);
  if (strict !== null) return { value: strict, notes: [] };
  const bad = firstInvalidUtf8(bytes);
  if (bad !== null && !bad.truncated) {
    throw new PlanDiffError('ENCODING', { key: 'badUtf8Bom', params: { path, byte: hex(bytes[bad.offset]), offset: base + bad.offset } }, path);
  }
  const end = bad === null ? bytes.length : bad.offset;
  const notes: NoteRef[] = bad === null ? [] : [{ key: 'utf8Truncated', params: { bytes: bytes.length - end } }];
  return { value: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, end)), notes };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', path: string, base: number): { value: string; notes: NoteRef[] } {
  const even = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
  const notes: NoteRef[] = even === bytes ? [] : [{ key: 'utf16Odd', params: { encoding: encoding.toUpperCase() } }];
  // Note: TextDecoder has no utf-16be in every Node build; swap bytes and decode as LE instead.
  const le = encoding === 'utf-16le' ? even : swapPairs(even);
  try {
    return { value: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le), notes };
  } catch {
    const offset = base + firstBadUtf16(le);
    throw new PlanDiffError('ENCODING', { key: 'badUtf16', params: { path, encoding: encoding.toUpperCase(), offset, received: describeReceived(bytes) } }, path);
  }
}

/**
 * Detect BOM-less UTF-16: the file has NUL bytes (from its ASCII characters and hanzi such as
 * 一 = U+4E00), and read in one byte order it is plausible text while the other is noise.
 * @param bytes the file's bytes
 * @returns the encoding, or null
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536) & ~1);
  if (sample.length < 4) return null;
  if (sample.indexOf(0) < 0) return null;
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls++;
  if (nuls < sample.length * 0.005) return null;
  const le = plausibleShare(new TextDecoder('utf-16le').decode(sample));
  const be = plausibleShare(new TextDecoder('utf-16le').decode(swapPairs(sample)));
  // Note: binary data with NULs reads as noise both ways; the caller then refuses it as binary.
  if (le >= 0.9 && le > be) return 'utf-16le';
  if (be >= 0.9 && be > le) return 'utf-16be';
  return null;
}

/** Share of characters that occur in ordinary text: printable ASCII, whitespace, CJK and its punctuation. */
function plausibleShare(text: string): number {
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) ok++;
  }
  return text.length === 0 ? 0 : ok / text.length;
}

function firstBadUtf16(le: Uint8Array): number {
  for (let i = 0; i + 1 < le.length; i += 2) {
    const u = le[i] | (le[i + 1] << 8);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = i + 3 < le.length ? le[i + 2] | (le[i + 3] << 8) : 0;
      if (v >= 0xdc00 && v <= 0xdfff) i += 2;
      else return i;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return 0;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

function binaryError(bytes: Uint8Array, path: string, magic: MagicKind | null): PlanDiffError {
  const what = magic ?? (bytes.includes(0) ? 'nul' : 'control');
  return new PlanDiffError('BINARY', { key: 'binary', params: { path, what, received: describeReceived(bytes) } }, path);
}

// Note: chardet is required only to name the encoding of a file we refuse.
const require = createRequire(import.meta.url);

function encodingError(bytes: Uint8Array, path: string, offset: number): PlanDiffError {
  const chardet = require('chardet') as typeof import('chardet');
  const guess = chardet.detect(bytes);
  const tried = guess !== null && /^(utf-8|utf-16|gb18030|gbk|gb2312|iso-2022-cn)/i.test(guess);
  return new PlanDiffError('ENCODING', { key: 'encoding', params: { path, guess, damaged: tried, size: bytes.length, byte: hex(bytes[offset]), offset } }, path);
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).toUpperCase().padStart(2, '0');
}
