import type { MarkerStyle } from '../../types.js';
import { parseOrdinal } from './ordinal.js';

/** The level a marker numbers; distinct from its style where one style has two levels (编 and 章). */
export type MarkerKind = 'part' | 'chapter' | 'section' | 'article' | 'cn-dun' | 'cn-paren' | 'arabic-dot' | 'arabic-paren' | 'circled' | 'box' | 'annex';

/** A numbering marker found at the start of a line. */
export interface MarkerMatch {
  /** Level the marker numbers. */
  kind: MarkerKind;
  /** Style reported in the outline. */
  style: MarkerStyle;
  /** The marker exactly as written (`一、`, `（一）`, `1.`, `第二章`). */
  marker: string;
  /** Its ordinal value, or null. */
  ordinal: number | null;
  /** Id segment: the marker without punctuation (`一`, `1`, `第二章`, `专栏3`). */
  idPart: string;
  /** Index in the text where the marker's title or body starts (after spaces). */
  rest: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const SPACE_AFTER = /^[\s\u3000]*/u;

/** Patterns in the order they are tried; the first that matches wins. */
const PATTERNS: ReadonlyArray<{ kind: MarkerKind; style: MarkerStyle; re: RegExp; id: (m: RegExpExecArray) => string }> = [
  { kind: 'part', style: 'chapter', re: new RegExp(`^第(${CN}|\\d+)[\\s\\u3000]*编`, 'u'), id: (m) => squeeze(m[0]) },
  { kind: 'chapter', style: 'chapter', re: new RegExp(`^第(${CN}|\\d+)[\\s\\u3000]*章`, 'u'), id: (m) => squeeze(m[0]) },
  { kind: 'section', style: 'section', re: new RegExp(`^第(${CN}|\\d+)[\\s\\u3000]*节`, 'u'), id: (m) => squeeze(m[0]) },
  { kind: 'article', style: 'article', re: new RegExp(`^第(${CN}|\\d+)[\\s\\u3000]*条(?![款项])`, 'u'), id: (m) => squeeze(m[0]) },
  // Note: `一、二、三类` is a list of numerals in running text, not a heading.
  { kind: 'cn-dun', style: 'cn-dun', re: new RegExp(`^(${CN})、(?!${CN}[、类])`, 'u'), id: (m) => m[1] },
  { kind: 'cn-paren', style: 'cn-paren', re: new RegExp(`^[（(](${CN})[）)]`, 'u'), id: (m) => m[1] },
  { kind: 'arabic-paren', style: 'arabic-paren', re: /^[（(](\d{1,3})[）)]/u, id: (m) => m[1] },
  // Note: `1.2万亿元`, `3、5年` and `2025年` are numbers, not markers: the digit run is at most three long
  // and no digit may follow the dot.
  { kind: 'arabic-dot', style: 'arabic-dot', re: /^(\d{1,3})[\s]*[.．、](?![\d.．])/u, id: (m) => m[1] },
  { kind: 'circled', style: 'circled', re: /^([\u2460-\u2473\u3251-\u325f])/u, id: (m) => m[1] },
  { kind: 'box', style: 'box', re: /^专栏[\s\u3000]*(\d{1,2}|[一二三四五六七八九十]+)/u, id: (m) => `专栏${m[1]}` },
  { kind: 'annex', style: 'annex', re: /^附件[\s\u3000]*(\d{0,2}|[一二三四五六七八九十]{0,3})(?=[\s\u3000:：]|$)/u, id: (m) => `附件${m[1]}` },
];

/**
 * Recognise a numbering marker at the start of a line (一、 （一） 1. （1） ① 第X章 专栏N 附件N).
 * @param text the line, trimmed
 * @returns the marker, or null
 */
export function matchMarker(text: string): MarkerMatch | null {
  // Note: every pattern is anchored; a line whose first character starts none of them skips all eleven.
  if (!canStartMarker(text.charCodeAt(0))) return null;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const ordinal = p.kind === 'circled' ? circledValue(m[1]) : p.kind === 'annex' && m[1] === '' ? null : parseOrdinal(m[1]);
    return {
      kind: p.kind,
      style: p.style,
      marker: m[0],
      ordinal,
      idPart: p.id(m),
      rest: m[0].length + (SPACE_AFTER.exec(after)?.[0].length ?? 0),
    };
  }
  return null;
}

/** First characters of the patterns: 第, Chinese numerals, ( and （, ASCII digits, circled numbers, 专栏 and 附件. */
const FIRST = new Set([...'第一二三四五六七八九十百零〇两（(专附0123456789'].map((c) => c.charCodeAt(0)));

function canStartMarker(c: number): boolean {
  return FIRST.has(c) || (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f);
}

function squeeze(s: string): string {
  return s.replace(/[\s\u3000]/gu, '');
}

function circledValue(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c <= 0x2473 ? c - 0x2460 + 1 : c - 0x3251 + 21;
}
