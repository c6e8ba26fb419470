import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PlanDiffError } from '../errors.js';
import { configProblemText, type ConfigProblem } from '../i18n/input.js';
import type { Severity } from '../types.js';
import { checks, type CheckId } from '../compare/checks/index.js';
import type { CheckOptions } from '../compare/check.js';
import type { CliContext } from './context.js';
import { readConfigDicts } from './config-dict.js';
import type { UnitSpec } from '../parse/targets/unit-table.js';

/** Level from which `check` exits 1. */
export type FailOn = Severity | 'never';

/** Contents of `plan-diff.config.json` (documented field by field in docs/check.md). */
export interface PlanDiffConfig {
  /** JSON schema reference for editors; ignored. */
  $schema?: string;
  /** Canonical metric → other phrases or metric keys that name the same metric. */
  aliases?: Record<string, string[]>;
  /** Findings to leave out, by fingerprint, each with the reason (and optionally its message, for readers). */
  ignore?: Array<{ fingerprint: string; reason: string; message?: string }>;
  /** Matching thresholds. */
  thresholds?: { similarity?: number; tolerance?: number };
  /** Severity per rule, or `off`. */
  rules?: Partial<Record<CheckId, Severity | 'off'>>;
  /** Default for --fail-on. */
  failOn?: FailOn;
  /** Extra jieba user dictionaries for `compare`, paths relative to the config file's folder. */
  dict?: string[];
  /** Default for `check --cache`: a folder of parses keyed by file content, relative to the working directory. */
  cache?: string;
  /** Per file (path as given, or its ending): issuer, region and year over what was read from the text. */
  documents?: Record<string, { issuer?: string; region?: string; year?: number }>;
  /** Declared relations: `file` implements `implements`, its targets ≥, ≤ or = the other's. */
  relations?: Array<{ file: string; implements: string; relation: '>=' | '<=' | '=' }>;
  /** Extra units for reading targets (`{spelling, base?, scale?}`), added to the shipped unit registry. */
  units?: UnitSpec[];
}

/** Name of the config file looked up in the working directory. */
export const CONFIG_FILE = 'plan-diff.config.json';

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    aliases: {
      type: 'object',
      propertyNames: { minLength: 1 },
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    },
    ignore: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['fingerprint', 'reason'],
        properties: {
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          reason: { type: 'string', minLength: 1 },
          message: { type: 'string' },
        },
      },
    },
    thresholds: {
      type: 'object',
      additionalProperties: false,
      properties: {
        similarity: { type: 'number', minimum: 0, maximum: 1 },
        tolerance: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys(checks).map((id) => [id, { enum: ['error', 'warning', 'info', 'off'] }])),
    },
    failOn: { enum: ['error', 'warning', 'info', 'never'] },
    cache: { type: 'string', minLength: 1 },
    dict: { type: 'array', items: { type: 'string', minLength: 1 } },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['spelling'],
        properties: {
          spelling: { type: 'string', minLength: 1, maxLength: 12 },
          base: { type: 'string', minLength: 1, maxLength: 24 },
          scale: { type: 'number', exclusiveMinimum: 0 },
          quantity: { type: 'boolean' },
        },
      },
    },
    documents: {
      type: 'object',
      propertyNames: { minLength: 1 },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { issuer: { type: 'string', minLength: 1 }, region: { type: 'string', minLength: 1 }, year: { type: 'integer', minimum: 1900, maximum: 2200 } },
      },
    },
    relations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'implements', 'relation'],
        properties: { file: { type: 'string', minLength: 1 }, implements: { type: 'string', minLength: 1 }, relation: { enum: ['>=', '<=', '='] } },
      },
    },
  },
} as const;

// Note: ajv loads, and the schema compiles, only when a config file is read (about 50 ms that runs
// without one never pay); ajv is CommonJS, so require() keeps parseConfig synchronous.
const require = createRequire(import.meta.url);
let validator: ValidateFunction<PlanDiffConfig> | undefined;

/**
 * Compile a JSON schema with ajv (reporting all errors), loading ajv on first use.
 * @param schema the schema
 * @param options further ajv options
 * @returns the compiled validator
 */
export function compileSchema<T>(schema: object, options: { strict?: boolean } = {}): ValidateFunction<T> {
  const { Ajv } = require('ajv') as typeof import('ajv');
  return new Ajv({ allErrors: true, ...options }).compile<T>(schema);
}

/**
 * Load and validate the config: the file given by --config, else `plan-diff.config.json` in the working
 * directory when it exists, else an empty config.
 * The dictionaries it lists under `dict` are read and checked too, so a bad entry fails every command.
 * @param path the --config value, if given
 * @param ctx working directory
 * @returns the config, the path it came from (null when none) and the texts of its `dict` files
 */
export async function loadConfig(path: string | undefined, ctx: CliContext): Promise<{ config: PlanDiffConfig; path: string | null; dicts: string[] }> {
  const file = path ?? CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (path === undefined && code === 'ENOENT') return { config: {}, path: null, dicts: [] };
    throw new PlanDiffError('CONFIG', { key: 'configUnreadable', params: { file, missing: code === 'ENOENT', directory: code === 'EISDIR', reason: (error as Error).message } }, file);
  }
  const config = parseConfig(text, file);
  return { config, path: file, dicts: config.dict ? await readConfigDicts(config.dict, file, ctx) : [] };
}

/**
 * Parse and validate config text.
 * @param text the file's text
 * @param file its path, for messages
 * @returns the validated config
 */
export function parseConfig(text: string, file: string): PlanDiffConfig {
  const data = parseJson(text, file, 'config');
  const validate = (validator ??= compileSchema<PlanDiffConfig>(SCHEMA, { strict: true }));
  if (!validate(data)) {
    const problems = new Map((validate.errors ?? []).map(describe).map((p) => [configProblemText(p), p] as const));
    const sorted = [...problems.keys()].toSorted().map((k) => problems.get(k)!);
    throw new PlanDiffError('CONFIG', { key: 'configInvalid', params: { file, problems: sorted } }, file);
  }
  return data;
}

/**
 * Turn a config into options for `checkPlans`.
 * @param config the validated config
 * @returns check options (aliases, thresholds, rules, ignores)
 */
export function checkOptionsFrom(config: PlanDiffConfig): CheckOptions {
  return {
    ...(config.aliases ? { aliases: config.aliases } : {}),
    ...(config.thresholds?.similarity !== undefined ? { similarity: config.thresholds.similarity } : {}),
    ...(config.thresholds?.tolerance !== undefined ? { tolerance: config.thresholds.tolerance } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
    ...(config.ignore ? { ignore: config.ignore.map(({ fingerprint, reason }) => ({ fingerprint, reason })) } : {}),
    ...(config.documents ? { issuers: config.documents } : {}),
    ...(config.relations ? { relations: config.relations } : {}),
  };
}

/**
 * Parse JSON with an error that says where: line and column rather than a character offset.
 * @param text JSON text
 * @param file path, for the message
 * @param what what the file is (`config`, `baseline`)
 * @returns the parsed value
 */
export function parseJson(text: string, file: string, what: 'config' | 'baseline'): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const before = at ? text.replace(/^\uFEFF/, '').slice(0, Number(at[1])).split('\n') : [];
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    throw new PlanDiffError('CONFIG', { key: 'notJson', params: { what, file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason } }, file);
  }
}

function describe(e: ErrorObject): ConfigProblem {
  const at = e.instancePath;
  if (e.keyword === 'additionalProperties') {
    return { at, what: 'unknown-field', value: String(e.params.additionalProperty), ...(at === '/rules' ? { known: Object.keys(checks) } : {}) };
  }
  if (e.keyword === 'required') return { at, what: 'missing-field', value: String(e.params.missingProperty) };
  if (e.keyword === 'enum') return { at, what: 'one-of', value: (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') };
  if (e.keyword === 'pattern' && at.endsWith('/fingerprint')) return { at, what: 'fingerprint', value: '' };
  if (['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'].includes(e.keyword)) return { at, what: 'range', value: `${String(e.params.comparison)} ${String(e.params.limit)}` };
  if (e.keyword === 'type') return { at, what: 'type', value: String(e.params.type) };
  return { at, what: 'other', value: e.message ?? e.keyword };
}
