import { createRequire } from 'node:module';

// Note: iconv-lite (CommonJS) is required on first use, so UTF-8 files never load its tables.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
const iconvLite = (): typeof import('iconv-lite') => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));

/**
 * Decode as GB18030 and accept the result only if it is plausible Chinese text: no invalid
 * sequences, and most non-ASCII characters among GB2312's punctuation rows (A1-A3) and level-1 hanzi.
 * @param bytes the file's bytes
 * @returns the text, or null when it is not plausibly GB18030
 */
export function decodeGb18030(bytes: Uint8Array): string | null {
  const iconv = iconvLite();
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
  if (text.includes('\uFFFD')) return null;
  let wide = 0;
  let common = 0;
  const cache = new Map<string, boolean>();
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    wide++;
    let ok = cache.get(ch);
    if (ok === undefined) {
      const gb = iconv.encode(ch, 'gb18030');
      ok = gb.length === 2 && gb[1] >= 0xa1 && ((gb[0] >= 0xa1 && gb[0] <= 0xa3) || (gb[0] >= 0xb0 && gb[0] <= 0xd7));
      cache.set(ch, ok);
    }
    if (ok) common++;
  }
  // Note: real Chinese prose is ~99% GB2312 level-1 hanzi and punctuation; random bytes land
  // there far less often (about 15% of the code space), and Big5 read as GBK falls mostly into
  // kana/Greek rows, the user-defined area or GBK's extension (trail byte below 0xA1).
  return wide > 0 && common >= wide * 0.8 ? text : null;
}
