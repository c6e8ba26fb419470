/** The first invalid UTF-8 sequence, and whether it is just an incomplete character at the end. */
export interface Utf8Error {
  /** 0-based byte offset of the sequence's first byte. */
  offset: number;
  /** True when the bytes are valid up to an incomplete character cut off by the end of the file. */
  truncated: boolean;
}

/**
 * Validate UTF-8 strictly (no overlongs, no surrogates, nothing above U+10FFFF).
 * @param b bytes
 * @returns the first error, or null when the bytes are valid UTF-8
 */
export function firstInvalidUtf8(b: Uint8Array): Utf8Error | null {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0) return { offset: i, truncated: false };
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return { offset: i, truncated: true };
      const t = b[i + k];
      if (t < (k === 1 ? lo : 0x80) || t > (k === 1 ? hi : 0xbf)) return { offset: i, truncated: false };
    }
    i += need + 1;
  }
  return null;
}
