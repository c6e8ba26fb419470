import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import type { OutlineNode, PlanDocument } from '../../src/types.js';
import { CORPUS, corpusFiles, load, SEEDS, seedFiles } from './helpers.js';

/**
 * The input with what may be dropped taken out, defined here independently of the parser: Word
 * bookmark residue, converter bullets at line starts, printed page numbers, and Markdown syntax
 * (heading hashes, emphasis, link targets, thematic breaks, HTML comments, table pipes, list bullets).
 * Web chrome and scraper metadata are not dropped: the document keeps them as its metadata.
 */
function keptText(value: string, markdown: boolean): string {
  let text = value
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/^[ \t]*-[ \t]+/gm, '')
    .replace(/^[ \t]*[-—–]\s*\d{1,4}\s*[-—–][ \t]*$/gm, '');
  if (markdown) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/^#{1,6}[ \t]/gm, '')
      .replace(/^[ \t]*([-*_])(\s*\1){2,}[ \t]*$/gm, '')
      .replace(/\*\*|__/g, '')
      .replace(/^[ \t]*\|?[-:| ]+\|[-:| ]*$/gm, '')
      .replace(/\|/g, '')
      .replace(/^[ \t]*[*+][ \t]+/gm, '');
  }
  return text.replace(/\s+/gu, '');
}

/**
 * The document's pieces in reading order: label, title, preamble and the metadata above the first
 * heading (by line: a scraper's metadata sits between a `#` title and the plan, a notice above the
 * plan's own title), then each heading and its paragraphs, then the metadata below the outline.
 */
function pieces(doc: PlanDocument): Array<{ text: string; heading: boolean }> {
  const firstNode = doc.nodes[0]?.line ?? Infinity;
  const lastLine = Math.max(0, ...doc.nodes.map((n) => n.endLine));
  const head: Array<{ text: string; heading: boolean; line: number }> = [];
  const titleLine = doc.titleLines?.line ?? 0;
  if (doc.label) head.push({ text: doc.label, heading: true, line: titleLine - 0.5 });
  if (doc.title) head.push({ text: doc.title, heading: false, line: titleLine });
  for (const p of doc.preamble) head.push({ text: p.text, heading: false, line: p.line });
  const meta = doc.metadata ?? [];
  for (const m of meta) if (m.line < firstNode) head.push({ text: m.text, heading: false, line: m.line });
  const out: Array<{ text: string; heading: boolean }> = head.toSorted((a, b) => a.line - b.line);
  const visit = (n: OutlineNode) => {
    out.push({ text: n.marker + n.title, heading: true });
    for (const p of n.paragraphs) out.push({ text: p.text, heading: false });
    n.children.forEach(visit);
  };
  doc.nodes.forEach(visit);
  for (const m of meta) if (m.line >= firstNode && m.line > lastLine) out.push({ text: m.text, heading: false });
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
