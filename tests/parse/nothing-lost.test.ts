import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, PlanDocument } from '../../src/types.js';
import { CORPUS, corpusFiles, load, SEEDS, seedFiles } from './helpers.js';

/**
 * The input with what may be dropped taken out, defined here independently of the parser: Word
 * bookmark residue, converter bullets at line starts, printed page numbers, web chrome, and Markdown
 * syntax (heading hashes, emphasis, thematic breaks, HTML comments, table pipes, list bullets).
 */
function keptText(value: string, markdown: boolean): string {
  let text = value
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/^[ \t]*-[ \t]+/gm, '')
    .replace(/^[ \t]*[-—–]\s*\d{1,4}\s*[-—–][ \t]*$/gm, '')
    .replace(/^.*(下载|打印|字号).*$/gm, (line) => (line.length <= 40 && /^[下载打印本页字号体大中小关闭窗口分享到收藏【】\[\]|｜:：\s]+$/.test(line) ? '' : line));
  if (markdown) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^#{1,6}[ \t]/gm, '')
      .replace(/^[ \t]*([-*_])(\s*\1){2,}[ \t]*$/gm, '')
      .replace(/\*\*|__/g, '')
      .replace(/^[ \t]*\|?[-:| ]+\|[-:| ]*$/gm, '')
      .replace(/\|/g, '')
      .replace(/^[ \t]*[*+][ \t]+/gm, '');
  }
  return text.replace(/\s+/gu, '');
}

/** The document's pieces in reading order: label, title, preamble, then each heading and its paragraphs. */
function pieces(doc: PlanDocument): Array<{ text: string; heading: boolean }> {
  const out: Array<{ text: string; heading: boolean }> = [];
  if (doc.label) out.push({ text: doc.label, heading: true });
  if (doc.title) out.push({ text: doc.title, heading: false });
  for (const p of doc.preamble) out.push({ text: p.text, heading: false });
  const visit = (n: OutlineNode) => {
    out.push({ text: n.marker + n.title, heading: true });
    for (const p of n.paragraphs) out.push({ text: p.text, heading: false });
    n.children.forEach(visit);
  };
  doc.nodes.forEach(visit);
  return out.map((p) => ({ ...p, text: p.text.replace(/\s+/gu, '') }));
}

/** Index where the pieces stop matching the kept text, or -1 when every character lands once, in order. */
function firstMismatch(kept: string, parts: ReadonlyArray<{ text: string; heading: boolean }>): { at: number; piece: string } | null {
  let at = 0;
  for (const part of parts) {
    if (!kept.startsWith(part.text, at)) return { at, piece: part.text.slice(0, 30) };
    at += part.text.length;
    // A heading's title stops before its 。 or colon (`（一）强化组织保障。坚持…` → title `强化组织保障`).
    if (part.heading && /[。．.：:；;！？!?]/u.test(kept[at] ?? '')) at += 1;
  }
  return at === kept.length ? null : { at, piece: '<end of outline>' };
}

const files = [...seedFiles.map((f) => [SEEDS, f] as const), ...corpusFiles.map((f) => [CORPUS, f] as const)];

describe('nothing is lost', () => {
  it.each(files)('%s/%s: each character lands in exactly one heading or paragraph, in order', (dir, name) => {
    const source = load(dir, name);
    const doc = parsePlan(source, { targets: false });
    const kept = keptText(source.value, name.endsWith('.md'));
    const miss = firstMismatch(kept, pieces(doc));
    expect(miss === null ? null : { ...miss, context: kept.slice(miss.at, miss.at + 30) }).toBeNull();
  });

  it('notices a lost character', () => {
    const source = load(SEEDS, seedFiles[0]);
    const doc = parsePlan(source, { targets: false });
    const parts = pieces(doc);
    const damaged = parts.map((p, i) => (i === 3 ? { ...p, text: p.text.slice(1) } : p));
    expect(firstMismatch(keptText(source.value, false), damaged)).not.toBeNull();
  });
});
