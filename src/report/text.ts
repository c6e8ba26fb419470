import type { Formatter } from './types.js';

/** Terminal output (tree for outline, tables for targets and check, coloured word diff for compare). Note: supports no report until its formatter lands. */
export const text: Formatter = {
  description: 'Terminal output (tree for outline, tables for targets and check, coloured word diff for compare)',
  extensions: [],
  supports: [],
  format() {
    return '';
  },
};
