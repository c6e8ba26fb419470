import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/ imports run one way: no module imports itself back through others (STYLE.md: "no circles: a
// shared type goes to a leaf file"): none at run time anywhere, none through type-only imports in parse/.

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Relative imports of a module: runtime ones, and type-only ones. */
function importsOf(file: string): { runtime: string[]; types: string[] } {
  const text = readFileSync(file, 'utf8');
  const runtime: string[] = [];
  const types: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.{1,2}\/[^']+)'/gmsu)) {
    const target = resolve(dirname(file), m[4]!.replace(/\.js$/u, '.ts'));
    const typeOnly = m[2] !== undefined || /^\{\s*(?:type\s+[^,}]+,?\s*)+\}$/u.test(m[3]!.trim());
    (typeOnly ? types : runtime).push(target);
  }
  for (const m of text.matchAll(/import\(\s*'(\.{1,2}\/[^']+)'\s*\)/gu)) runtime.push(resolve(dirname(file), m[1]!.replace(/\.js$/u, '.ts')));
  return { runtime, types };
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].toSorted()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports in src/', () => {
  const all = files(SRC);
  const read = new Map(all.map((f) => [f, importsOf(f)]));
  const name = (f: string) => relative(SRC, f);

  it('reads the imports of every module (the reader is not blind)', () => {
    const targets = read.get(join(SRC, 'parse/targets/index.ts'))!;
    expect(targets.runtime.map(name)).toContain('parse/targets/sentence.ts');
    expect(targets.types.map(name)).toContain('types.ts');
  });

  it('has no runtime import cycle', () => {
    const graph = new Map(all.map((f) => [f, read.get(f)!.runtime]));
    const found = cycles(graph).map((c) => c.map(name).join(' → '));
    expect(found).toEqual([]);
  });

  it('has no cycle through type-only imports in parse/ (shared types live in leaf modules); lists the others', () => {
    const graph = new Map(all.map((f) => [f, [...read.get(f)!.runtime, ...read.get(f)!.types]]));
    const found = cycles(graph).map((c) => c.map(name).join(' → '));
    console.log(`type-level import cycles: ${found.length}${found.length ? `\n  ${found.join('\n  ')}` : ''}`);
    // Note: parse/ is held to it (its two circles, blocks ↔ wrapped ↔ heading/title and targets-sentence ↔
    // quantity/bounds/doubling, are gone); type-only cycles elsewhere are listed for their owners.
    expect(found.filter((c) => c.startsWith('parse/'))).toEqual([]);
  });

  it('keeps the folders of parse/ one-way: outline/ and targets/ never import each other, words/ nothing of parse/', () => {
    const LEAVES = ['parse/chars.ts', 'parse/numbers.ts', 'parse/lines.ts', 'parse/mapped.ts', 'parse/glossary.ts', 'parse/tables.ts', 'parse/table-cells.ts', 'parse/table-header.ts'];
    const folderOf = (f: string) => /^parse\/(outline|targets|words)\//u.exec(f)?.[1];
    const allowed: Record<string, (to: string) => boolean> = {
      outline: (to) => to.startsWith('parse/outline/') || to.startsWith('parse/words/') || LEAVES.includes(to),
      targets: (to) => to.startsWith('parse/targets/') || to.startsWith('parse/words/') || LEAVES.includes(to),
      words: (to) => to.startsWith('parse/words/'),
    };
    const wrong: string[] = [];
    for (const file of all) {
      const from = name(file);
      const folder = folderOf(from);
      if (folder === undefined) continue;
      for (const target of [...read.get(file)!.runtime, ...read.get(file)!.types]) {
        const to = name(target);
        if (to.startsWith('parse/') && !allowed[folder]!(to)) wrong.push(`${from} → ${to}`);
      }
    }
    // Note: the three folders exist and hold their readers (an empty folder would pass the loop above).
    expect(['outline/outline.ts', 'targets/index.ts', 'words/segmenter.ts'].map((f) => all.map(name).includes(`parse/${f}`))).toEqual([true, true, true]);
    expect(wrong).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', []]]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
