import type { Target, TargetRecord } from '../types.js';
import type { Formatter } from './types.js';

/**
 * JSON: the report as data, with its `schema` field first, stable key order and a trailing newline,
 * one record per line (see `stringifyRecords`); a targets report writes each context once (`contexts`).
 */
export const json: Formatter = {
  description: 'JSON with a versioned "schema" field, one record per line (see docs/)',
  extensions: ['json'],
  supports: ['plan-diff/outline@1', 'plan-diff/targets@2', 'plan-diff/compare@1', 'plan-diff/check@1', 'plan-diff/history@1'],
  format(report) {
    if (report.schema === 'plan-diff/targets@2') {
      const stream = targetsJsonStream();
      return stream.head() + report.targets.map(stream.item).join('') + stream.tail();
    }
    return stringifyRecords(report) + '\n';
  },
};

/**
 * JSON laid out one record per line: the containers above `depth` are indented by two spaces, one
 * member per line, and each value at `depth` (an element of a top-level array: a target, a pair, a
 * finding, an outline node) is written compact on its own line.
 * Note: `JSON.stringify(report, null, 2)` spent more bytes on indentation than on data for a record of
 * short fields (a target: 465 bytes against 304), which dense text multiplies (issue 22); one record per
 * line stays readable, diffs by record and greps by line.
 * @param value JSON data (no cycles)
 * @param depth nesting level from which values are compact (the root is level 0)
 * @returns the JSON text, without a trailing newline
 */
export function stringifyRecords(value: unknown, depth = 2): string {
  const write = (v: unknown, level: number, indent: string): string => {
    if (level >= depth || v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
    const inner = `${indent}  `;
    if (Array.isArray(v)) return v.length === 0 ? '[]' : `[\n${v.map((x) => inner + write(x, level + 1, inner)).join(',\n')}\n${indent}]`;
    const members = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function');
    return members.length === 0 ? '{}' : `{\n${members.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, level + 1, inner)}`).join(',\n')}\n${indent}}`;
  };
  return write(value, 0, '');
}

/**
 * A target as JSON writes it: `sentence` replaced by the index of its context.
 * @param target the target
 * @param context index of its context
 * @returns the record, keys in the target's order with `context` last
 */
export function targetRecord(target: Target, context: number): TargetRecord {
  const { sentence: _sentence, ...rest } = target;
  return { ...rest, context };
}

/**
 * Numbers the distinct contexts of targets in the order they are first met.
 * @returns `index(text)`: the context's number (a new one for a text not met before), and `texts`, the contexts in order
 */
export function contextTable(): { index: (text: string) => number; texts: string[] } {
  const seen = new Map<string, number>();
  const texts: string[] = [];
  return {
    index(text) {
      let i = seen.get(text);
      if (i === undefined) {
        i = texts.push(text) - 1;
        seen.set(text, i);
      }
      return i;
    },
    texts,
  };
}

/**
 * The JSON output of a targets report written piece by piece, byte for byte as `json.format` writes
 * the whole report: `head()`, then `item()` for each target, then `tail()` (the contexts, each once).
 * Note: the contexts come after the targets so that a folder's targets stream file by file; only the
 * distinct context texts are held until the end.
 * @returns the writer's pieces
 */
export function targetsJsonStream(): { head: () => string; item: (target: Target) => string; tail: () => string } {
  let count = 0;
  const contexts = contextTable();
  return {
    head: () => '{\n  "schema": "plan-diff/targets@2",\n  "targets": [',
    item: (target) => (count++ === 0 ? '\n    ' : ',\n    ') + JSON.stringify(targetRecord(target, contexts.index(target.sentence))),
    tail: () =>
      (count === 0 ? '],\n' : '\n  ],\n') + `  "contexts": ${contexts.texts.length === 0 ? '[]' : `[\n${contexts.texts.map((t) => `    ${JSON.stringify(t)}`).join(',\n')}\n  ]`}\n}\n`,
  };
}
