import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusPath } from '../helpers/corpus.js';
import { reviseSeed } from '../helpers/revise.js';
import { readRevisions, type Revisions } from '../helpers/revisions.js';
import { requireTool } from '../helpers/tools.js';
import type { CompareReport } from '../../src/types.js';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const tmp = () => mkdtempSync(join(tmpdir(), 'plan-diff-redline-'));

// Note: written here, not taken from src: text up to layout (spaces and line breaks, character width,
// quote and dash style), which the issue says are not revisions.
const layout = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[—–－―]+/g, '-');

// Note: what a source file holds that is not the plan's text: converter residue (`[bookmark:_GoBack]`)
// and Markdown markup (`#`, `**`, comments).
const source = (text: string) => layout(text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*#+\s*/gm, '').replace(/\*\*/g, ''));

/**
 * What a draft holds that the document lacks, and what the document holds that the draft lacks.
 * Note: what the parser does not keep as clause text may be missing: converter bullets (`- `), PDF page
 * numbers (`-22-`), the 附件 label above the title, and the 。 that closes a heading
 * (`（一）强化政策保障。`); nothing may be added.
 */
function lost(file: string, document: string): { missing: string[]; added: string[] } {
  const changes = diffChars(source(file), layout(document));
  return {
    missing: changes.filter((c) => c.removed && !/^(?:-\d+-|[-。]|附件\d*)+$/.test(c.value)).map((c) => c.value),
    added: changes.filter((c) => c.added).map((c) => c.value),
  };
}

/** Compare two files on the command line: the tracked-changes document and the JSON report. */
async function redline(oldPath: string, newPath: string, extra: string[] = []): Promise<{ revisions: Revisions; report: CompareReport; file: string }> {
  const dir = tmp();
  const file = join(dir, 'redline.docx');
  const run = await runCli(['compare', oldPath, newPath, '--track-changes', '-o', file, ...extra]);
  expect(run.err).toBe('');
  expect(run.code).toBe(1);
  const json = await runCli(['compare', oldPath, newPath, '--format', 'json']);
  return { revisions: await readRevisions(readFileSync(file)), report: JSON.parse(json.out) as CompareReport, file };
}

/** A seed and a revision of it with known edits, written to files. */
function revision(seed: string): { old: string; neu: string; truth: ReturnType<typeof reviseSeed>; oldText: string } {
  const dir = tmp();
  const oldText = readFileSync(join('seeds', seed), 'utf8');
  const truth = reviseSeed(oldText);
  writeFileSync(join(dir, 'new.txt'), truth.text);
  return { old: join('seeds', seed), neu: join(dir, 'new.txt'), truth, oldText };
}

/** How many clauses a side of a compare report has. */
const count = (report: CompareReport, side: 'old' | 'new') => new Set(report.pairs.flatMap((p) => (p[side] ? [p[side].id] : []))).size;

// Note: the text of a paragraph run by run, for finding whole deleted or inserted paragraphs.
const wholly = (r: Revisions, op: 'insert' | 'delete') =>
  r.paragraphs.filter((p) => p.mark === op && p.runs.length > 0 && p.runs.every((run) => run.op === op)).map((p) => p.runs.map((run) => run.text).join(''));

describe('compare --track-changes: the new draft with Word revisions', () => {
  it.each(SEEDS)('%s: Accept All gives the revised text, Reject All the seed, with each known edit a revision', async (seed) => {
    const { old, neu, truth, oldText } = revision(seed);
    const { revisions: r, report } = await redline(old, neu);
    expect(lost(truth.text, r.accepted.join(''))).toEqual({ missing: [], added: [] });
    expect(lost(oldText, r.rejected.join(''))).toEqual({ missing: [], added: [] });
    expect(r.moves).toBe(0);
    // Note: every number edit is one whole token deleted and one inserted, never digits apart.
    const deletedRuns = r.paragraphs.flatMap((p) => p.runs.filter((run) => run.op === 'delete').map((run) => run.text));
    const insertedRuns = r.paragraphs.flatMap((p) => p.runs.filter((run) => run.op === 'insert').map((run) => run.text));
    for (const edit of truth.numbers) {
      expect(deletedRuns).toContain(edit.from);
      expect(insertedRuns).toContain(edit.to);
    }
    // Note: the deleted task is one deleted paragraph, the added task one inserted paragraph, the moved
    // task deleted at its old place and inserted at its new one.
    const lines = oldText.split('\n');
    // Note: a paragraph of a hard-wrapped seed runs over several lines.
    const paragraph = (line: number) => lines.slice(line - 1, truth.extent.get(line) ?? line).join('');
    const bare = (text: string) => layout(text).replace(/^-?(\d+\.)?/, '');
    const deletedParagraphs = wholly(r, 'delete').map(bare);
    const insertedParagraphs = wholly(r, 'insert').map(bare);
    expect(deletedParagraphs).toContain(bare(paragraph(truth.deleted)));
    expect(insertedParagraphs).toContain(bare(truth.inserted));
    expect(deletedParagraphs).toContain(bare(paragraph(truth.moved)));
    expect(insertedParagraphs).toContain(bare(paragraph(truth.moved)));
    // Note: paragraph marks: one paragraph per clause of the new draft on Accept, of the old on Reject.
    expect(r.accepted).toHaveLength(count(report, 'new'));
    expect(r.rejected).toHaveLength(count(report, 'old'));
  });

  it.each([
    ['law-sci-popularization-2002.md', 'law-sci-popularization-2024.md'],
    ['law-animal-epidemic-prevention-2020-draft1.txt', 'law-animal-epidemic-prevention-2020-draft2.txt'],
  ] as const)('%s → %s: Accept All gives the new text, Reject All the old', async (oldName, newName) => {
    const [a, b] = [corpusPath(oldName), corpusPath(newName)];
    const { revisions: r, report } = await redline(a, b);
    expect(lost(readFileSync(b, 'utf8'), r.accepted.join(''))).toEqual({ missing: [], added: [] });
    expect(lost(readFileSync(a, 'utf8'), r.rejected.join(''))).toEqual({ missing: [], added: [] });
    expect(r.accepted).toHaveLength(count(report, 'new'));
    expect(r.rejected).toHaveLength(count(report, 'old'));
    expect(r.changes.length).toBeGreaterThan(100);
  });

  it('each revision has the author (plan-diff, or --author) and a date; ids are unique', async () => {
    const { old, neu } = revision(SEEDS[0]!);
    const byDefault = await redline(old, neu);
    expect(new Set(byDefault.revisions.changes.map((c) => c.author))).toEqual(new Set(['plan-diff']));
    const named = await redline(old, neu, ['--author', '起草组']);
    expect(new Set(named.revisions.changes.map((c) => c.author))).toEqual(new Set(['起草组']));
    const ids = named.revisions.changes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of named.revisions.changes) expect(c.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('layout alone (re-wrapped lines, full-width punctuation) makes no revision', async () => {
    const dir = tmp();
    const text = readFileSync(join('seeds', SEEDS[0]!), 'utf8');
    writeFileSync(join(dir, 'old.txt'), text);
    writeFileSync(join(dir, 'new.txt'), text.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ','));
    await runCli(['compare', 'old.txt', 'new.txt', '--track-changes', '-o', 'r.docx'], { cwd: dir });
    expect((await readRevisions(readFileSync(join(dir, 'r.docx')))).changes).toEqual([]);
  });

  it('refuses --author without --track-changes, and --track-changes with a text format or another extension', async () => {
    const seed = join('seeds', SEEDS[0]!);
    expect(await runCli(['compare', seed, seed, '--author', 'x'])).toMatchObject({ code: 2, err: 'plan-diff: --author names the author of tracked changes; use it with --track-changes.\n' });
    expect(await runCli(['compare', seed, seed, '--track-changes', '--format', 'md'])).toMatchObject({
      code: 2,
      err: 'plan-diff: --track-changes writes a Word document; it cannot be combined with --format md.\n',
    });
    expect(await runCli(['compare', seed, seed, '--track-changes', '-o', 'diff.html'])).toMatchObject({
      code: 2,
      err: 'plan-diff: --track-changes writes a Word document; name the output .docx. Received "diff.html".\n',
    });
  });
});

// Note: LibreOffice opens the .docx as a person would; .ci/run installs it, and under CI a missing
// soffice fails (tests/helpers/tools.ts) instead of skipping.
const soffice = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice')).find((p) => existsSync(p)) ?? '/usr/bin/soffice';
const hasSoffice = requireTool(soffice, 'LibreOffice (soffice, Debian\'s "libreoffice-writer-nogui")');
describe.skipIf(!hasSoffice)('LibreOffice opens the tracked-changes document (skipped when soffice is not installed)', () => {
  it.each([SEEDS[1]!, 'law'])('%s converts to PDF without error', async (which) => {
    const { old, neu } = which === 'law' ? { old: corpusPath('law-sci-popularization-2002.md'), neu: corpusPath('law-sci-popularization-2024.md') } : revision(which);
    const { file } = await redline(old, neu);
    const dir = join(file, '..');
    // Note: soffice exits 0 even when it cannot load a file; the PDF must be there and hold the text.
    execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const pdf = join(dir, 'redline.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
