import { createRequire } from 'node:module';
import fc from 'fast-check';
import CliTable from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { Table, type CellInput, type TableOptions } from '../../../src/report/text/table.js';

// Note: cli-table3 colours through colors.js, which decides from the process's terminal; force it on so
// both tables are compared with colours too.
createRequire(import.meta.url)('@colors/colors/safe').enable();

const text = fc.stringMatching(/^[a-z0-9 .%发展翻一番年建设中心，。（）\n-]{0,40}$/);

const tableArb = fc
  .record({
    widths: fc.array(fc.integer({ min: 3, max: 14 }), { minLength: 1, maxLength: 4 }),
    rows: fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
    span: fc.integer({ min: 1, max: 3 }),
    wordWrap: fc.boolean(),
    color: fc.boolean(),
  })
  .map(({ widths, rows, span, wordWrap, color }) => ({ widths, rows: rows.map((r) => r.slice(0, widths.length)), span, wordWrap, color }));

function both(options: TableOptions, rows: CellInput[][]): [string, string] {
  const ours = new Table(options);
  const theirs = new CliTable(options as ConstructorParameters<typeof CliTable>[0]);
  ours.push(...rows);
  theirs.push(...(rows as never[]));
  return [ours.toString(), theirs.toString()];
}

describe('Table', () => {
  it('draws what cli-table3 draws (widths, wrapping, "…" cuts, colours)', () => {
    fc.assert(
      fc.property(tableArb, ({ widths, rows, wordWrap, color }) => {
        const style = color ? { head: ['cyan'] } : { head: [], border: [] };
        const [ours, theirs] = both({ head: widths.map((_, i) => `h${i}`), colWidths: widths, wordWrap, style }, rows);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('sizes columns without a given width to their widest line, as cli-table3 does', () => {
    fc.assert(
      fc.property(tableArb, ({ rows, color }) => {
        const style = color ? { head: ['cyan'] } : { head: [], border: [] };
        const [ours, theirs] = both({ head: ['h0', 'h1', 'h2', 'h3'], style }, rows.map((r) => [...r, '1', '22', '333', '4444'].slice(0, 4).map((c, i) => (i === 1 ? c.length : c))));
        expect(ours).toBe(theirs);
      }),
      { numRuns: 200 },
    );
  });

  it('draws row spans as cli-table3 does', () => {
    fc.assert(
      fc.property(tableArb, ({ widths, rows, span }) => {
        const cols = [...widths, 8, 8, 8, 8].slice(0, 4);
        const spanned: CellInput[][] = [];
        for (let i = 0; i < rows.length; i += span) {
          const group = rows.slice(i, i + span);
          group.forEach((r, k) => {
            const row = [...r, 'x', 'y', 'z', 'w'].slice(0, 4);
            spanned.push(k === 0 ? [{ content: row[0], rowSpan: group.length, vAlign: 'top' }, { content: row[1], rowSpan: group.length, vAlign: 'top' }, row[2], row[3]] : [row[2], row[3]]);
          });
        }
        const [ours, theirs] = both({ head: ['a', 'b', 'c', 'd'], colWidths: cols, style: { head: [], border: [] } }, spanned);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 200 },
    );
  });

  // Note: a bound on time, 100 times what it takes (cli-table3 took over 120 s on this table).
  it('draws a cell of 1,000 CJK characters on 50 lines at once', { timeout: 10_000 }, () => {
    const long = '发展翻一番'.repeat(200);
    const table = new Table({ head: ['metric', 'value'], colWidths: [40, 10] });
    for (let i = 0; i < 50; i++) table.push([long.match(/.{1,19}/gu)!.join('\n') + long, '2']);
    const out = table.toString();
    expect(out.split('\n').length).toBe(3 + 50 * (Math.ceil(long.length / 19) + 1));
  });
});
