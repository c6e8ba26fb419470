import type { MarkerStyle } from '../../types.js';
import type { Block } from './block-types.js';
import { charLength, dropCjkSpaces } from '../chars.js';
import { offsetAt, sliceMapped, trimMapped, type Mapped } from '../mapped.js';
import { matchMarker, type MarkerKind } from './markers.js';
import { splitSentences } from './sentences.js';
import { GLOSSARY } from '../glossary.js';

/** A block read as a heading: its marker, title and the body that follows on the same line. */
export interface HeadingCandidate {
  /** Level key: a marker kind, `md1`…`md6` for Markdown headings without a number, `unnumbered` for a bare section line. */
  kind: MarkerKind | `md${number}` | 'unnumbered';
  /** Style reported in the outline. */
  style: MarkerStyle;
  /** Marker as written, `''` for Markdown headings. */
  marker: string;
  /** Ordinal, or null. */
  ordinal: number | null;
  /** Id segment. */
  idPart: string;
  /** Title (lead up to 。 when a body follows). */
  title: string;
  /** The mark that ended the title (`。`, `；`, `！`, `？`), or ''. */
  end: string;
  /** Body text on the heading's line, or null. */
  body: Mapped | null;
  /** Offset of the heading in `value`. */
  offset: number;
  /** A heading on its own line (no body, short title), or a Markdown heading: strong evidence. */
  standalone: boolean;
}

/** Longest title a numbered heading may have; a longer unterminated line is running text. */
const MAX_TITLE = 60;
/** Longest title of a heading that stands alone on its line (no body) and is read as one. */
export const STANDALONE_TITLE = 40;

/**
 * Read a block as a heading candidate: `（一）强化组织保障。坚持…` → title `强化组织保障`, body `坚持…`.
 * @param block the block
 * @returns the candidate, or null when the block is not a heading
 */
export function readHeading(block: Block): HeadingCandidate | null {
  if (block.table) return null;
  const text = block.text;
  const m = matchMarker(text.text);
  const offset = offsetAt(text, 0);
  if (block.mdDepth !== undefined && m === null) {
    const title = cleanTitle(text.text);
    const idPart = title.replace(/[\s/]/gu, '') || `h${block.mdDepth}`;
    return { kind: `md${block.mdDepth}`, style: 'md-heading', marker: '', ordinal: null, idPart, title, end: '', body: null, offset, standalone: true };
  }
  // 名词解释 alone on its line: back matter, a top-level node of its own like an annex, its numbered items under it.
  if (m === null && GLOSSARY.test(text.text)) {
    const title = cleanTitle(text.text);
    return { kind: 'annex', style: 'annex', marker: '', ordinal: null, idPart: title.replace(/[\s/]/gu, ''), title, end: '', body: null, offset, standalone: true };
  }
  if (m === null) return null;
  const rest = trimMapped(sliceMapped(text, m.rest));
  const base = { kind: m.kind, style: m.style, marker: m.marker, ordinal: m.ordinal, idPart: m.idPart, offset };
  if (m.kind === 'article') {
    // Note: an article has no title, only 款; a bracketed caption (`第一条（目的）`) is its title.
    const caption = /^[（(【]([^）)】]{1,20})[）)】]/u.exec(rest.text);
    const body = caption ? trimMapped(sliceMapped(rest, caption[0].length)) : rest;
    return { ...base, title: caption ? cleanTitle(caption[1]) : '', end: '', body: body.text ? body : null, standalone: block.mdDepth !== undefined };
  }
  const [first] = splitSentences(rest.text);
  const ends = first !== undefined && /[。！？；!?;]$/u.test(rest.text.slice(first.start, first.end));
  const titleEnd = ends ? first.end - 1 : rest.text.length;
  const title = cleanTitle(rest.text.slice(0, titleEnd));
  if (charLength(title) > MAX_TITLE && block.mdDepth === undefined) return null;
  const body = ends ? trimMapped(sliceMapped(rest, first.end)) : null;
  const hasBody = body !== null && body.text !== '';
  return {
    ...base,
    title,
    end: ends ? rest.text[first.end - 1] : '',
    body: hasBody ? body : null,
    standalone: block.mdDepth !== undefined || (!hasBody && charLength(title) <= STANDALONE_TITLE),
  };
}

/**
 * Tidy a heading title: trim, drop spaces between CJK characters (`总　则` → `总则`) and a trailing colon.
 * @param title the raw title
 * @returns the title
 */
export function cleanTitle(title: string): string {
  return dropCjkSpaces(title.trim()).replace(/[：:]$/u, '').trim();
}
