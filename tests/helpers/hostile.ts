import fc from 'fast-check';

/**
 * Fragments that break reports when they are not escaped: markup, formula prefixes, line and cell
 * breaks, bidi and control characters, surrogate pairs (and a lone surrogate), Markdown syntax and a
 * bare URL. Generators below put them on purpose where a plain `fc.string()` almost never would.
 */
export const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(2)>',
  '</td></tr><tr><td>',
  '"',
  "'",
  '&',
  '&#x7A3F;',
  '&amp;',
  '=cmd|\' /C calc\'!A0',
  '+1',
  '-1',
  '@SUM(A1)',
  '\r',
  '\n',
  '\r\n',
  '\t',
  ',',
  '|',
  '\\|',
  '`',
  '*',
  '_',
  '[x](javascript:alert(3))',
  '![x](y)',
  'https://evil.example/a',
  '<https://evil.example/b>',
  '\u202e',
  '\u200b',
  '\u0000',
  '\u001b]0;title\u0007',
  '\u001b[31m',
  '😀',
  '\ud800',
  '𠀀',
] as const;

/** Chinese text around the fragments, so parsers still see sentences. */
const WORDS = ['联合实验室', '建设', '到2027年', '20家', '，', '。', '推动', '国际合作'] as const;

/**
 * Text mixing hostile fragments with Chinese words.
 * @param min fewest pieces
 * @returns the arbitrary
 */
export function hostileText(min = 1): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) }, { weight: 2, arbitrary: fc.constantFrom(...WORDS) }), {
      minLength: min,
      maxLength: 8,
    })
    .map((parts) => parts.join(''));
}

/**
 * A cell or field name without line breaks (file names, metrics).
 * @returns the arbitrary
 */
export function hostileLine(): fc.Arbitrary<string> {
  return hostileText().map((t) => t.replace(/[\r\n]/gu, ' '));
}
