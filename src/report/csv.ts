import type { Formatter } from './types.js';

/** CSV table for spreadsheets. Note: supports no report until its formatter lands. */
export const csv: Formatter = {
  description: 'CSV table for spreadsheets',
  extensions: ['csv'],
  supports: [],
  format() {
    return '';
  },
};

/** TSV table for spreadsheets. Note: supports no report until its formatter lands. */
export const tsv: Formatter = {
  description: 'TSV table for spreadsheets',
  extensions: ['tsv'],
  supports: [],
  format() {
    return '';
  },
};
