import type { Formatter } from './types.js';

/** JSON: the report as data, with its `schema` field first, stable key order and a trailing newline. */
export const json: Formatter = {
  description: 'JSON with a versioned "schema" field (see docs/)',
  extensions: ['json'],
  supports: ['plan-diff/outline@1', 'plan-diff/targets@1', 'plan-diff/compare@1', 'plan-diff/check@1'],
  format(report) {
    return JSON.stringify(report, null, 2) + '\n';
  },
};
