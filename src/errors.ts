/**
 * Errors that cross the library boundary.
 *
 * PlanDiffError: the user's fault (bad input, usage, config); the CLI prints its message and exits 2.
 * InternalError: a bug; the CLI prints it with a line asking the user to report it and exits 3.
 */

import { inputEn, inputZh, type InputCatalog } from './i18n/input.js';

/** Keys of the input errors in the catalog (`src/i18n/input.ts`). */
export type ErrorKey = keyof InputCatalog['error'];

/** An input error as data: its catalog key and the parameters its sentence is made from, in any language. */
export type ErrorRef = { [K in ErrorKey]: { key: K; params: Parameters<InputCatalog['error'][K]>[0] } }[ErrorKey];

/** Stable codes for user-facing errors. */
export type PlanDiffErrorCode =
  | 'ENOENT' // file not found
  | 'EISDIR' // a directory where a file was expected
  | 'EMPTY' // empty file or no text
  | 'BINARY' // binary file
  | 'ENCODING' // undecodable bytes
  | 'DOCX' // not a valid Word document
  | 'PDF' // not a valid PDF / no text layer / encrypted
  | 'TOO_LARGE' // input over the size limit
  | 'USAGE' // bad command-line usage
  | 'CONFIG' // bad config file
  | 'UNSUPPORTED'; // unsupported file type

/** An error caused by the user's input or usage: exit code 2, message shown without a stack trace. */
export class PlanDiffError extends Error {
  /** Stable code. */
  readonly code: PlanDiffErrorCode;
  /** Path of the file concerned, when there is one. */
  readonly path?: string;
  /** The message as a catalog key and its parameters, so that it can be worded in another language (`text`). */
  readonly detail?: ErrorRef;
  /** For `history`: the step between two versions where the error arose. */
  readonly step?: { from: number; to: number };

  /**
   * @param code stable error code
   * @param message one or two lines: what failed, why, what was expected, what was received; as a
   *   catalog key with parameters, the English sentence becomes the message
   * @param path the file concerned
   * @param step for `history`: the step between two versions where the error arose
   */
  constructor(code: PlanDiffErrorCode, message: string | ErrorRef, path?: string, step?: { from: number; to: number }) {
    const detail = typeof message === 'string' ? undefined : message;
    const english = detail === undefined ? (message as string) : render(detail, 'en');
    super(step === undefined ? english : inputEn.inStep({ ...step, reason: english }));
    this.name = 'PlanDiffError';
    this.code = code;
    this.path = path;
    if (detail !== undefined) this.detail = detail;
    if (step !== undefined) this.step = step;
  }

  /**
   * The message in a language: worded from the catalog when the error has a key, else `message`.
   * @param lang `zh` or `en`
   * @returns one line, without `plan-diff: `
   */
  text(lang: 'zh' | 'en'): string {
    if (this.detail === undefined || lang === 'en') return this.message;
    const reason = render(this.detail, lang);
    return this.step === undefined ? reason : inputZh.inStep({ ...this.step, reason });
  }
}

/**
 * The sentence of an input error in a language.
 * @param ref the error's key and parameters
 * @param lang `zh` or `en`
 * @returns the sentence
 */
export function render(ref: ErrorRef, lang: 'zh' | 'en'): string {
  const say = (lang === 'zh' ? inputZh : inputEn).error[ref.key] as (params: unknown) => string;
  return say(ref.params);
}

/** A bug in plan-diff: exit code 3. */
export class InternalError extends Error {
  /** @param message what went wrong */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

/** Exit codes of the CLI. */
export const EXIT = {
  /** Ran, nothing at or above --fail-on (or documents identical, for compare). */
  OK: 0,
  /** Findings at or above --fail-on (or documents differ, for compare). */
  FINDINGS: 1,
  /** Usage, config or input error. */
  INPUT: 2,
  /** Internal error (a bug). */
  INTERNAL: 3,
} as const;
