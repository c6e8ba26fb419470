import { readFile } from 'node:fs/promises';
import { writeAtomic } from './write.js';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { PlanDiffError } from '../errors.js';
import type { CheckReport } from '../types.js';
import type { CliContext } from './context.js';
import { compileSchema, parseJson } from './config.js';

/** A findings baseline (`plan-diff/baseline@1`): the findings known when it was written. */
export interface FindingsBaseline {
  /** Versioned schema id. */
  schema: 'plan-diff/baseline@1';
  /** Known findings, sorted by fingerprint. */
  findings: Array<{ fingerprint: string; rule: string; message: string }>;
}

const SCHEMA = {
  type: 'object',
  required: ['schema', 'findings'],
  properties: {
    schema: { const: 'plan-diff/baseline@1' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fingerprint'],
        properties: { fingerprint: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;
let validator: ValidateFunction<FindingsBaseline> | undefined;

/**
 * Whether a --baseline argument names a findings baseline (a .json file) rather than a plan document.
 * Note: plans are never JSON (.txt .md .docx .pdf), so the extension decides without guessing.
 * @param path the --baseline value
 * @returns true for a findings baseline
 */
export function isFindingsBaseline(path: string): boolean {
  return path.toLowerCase().endsWith('.json');
}

/**
 * Read a findings baseline written by --write-baseline.
 * @param path path as given
 * @param ctx working directory
 * @returns fingerprints of the known findings
 */
export async function readFindingsBaseline(path: string, ctx: CliContext): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanDiffError('CONFIG', { key: 'baselineUnreadable', params: { file: path, missing: code === 'ENOENT', reason: (error as Error).message } }, path);
  }
  const data = parseJson(text, path, 'baseline');
  const validate = (validator ??= compileSchema<FindingsBaseline>(SCHEMA));
  if (!validate(data)) {
    throw new PlanDiffError('CONFIG', { key: 'baselineShape', params: { file: path } }, path);
  }
  return data.findings.map((f) => f.fingerprint);
}

/**
 * Record today's findings (reported and already baselined, not those ignored by the config) so that
 * later runs with `--baseline FILE` fail only on new ones.
 * @param report the check report
 * @returns the baseline file's text: stable order, trailing newline
 */
export function findingsBaseline(report: CheckReport): string {
  const known = (report.suppressed ?? []).filter((s) => s.reason === 'baseline');
  const findings = [...report.findings, ...known]
    .map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, message: f.message }))
    .toSorted((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  const baseline: FindingsBaseline = { schema: 'plan-diff/baseline@1', findings };
  return JSON.stringify(baseline, null, 2) + '\n';
}

/**
 * Write a findings baseline.
 * @param path where
 * @param report the check report
 * @param ctx working directory
 */
export async function writeFindingsBaseline(path: string, report: CheckReport, ctx: CliContext): Promise<void> {
  await writeAtomic(path, findingsBaseline(report), ctx, 'baseline ');
}
