/**
 * Errors that cross the library boundary.
 *
 * PlanDiffError: the user's fault (bad input, usage, config); the CLI prints its message and exits 2.
 * InternalError: a bug; the CLI prints it with a line asking the user to report it and exits 3.
 */

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

  /**
   * @param code stable error code
   * @param message one or two lines: what failed, why, what was expected, what was received
   * @param path the file concerned
   */
  constructor(code: PlanDiffErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'PlanDiffError';
    this.code = code;
    this.path = path;
  }
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
