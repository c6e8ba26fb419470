import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PlanDiffError } from '../errors.js';
import { systemReason } from '../i18n/input.js';
import type { ContextRecord, DocumentRecord, PlanDocument, Target, TargetRecord } from '../types.js';
import type { CliContext } from './context.js';

/**
 * Read the JSON Lines of `targets --format jsonl` (one file per shard, in any order) back into the
 * documents `check` needs: each document's fields and targets, ordered as the files were in the run
 * that listed them (the `index` of each document line), so the findings are those of one `check` over
 * all the files.
 * @param inputs the .jsonl files (`-` for stdin)
 * @param kinds the kinds of target the check compares; the lines must list them (`--kind all`)
 * @param ctx working directory and stdin
 * @returns slim documents (no outline), in the original input order
 */
export async function readTargetLines(inputs: readonly string[], kinds: readonly string[], ctx: CliContext): Promise<PlanDocument[]> {
  const docs = new Map<string, { record: DocumentRecord; targets: Target[] }>();
  for (const input of inputs) {
    const text = input === '-' ? await readStdin(ctx) : await readFile(resolve(ctx.cwd, input), 'utf8').catch((error: Error) => {
      throw new PlanDiffError('ENOENT', { key: 'readFailed', params: { path: input, reason: systemReason(error) } }, input);
    });
    let current: { record: DocumentRecord; targets: Target[] } | undefined;
    // Note: a context line defines its number until the next line with that number (each file's lines number theirs from 0).
    const contexts = new Map<number, string>();
    for (const [i, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      const where = `${input}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new PlanDiffError('USAGE', { key: 'linesNotJson', params: { where } }, input);
      }
      if (isRecord(value)) {
        if (value.kind !== 'all' && kinds.some((k) => k !== value.kind)) {
          throw new PlanDiffError('USAGE', { key: 'linesKind', params: { where, listed: value.kind, kinds: [...kinds] } }, input);
        }
        const path = value.document.source.path;
        current = docs.get(path) ?? { record: value, targets: [] };
        docs.set(path, current);
      } else if (isContext(value)) {
        contexts.set(value.context, value.text);
      } else if (isTarget(value)) {
        const owner = docs.get(value.file) ?? current;
        if (!owner || owner.record.document.source.path !== value.file) {
          throw new PlanDiffError('USAGE', { key: 'linesOrphan', params: { where, file: value.file } }, input);
        }
        owner.targets.push(toTarget(value, contexts, where, input));
      } else {
        throw new PlanDiffError('USAGE', { key: 'linesUnknown', params: { where } }, input);
      }
    }
  }
  return [...docs.values()]
    .toSorted((a, b) => a.record.index - b.record.index)
    .map(({ record, targets }) => ({ ...record.document, preamble: [], nodes: [], targets, warnings: [] }) as PlanDocument);
}

function isRecord(value: unknown): value is DocumentRecord {
  const v = value as DocumentRecord | null;
  return typeof v === 'object' && v !== null && typeof v.document?.source?.path === 'string' && typeof v.index === 'number' && typeof v.kind === 'string';
}

function isContext(value: unknown): value is ContextRecord {
  const v = value as ContextRecord | null;
  return typeof v === 'object' && v !== null && typeof v.context === 'number' && typeof v.text === 'string' && Object.keys(v).length === 2;
}

function isTarget(value: unknown): value is TargetRecord | Target {
  const v = value as Target | null;
  return typeof v === 'object' && v !== null && typeof v.file === 'string' && typeof v.id === 'string' && typeof v.value === 'number';
}

/** A target line back as a target: its context number replaced by the context's text (a line of plan-diff/targets@1 carries its `sentence`). */
function toTarget(value: TargetRecord | Target, contexts: ReadonlyMap<number, string>, where: string, input: string): Target {
  if (!('context' in value)) return value;
  const sentence = contexts.get(value.context);
  if (sentence === undefined) throw new PlanDiffError('USAGE', { key: 'linesContext', params: { where, context: value.context } }, input);
  const { context: _context, ...rest } = value;
  return { ...rest, sentence };
}

async function readStdin(ctx: CliContext): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.stdin ?? []) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
