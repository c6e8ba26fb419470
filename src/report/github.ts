import type { Formatter } from './types.js';

/** GitHub Actions workflow commands (. Note: supports no report until its formatter lands. */
export const github: Formatter = {
  description: 'GitHub Actions workflow commands (',
  extensions: [':error file=…', 'line=…::):'],
  supports: [],
  format() {
    return '';
  },
};
