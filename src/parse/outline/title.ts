import type { PlanDocument } from '../../types.js';
import type { Block } from './block-types.js';
import { charLength, dropCjkSpaces, hasTerminator, isTerminated, joinsWithSpace } from '../chars.js';
import { matchMarker } from './markers.js';

/** The document's head: 附件 label, title and plan period, and the blocks after them. */
export interface DocumentHead {
  /** 附件 label above the title (`附件1`), or null. */
  label: string | null;
  /** Title lines joined, or null. */
  title: string | null;
  /** Plan period from the title, or null. */
  period: PlanDocument['period'];
  /** The blocks the title was joined from (empty without a title), for its original lines. */
  titleBlocks: Block[];
  /** The remaining blocks. */
  rest: Block[];
}

/** A document number (`国科发规〔2023〕41号`) ends the title. */
export const DOC_NUMBER = /[〔[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号$/u;

/**
 * Take the label and title off the front of a document: a leading Markdown `#` heading, or the short
 * unpunctuated lines before the first paragraph or heading (`“一带一路”科技创新北京行动计划`, `（2024-2027年）`).
 * @param blocks the document's blocks
 * @returns label, title, period and the remaining blocks
 */
export function takeHead(blocks: readonly Block[]): DocumentHead {
  let i = 0;
  let label: string | null = null;
  if (blocks[0] && isAnnexLabel(blocks[0])) {
    label = blocks[0].text.text.trim();
    i = 1;
  }
  const titleBlocks: Block[] = [];
  // A leading level-1 heading is the title when it is the only one (several are the top sections).
  if (blocks[i]?.mdDepth === 1 && blocks.filter((b) => b.mdDepth === 1).length === 1) {
    titleBlocks.push(blocks[i]);
    i += 1;
  } else {
    while (i < blocks.length && isTitleLine(blocks[i])) titleBlocks.push(blocks[i++]);
  }
  const title = titleBlocks.length > 0 ? joinTitle(titleBlocks.map((b) => b.text.text)) : null;
  const own = title === null ? null : ownTitleAt(title, blocks, i);
  if (own !== null) {
    // The plan's own title, under the notice that issues it: the notice's title opens the preamble, and
    // a 附件 line right above the plan's title labels the plan.
    const ownBlocks = blocks.slice(own.start, own.end);
    const ownTitle = joinTitle(ownBlocks.map((b) => b.text.text));
    const labelled = own.start - 1 >= i && isAnnexLabel(blocks[own.start - 1]);
    const rest = [...titleBlocks.map((b) => ({ text: b.text })), ...blocks.slice(i, labelled ? own.start - 1 : own.start), ...blocks.slice(own.end)];
    return { label: labelled ? blocks[own.start - 1].text.text.trim() : label, title: ownTitle, period: periodOf(ownTitle), titleBlocks: ownBlocks, rest };
  }
  return { label, title, period: title === null ? null : periodOf(title), titleBlocks, rest: blocks.slice(i) };
}

/** A `附件`/`附件2` line alone (a Markdown heading too): a label above a title. */
function isAnnexLabel(block: Block): boolean {
  return matchMarker(block.text.text)?.kind === 'annex' && charLength(block.text.text) <= 8;
}

/** `关于印发《X》的通知`: a notice issuing the plan X. */
const ISSUING_NOTICE = /印发[^《》]*《([^《》]+)》[^《》]*通知$/u;

/**
 * Where the plan's own title stands when the title found is a notice issuing it (`关于印发《X》的通知`):
 * title lines before the first heading that read X (wrapped lines joined), or null.
 */
function ownTitleAt(title: string, blocks: readonly Block[], from: number): { start: number; end: number } | null {
  const named = ISSUING_NOTICE.exec(title)?.[1].replace(/[\s\u3000]/gu, '');
  if (named === undefined) return null;
  for (let k = from; k < blocks.length && (matchMarker(blocks[k].text.text) === null || isAnnexLabel(blocks[k])); k++) {
    let read = '';
    for (let m = k; m < blocks.length && isTitleLine(blocks[m]); m++) {
      read += blocks[m].text.text.replace(/[\s\u3000]/gu, '');
      if (read === named) return { start: k, end: m + 1 };
      if (!named.startsWith(read)) break;
    }
  }
  return null;
}

/** A dateline under a title (`——2024年3月5日在第十四届全国人民代表大会第二次会议上`): it and the speaker after it open the preamble. */
const DATELINE = /^[—–-]{0,2}\s*[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;

function isTitleLine(block: Block): boolean {
  const t = block.text.text;
  return block.mdDepth === undefined && !DATELINE.test(t) && matchMarker(t) === null && !isTerminated(t) && !hasTerminator(t) && charLength(t) <= 80 && !DOC_NUMBER.test(t);
}

function joinTitle(parts: readonly string[]): string {
  // Note: spaces between CJK characters in a title are layout residue (`国务院总理　李　强`).
  return dropCjkSpaces(parts.reduce((acc, p) => (joinsWithSpace(acc, p) ? `${acc} ${p}` : acc + p))).replace(/[\s\u3000]+/gu, ' ').trim();
}

/**
 * The plan period named in a title: `（2024-2027年）` → 2024–2027, `“十四五”` → 2021–2025.
 * @param title the document title
 * @returns the period, or null
 */
export function periodOf(title: string): PlanDocument['period'] {
  const span = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年?/u.exec(title);
  if (span && Number(span[1]) <= Number(span[2])) return { start: Number(span[1]), end: Number(span[2]) };
  const fyp = /十([一二三四五六七八九])五/u.exec(title);
  if (fyp) {
    // Note: five-year plans run in step from the 3rd (1966-1970): the Nth starts in 1966 + 5 × (N − 3).
    const n = 10 + '一二三四五六七八九'.indexOf(fyp[1]) + 1;
    const start = 1966 + 5 * (n - 3);
    return { start, end: start + 4 };
  }
  return null;
}
