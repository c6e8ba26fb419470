import { charLength, hasTerminator, isTerminated } from '../chars.js';
import { matchMarker, type MarkerMatch } from './markers.js';
import { STANDALONE_TITLE } from './heading.js';
import { DOC_NUMBER } from './title.js';

/** A physical line as the wrap decision sees it. */
export interface WrapLine {
  /** Text, trimmed. */
  text: string;
  /** Indented by two or more columns. */
  indent: boolean;
  /** Characters the line takes in the file (converter residue and bullets included). */
  width: number;
}

/** What the joiner knows about the document so far. */
export interface WrapContext {
  /** Wrap width in characters. */
  width: number;
  /** Lines are cut at exactly the width (no justification slack). */
  exact: boolean;
  /** Per marker kind: the last block it numbered (see `LevelState`). */
  levels: ReadonlyMap<string, LevelState>;
  /** Still in the document head: no block so far ended a sentence or carried a marker. */
  head: boolean;
  /** Text of the block so far. */
  block: string;
}

/** The last block that a marker kind numbered. */
export interface LevelState {
  /** Its ordinal. */
  ordinal: number | null;
  /** It stood alone as a title (`（三）发展目标`), rather than carrying its body (`1.加快推进…。支持…`) or running on as a list item (`（一）一类疫病，是指…的；`). */
  alone: boolean;
}

/** A title ends with its genre word (文种: 规划, 方案, 通知 …), optionally with bracketed notes (`（2024-2027年）`). */
const GENRE_END = /(?:规划|计划|方案|意见|通知|决定|办法|条例|规定|细则|纲要|报告|公告|通告|要点|指南|措施|法)(?:[（(][^（）()]{1,16}[）)])*$/u;
/** A document number on its own line (`国科发规〔2023〕41号`). */
const DOC_NUMBER_LINE = new RegExp(`^[^\\s。，]{1,12}${DOC_NUMBER.source}`, 'u');
const SEQUENCE_KINDS = new Set(['part', 'chapter', 'section', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled']);
const PAIRS: ReadonlyArray<readonly [string, string]> = [['《', '》'], ['“', '”'], ['（', '）'], ['(', ')']];

/**
 * Decide whether `line` continues the paragraph whose last line is `prev` in hard-wrapped text,
 * from line lengths, terminators, indents, brackets and the numbering seen so far.
 * @param prev the line before
 * @param isFirst `prev` is the first line of its block
 * @param line the line to decide on
 * @param after the line after it, if any
 * @param ctx width, layout and what is known of the document so far
 * @returns true when `line` joins the block
 */
export function joinsWrapped(prev: WrapLine, isFirst: boolean, line: WrapLine, after: WrapLine | undefined, ctx: WrapContext): boolean {
  const { width } = ctx;
  const p = prev.text;
  const len = prev.width;
  const next = line.width;
  // Note: in the head, a document number stands alone; anywhere, a block without any punctuation
  // whose line ends with a genre word (…工作方案, …规划) is a title, unless it sits inside 《》 or brackets.
  if (ctx.head && (DOC_NUMBER_LINE.test(p) || DOC_NUMBER_LINE.test(line.text))) return false;
  if (GENRE_END.test(p) && !/[，,、；;：:。！？!?]/u.test(ctx.block) && !unclosed(ctx.block) && !/^[（(]/u.test(line.text)) return false;
  // Note: an unpunctuated line well beyond the width was never wrapped at it (a centred title kept whole).
  if (next > width + 2 && !/[，,、；;：:。！？!?《》“”（）()]/u.test(line.text)) return false;
  const lineMarker = matchMarker(line.text);
  // Note: the first line of a paragraph lost its two-character indent in extraction, so it is two
  // (sometimes three or four) characters shorter than a full line; a full line follows it.
  const firstLike = next >= width - 4 && next <= width - 2;
  const opens = line.indent || (firstLike && after !== undefined && !after.indent && after.width >= width - 1 && matchMarker(after.text) === null);
  const marker = isFirst ? matchMarker(p) : null;
  if (marker !== null && standsAlone(marker, p, ctx.levels)) {
    // Note: a heading that continues its level's numbering, whose siblings stand on their own lines,
    // is a heading even when its line is full: only a short rest of its title may follow.
    return len >= width - 2 && lineMarker === null && !line.indent && !isTerminated(p) && !hasTerminator(line.text.slice(0, -1)) && charLength(p) + charLength(line.text) <= STANDALONE_TITLE;
  }
  if (isTerminated(p)) {
    // A short terminated line ends its paragraph; a full one may end mid-paragraph. Text cut at exactly
    // the width has no slack: a shorter line ends its paragraph, unless it is a first line that lost its indent.
    const short = ctx.exact ? len < width && !(isFirst && len >= width - 2) : len < width - 2;
    if (short || lineMarker !== null || opens) return false;
    // A terminated short line after a full one is the paragraph's tail; an unfinished one that is not
    // full starts something new (a paragraph, a caption, a signature line).
    return isTerminated(line.text) || next >= width - 1;
  }
  if (lineMarker === null && closesBracket(ctx.block, line.text)) return true;
  const full = len >= width - 1;
  if (!full && (opens || lineMarker !== null)) return false;
  if (marker !== null && marker.kind !== 'article' && marker.kind !== 'annex') {
    // A heading line that is not full is complete; a longer one wraps onto the next line, unless
    // the next line opens a paragraph (a heading exactly as long as the width).
    return len >= width - 2 && !opens;
  }
  // Note: a wrapped line is full, or up to four characters short on a paragraph's first line; a
  // shorter unfinished line is a title or the last line of an unpunctuated paragraph, unless the
  // paragraph is prose cut off mid-sentence (a page break), which goes on.
  return len >= width - 4 || hasTerminator(ctx.block);
}

/**
 * What a block tells about its level: the kind and ordinal of its marker, and whether its body follows on the same line.
 * @param text the block's text
 * @returns the kind and state, or null when the block has no marker
 */
export function levelOf(text: string): { kind: string; state: LevelState } | null {
  const m = matchMarker(text);
  if (m === null) return null;
  const rest = text.slice(m.rest);
  const end = /[。！？；!?;]/u.exec(rest);
  const body = end !== null && /[^\s”’」』）)"'》】。！？；!?;]/u.test(rest.slice(end.index + 1));
  const alone = !body && charLength(rest) <= STANDALONE_TITLE && !/[；;，,、]$/u.test(rest);
  return { kind: m.kind, state: { ordinal: m.ordinal, alone } };
}

/** A marker that continues its level (the next number, or 1 under a new parent) whose siblings stood alone, on a line with no body. */
function standsAlone(m: MarkerMatch, text: string, levels: ReadonlyMap<string, LevelState>): boolean {
  const state = levels.get(m.kind);
  if (!SEQUENCE_KINDS.has(m.kind) || m.ordinal === null || state === undefined || !state.alone) return false;
  if (m.ordinal !== 1 && (state.ordinal === null || m.ordinal !== state.ordinal + 1)) return false;
  return !hasTerminator(text.slice(m.rest).replace(/[。！？；!?;”’」』）)]+$/u, ''));
}

/** The block leaves a quote or bracket open. */
function unclosed(block: string): boolean {
  return PAIRS.some(([open, close]) => count(block, open) > count(block, close));
}

/** The block leaves a quote or bracket open (`《中华人民共和国…规划和`) and the line closes it. */
function closesBracket(block: string, line: string): boolean {
  // Note: the short line first: most lines close nothing, and the block grows with every line.
  return PAIRS.some(([open, close]) => line.includes(close) && count(block, open) > count(block, close));
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n += 1;
  return n;
}
