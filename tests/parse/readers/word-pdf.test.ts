import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/index.js';
import { readSource } from '../../../src/parse/readers/index.js';
import type { OutlineNode } from '../../../src/types.js';
import { seedFiles } from '../helpers.js';

// A drafting officer's Word file (auto-numbering: the numbers are list labels, no first-line indent)
// printed to PDF by LibreOffice: a numbered item whose previous sentence filled its line still starts
// a heading, so the PDF has the headings the .docx has. LibreOffice is installed by .ci/run.
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();
if (!hasSoffice && process.env.CI) throw new Error('soffice (LibreOffice) is missing: .ci/run installs libreoffice-writer-nogui');

const headings = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [`${n.depth} ${n.marker}${n.title}`, ...headings(n.children)]);

describe.skipIf(!hasSoffice)('each seed as a Word document printed to PDF by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-word-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const names = seedFiles.map((f) => f.replace(/\.txt$/, ''));
  const converted = (() => {
    for (const name of names) execFileSync(process.execPath, ['scripts/make-fixtures.mjs', '--docx', `seeds/${name}.txt`, join(dir, `${name}.docx`)]);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))], { stdio: 'ignore', timeout: 240_000 });
    return true;
  })();

  it.each(names)('%s: the PDF has the headings of the .docx (depth, marker, title), each on its page', async (name) => {
    expect(converted).toBe(true);
    const docx = parsePlan(await readSource(readFileSync(join(dir, `${name}.docx`)), `${name}.docx`), { targets: false });
    const pdf = parsePlan(await readSource(readFileSync(join(dir, `${name}.pdf`)), `${name}.pdf`), { targets: false });
    expect(headings(docx.nodes).length).toBeGreaterThan(20);
    expect(headings(pdf.nodes)).toEqual(headings(docx.nodes));
    const all = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
    expect(all(pdf.nodes).every((n) => typeof n.page === 'number' && n.page >= 1)).toBe(true);
    expect(all(pdf.nodes).at(-1)!.page).toBeGreaterThan(1);
  }, 300_000);
});
