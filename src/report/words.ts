let icu: Intl.Segmenter | undefined;

/**
 * Words as ICU cuts them (its Chinese dictionary), for callers that pass no segmenter.
 * @param text the text
 * @returns its words, in order, together the whole text
 */
export function icuWords(text: string): string[] {
  icu ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(icu.segment(text), (s) => s.segment);
}
