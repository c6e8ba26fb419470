// Note: the array differ alone (two modules), not the package index (nineteen), keeps start-up short.
import { diffArrays } from 'diff/lib/diff/array.js';
import type { DiffOp } from '../types.js';
import type { Segmenter } from '../parse/words/segmenter.js';
import { canonText } from './canon.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A word diff before it is turned into operations: both token lists and jsdiff's runs over them. */
export interface TokenDiff {
  /** Tokens of the old text, as written. */
  old: string[];
  /** Tokens of the new text, as written. */
  new: string[];
  /** Runs in order: `count` tokens equal on both sides, deleted from old, or inserted into new. */
  runs: Array<{ op: DiffOp['op']; count: number }>;
}

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
  return diffOps(diffTokens(oldText, newText, segmenter, canon));
}

/**
 * The token-level diff of two clause texts (see diffClauses), kept for placing targets in it.
 * @param oldText old clause text
 * @param newText new clause text
 * @param segmenter the word segmenter
 * @param canon canonical forms of tokens already seen
 * @returns both token lists and the runs
 */
export function diffTokens(oldText: string, newText: string, segmenter: Segmenter, canon: Map<string, string> = new Map()): TokenDiff {
  const a = tokens(oldText, segmenter);
  const b = tokens(newText, segmenter);
  // Note: tokens are compared by their canonical form, computed once per distinct token.
  const canonOf = (token: string) => {
    let c = canon.get(token);
    if (c === undefined) canon.set(token, (c = canonToken(token)));
    return c;
  };
  // Note: the common tail is not set aside before diffing: jsdiff then keeps an inserted sentence
  // whole with its own 。 instead of starting it at the previous sentence's 。.
  const runs = diffArrays(a.map(canonOf), b.map(canonOf)).map((change) => ({
    op: (change.added ? 'insert' : change.removed ? 'delete' : 'equal') as DiffOp['op'],
    count: change.value.length,
  }));
  return { old: a, new: b, runs };
}

/**
 * The operations of a token diff: the texts shown are the tokens as written (the new side's for
 * equal runs, as jsdiff does); empty runs are dropped and adjacent ones of the same kind merged.
 * @param diff a token diff
 * @returns the operations from old to new
 */
export function diffOps(diff: TokenDiff): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = 0;
  let y = 0;
  for (const { op, count } of diff.runs) {
    const text = (op === 'delete' ? diff.old.slice(x, x + count) : diff.new.slice(y, y + count)).join('');
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
 * Tokens of a text for diffing: whitespace that is only layout (spaces next to Chinese) is dropped; tabs stay.
 * @param text clause text
 * @param segmenter the word segmenter
 * @returns tokens
 */
function tokens(text: string, segmenter: Segmenter): string[] {
  const clean = diffText(text);
  const words = segmenter.words(clean);
  // Note: most clauses hold no whitespace at all; only those need the filter.
  if (!/\s/.test(clean)) return words;
  // Note: a tab is no layout: it parts a table's cells, and stays in the diff.
  return words.filter((w, i) => !(/^[^\S\t]+$/.test(w) && (i === 0 || i === words.length - 1 || CJK.test(words[i - 1].at(-1) ?? '') || CJK.test(words[i + 1][0] ?? ''))));
}

/**
 * The text a clause's diff cuts into words: converter residue removed, numbers re-joined.
 * @param text clause text
 * @returns the text to segment (so a segmenter can be prepared for exactly these texts)
 */
export function diffText(text: string): string {
  // Note: a space inside a number (`10 7个`) only comes from re-joining wrapped lines; a tab parts a
  // table's cells (`6.3\t15`: two numbers, never 6.315).
  return text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/([0-9])[^\S\t]+(?=[0-9])/g, '$1');
}

function canonToken(token: string): string {
  return canonText(token) || token.normalize('NFKC');
}
