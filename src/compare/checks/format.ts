import type { Target } from '../../types.js';

// Note: how an amount is written lives in i18n/amount.ts, shared with the terminal's targets table.
export { formatAmount } from '../../i18n/amount.js';

/**
 * Where a target sits, as `file:line` (with the page for PDF sources: `file:p3:12`).
 * @param t the target
 * @returns the place
 */
export function formatPlace(t: Pick<Target, 'file' | 'line' | 'page'>): string {
  return t.page !== undefined ? `${t.file}:p${t.page}:${t.line}` : `${t.file}:${t.line}`;
}
