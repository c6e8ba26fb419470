// Note: the array differ alone (two modules), not the package index (nineteen), keeps start-up short.
import { diffArrays } from 'diff/lib/diff/array.js';
import type { DiffOp } from '../types.js';
import type { Segmenter } from '../parse/segmenter.js';
import { canonText } from './canon.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Word-level diff of two clause texts on segmenter tokens (numbers with units whole), with jsdiff's
 * `diffArrays`; tokens equal up to layout and width count as equal; adjacent operations are merged.
 * @param oldText old clause text
 * @param newText new clause text
 * @param segmenter the word segmenter
 * @param canon canonical forms of tokens already seen (shared by the diffs of one comparison)
 * @returns the operations from old to new
 */
export function diffClauses(oldText: string, newText: string, segmenter: Segmenter, canon: Map<string, string> = new Map()): DiffOp[] {
  const a = tokens(oldText, segmenter);
  const b = tokens(newText, segmenter);
  // Note: tokens are compared by their canonical form, computed once per distinct token; the texts
  // shown are the tokens as written (the new side's for equal runs, as jsdiff does).
  const canonOf = (token: string) => {
    let c = canon.get(token);
    if (c === undefined) canon.set(token, (c = canonToken(token)));
    return c;
  };
  // Note: the common tail is not set aside before diffing: jsdiff then keeps an inserted sentence
  // whole with its own 。 instead of starting it at the previous sentence's 。.
  const changes = diffArrays(a.map(canonOf), b.map(canonOf));
  const ops: DiffOp[] = [];
  let x = 0;
  let y = 0;
  for (const change of changes) {
    const op: DiffOp['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const count = change.value.length;
    const text = (op === 'delete' ? a.slice(x, x + count) : b.slice(y, y + count)).join('');
    if (op !== 'insert') x += count;
    if (op !== 'delete') y += count;
    if (text === '') continue;
    const last = ops.at(-1);
    if (last && last.op === op) ops[ops.length - 1] = { op, text: last.text + text };
    else ops.push({ op, text });
  }
  return ops;
}

/**
 * Tokens of a text for diffing: whitespace that is only layout (next to Chinese) is dropped.
 * @param text clause text
 * @param segmenter the word segmenter
 * @returns tokens
 */
function tokens(text: string, segmenter: Segmenter): string[] {
  const clean = diffText(text);
  const words = segmenter.words(clean);
  // Note: most clauses hold no whitespace at all; only those need the filter.
  if (!/\s/.test(clean)) return words;
  return words.filter((w, i) => !(/^\s+$/.test(w) && (i === 0 || i === words.length - 1 || CJK.test(words[i - 1].at(-1) ?? '') || CJK.test(words[i + 1][0] ?? ''))));
}

/**
 * The text a clause's diff cuts into words: converter residue removed, numbers re-joined.
 * @param text clause text
 * @returns the text to segment (so a segmenter can be prepared for exactly these texts)
 */
export function diffText(text: string): string {
  // Note: a space inside a number (`10 7个`) only comes from re-joining wrapped lines.
  return text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/([0-9])\s+(?=[0-9])/g, '$1');
}

function canonToken(token: string): string {
  return canonText(token) || token.normalize('NFKC');
}
