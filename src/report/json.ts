import type { Target } from '../types.js';
import type { Formatter } from './types.js';

/** JSON: the report as data, with its `schema` field first, stable key order and a trailing newline. */
export const json: Formatter = {
  description: 'JSON with a versioned "schema" field (see docs/)',
  extensions: ['json'],
  supports: ['plan-diff/outline@1', 'plan-diff/targets@1', 'plan-diff/compare@1', 'plan-diff/check@1', 'plan-diff/history@1'],
  format(report) {
    if (report.schema === 'plan-diff/targets@1') {
      const { documents: _documents, ...rest } = report;
      return JSON.stringify(rest, null, 2) + '\n';
    }
    return JSON.stringify(report, null, 2) + '\n';
  },
};

/**
 * The JSON output of a targets report written piece by piece, byte for byte as `json.format` writes
 * the whole report: `head()`, then `item()` for each target, then `tail()`.
 * @returns the writer's pieces
 */
export function targetsJsonStream(): { head: () => string; item: (target: Target) => string; tail: () => string } {
  let count = 0;
  return {
    head: () => '{\n  "schema": "plan-diff/targets@1",\n  "targets": [',
    item: (target) => (count++ === 0 ? '\n' : ',\n') + JSON.stringify(target, null, 2).replace(/^/gmu, '    '),
    tail: () => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  };
}
