/** Characters the replacements below act on: quotes and whitespace (what `trim` removes too). */
const SPECIAL = /[“”„‟＂「」『』‘’‚‛\s]/u;

/**
 * Normalize text for matching: full-width/half-width forms unified (NFKC), quotes unified,
 * spaces next to CJK characters dropped and other whitespace collapsed.
 * Note: display text keeps the original characters; only `norm` fields go through this.
 * @param text display text
 * @returns the normalized text
 */
export function normalizeText(text: string): string {
  // Note: V8's normalize copies even text that is already normalized; handing back the text itself
  // lets every sentence's `norm` share its characters with its `text` (measured: a sixth of a parsed plan).
  const normalized = text.normalize('NFKC');
  const nfkc = normalized === text ? text : normalized;
  // Note: without quotes or whitespace the replacements below change nothing; most sentences have neither.
  if (!SPECIAL.test(nfkc)) return nfkc;
  const quotes = nfkc.replace(/[“”„‟＂「」『』]/g, '"').replace(/[‘’‚‛]/g, "'");
  // Note: after NFKC, U+3000 is a plain space; spaces touching a CJK character carry no meaning.
  const noCjkSpace = quotes
    .replace(/\s+(?=[\u2e80-\uffff])/gu, '')
    .replace(/(?<=[\u2e80-\uffff])\s+/gu, '');
  return noCjkSpace.replace(/\s+/g, ' ').trim();
}
