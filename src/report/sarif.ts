import type { Formatter } from './types.js';

/** SARIF 2.1.0 for code hosts. Note: supports no report until its formatter lands. */
export const sarif: Formatter = {
  description: 'SARIF 2.1.0 for code hosts',
  extensions: ['sarif'],
  supports: [],
  format() {
    return '';
  },
};
