import { PlanDiffError } from '../../errors.js';
import { formatSize } from './sniff.js';
import type { OverWhat } from '../../i18n/input.js';

/** Largest text file read (about 100 times the longest real plan, the 14th-FYP plan at 94 kB). */
export const MAX_TEXT_BYTES = 10_000_000;

/** What plan-diff reads at most from one input; each is raised with `--limit NAME=VALUE` (docs/inputs.md). */
export interface ReadLimits {
  /** `text`: bytes of a text file, and UTF-8 bytes of the text decoded from a .docx or .pdf. */
  text: number;
  /** `docx-inflated`: bytes the parts of a .docx read (document, styles, numbering) inflate to, together. */
  'docx-inflated': number;
  /** `docx-entries`: files in a .docx's zip archive. */
  'docx-entries': number;
}

/** The limits used unless raised: 10 MB of text, 200 MB inflated, 10,000 zip entries (a real plan: ~100 kB, ~3 MB, ~30). */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = { text: MAX_TEXT_BYTES, 'docx-inflated': 200_000_000, 'docx-entries': 10_000 };

/**
 * The error for an input over a limit: names the limit and the option that raises it.
 * @param path the input
 * @param what what is too large, e.g. `the Word document inflates to more than 200 MB`
 * @param name the limit
 * @param limits the limits in force
 * @returns a `TOO_LARGE` error
 */
export function overLimit(path: string, what: OverWhat, name: keyof ReadLimits, limits: Readonly<ReadLimits>): PlanDiffError {
  const value = name === 'docx-entries' ? String(limits[name]) : formatSize(limits[name]).replace(' bytes', 'B').replace(' ', '');
  const raise = name === 'docx-entries' ? String(limits[name] * 10) : formatSize(limits[name] * 10).replace(' bytes', 'B').replace(' ', '');
  return new PlanDiffError('TOO_LARGE', { key: 'overLimit', params: { path, over: what, name, value, raise } }, path);
}


/**
 * Read `--limit NAME=VALUE` settings: sizes as `20MB`, `500kB`, `1GB` or bytes, `docx-entries` as a count.
 * @param settings the values given (repeatable)
 * @returns the limits, defaults where not given
 * @throws PlanDiffError `USAGE` for an unknown name or a value that is not a positive size
 */
export function parseLimits(settings: readonly string[] = []): ReadLimits {
  const limits: ReadLimits = { ...DEFAULT_LIMITS };
  for (const setting of settings) {
    const m = /^([a-z-]+)=(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(setting.trim());
    const name = m?.[1] as keyof ReadLimits | undefined;
    if (!m || !name || !(name in DEFAULT_LIMITS)) {
      throw new PlanDiffError('USAGE', { key: 'limitSetting', params: { setting, names: Object.keys(DEFAULT_LIMITS) } });
    }
    const scale = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 }[m[3].toLowerCase()] ?? 1;
    const value = Math.floor(Number(m[2]) * scale);
    if (value <= 0) throw new PlanDiffError('USAGE', { key: 'limitPositive', params: { setting } });
    limits[name] = value;
  }
  return limits;
}
