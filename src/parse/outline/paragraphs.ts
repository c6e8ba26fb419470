import type { Paragraph, Sentence } from '../../types.js';
import type { Place } from '../lines.js';
import { lastOffset, offsetAt, type Mapped } from '../mapped.js';
import { normalizeText } from './normalize.js';
import { splitSentences } from './sentences.js';

/** How to build a paragraph. */
export interface ParagraphOptions {
  /** Id of the paragraph (`二/一/1#p1`). */
  id: string;
  /** Offset → original place. */
  locate: (offset: number) => Place;
  /** Look for a lead sentence that titles the paragraph (off inside articles, whose 款 have none). */
  leadTitles: boolean;
}

/**
 * Build a paragraph with its sentences from joined text, every piece pointing into the original file.
 * @param text the paragraph text, trimmed, mapped to `value`
 * @param options id, locator and whether to look for a lead title
 * @returns the paragraph
 */
export function makeParagraph(text: Mapped, options: ParagraphOptions): Paragraph {
  const spans = splitSentences(text.text);
  const sentences: Sentence[] = spans.map((span, i) => {
    // Note: a sentence needs only its first character's offset; no mapped slice is made.
    const offset = offsetAt(text, span.start);
    const sentence = text.text.slice(span.start, span.end);
    const place = options.locate(offset);
    return { id: `${options.id}#s${i + 1}`, line: place.line, column: place.column, offset, text: sentence, norm: normalizeText(sentence) };
  });
  const start = options.locate(offsetAt(text, 0));
  return {
    id: options.id,
    line: start.line,
    ...(start.page === undefined ? {} : { page: start.page }),
    endLine: options.locate(lastOffset(text)).line,
    offset: offsetAt(text, 0),
    title: options.leadTitles && spans.length > 1 ? leadTitle(text.text.slice(spans[0].start, spans[0].end)) : null,
    text: text.text,
    norm: normalizeText(text.text),
    sentences,
  };
}

/**
 * The lead title of a paragraph (`共商共建。…` → `共商共建`): a short first sentence ending in 。 without commas.
 * @param first the first sentence
 * @returns the title, or null
 */
export function leadTitle(first: string): string | null {
  if (!/[。.]$/u.test(first)) return null;
  // A leading dash (`——世界主要科学中心建设取得重要成效。`) introduces the item; it is no part of the title.
  const lead = first.slice(0, -1).trim().replace(/^[—–-]+/u, '');
  const length = [...lead].length;
  // Note: lead titles in the seeds run to about twenty characters (`建立应对新发突发传染病的科技快速反应体系`);
  // a comma or colon (not 、) means the first sentence is running text.
  if (length < 2 || length > 24 || /[，,：:；;]/u.test(lead)) return null;
  return lead;
}
